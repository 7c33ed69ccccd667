/**
 * Builders for plan documents (shared/domain/plan): one small complete, fully accepted plan a
 * clinician could sign, item builders with overrides, the engine's proposal for the fictional
 * intake assessment, and a fast-check arbitrary for well-formed documents with unique keys.
 */

import seed from '@resources/library/interventions.json';
import { assessmentInputSchema } from '@shared/contract/assessments';
import { isSafetySensitive, type LibraryEntry, libraryAreas, librarySchema } from '@shared/domain/library';
import {
  blankPlanDocument,
  objectivePartners,
  type PlanDocument,
  type PlanGoal,
  type PlanIntervention,
  type PlanMilestone,
  type PlanObjective,
  type PlanProblemArea,
  planAssignees,
  problemPriorities,
} from '@shared/domain/plan';
import { proposePlan } from '@shared/domain/plan-engine';
import { milestoneMethods } from '@shared/domain/plan-engine/types';
import fc from 'fast-check';
import { fictionalAssessment } from '../fixtures/assessments';

export const library: LibraryEntry[] = librarySchema.parse(seed);
const byId = new Map(library.map((entry) => [entry.id, entry]));

/** The library's own rule: touch and conflict exercises; unknown ids are not sensitive. */
export function librarySafetySensitive(libraryId: string): boolean {
  const entry = byId.get(libraryId);
  return entry ? isSafetySensitive(entry) : false;
}

export const basisInput = { assessmentId: 'assessment-1', assessedOn: '2026-11-10', attendanceRate: 0.75 };

/** The engine's proposal for the fictional intake assessment in test/fixtures. */
export function fixtureProposal() {
  const assessment = assessmentInputSchema.parse(fictionalAssessment('00000000-0000-4000-8000-000000000001'));
  return proposePlan({ assessment, library });
}

export function intervention(overrides: Partial<PlanIntervention> = {}): PlanIntervention {
  return {
    key: 'int:daily-trust-discussion',
    libraryId: 'daily-trust-discussion',
    name: 'Daily trust discussion',
    who: 'both',
    frequency: { times: 1, per: 'day' },
    notes: '',
    reasons: [],
    decision: 'accepted',
    ...overrides,
  };
}

export function milestone(overrides: Partial<PlanMilestone> = {}): PlanMilestone {
  return {
    key: 'ms:trust:halfway',
    description: 'Halfway to the target',
    method: 'partnerFeedbackA',
    baseline: 2,
    target: 4,
    dueDate: '2026-12-08',
    reasons: [],
    decision: 'accepted',
    ...overrides,
  };
}

export function objective(overrides: Partial<PlanObjective> = {}): PlanObjective {
  return {
    key: 'obj:trust:A',
    description: "Partner A's rating of trust rises from 2 to 5",
    partner: 'A',
    measure: "Partner A's own rating of trust (0-10)",
    baseline: 2,
    target: 5,
    targetDate: '2027-01-05',
    reasons: [],
    decision: 'accepted',
    interventions: [],
    milestones: [],
    ...overrides,
  };
}

export function goal(overrides: Partial<PlanGoal> = {}): PlanGoal {
  return {
    key: 'goal:trust',
    description: 'Rebuild trust',
    reasons: [],
    decision: 'accepted',
    objectives: [],
    ...overrides,
  };
}

export function problemArea(overrides: Partial<PlanProblemArea> = {}): PlanProblemArea {
  return {
    key: 'area:trust',
    area: 'trust',
    title: 'Trust',
    priority: 'high',
    reasons: [],
    decision: 'accepted',
    goals: [],
    ...overrides,
  };
}

/**
 * A complete, fully accepted plan:
 *
 * 1 Trust
 *   1.1 Rebuild trust
 *     1.1.1 Partner A's trust objective  (i1 Daily trust discussion, i2 Promises-kept log; m1 Halfway)
 *     1.1.2 Partner B's trust objective  (i1 Letter on forgiveness; m1 Promises kept per week)
 *   1.2 Accountability
 *     1.2.1 Both log promises kept
 * 2 Physical intimacy
 *   2.1 Reintroduce touch safely
 *     2.1.1 Holding hands              (i1 touch-ladder-holding-hands, i2 touch-consent-check-in)
 */
export function completePlan(): PlanDocument {
  return {
    ...blankPlanDocument(),
    problemAreas: [
      problemArea({
        goals: [
          goal({
            objectives: [
              objective({
                interventions: [
                  intervention(),
                  intervention({
                    key: 'int:promises:A',
                    libraryId: 'promises-kept-log',
                    name: 'Promises-kept log',
                    who: 'partnerA',
                  }),
                ],
                milestones: [milestone()],
              }),
              objective({
                key: 'obj:trust:B',
                description: "Partner B's rating of trust rises from 3 to 6",
                partner: 'B',
                measure: "Partner B's own rating of trust (0-10)",
                baseline: 3,
                target: 6,
                interventions: [
                  intervention({
                    key: 'int:forgiveness:B',
                    libraryId: 'forgiveness-letter',
                    name: 'Letter on forgiveness',
                    who: 'partnerB',
                    frequency: 'asNeeded',
                  }),
                ],
                milestones: [
                  milestone({
                    key: 'ms:trust:B:log',
                    description: 'Promises kept per week',
                    method: 'coupleLog',
                    baseline: 0,
                    target: 5,
                  }),
                ],
              }),
            ],
          }),
          goal({
            key: 'goal:accountability',
            description: 'Accountability',
            objectives: [
              objective({
                key: 'obj:accountability',
                description: 'Both log promises kept on 5 days a week',
                partner: 'both',
                measure: 'Days a week each partner logs promises kept',
                baseline: 0,
                target: 5,
                targetDate: '2026-12-08',
              }),
            ],
          }),
        ],
      }),
      problemArea({
        key: 'area:physical',
        area: 'physical',
        title: 'Physical intimacy',
        priority: 'medium',
        goals: [
          goal({
            key: 'goal:touch',
            description: 'Reintroduce touch safely',
            objectives: [
              objective({
                key: 'obj:touch',
                description: 'Hold hands three times a week',
                partner: 'both',
                measure: 'Times a week the couple holds hands',
                baseline: 0,
                target: 3,
                interventions: [
                  intervention({
                    key: 'int:holding-hands',
                    libraryId: 'touch-ladder-holding-hands',
                    name: 'Holding hands',
                    frequency: { times: 3, per: 'week' },
                  }),
                  intervention({
                    key: 'int:consent',
                    libraryId: 'touch-consent-check-in',
                    name: 'Consent check-in',
                    frequency: { times: 1, per: 'week' },
                  }),
                ],
              }),
            ],
          }),
        ],
      }),
    ],
  };
}

/** A deep copy to edit without touching the original. */
export function clone<T>(value: T): T {
  return structuredClone(value);
}

// ------------------------------------------------------------------ arbitraries

const text = (max: number) => fc.string({ maxLength: max });
const measure = fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null });
const isoDate = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const draftDate = fc.oneof(fc.constant(''), isoDate);
const decision = fc.constantFrom('proposed' as const, 'accepted' as const);
const reasons = fc.array(text(40), { maxLength: 2 });
const frequency = fc.oneof(
  fc.constant('asNeeded' as const),
  fc.record({
    times: fc.integer({ min: 1, max: 14 }),
    per: fc.constantFrom(
      'day' as const,
      'week' as const,
      'fortnight' as const,
      'month' as const,
      'session' as const,
    ),
  }),
);

// Keys are placeholders here; `withUniqueKeys` numbers them in reading order.
const interventionArb: fc.Arbitrary<PlanIntervention> = fc.record({
  key: fc.constant('x'),
  libraryId: fc.constantFrom(...library.map((e) => e.id)),
  name: text(20),
  who: fc.constantFrom(...planAssignees),
  frequency,
  notes: text(20),
  reasons,
  decision,
});
const milestoneArb: fc.Arbitrary<PlanMilestone> = fc.record({
  key: fc.constant('x'),
  description: text(20),
  method: fc.constantFrom(...milestoneMethods),
  baseline: measure,
  target: measure,
  dueDate: draftDate,
  reasons,
  decision,
});
const objectiveArb: fc.Arbitrary<PlanObjective> = fc.record({
  key: fc.constant('x'),
  description: text(20),
  partner: fc.constantFrom(...objectivePartners),
  measure: text(20),
  baseline: measure,
  target: measure,
  targetDate: draftDate,
  reasons,
  decision,
  interventions: fc.array(interventionArb, { maxLength: 3 }),
  milestones: fc.array(milestoneArb, { maxLength: 2 }),
});
const goalArb: fc.Arbitrary<PlanGoal> = fc.record({
  key: fc.constant('x'),
  description: text(20),
  reasons,
  decision,
  objectives: fc.array(objectiveArb, { maxLength: 2 }),
});
const areaArb: fc.Arbitrary<PlanProblemArea> = fc.record({
  key: fc.constant('x'),
  area: fc.constantFrom(...libraryAreas),
  title: text(20),
  priority: fc.constantFrom(...problemPriorities),
  reasons,
  decision,
  goals: fc.array(goalArb, { maxLength: 2 }),
});

/** Gives every item a distinct key (`<prefix>-<n>`, in reading order). */
export function withUniqueKeys(doc: PlanDocument, prefix: string): PlanDocument {
  let n = 0;
  const next = () => `${prefix}-${n++}`;
  return {
    ...doc,
    problemAreas: doc.problemAreas.map((a) => ({
      ...a,
      key: next(),
      goals: a.goals.map((g) => ({
        ...g,
        key: next(),
        objectives: g.objectives.map((o) => ({
          ...o,
          key: next(),
          interventions: o.interventions.map((i) => ({ ...i, key: next() })),
          milestones: o.milestones.map((m) => ({ ...m, key: next() })),
        })),
      })),
    })),
  };
}

export const planDocumentArb: fc.Arbitrary<PlanDocument> = fc
  .record({
    prefix: fc.stringMatching(/^[A-Za-z0-9:._]{1,8}$/),
    safetyFirst: fc.boolean(),
    problemAreas: fc.array(areaArb, { maxLength: 3 }),
    sessions: fc.record({
      frequency: fc.record({
        sessions: fc.integer({ min: 1, max: 7 }),
        per: fc.constantFrom('week' as const, 'fortnight' as const),
      }),
      mixPerFourWeeks: fc.record({
        joint: fc.integer({ min: 0, max: 28 }),
        individualA: fc.integer({ min: 0, max: 28 }),
        individualB: fc.integer({ min: 0, max: 28 }),
        workshop: fc.integer({ min: 0, max: 28 }),
      }),
      reasons,
    }),
    timeline: fc.record({
      minWeeks: fc.integer({ min: 1, max: 260 }),
      maxWeeks: fc.integer({ min: 1, max: 260 }),
      reasons,
    }),
  })
  .map(({ prefix, ...rest }) =>
    withUniqueKeys({ ...blankPlanDocument(), ...rest, basis: null, rejected: [], withheld: [] }, prefix),
  );

// ------------------------------------------------------------------ access without `!`

/** The element at `index`, failing the test loudly when it is missing. */
export function at<T>(list: readonly T[], index: number): T {
  const value = list[index];
  if (value === undefined) throw new Error(`Nothing at index ${index} of a list of ${list.length}`);
  return value;
}
export const areaAt = (d: PlanDocument, a: number) => at(d.problemAreas, a);
export const goalAt = (d: PlanDocument, a: number, g: number) => at(areaAt(d, a).goals, g);
export const objectiveAt = (d: PlanDocument, a: number, g: number, o: number) =>
  at(goalAt(d, a, g).objectives, o);
export const interventionAt = (d: PlanDocument, a: number, g: number, o: number, i: number) =>
  at(objectiveAt(d, a, g, o).interventions, i);
export const milestoneAt = (d: PlanDocument, a: number, g: number, o: number, m: number) =>
  at(objectiveAt(d, a, g, o).milestones, m);

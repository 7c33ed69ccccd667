import { assessmentInputSchema } from '@shared/contract/assessments';
import { safetyItems } from '@shared/domain/assessment';
import { isSafetySensitive } from '@shared/domain/library';
import { milestoneMeasure } from '@shared/domain/plan';
import {
  considerPlan,
  countItems,
  type EnginePartner,
  focusBounds,
  type PlanEngineInput,
  type ProposedPlan,
  type ProposedSuggestion,
  planInterventions,
  proposePlan,
} from '@shared/domain/plan-engine';
import { focusOrder } from '@shared/domain/plan-engine/focus';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { focusFixtureAssessment } from '../fixtures/assessments';
import { historyArb, partnerArb } from './engine-arbitraries';
import { library } from './plan-fixtures';

const byId = new Map(library.map((entry) => [entry.id, entry]));
const fixture = assessmentInputSchema.parse(focusFixtureAssessment('00000000-0000-4000-8000-000000000001'));
const fixtureInput: PlanEngineInput = { assessment: fixture, library };

function input(A: EnginePartner, B: EnginePartner, history?: PlanEngineInput['history']): PlanEngineInput {
  return { assessment: { partnerA: A, partnerB: B }, library, history };
}

/** Every library id anywhere in the suggestions, nested or not. */
function suggestedInterventionIds(suggestions: readonly ProposedSuggestion[]): string[] {
  const asArea = (s: ProposedSuggestion) => {
    if (s.kind === 'problemArea') return s.item;
    const objectives =
      s.kind === 'goal'
        ? s.item.objectives
        : s.kind === 'objective'
          ? [s.item]
          : [{ interventions: s.kind === 'intervention' ? [s.item] : [], milestones: [] }];
    return { goals: [{ objectives }] };
  };
  return planInterventions({ problemAreas: suggestions.map(asArea) } as unknown as ProposedPlan).map(
    (i) => i.libraryId,
  );
}

function assertBounds(p: ProposedPlan): void {
  expect(p.problemAreas.length).toBeLessThanOrEqual(focusBounds.areas);
  expect(countItems(p.problemAreas)).toBeLessThanOrEqual(focusBounds.items);
  for (const area of p.problemAreas) {
    expect(area.goals.length, area.key).toBeLessThanOrEqual(focusBounds.goalsPerArea);
    for (const goal of area.goals) {
      expect(goal.objectives.length, goal.key).toBeLessThanOrEqual(focusBounds.objectivesPerGoal);
      // Counted by exercise: one both partners do is a row for each, and the pair stays together.
      for (const objective of goal.objectives)
        expect(
          new Set(objective.interventions.map((i) => i.libraryId)).size,
          objective.key,
        ).toBeLessThanOrEqual(focusBounds.interventionsPerObjective);
    }
  }
}

describe('the focused proposal for the issue-14 couple', () => {
  const considered = considerPlan(fixtureInput).plan;
  const proposal = proposePlan(fixtureInput);

  it('was 100+ items in 10 areas before focusing, and is now at most 30 items in at most 4 areas', () => {
    expect(considered.problemAreas).toHaveLength(10);
    expect(countItems(considered.problemAreas)).toBeGreaterThan(100);
    assertBounds(proposal);
    expect(countItems(proposal.problemAreas)).toBe(30);
  });

  it('puts recovery first, then what the low ratings and the history call for', () => {
    expect(proposal.problemAreas.map((a) => a.area)).toEqual([
      'triggers',
      'trust',
      'physical',
      'codependency',
    ]);
    const trustGoals = proposal.problemAreas[1]?.goals.map((g) => g.key);
    expect(trustGoals).toContain('goal:trust:accountability');
  });

  it('keeps everything else one click away, with why, and loses nothing the rules found', () => {
    const outOfFocus = proposal.suggestions.filter((s) => s.kind === 'problemArea').map((s) => s.item.area);
    expect(outOfFocus).toEqual(
      expect.arrayContaining(['emotional', 'communication', 'sexualHealth', 'aftercare']),
    );
    for (const s of proposal.suggestions) expect(s.why.length).toBeGreaterThan(20);
    const proposed = planInterventions(proposal).map((i) => i.libraryId);
    const everything = new Set([...proposed, ...suggestedInterventionIds(proposal.suggestions)]);
    for (const i of planInterventions(considered)) expect(everything.has(i.libraryId), i.key).toBe(true);
    const focusedKeys = new Set(proposal.problemAreas.map((a) => a.key));
    for (const s of proposal.suggestions)
      if (s.kind === 'goal') expect(focusedKeys.has(s.parentKey), s.item.key).toBe(true);
  });

  it('gives every objective a milestone, measured from what sessions record where it can be', () => {
    for (const area of proposal.problemAreas)
      for (const goal of area.goals)
        for (const objective of goal.objectives) {
          expect(objective.milestones.length, objective.key).toBeGreaterThan(0);
          for (const m of objective.milestones) {
            expect(m.scale, m.key).toBeDefined();
            expect(m.recordedBy, m.key).toBeDefined();
          }
        }
    const sources = proposal.problemAreas.flatMap((a) =>
      a.goals.flatMap((g) => g.objectives.flatMap((o) => o.milestones.map((m) => m.recordedBy?.kind))),
    );
    expect(sources.filter((kind) => kind !== 'entry').length).toBeGreaterThanOrEqual(5);
    const trustA = proposal.problemAreas[1]?.goals[0]?.objectives[0]?.milestones[0];
    expect(trustA?.recordedBy).toEqual({ kind: 'checkIn', partner: 'A', area: 'trust' });
    expect(trustA?.scale).toEqual({ unit: 'rating', min: 0, max: 10 });
  });

  it('stores on each new milestone exactly what would be inferred for it (one table of measures)', () => {
    for (const area of considered.problemAreas)
      for (const goal of area.goals)
        for (const objective of goal.objectives)
          for (const m of objective.milestones) {
            const { scale, recordedBy, ...rest } = m;
            const inferred = milestoneMeasure(rest);
            expect({ scale, recordedBy }, m.key).toEqual({
              scale: inferred.scale,
              recordedBy: inferred.source,
            });
            if (m.baseline !== null) expect(m.baseline).toBeLessThanOrEqual(inferred.scale.max);
            expect(m.target).toBeLessThanOrEqual(inferred.scale.max);
          }
  });
});

describe('focus order', () => {
  const area = (key: string, priority: 'safety' | 'high' | 'medium' | 'maintenance') => ({
    key,
    area: 'trust' as const,
    title: key,
    priority,
    goals: [],
    reasons: ['r'],
  });
  it.each([
    ['safety before recovery before anything else', ['x', 'recovery', 'safety'], ['safety', 'recovery', 'x']],
  ])('%s', (_, given, expected) => {
    const tiers = { safety: 'safety', recovery: 'recovery', x: 'other' } as const;
    const order = focusOrder(
      given.map((key) => ({
        area: { ...area(key, 'high'), goals: [] },
        tier: tiers[key as keyof typeof tiers],
        calledFor: false,
        lowestRating: 0,
      })),
    );
    expect(order.map((c) => c.area.key)).toEqual(expected);
  });

  it('takes priority first, then a finding, then the lower rating, then the order given', () => {
    const c = (
      key: string,
      priority: 'high' | 'medium',
      calledFor: boolean,
      lowestRating: number | null,
    ) => ({
      area: { ...area(key, priority), goals: [] },
      tier: 'other' as const,
      calledFor,
      lowestRating,
    });
    const order = focusOrder([
      c('medium-rated-4', 'medium', false, 4),
      c('medium-found', 'medium', true, null),
      c('high-rated-3', 'high', false, 3),
      c('high-rated-1', 'high', false, 1),
      c('medium-rated-2', 'medium', false, 2),
      c('medium-rated-2-later', 'medium', false, 2),
    ]);
    expect(order.map((x) => x.area.key)).toEqual([
      'high-rated-1',
      'high-rated-3',
      'medium-found',
      'medium-rated-2',
      'medium-rated-2-later',
      'medium-rated-4',
    ]);
  });
});

describe('properties of every focused proposal', () => {
  it('holds the bounds for every assessment the form can record', () => {
    fc.assert(
      fc.property(partnerArb, partnerArb, historyArb, (A, B, history) => {
        assertBounds(proposePlan(input(A, B, history)));
      }),
      { numRuns: 200 },
    );
  });

  it('a positive safety screen puts safety first and withholds every joint exercise, suggestions included', () => {
    fc.assert(
      fc.property(partnerArb, partnerArb, fc.constantFrom(...safetyItems.map((i) => i.id)), (A, B, item) => {
        const p = proposePlan(input({ ...A, safety: { ...A.safety, [item]: 'yes' as const } }, B));
        expect(p.problemAreas[0]?.area).toBe('safety');
        const ids = [
          ...planInterventions(p).map((i) => i.libraryId),
          ...suggestedInterventionIds(p.suggestions),
        ];
        for (const id of ids) {
          const entry = byId.get(id);
          expect(entry && (isSafetySensitive(entry) || entry.conjoint), id).toBe(false);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('never cuts the safety area: its safety plans, crisis contacts and individual sessions all stay', () => {
    fc.assert(
      fc.property(partnerArb, partnerArb, fc.constantFrom(...safetyItems.map((i) => i.id)), (A, B, item) => {
        const flagged = { ...A, safety: { ...A.safety, [item]: 'yes' as const } };
        const considered = considerPlan(input(flagged, B)).plan.problemAreas[0];
        const p = proposePlan(input(flagged, B));
        expect(p.problemAreas[0]).toEqual(considered);
        for (const s of p.suggestions) if (s.parentKey !== null) expect(s.parentKey).not.toMatch(/safety/);
      }),
      { numRuns: 100 },
    );
  });

  it('keeps an exercise both partners do together: both rows in the plan, or both among the suggestions', () => {
    fc.assert(
      fc.property(partnerArb, partnerArb, historyArb, (A, B, history) => {
        const p = proposePlan(input(A, B, history));
        const byObjective = new Map(
          p.problemAreas.flatMap((a) =>
            a.goals.flatMap((g) => g.objectives.map((o) => [o.key, o.interventions] as const)),
          ),
        );
        for (const s of p.suggestions) {
          if (s.kind !== 'intervention') continue;
          const siblings = byObjective.get(s.parentKey) ?? [];
          expect(
            siblings.some((i) => i.libraryId === s.item.libraryId),
            s.item.key,
          ).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('asks the other partner the unasked items when one screened positive', () => {
    const denied = Object.fromEntries(safetyItems.map((i) => [i.id, 'no' as const]));
    const A = { ...fixture.partnerA, safety: { ...denied, fearOfPartner: 'yes' as const } };
    const B = { ...fixture.partnerB, safety: {} };
    const p = proposePlan(input(A, B));
    const objectives = p.problemAreas[0]?.goals[0]?.objectives ?? [];
    expect(objectives.map((o) => o.key)).toEqual(['objective:safety:A', 'objective:safety:screen:B']);
    expect(objectives[1]?.reasons[0]).toMatch(
      /^Safety screen not done for partner B: 5 of 5 items not asked/,
    );
  });

  it('a safety screen with an item not asked is finished first, with touch and conflict work held back', () => {
    fc.assert(
      fc.property(partnerArb, partnerArb, fc.constantFrom(...safetyItems.map((i) => i.id)), (A, B, item) => {
        const noYes = (p: EnginePartner) => ({
          ...p,
          safety: Object.fromEntries(
            safetyItems.map((i) => [i.id, i.id === item ? ('notAsked' as const) : ('no' as const)]),
          ),
        });
        const p = proposePlan(input(noYes(A), noYes(B)));
        expect(p.safetyFirst).toBe(false);
        expect(p.problemAreas[0]?.goals[0]?.key).toBe('goal:safety:screen');
        for (const id of [
          ...planInterventions(p).map((i) => i.libraryId),
          ...suggestedInterventionIds(p.suggestions),
        ]) {
          const entry = byId.get(id);
          expect(entry?.involvesTouch || entry?.involvesConflict, id).toBe(false);
        }
        for (const w of p.withheld.filter((w) => byId.get(w.libraryId)?.involvesTouch))
          expect(w.reasons.join(' ')).toContain('until the safety screen is complete');
      }),
      { numRuns: 50 },
    );
  });

  it('recovery comes right after safety (or first) whenever a partner is in recovery', () => {
    fc.assert(
      fc.property(partnerArb, partnerArb, (A, B) => {
        const p = proposePlan(input({ ...A, substances: ['alcohol'] }, B));
        const areas = p.problemAreas.map((a) => a.area);
        expect(areas.indexOf('triggers')).toBe(areas[0] === 'safety' ? 1 : 0);
      }),
      { numRuns: 100 },
    );
  });

  it('the focus order is stable: the same couple gives the same areas in the same order, whatever the library order', () => {
    fc.assert(
      fc.property(partnerArb, partnerArb, fc.infiniteStream(fc.double({ noNaN: true })), (A, B, noise) => {
        const shuffled = library
          .map((entry) => ({ entry, order: noise.next().value }))
          .sort((x, y) => x.order - y.order)
          .map((x) => x.entry);
        const first = proposePlan(input(A, B)).problemAreas.map((a) => a.key);
        const again = proposePlan({ ...input(A, B), library: shuffled }).problemAreas.map((a) => a.key);
        expect(again).toEqual(first);
      }),
      { numRuns: 50 },
    );
  });

  it('every suggestion names a parent that is in the proposal (or is a whole area), and no key is used twice', () => {
    fc.assert(
      fc.property(partnerArb, partnerArb, (A, B) => {
        const p = proposePlan(input(A, B));
        const keys = new Set<string>();
        const add = (key: string) => {
          expect(keys.has(key), key).toBe(false);
          keys.add(key);
        };
        const walk = (item: { key: string } & Record<string, unknown>) => {
          add(item.key);
          for (const field of ['goals', 'objectives', 'interventions', 'milestones'])
            for (const child of (item[field] as ({ key: string } & Record<string, unknown>)[] | undefined) ??
              [])
              walk(child);
        };
        for (const area of p.problemAreas) walk(area as never);
        const live = new Set(keys);
        for (const s of p.suggestions) {
          if (s.parentKey !== null) expect(live.has(s.parentKey), s.item.key).toBe(true);
          walk(s.item as never);
        }
      }),
      { numRuns: 100 },
    );
  });
});

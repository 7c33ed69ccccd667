/**
 * A treatment plan as the clinician keeps it: problem areas -> long-term goals -> short-term
 * measurable objectives -> interventions and milestones. One document per plan version.
 *
 * Drafts are saved as they are typed, half-finished fields included, so the schema here only
 * bounds sizes and shapes; what a plan needs before it can be signed is checked by
 * `signingProblems` in `readiness.ts`.
 */

import { isIsoDate } from '@shared/domain/dates';
import { frequencySchema, libraryAreas } from '@shared/domain/library';
import { milestoneMethods } from '@shared/domain/plan-engine/types';
import { z } from 'zod';
import { measureScaleSchema, milestoneSourceSchema } from './measure';

/** Stable within a plan and across its versions: the diff and (later) measurements hang on it. */
export const itemKeySchema = z.string().regex(/^[A-Za-z0-9:._-]{1,160}$/, 'Not a valid plan item key');

const reasonsSchema = z.array(z.string().max(1000)).max(30).default([]);
const draftText = (max: number) => z.string().max(max, `At most ${max} characters`).default('');
/** `''` while the clinician has not entered it yet. */
const draftDate = z
  .string()
  .refine((value) => value === '' || isIsoDate(value), 'Enter a real date (YYYY-MM-DD)')
  .default('');
/** `null` while the clinician has not entered it yet. Measures are ratings, counts or percentages. */
const draftMeasure = z.number().min(0, 'At least 0').max(1000, 'At most 1000').nullable().default(null);

/**
 * `proposed`: suggested by the engine and not yet looked at. Accepting, or editing, makes it
 * `accepted`; rejecting moves it to the plan's `rejected` list, where it can be restored.
 */
export const itemDecisions = ['proposed', 'accepted'] as const;
export type ItemDecision = (typeof itemDecisions)[number];
const decisionSchema = z.enum(itemDecisions).default('accepted');

export const planAssignees = ['both', 'partnerA', 'partnerB', 'inSession'] as const;
export const objectivePartners = ['A', 'B', 'both'] as const;
export const problemPriorities = ['safety', 'high', 'medium', 'maintenance'] as const;

export const planInterventionSchema = z.object({
  key: itemKeySchema,
  libraryId: z.string().max(80),
  name: draftText(120),
  who: z.enum(planAssignees),
  frequency: frequencySchema,
  /** The clinician's tailoring for this couple ("only on weekday evenings"). */
  notes: draftText(2000),
  reasons: reasonsSchema,
  decision: decisionSchema,
});

export const planMilestoneSchema = z.object({
  key: itemKeySchema,
  description: draftText(300),
  method: z.enum(milestoneMethods),
  /** Unit and range of the values; absent on milestones signed before measures were stored (see measure.ts). */
  scale: measureScaleSchema.optional(),
  /** What records the values: check-ins, the recovery calendar, or entry by hand. Absent as `scale`. */
  recordedBy: milestoneSourceSchema.optional(),
  baseline: draftMeasure,
  target: draftMeasure,
  dueDate: draftDate,
  reasons: reasonsSchema,
  decision: decisionSchema,
});

export const planObjectiveSchema = z.object({
  key: itemKeySchema,
  description: draftText(300),
  partner: z.enum(objectivePartners),
  measure: draftText(200),
  baseline: draftMeasure,
  target: draftMeasure,
  targetDate: draftDate,
  reasons: reasonsSchema,
  decision: decisionSchema,
  interventions: z.array(planInterventionSchema).max(40).default([]),
  milestones: z.array(planMilestoneSchema).max(40).default([]),
});

export const planGoalSchema = z.object({
  key: itemKeySchema,
  description: draftText(300),
  reasons: reasonsSchema,
  decision: decisionSchema,
  objectives: z.array(planObjectiveSchema).max(30).default([]),
});

export const planProblemAreaSchema = z.object({
  key: itemKeySchema,
  area: z.enum(libraryAreas),
  title: draftText(120),
  priority: z.enum(problemPriorities),
  reasons: reasonsSchema,
  decision: decisionSchema,
  goals: z.array(planGoalSchema).max(20).default([]),
});

export const sessionPlanSchema = z.object({
  frequency: z.object({ sessions: z.number().int().min(1).max(7), per: z.enum(['week', 'fortnight']) }),
  mixPerFourWeeks: z.object({
    joint: z.number().int().min(0).max(28),
    individualA: z.number().int().min(0).max(28),
    individualB: z.number().int().min(0).max(28),
    workshop: z.number().int().min(0).max(28),
  }),
  reasons: reasonsSchema,
});

export const timelinePlanSchema = z.object({
  minWeeks: z.number().int().min(1).max(260),
  maxWeeks: z.number().int().min(1).max(260),
  reasons: reasonsSchema,
});

const partnerBasisSchema = z.object({
  criteriaMet: z.number().int().min(0).max(11),
  severity: z.enum(['none', 'mild', 'moderate', 'severe']),
  inRecovery: z.boolean(),
  positiveSafety: z.array(z.string().max(200)),
  // Optional: plans signed before these were recorded must still parse (and keep their hash).
  unaskedSafety: z.array(z.string().max(200)).max(20).optional(),
  dsm5Assessed: z.boolean().optional(),
});

/** What a proposal was built from, kept with the plan so a reader later sees why. */
export const planBasisSchema = z.object({
  assessmentId: z.string().max(64),
  assessedOn: z.string().refine(isIsoDate, 'Not a real date'),
  attendanceRate: z.number().min(0).max(1).nullable(),
  partners: z.object({ A: partnerBasisSchema, B: partnerBasisSchema }),
});

export const rejectedItemSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('problemArea'), parentKey: z.null(), item: planProblemAreaSchema }),
  z.object({ kind: z.literal('goal'), parentKey: itemKeySchema, item: planGoalSchema }),
  z.object({ kind: z.literal('objective'), parentKey: itemKeySchema, item: planObjectiveSchema }),
  z.object({ kind: z.literal('intervention'), parentKey: itemKeySchema, item: planInterventionSchema }),
  z.object({ kind: z.literal('milestone'), parentKey: itemKeySchema, item: planMilestoneSchema }),
]);

/**
 * Something the engine considered but left out of the focused proposal, one click from the
 * draft: `entry` says where it would go (as a rejected item does), `why` why it is not in focus.
 */
export const suggestionSchema = z.object({ why: z.string().max(300), entry: rejectedItemSchema });

export const planDocumentSchema = z
  .object({
    /** Safety planning and individual sessions come first; no conjoint touch or conflict work. */
    safetyFirst: z.boolean().default(false),
    basis: planBasisSchema.nullable().default(null),
    problemAreas: z.array(planProblemAreaSchema).max(20).default([]),
    sessions: sessionPlanSchema,
    timeline: timelinePlanSchema,
    /** Proposed items the clinician turned down, kept so they can be restored and audited. */
    rejected: z.array(rejectedItemSchema).max(400).default([]),
    /** The engine's further suggestions, outside the focused proposal, addable to the draft. */
    suggestions: z.array(suggestionSchema).max(200).default([]),
    /** Exercises the engine held back, with why (for example: not while the safety screen is positive). */
    withheld: z
      .array(z.object({ key: z.string().max(160), libraryId: z.string().max(80), reasons: reasonsSchema }))
      .max(100)
      .default([]),
  })
  .superRefine((doc, ctx) => {
    const seen = new Set<string>();
    const check = (key: string, path: (string | number)[]) => {
      if (seen.has(key))
        ctx.addIssue({ code: 'custom', path: [...path, 'key'], message: `Duplicate item key ${key}` });
      seen.add(key);
    };
    for (const { item, path } of walkPlan(doc)) check(item.key, path);
    // A rejected item can be restored and a suggestion added, so their keys must not clash with the live plan's either.
    const checkSubtree = (entry: z.output<typeof rejectedItemSchema>, at: (string | number)[]) => {
      const tree = entry.kind === 'problemArea' ? { problemAreas: [entry.item] } : null;
      if (tree)
        for (const { item, path } of walkPlan(tree)) check(item.key, [...at, 'item', ...path.slice(2)]);
      else for (const key of subtreeKeys(entry.item)) check(key, [...at, 'item']);
    };
    for (const [r, rejected] of doc.rejected.entries()) checkSubtree(rejected, ['rejected', r]);
    for (const [i, suggested] of doc.suggestions.entries())
      checkSubtree(suggested.entry, ['suggestions', i, 'entry']);
  });

export type PlanIntervention = z.output<typeof planInterventionSchema>;
export type PlanMilestone = z.output<typeof planMilestoneSchema>;
export type PlanObjective = z.output<typeof planObjectiveSchema>;
export type PlanGoal = z.output<typeof planGoalSchema>;
export type PlanProblemArea = z.output<typeof planProblemAreaSchema>;
export type PlanBasis = z.output<typeof planBasisSchema>;
export type SessionPlan = z.output<typeof sessionPlanSchema>;
export type TimelinePlan = z.output<typeof timelinePlanSchema>;
export type RejectedItem = z.output<typeof rejectedItemSchema>;
export type Suggestion = z.output<typeof suggestionSchema>;
export type PlanDocument = z.output<typeof planDocumentSchema>;
export type PlanDocumentInput = z.input<typeof planDocumentSchema>;

export type PlanItemKind = 'problemArea' | 'goal' | 'objective' | 'intervention' | 'milestone';
export type PlanItem = PlanProblemArea | PlanGoal | PlanObjective | PlanIntervention | PlanMilestone;

export interface WalkedItem {
  kind: PlanItemKind;
  item: PlanItem;
  /** Path from the document root, for field errors (`problemAreas.0.goals.1`). */
  path: (string | number)[];
  /** Keys of the enclosing items, outermost first. */
  ancestors: string[];
  /** Position among its siblings. */
  index: number;
}

/** Every item in the plan in reading order (areas, then each goal, objective and its parts). */
export function* walkPlan(doc: Pick<PlanDocument, 'problemAreas'>): Generator<WalkedItem> {
  for (const [a, area] of doc.problemAreas.entries()) {
    const areaPath = ['problemAreas', a];
    yield { kind: 'problemArea', item: area, path: areaPath, ancestors: [], index: a };
    for (const [g, goal] of area.goals.entries()) {
      const goalPath = [...areaPath, 'goals', g];
      yield { kind: 'goal', item: goal, path: goalPath, ancestors: [area.key], index: g };
      for (const [o, objective] of goal.objectives.entries()) {
        const objectivePath = [...goalPath, 'objectives', o];
        const ancestors = [area.key, goal.key, objective.key];
        yield {
          kind: 'objective',
          item: objective,
          path: objectivePath,
          ancestors: ancestors.slice(0, 2),
          index: o,
        };
        for (const [i, intervention] of objective.interventions.entries()) {
          yield {
            kind: 'intervention',
            item: intervention,
            path: [...objectivePath, 'interventions', i],
            ancestors,
            index: i,
          };
        }
        for (const [m, milestone] of objective.milestones.entries()) {
          yield {
            kind: 'milestone',
            item: milestone,
            path: [...objectivePath, 'milestones', m],
            ancestors,
            index: m,
          };
        }
      }
    }
  }
}

/** The key of an item and of everything nested under it. */
export function subtreeKeys(item: PlanItem): string[] {
  const keys = [item.key];
  const record = item as unknown as Record<string, unknown>;
  for (const field of ['goals', 'objectives', 'interventions', 'milestones']) {
    const nested = record[field];
    if (Array.isArray(nested)) for (const child of nested as PlanItem[]) keys.push(...subtreeKeys(child));
  }
  return keys;
}

/** The words a clinician would use for an item in a list or a diff. */
export function itemLabel(kind: PlanItemKind, item: PlanItem): string {
  const text =
    'title' in item ? item.title : 'name' in item ? item.name : 'description' in item ? item.description : '';
  return text.trim() || `(untitled ${itemKindLabels[kind].toLowerCase()})`;
}

export const itemKindLabels: Record<PlanItemKind, string> = {
  problemArea: 'Problem area',
  goal: 'Goal',
  objective: 'Objective',
  intervention: 'Intervention',
  milestone: 'Milestone',
};

export const milestoneMethodLabels: Record<(typeof milestoneMethods)[number], string> = {
  coupleLog: "Couple's log or journal",
  therapistEvaluation: 'Therapist evaluation',
  partnerFeedbackA: 'Feedback from partner A',
  partnerFeedbackB: 'Feedback from partner B',
  sessionObservation: 'Observation in session',
};

export const assigneeLabels: Record<(typeof planAssignees)[number], string> = {
  both: 'Both partners',
  partnerA: 'Partner A',
  partnerB: 'Partner B',
  inSession: 'In session',
};

/** A plan with nothing in it yet, for a clinician who starts from a blank page. */
export function blankPlanDocument(): PlanDocument {
  return {
    safetyFirst: false,
    basis: null,
    problemAreas: [],
    sessions: {
      frequency: { sessions: 1, per: 'week' },
      mixPerFourWeeks: { joint: 4, individualA: 0, individualB: 0, workshop: 0 },
      reasons: [],
    },
    timeline: { minWeeks: 12, maxWeeks: 24, reasons: [] },
    rejected: [],
    suggestions: [],
    withheld: [],
  };
}

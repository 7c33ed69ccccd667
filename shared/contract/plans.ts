import { planDocumentSchema } from '@shared/domain/plan/document';
import { z } from 'zod';
import { idSchema, optionalIsoDate, signRequestSchema } from './fields';
import { deteriorationSchema } from './questionnaires';
import { safetyFlagSchema } from './safety';

export const planStatuses = ['draft', 'active', 'superseded'] as const;
export type PlanStatus = (typeof planStatuses)[number];
/** Where a version's first draft came from. */
export const planSources = ['proposal', 'blank', 'revision'] as const;

export const PLAN_ATTESTATION =
  'I have reviewed this treatment plan with the couple and it reflects our agreed goals.';

export const planVersionSummarySchema = z.object({
  id: idSchema,
  coupleId: idSchema,
  version: z.number().int().min(1),
  status: z.enum(planStatuses),
  source: z.enum(planSources),
  /** The version this one was revised from. */
  basedOnId: idSchema.nullable(),
  reviewDate: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  signedAt: z.string().nullable(),
  signedBy: z.string().nullable(),
  supersededAt: z.string().nullable(),
});
export type PlanVersionSummary = z.output<typeof planVersionSummarySchema>;

export const planVersionSchema = planVersionSummarySchema.extend({ document: planDocumentSchema });
export type PlanVersion = z.output<typeof planVersionSchema>;

const fieldChangeSchema = z.object({
  field: z.string(),
  label: z.string(),
  before: z.string(),
  after: z.string(),
});
export const planChangeSchema = z.object({
  change: z.enum(['added', 'removed', 'rejected', 'changed', 'moved', 'reordered']),
  kind: z.enum([
    'problemArea',
    'goal',
    'objective',
    'intervention',
    'milestone',
    'sessions',
    'timeline',
    'reviewDate',
  ]),
  key: z.string().nullable(),
  label: z.string(),
  context: z.string(),
  fields: z.array(fieldChangeSchema),
});

const sessionSinceSchema = z.object({
  id: idSchema,
  date: z.string(),
  type: z.string(),
  /** Who came: attended by both, by one partner, or missed (cancelled or no-show). */
  attendance: z.enum(['both', 'partnerA', 'partnerB', 'missed']),
});

const milestoneDueSchema = z.object({
  key: z.string(),
  description: z.string(),
  dueDate: z.string(),
  status: z.enum(['overdue', 'dueSoon', 'scheduled']),
  baseline: z.number().nullable(),
  target: z.number().nullable(),
  /** Measurements recorded since the plan was signed, and in all. */
  measuredSince: z.number().int(),
  measurements: z.number().int(),
  latest: z.object({ date: z.string(), value: z.number() }).nullable(),
  /** 0-1 from baseline toward target; null without a baseline, target or measurement. */
  progress: z.number().nullable(),
  trendSummary: z.string(),
  stallReason: z.string().nullable(),
});

export const planReviewSchema = z.object({
  /** The active version under review, or null before the first plan is signed. */
  active: planVersionSummarySchema.nullable(),
  /** From the active version's signing (the last review) to today. */
  since: z.string().nullable(),
  sessions: z.array(sessionSinceSchema),
  attendance: z.object({ due: z.number().int(), attended: z.number().int(), rate: z.number().nullable() }),
  flagsRaised: z.array(safetyFlagSchema),
  flagsResolved: z.array(safetyFlagSchema),
  events: z.array(
    z.object({
      id: idSchema,
      occurredOn: z.string(),
      kind: z.string(),
      partner: z.enum(['A', 'B']).nullable(),
    }),
  ),
  /** Per goal of the active plan: its milestones and where they stand against their due dates. */
  goals: z.array(
    z.object({
      key: z.string(),
      description: z.string(),
      area: z.string(),
      milestones: z.array(milestoneDueSchema),
    }),
  ),
  /** Questionnaires on which a partner's latest score is a reliable deterioration from their first. */
  deteriorations: z.array(deteriorationSchema),
});
export type PlanReview = z.output<typeof planReviewSchema>;

export const plansContract = {
  /** The engine's proposal for the couple as a draft-shaped document; nothing is stored. */
  'plans:propose': {
    input: z.object({ coupleId: idSchema }).strict(),
    output: z.object({ document: planDocumentSchema }),
  },
  /** The couple's plan: every version (newest first), the active one and the open draft. */
  'plans:get': {
    input: z.object({ coupleId: idSchema }).strict(),
    output: z.object({
      versions: z.array(planVersionSummarySchema),
      active: planVersionSchema.nullable(),
      draft: planVersionSchema.nullable(),
    }),
  },
  'plans:version': { input: z.object({ id: idSchema }).strict(), output: planVersionSchema },
  /**
   * Opens the couple's one draft: from the engine's proposal, a blank page, or a copy of the
   * active version to revise. Refused while a draft is open.
   */
  'plans:startDraft': {
    input: z.object({ coupleId: idSchema, from: z.enum(['proposal', 'blank', 'active']) }).strict(),
    output: planVersionSchema,
  },
  'plans:saveDraft': {
    input: z
      .object({ id: idSchema, document: planDocumentSchema, reviewDate: optionalIsoDate('The review date') })
      .strict(),
    output: planVersionSchema,
  },
  /** Throws away an unsigned draft; signed versions are kept for good. */
  'plans:discardDraft': {
    input: z.object({ id: idSchema }).strict(),
    output: z.object({ discarded: z.literal(true) }),
  },
  /** Makes the draft the active plan and supersedes the one before, in one step. */
  'plans:sign': {
    input: signRequestSchema,
    output: planVersionSchema,
  },
  'plans:diff': {
    input: z.object({ fromId: idSchema, toId: idSchema }).strict(),
    output: z.object({
      from: planVersionSummarySchema,
      to: planVersionSummarySchema,
      changes: z.array(planChangeSchema),
    }),
  },
  /** What changed since the plan was last signed, next to the plan's goals. */
  'plans:review': { input: z.object({ coupleId: idSchema }).strict(), output: planReviewSchema },
} as const;

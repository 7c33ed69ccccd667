import {
  auditCQuestions,
  codependencyItems,
  dsm5Criteria,
  legacyDsm5Assessed,
  legacySafetyAnswer,
  ratingAreas,
  safetyAnswers,
  safetyItems,
  trustHistoryItems,
} from '@shared/domain/assessment';
import { isIsoDate } from '@shared/domain/dates';
import { z } from 'zod';
import { idSchema, optionalIsoDate, optionalText } from './fields';

const rating = z
  .number({ error: 'Rate from 0 to 10' })
  .int('Use a whole number from 0 to 10')
  .min(0, 'Rate from 0 to 10')
  .max(10, 'Rate from 0 to 10');

export const ratingsSchema = z.object(
  Object.fromEntries(ratingAreas.map((area) => [area, rating])) as Record<
    (typeof ratingAreas)[number],
    typeof rating
  >,
);
export type Ratings = z.infer<typeof ratingsSchema>;

function checklist<const T extends readonly { id: string }[]>(items: T) {
  const ids = items.map((item) => item.id) as [T[number]['id'], ...T[number]['id'][]];
  return z
    .array(z.enum(ids))
    .max(items.length)
    .default([])
    .transform((values) => [...new Set(values)]);
}

const auditAnswer = z.number().int().min(0, 'Choose an answer').max(4, 'Choose an answer');
const auditCSchema = z.object(
  Object.fromEntries(auditCQuestions.map((q) => [q.id, auditAnswer])) as Record<
    (typeof auditCQuestions)[number]['id'],
    typeof auditAnswer
  >,
);

const safetyAnswerSchema = z.enum(safetyAnswers, { error: 'Answer yes, no or not asked' });

/** Per item: asked and answered yes or no, or not asked. An item left out was not asked. */
const safetySchema = z.object(
  Object.fromEntries(safetyItems.map((item) => [item.id, safetyAnswerSchema.default('notAsked')])) as Record<
    (typeof safetyItems)[number]['id'],
    z.ZodDefault<typeof safetyAnswerSchema>
  >,
);

const partnerAssessmentFields = z.object({
  ratings: ratingsSchema,
  substances: z
    .array(z.string().trim().min(1).max(60, 'Each substance must be at most 60 characters'))
    .max(20)
    .default([]),
  /**
   * Whether the clinician went through the DSM-5 criteria for this partner. Without it an
   * empty checklist would read as "no use disorder" for a partner nobody assessed.
   */
  dsm5Assessed: z.boolean().default(false),
  dsm5Criteria: checklist(dsm5Criteria),
  yearsOfUse: z
    .number()
    .min(0, 'Years of use cannot be negative')
    .max(80, 'Years of use must be at most 80')
    .nullable()
    .default(null),
  lastUseDate: optionalIsoDate('Date of last use'),
  priorTreatment: optionalText(2000, 'Prior treatment'),
  medicationAssistedTreatment: optionalText(200, 'Medication-assisted treatment'),
  trustHistory: checklist(trustHistoryItems),
  codependency: checklist(codependencyItems),
  commitment: z
    .number({ error: 'Rate commitment from 1 to 5' })
    .int()
    .min(1, 'Rate commitment from 1 to 5')
    .max(5, 'Rate commitment from 1 to 5'),
  ownGoal: optionalText(2000, 'Own goal'),
  intent: z.enum(['improve', 'decide', 'unsure'], { error: 'Choose why this partner has come' }),
  safety: safetySchema,
  auditC: auditCSchema.nullable().default(null),
  auditCSex: z.enum(['male', 'female', 'unspecified']).default('unspecified'),
});

export const partnerAssessmentSchema = partnerAssessmentFields.refine(
  (partner) => partner.dsm5Assessed || partner.dsm5Criteria.length === 0,
  {
    path: ['dsm5Criteria'],
    message: 'Criteria can only be met when the DSM-5 criteria were assessed for this partner',
  },
);
export type PartnerAssessmentInput = z.input<typeof partnerAssessmentSchema>;
export type PartnerAssessment = z.output<typeof partnerAssessmentSchema>;

export const assessmentInputSchema = z.object({
  coupleId: idSchema,
  kind: z.enum(['intake', 'review'], { error: 'Choose intake or review' }),
  assessedOn: z
    .string({ error: 'Enter the date of the assessment' })
    .refine(isIsoDate, 'The assessment date must be a real date (YYYY-MM-DD)'),
  relationship: z.object({
    yearsTogether: z.number().min(0, 'Years together cannot be negative').max(80).nullable().default(null),
    livingTogether: z.boolean().nullable().default(null),
    children: z.number().int().min(0, 'Children cannot be negative').max(20).nullable().default(null),
  }),
  partnerA: partnerAssessmentSchema,
  partnerB: partnerAssessmentSchema,
});
export type AssessmentInput = z.input<typeof assessmentInputSchema>;
export type AssessmentFields = z.output<typeof assessmentInputSchema>;

const partnerScoresSchema = z.object({
  /** False: the criteria were not assessed, and `criteriaMet`/`severity` say nothing ("Not assessed"). */
  dsm5Assessed: z.boolean(),
  criteriaMet: z.number().int(),
  severity: z.enum(['none', 'mild', 'moderate', 'severe']),
  auditC: z.object({ total: z.number().int(), cutOff: z.number().int(), positive: z.boolean() }).nullable(),
  /** Safety items answered yes. */
  positiveSafety: z.array(z.string()),
  /** Safety items not asked: while any remain the screen is not done, never negative. */
  unaskedSafety: z.array(z.string()),
});
export type PartnerScores = z.infer<typeof partnerScoresSchema>;

/**
 * Stored answers as read back from the database or an export archive: the read boundary, and
 * the only place older shapes are accepted (new writes go through `assessmentInputSchema`).
 * - A safety item stored as a boolean (before each item recorded asked/answer) reads through
 *   `legacySafetyAnswer`: `true` is "yes"; `false` reads as "notAsked", since the old
 *   checkbox form cannot tell a denial from an item never asked.
 * - A partner stored without `dsm5Assessed` reads as assessed iff any criterion is ticked or a
 *   substance was recorded (`legacyDsm5Assessed`).
 */
const storedSafetyAnswer = z
  .union([safetyAnswerSchema, z.boolean()])
  .optional()
  .describe(
    'yes, no or notAsked; older records hold a boolean: true is yes, false (like a missing item) is read as notAsked',
  );
const storedSafetySchema = z.object(
  Object.fromEntries(safetyItems.map((item) => [item.id, storedSafetyAnswer])) as Record<
    (typeof safetyItems)[number]['id'],
    typeof storedSafetyAnswer
  >,
);

/** Every shape a stored partner may have, before it is read into today's (the export documents this). */
export const storedPartnerAssessmentShape = partnerAssessmentFields.extend({
  dsm5Assessed: z
    .boolean()
    .optional()
    .describe('Missing in older records: read as assessed iff a criterion is ticked or a substance recorded'),
  safety: storedSafetySchema,
});

export const storedPartnerAssessmentSchema = storedPartnerAssessmentShape.transform(
  (partner): PartnerAssessment => ({
    ...partner,
    dsm5Assessed: partner.dsm5Assessed ?? legacyDsm5Assessed(partner),
    safety: Object.fromEntries(
      safetyItems.map((item) => [item.id, legacySafetyAnswer(partner.safety[item.id])]),
    ) as PartnerAssessment['safety'],
  }),
);

/** Stored answers as they may be found, unread: what an export archive is checked against. */
export const storedAssessmentAnswersShape = z.object({
  relationship: assessmentInputSchema.shape.relationship,
  partnerA: storedPartnerAssessmentShape,
  partnerB: storedPartnerAssessmentShape,
});

export const storedAssessmentAnswersSchema = z.object({
  relationship: assessmentInputSchema.shape.relationship,
  partnerA: storedPartnerAssessmentSchema,
  partnerB: storedPartnerAssessmentSchema,
});

/** Stored scores; those written before `dsm5Assessed` and `unaskedSafety` are completed from the answers. */
export const storedPartnerScoresSchema = partnerScoresSchema.extend({
  dsm5Assessed: z.boolean().optional(),
  unaskedSafety: z.array(z.string()).optional(),
});
export const storedAssessmentScoresSchema = z.object({
  partnerA: storedPartnerScoresSchema,
  partnerB: storedPartnerScoresSchema,
});

export const assessmentSchema = assessmentInputSchema.extend({
  id: idSchema,
  version: z.number().int().min(1),
  createdAt: z.string(),
  scores: z.object({ partnerA: partnerScoresSchema, partnerB: partnerScoresSchema }),
  safetyFlagId: idSchema.nullable(),
});
export type Assessment = z.output<typeof assessmentSchema>;

export const assessmentSummarySchema = z.object({
  id: idSchema,
  kind: z.enum(['intake', 'review']),
  version: z.number().int(),
  assessedOn: z.string(),
  safetyPositive: z.boolean(),
  /** Some safety item was not asked of either partner: the list must not read as a clear screen. */
  safetyNotDone: z.boolean(),
});

export const assessmentsContract = {
  'assessments:create': { input: assessmentInputSchema.strict(), output: assessmentSchema },
  'assessments:get': { input: z.object({ id: idSchema }).strict(), output: assessmentSchema },
  'assessments:list': {
    input: z.object({ coupleId: idSchema }).strict(),
    output: z.object({ items: z.array(assessmentSummarySchema) }),
  },
} as const;

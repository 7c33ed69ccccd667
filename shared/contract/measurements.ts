import { itemKeySchema } from '@shared/domain/plan/document';
import { milestoneMethods } from '@shared/domain/plan-engine/types';
import { z } from 'zod';
import { idSchema, optionalText, requiredIsoDate } from './fields';

/** Measures are ratings (0-10), counts or percentages: never negative, never huge. */
const measureValue = z
  .number({ error: 'Enter a number' })
  .min(0, 'The value cannot be negative')
  .max(1000, 'The value must be at most 1000');

export const measurementSchema = z.object({
  id: idSchema,
  coupleId: idSchema,
  milestoneKey: itemKeySchema,
  /** How it was measured: the milestone's method, or another one the clinician chose. */
  source: z.enum(milestoneMethods),
  measuredOn: z.string(),
  value: z.number(),
  comment: z.string().nullable(),
  /** The session an in-session observation was made in. */
  sessionId: idSchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Measurement = z.output<typeof measurementSchema>;

const measurementFieldsSchema = z.object({
  measuredOn: requiredIsoDate('The date'),
  value: measureValue,
  comment: optionalText(1000, 'Comment'),
  sessionId: idSchema.nullable().default(null),
});

function observationNeedsSession(
  input: { source?: string | undefined; sessionId: string | null },
  ctx: z.RefinementCtx,
): void {
  if (input.source === 'sessionObservation' && !input.sessionId) {
    ctx.addIssue({
      code: 'custom',
      path: ['sessionId'],
      message: 'Choose the session the observation was made in',
    });
  }
}

/** Milestone measurements: one value on one day, from the milestone's method or another. */
export const measurementsContract = {
  'measurements:list': {
    input: z.object({ coupleId: idSchema, milestoneKey: itemKeySchema.optional() }).strict(),
    output: z.object({ items: z.array(measurementSchema) }),
  },
  'measurements:create': {
    input: measurementFieldsSchema
      .extend({ coupleId: idSchema, milestoneKey: itemKeySchema, source: z.enum(milestoneMethods) })
      .strict()
      .superRefine(observationNeedsSession),
    output: measurementSchema,
  },
  'measurements:update': {
    input: measurementFieldsSchema.extend({ id: idSchema }).strict(),
    output: measurementSchema,
  },
  /** A week of a paper log the couple brought in: one value (or a blank) per day from `weekStart`. */
  'measurements:recordWeek': {
    input: z
      .object({
        coupleId: idSchema,
        milestoneKey: itemKeySchema,
        source: z.enum(['coupleLog', 'partnerFeedbackA', 'partnerFeedbackB']),
        weekStart: requiredIsoDate('The first day of the week'),
        values: z
          .array(measureValue.nullable())
          .length(7, 'Give one value or a blank for each of the 7 days'),
      })
      .strict(),
    output: z.object({ items: z.array(measurementSchema) }),
  },
} as const;

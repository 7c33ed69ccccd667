import { isIsoDate } from '@shared/domain/dates';
import { itemKeySchema } from '@shared/domain/plan/document';
import { milestoneMethods } from '@shared/domain/plan-engine/types';
import { z } from 'zod';
import { idSchema, optionalText } from './fields';

const isoDate = (label: string) =>
  z
    .string({ error: `Enter ${label.toLowerCase()}` })
    .refine(isIsoDate, `${label} must be a real date (YYYY-MM-DD)`);

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
  measuredOn: isoDate('The date'),
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

export const calendarAbstinence = ['yes', 'no', 'unknown'] as const;
export const calendarDaySchema = z.object({
  date: isoDate('The date'),
  trustDiscussion: z.boolean().nullable().default(null),
  /** Per partner in recovery: abstained that day, used, or not known; null for a partner not in recovery. */
  abstinence: z
    .object({
      A: z.enum(calendarAbstinence).nullable().default(null),
      B: z.enum(calendarAbstinence).nullable().default(null),
    })
    .default({ A: null, B: null }),
  supportMeeting: z.boolean().nullable().default(null),
  screen: z.enum(['negative', 'positive']).nullable().default(null),
});
export type CalendarDay = z.output<typeof calendarDaySchema>;
export type CalendarDayInput = z.input<typeof calendarDaySchema>;

export const progressContract = {
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
        weekStart: isoDate('The first day of the week'),
        values: z
          .array(measureValue.nullable())
          .length(7, 'Give one value or a blank for each of the 7 days'),
      })
      .strict(),
    output: z.object({ items: z.array(measurementSchema) }),
  },
  'calendar:get': {
    input: z.object({ coupleId: idSchema, from: isoDate('From'), to: isoDate('To') }).strict(),
    output: z.object({ days: z.array(calendarDaySchema.extend({ updatedAt: z.string() })) }),
  },
  /**
   * Saves the given days of the recovery calendar (a filled week or month at once). A day
   * newly recorded as a use day adds a relapse to the timeline and flags the plan for review.
   */
  'calendar:save': {
    input: z.object({ coupleId: idSchema, days: z.array(calendarDaySchema).min(1).max(62) }).strict(),
    output: z.object({
      saved: z.number().int(),
      /** Use days this save recorded for the first time, each now a relapse event on the timeline. */
      useDays: z.array(z.object({ date: z.string(), partner: z.enum(['A', 'B']) })),
    }),
  },
} as const;

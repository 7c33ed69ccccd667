import { z } from 'zod';
import { idSchema, requiredIsoDate } from './fields';

export const calendarAbstinence = ['yes', 'no', 'unknown'] as const;
export const calendarDaySchema = z.object({
  date: requiredIsoDate('The date'),
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

/** The recovery calendar: per day, abstinence per partner in recovery, meetings, screens, trust talks. */
export const calendarContract = {
  'calendar:get': {
    input: z
      .object({ coupleId: idSchema, from: requiredIsoDate('From'), to: requiredIsoDate('To') })
      .strict(),
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

import { z } from 'zod';
import { idSchema } from './fields';
import { deteriorationSchema, dueQuestionnaireSchema } from './questionnaires';
import { safetyFlagSchema } from './safety';
import { sessionTypes } from './sessions';

/** A booked session as Today lists it. */
export const agendaItemSchema = z.object({
  sessionId: idSchema,
  coupleId: idSchema,
  displayName: z.string(),
  date: z.string(),
  startTime: z.string().nullable(),
  durationMinutes: z.number().int(),
  type: z.enum(sessionTypes),
  place: z.enum(['office', 'telehealth']),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

export const todayContract = {
  /**
   * The clinician's day: today's bookings, the next 7 days' bookings by day, past bookings to
   * record, plan reviews due in 7 days or overdue, open safety flags, unsigned notes over 24 h,
   * and couples in care not seen for more than 21 days with nothing booked.
   */
  'today:overview': {
    input: z.object({}).strict(),
    output: z.object({
      today: z.string(),
      /** Today's booked sessions, in time order, each with the brief in one line (as the workspace derives it). */
      todaySessions: z.array(
        agendaItemSchema.extend({ brief: z.object({ text: z.string(), safety: z.boolean() }) }),
      ),
      /** Booked sessions dated before today whose outcome was never recorded (as `sessions:toRecord`). */
      toRecord: z.array(agendaItemSchema),
      /** The 7 days after today, each with its bookings in time order (empty days included). */
      week: z.array(z.object({ date: z.string(), items: z.array(agendaItemSchema) })),
      /** Couples in care with no session booked ahead and none held in the last 21 days. */
      notSeen: z.array(
        z.object({ coupleId: idSchema, displayName: z.string(), lastSeen: z.string().nullable() }),
      ),
      reviews: z.array(
        z.object({
          coupleId: idSchema,
          displayName: z.string(),
          versionId: idSchema,
          version: z.number().int(),
          reviewDate: z.string(),
          /** Overdue, due within 7 days, or a relapse was recorded after the plan was signed. */
          status: z.enum(['overdue', 'dueSoon', 'relapse']),
          /** The latest relapse recorded since signing, if any. */
          relapseOn: z.string().nullable(),
        }),
      ),
      safetyFlags: z.array(z.object({ coupleId: idSchema, displayName: z.string(), flag: safetyFlagSchema })),
      /** What the couple's schedule has due at today's sessions, per session. */
      questionnairesDue: z.array(
        z.object({
          sessionId: idSchema,
          coupleId: idSchema,
          displayName: z.string(),
          items: z.array(dueQuestionnaireSchema),
        }),
      ),
      /** Couples in care where a partner's latest score is a reliable deterioration from their first. */
      deteriorations: z.array(deteriorationSchema.extend({ displayName: z.string() })),
      /** Private answers the clinician has not yet reviewed, per couple and partner. */
      unreviewedResponses: z.array(
        z.object({
          coupleId: idSchema,
          displayName: z.string(),
          partner: z.enum(['A', 'B']),
          answeredOn: z.string(),
          count: z.number().int(),
          /** Some answer signaled risk (a safety flag was raised). */
          risk: z.boolean(),
        }),
      ),
      unsignedNotes: z.array(
        z.object({
          noteId: idSchema,
          sessionId: idSchema,
          coupleId: idSchema,
          displayName: z.string(),
          sessionDate: z.string(),
          updatedAt: z.string(),
        }),
      ),
    }),
  },
} as const;

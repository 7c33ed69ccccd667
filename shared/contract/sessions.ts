import { isIsoDate } from '@shared/domain/dates';
import { z } from 'zod';
import { ratingsSchema } from './assessments';
import { idSchema, optionalText } from './fields';

export const sessionTypes = ['joint', 'individualA', 'individualB', 'workshop', 'checkIn'] as const;
export const sessionTypeLabels: Record<(typeof sessionTypes)[number], string> = {
  joint: 'Joint session',
  individualA: 'Individual (partner A)',
  individualB: 'Individual (partner B)',
  workshop: 'Workshop',
  checkIn: 'Brief check-in',
};
/** Who entered a check-in: the clinician, or the partner answering privately. */
export const checkInGivers = ['clinician', 'partner'] as const;
export type CheckInGiver = (typeof checkInGivers)[number];
export const attendanceValues = ['present', 'late', 'absent', 'notExpected'] as const;
/** What can be recorded about a session that was due: it took place, was cancelled, or nobody came. */
export const sessionOutcomes = ['held', 'cancelled', 'noShow'] as const;
/** A stored session is booked (not happened yet, or not recorded yet) or has one of the outcomes. */
export const sessionStatuses = ['booked', ...sessionOutcomes] as const;
export type SessionStatus = (typeof sessionStatuses)[number];
/** Who called a session off: it decides whether a late cancellation counts against the couple. */
export const cancelledByValues = ['partnerA', 'partnerB', 'both', 'clinician'] as const;
export const cancelledByLabels: Record<(typeof cancelledByValues)[number], string> = {
  partnerA: 'Partner A',
  partnerB: 'Partner B',
  both: 'Both partners',
  clinician: 'The clinician',
};
const startTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter the start time as HH:MM (24-hour)');
const durationSchema = z
  .number({ error: 'Enter the duration in minutes' })
  .int('Use whole minutes')
  .min(5, 'A session lasts at least 5 minutes')
  .max(480, 'A session lasts at most 8 hours');
const isoDateSchema = (label: string) =>
  z
    .string({ error: `Enter the ${label}` })
    .refine(isIsoDate, `The ${label} must be a real date (YYYY-MM-DD)`);

const sessionFieldsSchema = z.object({
  coupleId: idSchema,
  date: isoDateSchema('session date'),
  startTime: startTimeSchema.nullable().default(null),
  durationMinutes: durationSchema,
  type: z.enum(sessionTypes, { error: 'Choose the session type' }),
  place: z.enum(['office', 'telehealth'], { error: 'Choose office or telehealth' }),
  outcome: z.enum(sessionOutcomes).default('held'),
  outcomeReason: optionalText(500, 'Reason'),
  /** Only for a cancellation; `null` when not recorded (cancellations entered before bookings existed). */
  cancelledBy: z.enum(cancelledByValues).nullable().default(null),
  noticeHours: z
    .number({ error: 'Enter the hours of notice' })
    .int('Use whole hours')
    .min(0, 'Notice cannot be negative')
    .max(8760, 'Notice is at most a year')
    .nullable()
    .default(null),
  attendance: z.object({ A: z.enum(attendanceValues), B: z.enum(attendanceValues) }),
  checkIn: z
    .object({ A: ratingsSchema.nullable().default(null), B: ratingsSchema.nullable().default(null) })
    .default({ A: null, B: null }),
});

/** Rules across fields: a session that did not happen has a reason and no check-in. */
function sessionRules(session: z.output<typeof sessionFieldsSchema>, ctx: z.RefinementCtx): void {
  if (session.outcome !== 'held' && !session.outcomeReason) {
    ctx.addIssue({
      code: 'custom',
      path: ['outcomeReason'],
      message: 'Give a reason for the cancellation or no-show',
    });
  }
  if (session.outcome !== 'held' && (session.checkIn.A || session.checkIn.B)) {
    ctx.addIssue({
      code: 'custom',
      path: ['checkIn'],
      message: 'A session that did not take place has no check-in',
    });
  }
  if (session.outcome !== 'cancelled') {
    if (session.cancelledBy) {
      ctx.addIssue({
        code: 'custom',
        path: ['cancelledBy'],
        message: 'Only a cancellation has someone who canceled',
      });
    }
    if (session.noticeHours !== null) {
      ctx.addIssue({ code: 'custom', path: ['noticeHours'], message: 'Only a cancellation has notice' });
    }
  }
  for (const position of ['A', 'B'] as const) {
    if (session.attendance[position] === 'absent' && session.checkIn[position]) {
      ctx.addIssue({
        code: 'custom',
        path: ['checkIn', position],
        message: 'An absent partner has no check-in',
      });
    }
  }
}

export const sessionInputSchema = sessionFieldsSchema.strict().superRefine(sessionRules);
export type SessionInput = z.input<typeof sessionInputSchema>;
export type SessionFields = z.output<typeof sessionInputSchema>;

export const sessionSchema = z.object({
  id: idSchema,
  coupleId: idSchema,
  date: z.string(),
  startTime: z.string().nullable(),
  durationMinutes: z.number().int(),
  type: z.enum(sessionTypes),
  place: z.enum(['office', 'telehealth']),
  outcome: z.enum(sessionStatuses),
  outcomeReason: z.string().nullable(),
  cancelledBy: z.enum(cancelledByValues).nullable(),
  noticeHours: z.number().int().nullable(),
  /** Bookings made together as a repeating series share this id. */
  seriesId: idSchema.nullable(),
  attendance: z.object({ A: z.enum(attendanceValues), B: z.enum(attendanceValues) }),
  checkIn: z.object({ A: ratingsSchema.nullable(), B: ratingsSchema.nullable() }),
  /**
   * Who gave each check-in: the clinician (typed in the session) or the partner (answered
   * privately on the laptop); null where there is no check-in.
   */
  checkInBy: z.object({ A: z.enum(checkInGivers).nullable(), B: z.enum(checkInGivers).nullable() }),
  createdAt: z.string(),
  updatedAt: z.string(),
  noteId: idSchema.nullable(),
  noteStatus: z.enum(['draft', 'signed']).nullable(),
});
export type Session = z.infer<typeof sessionSchema>;

export const bookingInputSchema = z
  .object({
    coupleId: idSchema,
    date: isoDateSchema('date of the first session'),
    // A booking has a time: it is what the clinician's day is made of and what clashes are checked on.
    startTime: startTimeSchema,
    durationMinutes: durationSchema,
    type: z.enum(sessionTypes, { error: 'Choose the session type' }),
    place: z.enum(['office', 'telehealth'], { error: 'Choose office or telehealth' }),
    repeat: z
      .object({
        every: z.enum(['week', 'fortnight'], { error: 'Choose weekly or every two weeks' }),
        count: z
          .number({ error: 'Enter how many sessions to book' })
          .int('Use a whole number of sessions')
          .min(2, 'A repeating booking has at least 2 sessions')
          .max(52, 'Book at most 52 sessions at once'),
      })
      .strict()
      .nullable()
      .default(null),
  })
  .strict();
export type BookingInput = z.input<typeof bookingInputSchema>;
export type BookingFields = z.output<typeof bookingInputSchema>;

/** A booking that overlaps another one of the practice's (one clinician): warned, never refused. */
export const bookingClashSchema = z.object({
  sessionId: idSchema,
  date: z.string(),
  startTime: z.string(),
  other: z.object({
    sessionId: idSchema,
    coupleId: idSchema,
    coupleName: z.string(),
    startTime: z.string(),
    durationMinutes: z.number().int(),
  }),
});
export type BookingClash = z.infer<typeof bookingClashSchema>;

export const toRecordItemSchema = sessionSchema.extend({ coupleName: z.string() });

export const sessionsContract = {
  'sessions:create': { input: sessionInputSchema, output: sessionSchema },
  'sessions:update': {
    input: sessionFieldsSchema.extend({ id: idSchema }).strict().superRefine(sessionRules),
    output: sessionSchema,
  },
  'sessions:get': { input: z.object({ id: idSchema }).strict(), output: sessionSchema },
  'sessions:book': {
    input: bookingInputSchema,
    output: z.object({ items: z.array(sessionSchema), clashes: z.array(bookingClashSchema) }),
  },
  /** Turns a booked session into what happened; the same fields and rules as recording one. */
  'sessions:recordOutcome': {
    input: sessionFieldsSchema.extend({ id: idSchema }).strict().superRefine(sessionRules),
    output: sessionSchema,
  },
  /** Booked sessions dated before today whose outcome was never recorded, oldest first. */
  'sessions:toRecord': {
    input: z.object({}).strict(),
    output: z.object({ items: z.array(toRecordItemSchema) }),
  },
  'sessions:list': {
    input: z.object({ coupleId: idSchema }).strict(),
    output: z.object({ items: z.array(sessionSchema) }),
  },
} as const;

import { z } from 'zod';
import { isIsoDate } from '../domain/dates';
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
export const attendanceValues = ['present', 'late', 'absent', 'notExpected'] as const;
export const sessionOutcomes = ['held', 'cancelled', 'noShow'] as const;

const sessionFieldsSchema = z.object({
  coupleId: idSchema,
  date: z
    .string({ error: 'Enter the session date' })
    .refine(isIsoDate, 'The session date must be a real date (YYYY-MM-DD)'),
  startTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter the start time as HH:MM (24-hour)')
    .nullable()
    .default(null),
  durationMinutes: z
    .number({ error: 'Enter the duration in minutes' })
    .int('Use whole minutes')
    .min(5, 'A session lasts at least 5 minutes')
    .max(480, 'A session lasts at most 8 hours'),
  type: z.enum(sessionTypes, { error: 'Choose the session type' }),
  place: z.enum(['office', 'telehealth'], { error: 'Choose office or telehealth' }),
  outcome: z.enum(sessionOutcomes).default('held'),
  outcomeReason: optionalText(500, 'Reason'),
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
  outcome: z.enum(sessionOutcomes),
  outcomeReason: z.string().nullable(),
  attendance: z.object({ A: z.enum(attendanceValues), B: z.enum(attendanceValues) }),
  checkIn: z.object({ A: ratingsSchema.nullable(), B: ratingsSchema.nullable() }),
  createdAt: z.string(),
  updatedAt: z.string(),
  noteId: idSchema.nullable(),
  noteStatus: z.enum(['draft', 'signed']).nullable(),
});
export type Session = z.infer<typeof sessionSchema>;

export const sessionsContract = {
  'sessions:create': { input: sessionInputSchema, output: sessionSchema },
  'sessions:update': {
    input: sessionFieldsSchema.extend({ id: idSchema }).strict().superRefine(sessionRules),
    output: sessionSchema,
  },
  'sessions:get': { input: z.object({ id: idSchema }).strict(), output: sessionSchema },
  'sessions:list': {
    input: z.object({ coupleId: idSchema }).strict(),
    output: z.object({ items: z.array(sessionSchema) }),
  },
} as const;

import { isIsoDate } from '@shared/domain/dates';
import { libraryEntrySchema } from '@shared/domain/library';
import { itemKeySchema } from '@shared/domain/plan/document';
import { z } from 'zod';
import { idSchema, optionalText, requiredText } from './fields';

/**
 * Homework: an exercise assigned at a session, due by a date, reviewed at a later session.
 * The review outcome (done / partly / not done) is what the homework-consistency figure counts.
 */

/** Who does the homework: both partners (each, or together when the exercise is conjoint) or one. */
export const homeworkWho = ['both', 'partnerA', 'partnerB'] as const;
export type HomeworkWho = (typeof homeworkWho)[number];
export const homeworkWhoLabels: Record<HomeworkWho, string> = {
  both: 'Both partners',
  partnerA: 'Partner A',
  partnerB: 'Partner B',
};
/** What a review can say; `assigned` is the state before any review. */
export const homeworkReviewStatuses = ['done', 'partly', 'notDone'] as const;
export type HomeworkReviewStatus = (typeof homeworkReviewStatuses)[number];
export const homeworkStatuses = ['assigned', ...homeworkReviewStatuses] as const;
export type HomeworkStatus = (typeof homeworkStatuses)[number];
export const homeworkStatusLabels: Record<HomeworkStatus, string> = {
  assigned: 'Not reviewed yet',
  done: 'Done',
  partly: 'Partly done',
  notDone: 'Not done',
};

export const homeworkSchema = z.object({
  id: idSchema,
  coupleId: idSchema,
  /** The session it was assigned in; null when assigned outside a session. */
  assignedInSessionId: idSchema.nullable(),
  /** The plan version and intervention it comes from, when picked from the plan. */
  planVersionId: idSchema.nullable(),
  interventionKey: itemKeySchema.nullable(),
  /** The library exercise behind it (its worksheet prints from this); null for a custom task. */
  libraryId: z.string().nullable(),
  title: z.string(),
  /** The clinician's tailoring for this couple, printed on the worksheet. */
  instructions: z.string().nullable(),
  who: z.enum(homeworkWho),
  /** Needs both partners together (a conjoint library exercise given to both). */
  joint: z.boolean(),
  assignedOn: z.string(),
  dueDate: z.string(),
  status: z.enum(homeworkStatuses),
  comment: z.string().nullable(),
  reviewedInSessionId: idSchema.nullable(),
  reviewedOn: z.string().nullable(),
});
export type Homework = z.infer<typeof homeworkSchema>;

/** One exercise that can be assigned: from the active plan's interventions or the library. */
export const homeworkOptionSchema = z.object({
  source: z.enum(['plan', 'library']),
  libraryId: z.string().nullable(),
  planVersionId: idSchema.nullable(),
  interventionKey: itemKeySchema.nullable(),
  title: z.string(),
  /** Who the plan (or library) gives it to, as the default of the assign form. */
  who: z.enum(homeworkWho),
  joint: z.boolean(),
  /** False while an open safety flag blocks it (a joint, touch or conflict exercise). */
  allowed: z.boolean(),
  blockedReason: z.string().nullable(),
  /** Individual library exercises for the same area, offered in place of a blocked one. */
  alternatives: z.array(z.object({ libraryId: z.string(), title: z.string() })),
});
export type HomeworkOption = z.infer<typeof homeworkOptionSchema>;

export const homeworkAssignSchema = z
  .object({
    coupleId: idSchema,
    sessionId: idSchema.nullable().default(null),
    /** Exactly one of: a plan intervention (key + version), a library exercise, or a custom title. */
    planVersionId: idSchema.nullable().default(null),
    interventionKey: itemKeySchema.nullable().default(null),
    libraryId: libraryEntrySchema.shape.id.nullable().default(null),
    title: requiredText(200, 'Title'),
    instructions: optionalText(2000, 'Instructions'),
    who: z.enum(homeworkWho, { error: 'Choose who does the homework' }),
    dueDate: z
      .string({ error: 'Enter the due date' })
      .refine(isIsoDate, 'The due date must be a real date (YYYY-MM-DD)'),
  })
  .strict();
export type HomeworkAssignInput = z.input<typeof homeworkAssignSchema>;

export const homeworkContract = {
  /**
   * What can be assigned to the couple now: the active plan's interventions first, then the
   * library. With an open safety flag, joint, touch and conflict exercises are not allowed
   * and individual alternatives are offered.
   */
  'homework:options': {
    input: z.object({ coupleId: idSchema }).strict(),
    output: z.object({ safetyFlagOpen: z.boolean(), items: z.array(homeworkOptionSchema) }),
  },
  /** Refused for a blocked exercise while a safety flag is open, or a due date before today. */
  'homework:assign': { input: homeworkAssignSchema, output: homeworkSchema },
  /** Records how it went, at the session where it is reviewed. Can be corrected until that session's note is signed. */
  'homework:review': {
    input: z
      .object({
        id: idSchema,
        sessionId: idSchema,
        status: z.enum(homeworkReviewStatuses, { error: 'Choose done, partly or not done' }),
        comment: optionalText(1000, 'Comment'),
      })
      .strict(),
    output: homeworkSchema,
  },
  /** Takes back an assignment made by mistake; only before it is reviewed. */
  'homework:withdraw': {
    input: z.object({ id: idSchema }).strict(),
    output: z.object({ withdrawn: z.literal(true) }),
  },
  /** The couple's homework, newest due date first. */
  'homework:list': {
    input: z.object({ coupleId: idSchema }).strict(),
    output: z.object({ items: z.array(homeworkSchema) }),
  },
} as const;

import { ratingAreas } from '@shared/domain/assessment';
import { noteFormats } from '@shared/domain/notes';
import { itemKeySchema } from '@shared/domain/plan/document';
import { winKinds } from '@shared/domain/workspace/wins';
import { z } from 'zod';
import { idSchema } from './fields';
import { homeworkSchema } from './homework';
import { noteSchema } from './notes';
import { dueQuestionnaireSchema, questionnaireResponseSchema } from './questionnaires';
import { safetyFlagSchema } from './safety';
import { sessionSchema } from './sessions';

/**
 * The session workspace: everything one session needs on one screen, in the order
 * behavioral couples therapy runs a session. The brief and the wins are derived in
 * shared/domain from the same series as the dashboard, so the two can never disagree.
 */

const recoveryDaysSchema = z.object({
  /** Days in the window with the partner's abstinence recorded yes / no / unknown or not at all. */
  kept: z.number().int(),
  use: z.number().int(),
  unrecorded: z.number().int(),
  /** Days in the window (the day after the last held session up to the day before this one). */
  days: z.number().int(),
});

export const briefMilestoneSchema = z.object({
  key: itemKeySchema,
  description: z.string(),
  /** `stalled`: no reliable movement; `due`: due by the next session; `overdue`: past due, not met. */
  status: z.enum(['stalled', 'due', 'overdue']),
  /** One line: why it is stalled, or when it is due and where it stands. */
  detail: z.string(),
});

export const partnerGapSchema = z.object({
  area: z.enum(ratingAreas),
  label: z.string(),
  A: z.number(),
  B: z.number(),
  gap: z.number(),
  /** The check-in date the gap was seen at. */
  date: z.string(),
});

export const sessionBriefSchema = z.object({
  /** The last held session before this one; null for a couple's first session. */
  since: z.object({ sessionId: idSchema, date: z.string() }).nullable(),
  /** Per partner; null for a partner the calendar does not track (not in recovery). */
  recovery: z.object({ A: recoveryDaysSchema.nullable(), B: recoveryDaysSchema.nullable() }),
  /** Homework due by this session and not yet reviewed elsewhere, oldest due first. */
  homeworkDue: z.array(homeworkSchema),
  milestones: z.array(briefMilestoneSchema),
  /** Areas where the partners' latest check-in ratings differ by 3 or more. */
  partnerGaps: z.array(partnerGapSchema),
  safetyFlags: z.array(safetyFlagSchema),
  /** What the last signed or drafted note planned (its Plan section, or homework text). */
  lastPlanned: z.string().nullable(),
  /** Questionnaires due for each partner at this session, by the couple's schedule. */
  questionnairesDue: z.object({ A: z.array(dueQuestionnaireSchema), B: z.array(dueQuestionnaireSchema) }),
});
export type SessionBrief = z.infer<typeof sessionBriefSchema>;

/** Something to celebrate aloud with the couple, worded for them (no clinical jargon). */
export const winSchema = z.object({
  kind: z.enum(winKinds),
  text: z.string(),
});
export type Win = z.infer<typeof winSchema>;

export const workspaceObjectiveSchema = z.object({
  planVersionId: idSchema,
  key: itemKeySchema,
  description: z.string(),
  goal: z.string(),
  areaTitle: z.string(),
});

export const workspaceInterventionSchema = z.object({
  planVersionId: idSchema,
  key: itemKeySchema,
  name: z.string(),
  libraryId: z.string(),
  objectiveKey: itemKeySchema,
});

export const workspaceSchema = z.object({
  session: sessionSchema,
  couple: z.object({
    id: idSchema,
    displayName: z.string(),
    partners: z.object({ A: z.string(), B: z.string() }),
  }),
  brief: sessionBriefSchema,
  wins: z.array(winSchema),
  /** The active plan's accepted objectives and interventions (empty without a signed plan). */
  objectives: z.array(workspaceObjectiveSchema),
  interventions: z.array(workspaceInterventionSchema),
  /** The format of this couple's last note, else SOAP: the clinician's last choice for them. */
  noteFormat: z.enum(noteFormats),
  note: noteSchema.nullable(),
  /** Homework assigned in this session. */
  homeworkAssigned: z.array(homeworkSchema),
  /** The couple's next booked session after this one, if any. */
  nextBooking: sessionSchema.nullable(),
  /** Responses a partner gave privately that the clinician has not yet reviewed (risk answers first). */
  unreviewedResponses: z.array(questionnaireResponseSchema),
});
export type Workspace = z.infer<typeof workspaceSchema>;

export const workspaceContract = {
  /** Opens a session's workspace: the brief since the last held session, wins, plan, note, homework. */
  'workspace:get': { input: z.object({ sessionId: idSchema }).strict(), output: workspaceSchema },
} as const;

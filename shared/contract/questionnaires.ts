import { cadences } from '@shared/domain/questionnaires/schedule';
import { instrumentIds } from '@shared/domain/questionnaires/types';
import { z } from 'zod';
import { ratingsSchema } from './assessments';
import { idSchema, requiredIsoDate } from './fields';

/**
 * Validated questionnaires (PHQ-9, GAD-7, PCL-5, AUDIT-C): each partner's answers, the
 * couple's schedule of what is due, the change between first and latest score, and the
 * private check-in in which a partner answers alone on the clinician's laptop.
 */

const partnerSchema = z.enum(['A', 'B']);
const instrumentSchema = z.enum(instrumentIds, { error: 'Choose a questionnaire' });

/**
 * How a response came in: typed by the partner in a private check-in, or entered by the
 * clinician (from a paper form or what was said in the room). Charts and reports say which.
 */
export const responseModes = ['privateSelfReport', 'clinicianEntered'] as const;
export type ResponseMode = (typeof responseModes)[number];
export const responseModeLabels: Record<ResponseMode, string> = {
  privateSelfReport: 'Answered privately by the partner',
  clinicianEntered: 'Entered by the clinician',
};

/** One item answered at or above its risk threshold, quoted so the clinician sees what was said. */
export const riskAnswerSchema = z.object({
  itemId: z.string(),
  /** The item as it was asked. */
  text: z.string(),
  /** The answer as it was chosen ("Several days"). */
  answer: z.string(),
  value: z.number().int(),
});
export type RiskAnswer = z.infer<typeof riskAnswerSchema>;

/** Answers by item id; each value is checked against the instrument's own options by the core. */
const answersSchema = z.record(z.string().max(40), z.number().int().min(0).max(10));

export const questionnaireResponseSchema = z.object({
  id: idSchema,
  coupleId: idSchema,
  partner: partnerSchema,
  instrument: instrumentSchema,
  answeredOn: z.string(),
  /** The session it was answered in, if any. */
  sessionId: idSchema.nullable(),
  answers: answersSchema,
  total: z.number().int(),
  /** The published severity band's label, or null where the instrument has none. */
  band: z.string().nullable(),
  /** At or above the instrument's caseness cut-off. */
  isCase: z.boolean(),
  mode: z.enum(responseModes),
  riskAnswers: z.array(riskAnswerSchema),
  /** When the clinician saw a privately answered response; null until then (always set for their own). */
  reviewedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type QuestionnaireResponse = z.infer<typeof questionnaireResponseSchema>;

export const scheduleEntrySchema = z.object({
  instrument: instrumentSchema,
  partner: partnerSchema,
  cadence: z.enum(cadences, { error: 'Choose how often' }),
});
export type QuestionnaireScheduleEntry = z.infer<typeof scheduleEntrySchema>;

/** A questionnaire due for one partner, and why ("last answered Nov 2, 2026; due every 2 weeks"). */
export const dueQuestionnaireSchema = scheduleEntrySchema.extend({
  lastAnswered: z.string().nullable(),
  reason: z.string(),
});
export type DueQuestionnaire = z.infer<typeof dueQuestionnaireSchema>;

const datedScoreSchema = z.object({ date: z.string(), total: z.number().int() });
export const reliableChanges = [
  'reliableImprovement',
  'reliableDeterioration',
  'noReliableChange',
  'noPublishedThreshold',
] as const;
export const casenessChanges = ['recovered', 'becameCase', 'stayedCase', 'stayedNonCase'] as const;

/** One partner's scores on one instrument, with the change from first to latest. */
export const partnerTrajectorySchema = z.object({
  scores: z.array(datedScoreSchema.extend({ mode: z.enum(responseModes) })),
  first: datedScoreSchema,
  latest: datedScoreSchema,
  change: z
    .object({
      reliableChange: z.enum(reliableChanges),
      casenessChange: z.enum(casenessChanges),
      reliableRecovery: z.boolean(),
      difference: z.number().int(),
    })
    .nullable(),
  /** Scores strictly inside it are within measurement error of the first score. */
  band: z.object({ lower: z.number(), upper: z.number() }).nullable(),
});
export type PartnerTrajectory = z.infer<typeof partnerTrajectorySchema>;

export const trajectorySchema = z.object({
  instrument: instrumentSchema,
  shortName: z.string(),
  min: z.number().int(),
  max: z.number().int(),
  /** Points of change that count as reliable (null: none published). */
  threshold: z.number().int().nullable(),
  /** The caseness cut-off for each partner (AUDIT-C's depends on recorded sex). */
  cutOff: z.object({ A: z.number().int(), B: z.number().int() }),
  attribution: z.string(),
  partners: z.object({ A: partnerTrajectorySchema.nullable(), B: partnerTrajectorySchema.nullable() }),
});
export type Trajectory = z.infer<typeof trajectorySchema>;

/** A partner's reliable deterioration on an instrument: Today and the plan review raise it. */
export const deteriorationSchema = z.object({
  coupleId: idSchema,
  partner: partnerSchema,
  instrument: instrumentSchema,
  shortName: z.string(),
  first: datedScoreSchema,
  latest: datedScoreSchema,
});
export type Deterioration = z.infer<typeof deteriorationSchema>;

/** What the partner's private screen may show: their name, the questionnaires due, nothing else. */
export const privateCheckInSchema = z.object({
  partner: partnerSchema,
  /** The partner's own name as recorded, so they know the screen is theirs. */
  partnerName: z.string(),
  instruments: z.array(instrumentSchema),
  /** Whether they also rate this session's check-in (held, present, not yet rated). */
  checkIn: z.boolean(),
  /** The idle lock still applies while the partner answers. */
  autoLockMinutes: z.number().int(),
});
export type PrivateCheckIn = z.infer<typeof privateCheckInSchema>;

const respondedSchema = z.object({ instrument: instrumentSchema, answers: answersSchema });

export const questionnairesContract = {
  /** Every response of a couple, newest first. */
  'questionnaires:list': {
    input: z.object({ coupleId: idSchema }).strict(),
    output: z.object({ items: z.array(questionnaireResponseSchema) }),
  },
  'questionnaires:schedule': {
    input: z.object({ coupleId: idSchema }).strict(),
    output: z.object({ entries: z.array(scheduleEntrySchema) }),
  },
  /** Replaces the couple's schedule. One entry per instrument and partner. */
  'questionnaires:setSchedule': {
    input: z
      .object({ coupleId: idSchema, entries: z.array(scheduleEntrySchema).max(instrumentIds.length * 2) })
      .strict(),
    output: z.object({ entries: z.array(scheduleEntrySchema) }),
  },
  /** A response the clinician enters (a paper form, or answers given aloud). */
  'questionnaires:record': {
    input: z
      .object({
        coupleId: idSchema,
        partner: partnerSchema,
        instrument: instrumentSchema,
        answeredOn: requiredIsoDate('The date'),
        sessionId: idSchema.nullable().default(null),
        answers: answersSchema,
      })
      .strict(),
    output: questionnaireResponseSchema,
  },
  /** Both partners' trajectories on every instrument either has answered, with the reliable-change band. */
  'questionnaires:trajectories': {
    input: z.object({ coupleId: idSchema }).strict(),
    output: z.object({ items: z.array(trajectorySchema) }),
  },
  /** The clinician has seen these privately answered responses (and any risk answers in them). */
  'questionnaires:markReviewed': {
    input: z.object({ ids: z.array(idSchema).min(1).max(50) }).strict(),
    output: z.object({ reviewed: z.number().int() }),
  },
  /**
   * Hands the laptop to one partner: from now until they finish (or the laptop is handed back),
   * the core answers only `questionnaires:submitPrivate`, `questionnaires:cancelPrivate` and
   * locking. Offers exactly what is due for that partner at that session.
   */
  'questionnaires:startPrivate': {
    input: z.object({ sessionId: idSchema, partner: partnerSchema }).strict(),
    output: privateCheckInSchema,
  },
  /**
   * The partner's answers: saved as their self-report, a risk answer raises a safety flag, then
   * the vault locks so only the clinician's passphrase returns to the record.
   */
  'questionnaires:submitPrivate': {
    input: z
      .object({
        responses: z.array(respondedSchema).max(instrumentIds.length),
        checkIn: ratingsSchema.nullable().default(null),
      })
      .strict(),
    output: z.object({ saved: z.number().int() }),
  },
  /** The laptop comes back without answers: nothing is saved, and the vault locks. */
  'questionnaires:cancelPrivate': {
    input: z.object({}).strict(),
    output: z.object({ locked: z.literal(true) }),
  },
} as const;

/** The only channels the core answers while a partner has the laptop (besides locking and status). */
export const PRIVATE_CHANNELS = ['questionnaires:submitPrivate', 'questionnaires:cancelPrivate'] as const;

/**
 * What a milestone measures and what records it.
 *
 * Clinical why: a milestone nobody measures is a promise nobody keeps. Most of what a plan
 * asks about is already recorded somewhere: each partner rates the six areas at every session
 * check-in and at every assessment, and the recovery calendar records the daily trust
 * discussion and abstinence day by day. A milestone therefore names its source, and the
 * dashboard, review and reports read its series from there instead of asking the clinician
 * to enter the same number twice. Only what arises nowhere else (a therapist's evaluation, an
 * observation in session, the couple's own log, a partner's feedback) is entered by hand.
 *
 * Milestones signed before sources existed carry neither `scale` nor `recordedBy`; both are
 * inferred here at read time from the engine's item keys, so a signed document is never
 * rewritten.
 */

import { type RatingArea, ratingAreas } from '@shared/domain/assessment';
import { type MilestoneMethod, milestoneMethods } from '@shared/domain/plan-engine/types';
import { z } from 'zod';

export const measureUnits = ['rating', 'daysPerWeek', 'count', 'percent', 'yesNo', 'rung'] as const;
export type MeasureUnit = (typeof measureUnits)[number];

/** The range of each unit. A count has no natural top; 100 a week or in all is already implausible. */
export const unitRanges: Record<MeasureUnit, { min: number; max: number; label: string }> = {
  rating: { min: 0, max: 10, label: 'Rating from 0 to 10' },
  daysPerWeek: { min: 0, max: 7, label: 'Days per week (0 to 7)' },
  count: { min: 0, max: 100, label: 'Count (0 to 100)' },
  percent: { min: 0, max: 100, label: 'Percentage (0 to 100)' },
  yesNo: { min: 0, max: 1, label: 'Yes or no (1 = yes, 0 = no)' },
  rung: { min: 0, max: 12, label: 'Touch-ladder rung (0 to 12)' },
};

export const measureScaleSchema = z
  .object({
    unit: z.enum(measureUnits),
    min: z.number().min(0).max(1000),
    max: z.number().min(0).max(1000),
  })
  .refine((scale) => scale.min < scale.max, { message: 'The range must go from a lower to a higher value' });
export type MeasureScale = z.output<typeof measureScaleSchema>;

export function scaleFor(unit: MeasureUnit): MeasureScale {
  const { min, max } = unitRanges[unit];
  return { unit, min, max };
}

export const calendarFields = ['trustDiscussion', 'abstinence', 'supportMeeting'] as const;
export type CalendarField = (typeof calendarFields)[number];

/**
 * Where a milestone's values come from:
 * - `checkIn`: the partner's own rating of an area, from every session check-in and assessment;
 * - `calendar`: days per week a recovery-calendar field was marked yes (abstinence per partner);
 * - `entry`: entered by hand with the given method (therapist evaluations and in-session
 *   observations in the session they belong to; logs and feedback on the measurements screen).
 */
export const milestoneSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('checkIn'), partner: z.enum(['A', 'B']), area: z.enum(ratingAreas) }),
  z.object({
    kind: z.literal('calendar'),
    field: z.enum(calendarFields),
    partner: z.enum(['A', 'B']).nullable(),
  }),
  z.object({ kind: z.literal('entry'), method: z.enum(milestoneMethods) }),
]);
export type MilestoneSource = z.output<typeof milestoneSourceSchema>;

/** What the measure helpers need of a milestone (a `PlanMilestone` fits). */
export interface MeasuredMilestone {
  key: string;
  description: string;
  method: MilestoneMethod;
  baseline: number | null;
  target: number | null;
  scale?: MeasureScale | undefined;
  recordedBy?: MilestoneSource | undefined;
}

export interface MilestoneMeasure {
  scale: MeasureScale;
  source: MilestoneSource;
  /** True when the document did not say and the measure was worked out from the key. */
  inferred: boolean;
}

const ratingKey = /^milestone:([a-z]+):(?:(A|B):halfway|maintain:(A|B))$/;
/** Engine milestones that count things: shared goals, quality-time blocks, promises kept, conversations held. */
const engineCounts = /^milestone:(?:(?:intellectual|experiential|trust):(?:A|B):coupleLog|sexualHealth)$/;
const loggedPerWeek = /^milestone:(?:communication:(?:A|B):coupleLog|triggers:(?:A|B):log|triggers:mutual)$/;

function isRatingArea(value: string | undefined): value is RatingArea {
  return value !== undefined && (ratingAreas as readonly string[]).includes(value);
}

/** The measure of a milestone signed before measures were stored, from the engine's keys. */
function inferredMeasure(m: MeasuredMilestone): Omit<MilestoneMeasure, 'inferred'> {
  const entry: MilestoneSource = { kind: 'entry', method: m.method };
  const rating = ratingKey.exec(m.key);
  const area = rating?.[1];
  const partner = rating?.[2] ?? rating?.[3];
  if (rating && isRatingArea(area) && (partner === 'A' || partner === 'B'))
    return { scale: scaleFor('rating'), source: { kind: 'checkIn', partner, area } };
  if (m.key === 'milestone:trust:accountability:log')
    return {
      scale: scaleFor('daysPerWeek'),
      source: { kind: 'calendar', field: 'trustDiscussion', partner: null },
    };
  const abstinence = /^milestone:triggers:(A|B):abstinence$/.exec(m.key)?.[1];
  if (abstinence === 'A' || abstinence === 'B')
    return {
      scale: scaleFor('daysPerWeek'),
      source: { kind: 'calendar', field: 'abstinence', partner: abstinence },
    };
  if (loggedPerWeek.test(m.key) || /days per week/i.test(m.description))
    return { scale: scaleFor('daysPerWeek'), source: entry };
  if (/\(0-10\)|\(0 to 10\)/.test(m.description)) return { scale: scaleFor('rating'), source: entry };
  if (
    /\(0 = no, 1 = yes\)/.test(m.description) ||
    /^milestone:(?:aftercare|triggers:(?:A|B):plan)$/.test(m.key)
  )
    return { scale: scaleFor('yesNo'), source: entry };
  if (/^milestone:physical:(?:A|B):partnerFeedback$/.test(m.key))
    return { scale: scaleFor('rung'), source: entry };
  if (engineCounts.test(m.key)) return { scale: scaleFor('count'), source: entry };
  // The safety milestone is a yes/no confirmation, or (where the partner screened negative) sessions attended.
  if (/^milestone:safety:(?:A|B)$/.test(m.key))
    return { scale: scaleFor(m.target !== null && m.target > 1 ? 'count' : 'yesNo'), source: entry };
  // A milestone the clinician wrote: its old bounds (0 to 1000), so nothing recorded under them is called out of range.
  return { scale: { unit: 'count', min: 0, max: 1000 }, source: entry };
}

/** The milestone's scale and source: as stored when the plan says, else inferred from its key. */
export function milestoneMeasure(m: MeasuredMilestone): MilestoneMeasure {
  if (m.scale && m.recordedBy) return { scale: m.scale, source: m.recordedBy, inferred: false };
  const inferred = inferredMeasure(m);
  return {
    scale: m.scale ?? inferred.scale,
    source: m.recordedBy ?? inferred.source,
    inferred: true,
  };
}

/** The field error for a value outside the scale, or null when it fits. */
export function outOfScaleError(value: number, scale: MeasureScale): string | null {
  if (!Number.isFinite(value) || value < scale.min || value > scale.max)
    return `Enter a number from ${scale.min} to ${scale.max}`;
  if (
    (scale.unit === 'daysPerWeek' || scale.unit === 'yesNo' || scale.unit === 'rung') &&
    !Number.isInteger(value)
  )
    return `Enter a whole number from ${scale.min} to ${scale.max}`;
  return null;
}

const partnerLabel = (p: 'A' | 'B' | null) => (p ? ` (partner ${p})` : '');

/** Plain words for a source, as "Measured by" shows it. */
export function sourceLabel(source: MilestoneSource): string {
  switch (source.kind) {
    case 'checkIn':
      return `Partner ${source.partner}'s check-in ratings in sessions and assessments`;
    case 'calendar':
      return source.field === 'trustDiscussion'
        ? 'Recovery calendar: days with the trust discussion'
        : source.field === 'abstinence'
          ? `Recovery calendar: abstinent days${partnerLabel(source.partner)}`
          : `Recovery calendar: days with a support meeting${partnerLabel(source.partner)}`;
    case 'entry':
      return entryLabels[source.method];
  }
}

const entryLabels: Record<MilestoneMethod, string> = {
  coupleLog: "Couple's log or journal, entered on the measurements screen",
  partnerFeedbackA: 'Feedback from partner A, entered on the measurements screen',
  partnerFeedbackB: 'Feedback from partner B, entered on the measurements screen',
  therapistEvaluation: 'Therapist evaluation, entered in the session',
  sessionObservation: 'Observation in session, entered in the session',
};

/** Whether values are derived from other records (nothing to enter for this milestone). */
export function isDerived(source: MilestoneSource): boolean {
  return source.kind !== 'entry';
}

const shortEntryLabels: Record<MilestoneMethod, string> = {
  coupleLog: "Couple's log or journal",
  partnerFeedbackA: 'Feedback from partner A',
  partnerFeedbackB: 'Feedback from partner B',
  therapistEvaluation: 'Therapist evaluation in session',
  sessionObservation: 'Observation in session',
};

/**
 * "Measured by" in a few words, with the scale, for the plan outline and the printed plan:
 * "Partner A's check-in ratings (0 to 10)". `names` replaces "partner A" where the reader
 * knows the partners by name.
 */
export function measuredByText(m: MeasuredMilestone, names?: { A: string; B: string }): string {
  const { source, scale } = milestoneMeasure(m);
  const who = (p: 'A' | 'B') => names?.[p] ?? `partner ${p}`;
  const range = `(${scale.min} to ${scale.max})`;
  switch (source.kind) {
    case 'checkIn': {
      const name = names?.[source.partner] ?? `Partner ${source.partner}`;
      return `${name}'s check-in ratings ${range}`;
    }
    case 'calendar': {
      const field =
        source.field === 'trustDiscussion'
          ? 'trust discussion'
          : source.field === 'abstinence'
            ? 'abstinent'
            : 'support meeting';
      const whose = source.partner ? `, ${who(source.partner)}` : '';
      return `Recovery calendar: days ${field}${whose} ${range}`;
    }
    case 'entry':
      if (source.method === 'partnerFeedbackA' && names) return `Feedback from ${names.A} ${range}`;
      if (source.method === 'partnerFeedbackB' && names) return `Feedback from ${names.B} ${range}`;
      return `${shortEntryLabels[source.method]} ${range}`;
  }
}

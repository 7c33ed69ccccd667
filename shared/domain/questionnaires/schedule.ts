/**
 * A couple's measurement schedule: which instrument each partner answers, and how often. Today
 * and the workspace brief say what is due, and the private check-in offers exactly that.
 *
 * Why every due measure carries its reason in words ("last answered Nov 2, 2026; due every 2
 * weeks"): the clinician decides whether to hand the laptop over now, and a bare "due" gives
 * nothing to weigh. Dates and the schedule come in; nothing reads the clock.
 */
import { addDaysIso, daysBetweenIso, formatIsoDate, isIsoDate } from '@shared/domain/dates';
import type { PartnerKey } from '@shared/domain/plan-engine/types';
import type { InstrumentId } from './types';

export const cadences = ['everySession', 'every2Weeks', 'every4Weeks', 'atReview'] as const;
export type Cadence = (typeof cadences)[number];

export const cadenceLabels: Record<Cadence, string> = {
  everySession: 'every session',
  every2Weeks: 'every 2 weeks',
  every4Weeks: 'every 4 weeks',
  atReview: 'at each plan review',
};

/** Calendar days between answers for the cadences measured in weeks. */
const intervalDays: Partial<Record<Cadence, number>> = { every2Weeks: 14, every4Weeks: 28 };

export interface ScheduleEntry {
  instrument: InstrumentId;
  partner: PartnerKey;
  cadence: Cadence;
}

/** A questionnaire one partner completed on a date (any number per pair; the latest counts). */
export interface AnsweredMeasure {
  instrument: InstrumentId;
  partner: PartnerKey;
  /** ISO `YYYY-MM-DD`. */
  date: string;
}

/** What the schedule needs to know about the couple's sessions and plan. */
export interface SessionContext {
  /** ISO dates of the couple's sessions (booked or held); only whether today is one matters. */
  sessionDates: readonly string[];
  /**
   * The date the plan review falls due, or null when none is set. At-review measures are due
   * from that date until answered.
   */
  reviewDueOn?: string | null;
}

export interface DueMeasure extends ScheduleEntry {
  /** The latest date this partner answered this instrument, or null when never. */
  lastAnswered: string | null;
  /** Why it is due, in the one date style: "last answered Nov 2, 2026; due every 2 weeks". */
  reason: string;
}

const pairKey = (instrument: InstrumentId, partner: PartnerKey) => `${instrument}/${partner}`;

function requireDate(name: string, value: string): void {
  if (!isIsoDate(value)) throw new RangeError(`${name} must be an ISO date (YYYY-MM-DD), got ${value}`);
}

function latestAnswers(answered: readonly AnsweredMeasure[]): Map<string, string> {
  const latest = new Map<string, string>();
  answered.forEach((answer, index) => {
    requireDate(`answered measure ${index} date`, answer.date);
    const key = pairKey(answer.instrument, answer.partner);
    const known = latest.get(key);
    if (known === undefined || answer.date > known) latest.set(key, answer.date);
  });
  return latest;
}

const answeredText = (last: string | null) =>
  last === null ? 'never answered' : `last answered ${formatIsoDate(last)}`;

/** Why `entry` is due today, or null when it is not. */
function dueReason(
  entry: ScheduleEntry,
  last: string | null,
  today: string,
  context: SessionContext | undefined,
) {
  const every = `due ${cadenceLabels[entry.cadence]}`;
  const interval = intervalDays[entry.cadence];
  if (interval !== undefined) {
    // Answered on or after the day it fell due counts; an answer dated after today (a clock
    // that was wrong) counts as answered rather than making the measure due forever.
    if (last !== null && daysBetweenIso(last, today) < interval) return null;
    const overdue = last === null ? '' : `; due since ${formatIsoDate(addDaysIso(last, interval))}`;
    return `${answeredText(last)}; ${every}${overdue}`;
  }
  if (entry.cadence === 'everySession') {
    // Only on a session day: the partner answers privately on the clinician's laptop, in the
    // room. A session missed is not made up by answering at home.
    if (!context?.sessionDates.includes(today)) return null;
    if (last !== null && last >= today) return null;
    return `session today; ${answeredText(last)}; ${every}`;
  }
  const reviewDueOn = context?.reviewDueOn ?? null;
  if (reviewDueOn === null || reviewDueOn > today) return null;
  if (last !== null && last >= reviewDueOn) return null;
  return `plan review due ${formatIsoDate(reviewDueOn)}; ${answeredText(last)}; ${every}`;
}

/**
 * The scheduled measures due on `today`, in schedule order, each with why. Throws a RangeError
 * for a date that is not ISO or an instrument scheduled twice for the same partner (one pair,
 * one cadence: two would disagree about when it is due).
 */
export function measuresDue(
  schedule: readonly ScheduleEntry[],
  lastAnswered: readonly AnsweredMeasure[],
  today: string,
  sessions?: SessionContext,
): DueMeasure[] {
  requireDate('today', today);
  sessions?.sessionDates.forEach((date, index) => {
    requireDate(`session ${index} date`, date);
  });
  if (sessions?.reviewDueOn) requireDate('review due date', sessions.reviewDueOn);
  const latest = latestAnswers(lastAnswered);
  const seen = new Set<string>();
  const due: DueMeasure[] = [];
  for (const entry of schedule) {
    const key = pairKey(entry.instrument, entry.partner);
    if (seen.has(key)) {
      throw new RangeError(`${entry.instrument} is scheduled twice for partner ${entry.partner}`);
    }
    seen.add(key);
    const last = latest.get(key) ?? null;
    const reason = dueReason(entry, last, today, sessions);
    if (reason !== null) due.push({ ...entry, lastAnswered: last, reason });
  }
  return due;
}

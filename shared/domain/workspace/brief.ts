/**
 * The brief a clinician reads before a session: what happened since the last held session.
 *
 * Clinical why: behavioral couples therapy opens every session the same way (substance use
 * since last time, the recovery contract, homework), and a therapist with eight couples a day
 * cannot hold each one's week in mind. The brief is derived from the same series as the
 * dashboard (`milestoneProgress`, the area charts' discrepancies, the recovery calendar), so
 * the brief, Today and the dashboard can never disagree about a couple.
 */

import type { RatingArea } from '@shared/domain/assessment';
import { areaCharts, type RatingsInput } from '@shared/domain/dashboard/areas';
import type { MilestoneProgress } from '@shared/domain/dashboard/types';
import { addDaysIso, formatIsoDate } from '@shared/domain/dates';
import type { PartnerKey } from '@shared/domain/plan-engine/types';
import type { RecoveryDay } from '@shared/domain/progress/calendar';
import { compareAscii } from './words';

/** A milestone due within this many days of the session counts as "due" in the brief. */
export const DUE_WITHIN_DAYS = 14;
/** With no earlier held session, the brief looks back this many days. */
export const FIRST_SESSION_LOOKBACK_DAYS = 7;

export interface BriefSession {
  id: string;
  date: string;
  startTime: string | null;
  outcome: string;
}

/** The fields of a homework assignment the brief reads (the contract's `Homework` has them). */
export interface BriefHomework {
  id: string;
  title: string;
  dueDate: string;
  status: 'assigned' | 'done' | 'partly' | 'notDone';
  assignedInSessionId: string | null;
  reviewedInSessionId: string | null;
  reviewedOn: string | null;
}

export interface RecoveryDays {
  kept: number;
  use: number;
  unrecorded: number;
  days: number;
}

export interface BriefMilestone {
  key: string;
  description: string;
  status: 'stalled' | 'due' | 'overdue';
  detail: string;
}

export interface PartnerGap {
  area: RatingArea;
  label: string;
  A: number;
  B: number;
  gap: number;
  date: string;
}

export interface LastNote {
  sessionDate: string;
  plan: string | null;
  homework: string | null;
}

export interface BriefInput<H extends BriefHomework, F> {
  session: BriefSession;
  /** Every session of the couple (any order); the brief finds the last held one before `session`. */
  sessions: readonly BriefSession[];
  calendar: readonly RecoveryDay[];
  /** The active plan's milestones as the dashboard derives them. */
  milestones: readonly MilestoneProgress[];
  /** The couple's rating series, as the dashboard's area charts take them. */
  ratings: RatingsInput;
  homework: readonly H[];
  safetyFlags: readonly F[];
  /** The couple's latest note before this session, if any. */
  lastNote: LastNote | null;
}

export interface Brief<H, F> {
  since: { sessionId: string; date: string } | null;
  recovery: Record<PartnerKey, RecoveryDays | null>;
  homeworkDue: H[];
  milestones: BriefMilestone[];
  partnerGaps: PartnerGap[];
  safetyFlags: F[];
  lastPlanned: string | null;
}

const byTime = (x: BriefSession, y: BriefSession) =>
  compareAscii(x.date, y.date) || compareAscii(x.startTime ?? '', y.startTime ?? '');

/** The last session held before `session` (same day counts when it started earlier). */
export function lastHeldBefore(
  session: BriefSession,
  sessions: readonly BriefSession[],
): BriefSession | null {
  const earlier = sessions.filter(
    (other) => other.id !== session.id && other.outcome === 'held' && byTime(other, session) < 0,
  );
  return earlier.sort(byTime).at(-1) ?? null;
}

/**
 * The brief's window: from the day after the last held session (or a week back for a first
 * session) to the day before this one. A same-day session has an empty window.
 */
export function briefWindow(session: BriefSession, since: BriefSession | null): { from: string; to: string } {
  return {
    from: since ? addDaysIso(since.date, 1) : addDaysIso(session.date, -FIRST_SESSION_LOOKBACK_DAYS),
    to: addDaysIso(session.date, -1),
  };
}

/** Per partner the calendar tracks (anything recorded for them, ever): days kept, use days, unrecorded. */
export function recoveryDays(
  calendar: readonly RecoveryDay[],
  window: { from: string; to: string },
): Record<PartnerKey, RecoveryDays | null> {
  const inWindow = new Map(
    calendar.filter((day) => day.date >= window.from && day.date <= window.to).map((day) => [day.date, day]),
  );
  const days: string[] = [];
  for (let date = window.from; date <= window.to; date = addDaysIso(date, 1)) days.push(date);
  const forPartner = (partner: PartnerKey): RecoveryDays | null => {
    if (!calendar.some((day) => day.abstinence[partner] !== null)) return null;
    const marks = days.map((date) => inWindow.get(date)?.abstinence[partner] ?? null);
    const kept = marks.filter((mark) => mark === 'yes').length;
    const use = marks.filter((mark) => mark === 'no').length;
    return { kept, use, unrecorded: days.length - kept - use, days: days.length };
  };
  return { A: forPartner('A'), B: forPartner('B') };
}

/**
 * Homework this session reviews: assigned earlier, due by the session's date and not yet
 * reviewed, plus what was already reviewed in this session (so a review stays on screen).
 */
export function homeworkDue<H extends BriefHomework>(homework: readonly H[], session: BriefSession): H[] {
  return homework
    .filter(
      (item) =>
        item.assignedInSessionId !== session.id &&
        ((item.status === 'assigned' && item.dueDate <= session.date) ||
          item.reviewedInSessionId === session.id),
    )
    .sort((x, y) => compareAscii(x.dueDate, y.dueDate) || x.title.localeCompare(y.title));
}

const isMet = (m: MilestoneProgress) => m.progress !== null && m.progress >= 1;

function standing(m: MilestoneProgress): string {
  if (!m.latest) return 'not measured yet';
  return m.target === null ? `latest ${m.latest.value}` : `latest ${m.latest.value}, target ${m.target}`;
}

/** Milestones to raise: stalled, past due and not met, or due within two weeks and not met. */
export function milestonesToRaise(milestones: readonly MilestoneProgress[], on: string): BriefMilestone[] {
  const horizon = addDaysIso(on, DUE_WITHIN_DAYS);
  return milestones.flatMap((m): BriefMilestone[] => {
    if (isMet(m)) return [];
    const due = m.dueDate ? formatIsoDate(m.dueDate) : null;
    if (m.dueDate && m.dueDate < on)
      return [
        {
          key: m.key,
          description: m.description,
          status: 'overdue',
          detail: `Was due ${due}; ${standing(m)}.`,
        },
      ];
    if (m.stalled)
      return [
        { key: m.key, description: m.description, status: 'stalled', detail: m.stallReason ?? 'Stalled.' },
      ];
    if (m.dueDate && m.dueDate <= horizon)
      return [
        { key: m.key, description: m.description, status: 'due', detail: `Due ${due}; ${standing(m)}.` },
      ];
    return [];
  });
}

/** Areas whose latest pair of partner ratings (on or before `on`) is 3 or more apart. */
export function partnerGaps(ratings: RatingsInput, on: string): PartnerGap[] {
  const upTo = {
    ...ratings,
    assessments: ratings.assessments.filter((a) => a.assessedOn <= on),
    sessions: ratings.sessions.filter((s) => s.date <= on),
  };
  return areaCharts(upTo).flatMap((chart) => {
    const latest = chart.discrepancies.at(-1);
    if (!chart.discrepancyNow || !latest) return [];
    return [
      {
        area: chart.area,
        label: chart.label,
        A: latest.A,
        B: latest.B,
        gap: Math.abs(latest.A - latest.B),
        date: latest.date,
      },
    ];
  });
}

export function sessionBrief<H extends BriefHomework, F>(input: BriefInput<H, F>): Brief<H, F> {
  const since = lastHeldBefore(input.session, input.sessions);
  const lastPlanned = input.lastNote
    ? input.lastNote.plan?.trim() || input.lastNote.homework?.trim() || null
    : null;
  return {
    since: since ? { sessionId: since.id, date: since.date } : null,
    recovery: recoveryDays(input.calendar, briefWindow(input.session, since)),
    homeworkDue: homeworkDue(input.homework, input.session),
    milestones: milestonesToRaise(input.milestones, input.session.date),
    partnerGaps: partnerGaps(input.ratings, input.session.date),
    safetyFlags: [...input.safetyFlags],
    lastPlanned,
  };
}

/**
 * How consistently the couple shows up and does the work between sessions.
 *
 * Clinical why: consistency of attendance and of homework is one of the things that stretch
 * or shorten the time to meaningful progress, and it is easier to raise in session with a
 * number than with an impression. Homework that was never reported on counts as not done (a
 * conservative reading), but the share reported is given separately, so the therapist can
 * tell "did not do it" from "did not tell us". Homework partly done counts half toward the
 * rate: it was reported and some of it done, which is more than nothing and less than all.
 */
import { type AttendanceRecord, attendanceRate, wasAttended, wasDue } from '@shared/domain/attendance';
import { requireIsoDate } from './values';

export interface AttendanceConsistency {
  /** Sessions that were due: held or no-show (cancellations in advance do not count). */
  due: number;
  /** Held with every expected partner present or late. */
  attended: number;
  /** attended / due; null when none was due. Same rule as `attendanceRate`. */
  rate: number | null;
}

/** One assigned piece of homework: `outcome` is null until the couple reports on it. */
export interface HomeworkRecord {
  date: string;
  outcome: 'done' | 'partly' | 'notDone' | null;
}

/** What a partly done assignment counts toward the rate (a done one counts 1). */
export const PARTLY_DONE_WEIGHT = 0.5;

export interface HomeworkConsistency {
  assigned: number;
  /** Reported on: done, partly done or not done. */
  reported: number;
  done: number;
  partly: number;
  /**
   * (done + half of partly) / assigned (unreported counts as not done); null when nothing was
   * assigned.
   */
  rate: number | null;
  /** reported / assigned; null when nothing was assigned. */
  reportedRate: number | null;
}

export interface Consistency {
  attendance: AttendanceConsistency;
  homework: HomeworkConsistency;
}

/** An inclusive date range; either end may be left open. */
export interface Period {
  from?: string;
  to?: string;
}

export function attendanceConsistency(sessions: readonly AttendanceRecord[]): AttendanceConsistency {
  return {
    due: sessions.filter(wasDue).length,
    attended: sessions.filter(wasAttended).length,
    rate: attendanceRate(sessions),
  };
}

/**
 * Rule: of the homework in the period (by its date, inclusive), the share reported done, a
 * partly done one counting half.
 */
export function homeworkConsistency(
  items: readonly HomeworkRecord[],
  period: Period = {},
): HomeworkConsistency {
  if (period.from !== undefined) requireIsoDate('period.from', period.from);
  if (period.to !== undefined) requireIsoDate('period.to', period.to);
  const inPeriod = items.filter((item) => {
    requireIsoDate('homework date', item.date);
    return (
      (period.from === undefined || item.date >= period.from) &&
      (period.to === undefined || item.date <= period.to)
    );
  });
  const assigned = inPeriod.length;
  const reported = inPeriod.filter((item) => item.outcome !== null).length;
  const done = inPeriod.filter((item) => item.outcome === 'done').length;
  const partly = inPeriod.filter((item) => item.outcome === 'partly').length;
  return {
    assigned,
    reported,
    done,
    partly,
    rate: assigned === 0 ? null : (done + PARTLY_DONE_WEIGHT * partly) / assigned,
    reportedRate: assigned === 0 ? null : reported / assigned,
  };
}

/**
 * Both at once. Attendance records carry no date, so the caller passes the sessions of the
 * period; homework is filtered by `period` here.
 */
export function consistency(
  input: { sessions: readonly AttendanceRecord[]; homework: readonly HomeworkRecord[] },
  period: Period = {},
): Consistency {
  return {
    attendance: attendanceConsistency(input.sessions),
    homework: homeworkConsistency(input.homework, period),
  };
}

import type { MonthAttendance } from '@shared/domain/dashboard';
import type { MonthAdherence } from '@shared/domain/progress';
import { monthLabel, percent } from './format';

/** Rows for the monthly bar charts and their tables: the core's numbers, labeled, rates in percent. */

export interface AttendanceRow {
  month: string;
  label: string;
  due: number;
  attended: number;
  percent: number | null;
}

export function attendanceRows(months: readonly MonthAttendance[], locale?: string): AttendanceRow[] {
  return months.map((m) => ({
    month: m.month,
    label: monthLabel(m.month, locale),
    due: m.due,
    attended: m.attended,
    percent: percent(m.rate),
  }));
}

export interface AdherenceRow {
  month: string;
  label: string;
  daysRecorded: number;
  trust: number | null;
  abstinenceA: number | null;
  abstinenceB: number | null;
  supportMeetings: number;
  screensTaken: number;
  screensPositive: number;
}

export function adherenceRows(months: readonly MonthAdherence[], locale?: string): AdherenceRow[] {
  return months.map((m) => ({
    month: m.month,
    label: monthLabel(m.month, locale),
    daysRecorded: m.daysRecorded,
    trust: percent(m.trustDiscussion.rate),
    abstinenceA: percent(m.abstinence.A?.rate ?? null),
    abstinenceB: percent(m.abstinence.B?.rate ?? null),
    supportMeetings: m.supportMeetings,
    screensTaken: m.screens.taken,
    screensPositive: m.screens.positive,
  }));
}

/** The partners with abstinence recorded in any month: those in recovery, who get a bar each. */
export function partnersWithAbstinence(months: readonly MonthAdherence[]): ('A' | 'B')[] {
  return (['A', 'B'] as const).filter((p) => months.some((m) => m.abstinence[p] !== null));
}

/**
 * How many month labels to skip between two shown, so at most `maxLabels` fit under the bars
 * (fixed here rather than measured: measuring every label forces the browser to lay out the page).
 */
export function labelInterval(months: number, maxLabels = 8): number {
  return Math.max(0, Math.ceil(months / maxLabels) - 1);
}

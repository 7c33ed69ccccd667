import type { HeatmapDay } from '@shared/domain/dashboard';
import { monthDates, monthOf, shiftMonth } from '@shared/domain/dates';

/** One month of the recovery-calendar heatmap: a cell per day of the month, empty where nothing was recorded. */
export interface HeatmapMonth {
  month: string;
  cells: { day: number; date: string; entry: HeatmapDay | null }[];
}

/**
 * Every month from the first recorded day to the last, oldest first, months without entries
 * included (a gap in the calendar is itself worth seeing).
 */
export function heatmapMonths(days: readonly HeatmapDay[]): HeatmapMonth[] {
  if (days.length === 0) return [];
  const byDate = new Map(days.map((d) => [d.date, d]));
  const dates = [...byDate.keys()].sort();
  const last = monthOf(dates.at(-1) ?? '');
  const result: HeatmapMonth[] = [];
  for (let month = monthOf(dates[0] ?? ''); month <= last; month = shiftMonth(month, 1)) {
    const cells = monthDates(month).map((date, i) => ({ day: i + 1, date, entry: byDate.get(date) ?? null }));
    result.push({ month, cells });
  }
  return result;
}

export type HeatmapMark = 'yes' | 'no' | 'unknown' | 'blank' | 'none';

/** The cell's abstinence state: `blank` = recorded day with no abstinence mark, `none` = no entry. */
export function cellMark(entry: HeatmapDay | null): HeatmapMark {
  if (!entry) return 'none';
  return entry.abstinence ?? 'blank';
}

export const heatmapMarkLabels: Record<HeatmapMark, string> = {
  yes: 'Abstinent',
  no: 'Use recorded',
  unknown: 'Not known',
  blank: 'No abstinence mark',
  none: 'Not recorded',
};

/** "18 Nov 2026: Use recorded; trust discussion held" for a cell's tooltip and the table. */
export function cellText(entry: HeatmapDay | null): string {
  const mark = heatmapMarkLabels[cellMark(entry)];
  if (!entry || entry.trustDiscussion === null) return mark;
  return `${mark}; trust discussion ${entry.trustDiscussion ? 'held' : 'not held'}`;
}

/** Counts for the heatmap's accessible summary. */
export function heatmapCounts(days: readonly HeatmapDay[]) {
  const counts = { recorded: days.length, yes: 0, no: 0, unknown: 0, trustHeld: 0 };
  for (const day of days) {
    if (day.abstinence) counts[day.abstinence] += 1;
    if (day.trustDiscussion) counts.trustHeld += 1;
  }
  return counts;
}

import { wasAttended, wasDue } from '@shared/domain/attendance';
import { monthOf } from '@shared/domain/dates';
import type { DashboardInput, HeatmapDay, MonthAttendance } from './types';

const severity = { no: 3, unknown: 2, yes: 1 } as const;

/** One cell per recorded day: the worst abstinence mark across partners (a use day shows as use). */
export function heatmap(input: DashboardInput): HeatmapDay[] {
  return [...input.calendar]
    .sort((x, y) => (x.date < y.date ? -1 : 1))
    .map((day) => {
      const marks = [day.abstinence.A, day.abstinence.B].filter((m) => m !== null);
      const worst = marks.reduce<HeatmapDay['abstinence']>(
        (acc, mark) => (acc === null || severity[mark] > severity[acc] ? mark : acc),
        null,
      );
      return { date: day.date, abstinence: worst, trustDiscussion: day.trustDiscussion };
    });
}

/** Sessions due and attended in full, per calendar month, oldest first. */
export function monthlyAttendance(input: DashboardInput): MonthAttendance[] {
  const months = new Map<string, MonthAttendance>();
  for (const session of [...input.sessions].sort((x, y) => (x.date < y.date ? -1 : 1))) {
    if (!wasDue(session)) continue;
    const month = monthOf(session.date);
    const row = months.get(month) ?? { month, due: 0, attended: 0, rate: null };
    row.due += 1;
    if (wasAttended(session)) row.attended += 1;
    row.rate = row.attended / row.due;
    months.set(month, row);
  }
  return [...months.values()];
}

import type { TrendDirection } from '@shared/domain/progress/trend';
import type { DatedValue } from '@shared/domain/progress/values';

/**
 * How the progress report writes dates, months, rates and values. The document is in US
 * English (its PDF language is en-US), and the locale is fixed rather than the computer's so
 * that the same data always prints the same bytes. Dates are read as calendar dates in UTC, so
 * "2026-03-01" never prints as the last day of February on a computer west of Greenwich.
 */

const dateFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'short',
  day: 'numeric',
});
const monthFormat = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: 'short' });
const shortMonthFormat = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', month: 'short' });
const dayMonthFormat = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', month: 'short', day: 'numeric' });
const valueFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** What a table cell shows when nothing was recorded: short, so narrow columns stay one line. */
export const NOT_RECORDED = '–';

function utc(isoDateOrMonth: string): Date {
  const year = Number(isoDateOrMonth.slice(0, 4));
  const month = Number(isoDateOrMonth.slice(5, 7));
  const day = isoDateOrMonth.length >= 10 ? Number(isoDateOrMonth.slice(8, 10)) : 1;
  return new Date(Date.UTC(year, month - 1, day));
}

/** "Mar 3, 2026" for `2026-03-03`. */
export function formatDate(isoDate: string): string {
  return dateFormat.format(utc(isoDate));
}

/** "Mar 2026" for `2026-03`: the month style of the UI, too. */
export { formatMonth } from '@shared/domain/dates';

/** "Mar" for an epoch day: a chart tick whose year the axis shows elsewhere. */
export function formatShortMonth(epochDay: number): string {
  return shortMonthFormat.format(new Date(epochDay * 86_400_000));
}

/** "Mar 2026" for an epoch day. */
export function formatMonthOfDay(epochDay: number): string {
  return monthFormat.format(new Date(epochDay * 86_400_000));
}

/** "Mar 3" for an epoch day: a weekly tick on a short period. */
export function formatDayMonth(epochDay: number): string {
  return dayMonthFormat.format(new Date(epochDay * 86_400_000));
}

/** "Mar 3, 2026 to Jun 30, 2026". */
export function formatPeriod(period: { from: string; to: string }): string {
  return `${formatDate(period.from)} to ${formatDate(period.to)}`;
}

/** A 0-1 rate as a whole percentage; a dash when there was nothing to count. */
export function formatPercent(rate: number | null): string {
  return rate === null ? NOT_RECORDED : `${Math.round(rate * 100)}%`;
}

/** A rating or milestone value: "6", "6.5", "0.25"; a dash when missing. */
export function formatValue(value: number | null): string {
  return value === null ? NOT_RECORDED : valueFormat.format(value);
}

/** "6 (Mar 3, 2026)": a measurement with the date it was taken. */
export function formatDatedValue(point: DatedValue | null): string {
  return point === null ? NOT_RECORDED : `${formatValue(point.value)} (${formatDate(point.date)})`;
}

export const trendLabels: Record<TrendDirection, string> = {
  improving: 'Improving',
  worsening: 'Worsening',
  flat: 'Flat',
  insufficient: 'Too few measurements',
};

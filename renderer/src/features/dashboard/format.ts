/**
 * Small text formatters the dashboard shares. Dates are US English whatever the computer's
 * setting (the one style of the UI and the documents); `locale` is for tests only.
 *
 * The charts format dates thousands of times a render (every tick, every heatmap cell), and
 * `toLocaleDateString` builds a new formatter on each call: one formatter per style and locale
 * is kept instead.
 */

import { DATE_LOCALE } from '@shared/domain/dates';

const styles = {
  date: { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' },
  month: { timeZone: 'UTC', year: 'numeric', month: 'short' },
  day: { timeZone: 'UTC', month: 'short', day: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(style: keyof typeof styles, locale: string | undefined): Intl.DateTimeFormat {
  const key = `${style}|${locale ?? DATE_LOCALE}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale ?? DATE_LOCALE, styles[style]);
    formatters.set(key, found);
  }
  return found;
}

function utcDate(value: string): Date {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d ?? 1));
}

/** "Nov 18, 2026" for an ISO date, without shifting the day. */
export function formatDay(value: string, locale?: string): string {
  return formatter('date', locale).format(utcDate(value));
}

/** "Nov 2026" for a `YYYY-MM` month. */
export function monthLabel(month: string, locale?: string): string {
  return formatter('month', locale).format(utcDate(month));
}

/** "Nov 18" for an epoch day, for chart ticks where the year would crowd the axis. */
export function shortDayLabel(epochDay: number, locale?: string): string {
  return formatter('day', locale).format(new Date(epochDay * 86_400_000));
}

/** A 0-1 rate as a whole percentage; null stays null (nothing recorded). */
export function percent(rate: number | null): number | null {
  return rate === null ? null : Math.round(rate * 100);
}

export function percentText(rate: number | null): string {
  const value = percent(rate);
  return value === null ? 'Not recorded' : `${value}%`;
}

/** A rating or measure as text: whole numbers plain, others to one decimal. */
export function valueText(value: number | null): string {
  if (value === null) return '—';
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

export function dateText(value: string | null, locale?: string): string {
  return value ? formatDay(value, locale) : '—';
}

export function daysText(days: number): string {
  return `${days.toLocaleString()} ${days === 1 ? 'day' : 'days'}`;
}

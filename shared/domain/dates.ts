/**
 * Calendar dates are kept as ISO `YYYY-MM-DD` strings: no time zone, no time of day.
 *
 * The dashboard checks and compares thousands of these per opening, so the hot functions
 * below read the digits by character code and count days with integer arithmetic (the civil
 * calendar algorithms of Howard Hinnant, proleptic Gregorian like Date.UTC) instead of a
 * regular expression and a Date per call. Tests compare them with the Date-based definitions.
 */

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const ZERO = 48;
const DASH = 45;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number formed by the decimal digits at [from, to), or -1 when any is not a digit. */
function digitsAt(value: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i += 1) {
    const d = value.charCodeAt(i) - ZERO;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

export function isIsoDate(value: string): boolean {
  if (value.length !== 10 || value.charCodeAt(4) !== DASH || value.charCodeAt(7) !== DASH) return false;
  const y = digitsAt(value, 0, 4);
  const m = digitsAt(value, 5, 7);
  const d = digitsAt(value, 8, 10);
  // Years before 100 are refused: Date.UTC would read them as 19xx.
  if (y < 100 || m < 1 || m > 12 || d < 1) return false;
  const max = m === 2 && isLeapYear(y) ? 29 : (DAYS_IN_MONTH[m - 1] ?? 0);
  return d <= max;
}

/** Days since 1970-01-01 of a civil date (month 1-12); days beyond the month roll over like Date.UTC. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The ISO date of a day count since 1970-01-01 (four-digit years only). */
function civilFromDays(days: number): string {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** Days since 1970-01-01 of an ISO date (no validation: pass checked dates). */
export function epochDay(value: string): number {
  const y = Number(value.slice(0, 4));
  const m = Number(value.slice(5, 7));
  const d = Number(value.slice(8, 10));
  // Date.UTC reads years 0-99 as 1900-1999; keep its answer there (isIsoDate refuses them anyway).
  return y < 100 ? Date.UTC(y, m - 1, d) / 86_400_000 : daysFromCivil(y, m, d);
}

/** The local calendar date of an instant, as `YYYY-MM-DD`. */
export function toIsoDate(instant: Date): string {
  const y = instant.getFullYear();
  const m = String(instant.getMonth() + 1).padStart(2, '0');
  const d = String(instant.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Whole years between two ISO dates (age on `on` for someone born `birth`). */
export function yearsBetween(birth: string, on: string): number {
  const [by, bm, bd] = birth.split('-').map(Number) as [number, number, number];
  const [oy, om, od] = on.split('-').map(Number) as [number, number, number];
  let years = oy - by;
  if (om < bm || (om === bm && od < bd)) years -= 1;
  return years;
}

/**
 * The one date style of the UI and of documents: en-US, "Dec 6, 2026". Rekindle is for US
 * practices, so it does not follow the machine's locale: a date on screen reads as it does on
 * the paper sent out. One formatter is kept: `toLocaleDateString` builds a new one per call,
 * which dominated the cost of Today's brief.
 */
const oneDateStyle = new Intl.DateTimeFormat('en-US', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'short',
  day: 'numeric',
});

/** An ISO date in the one date style ("Dec 6, 2026"), without shifting the day. */
export function formatIsoDate(value: string): string {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  return oneDateStyle.format(Date.UTC(y, m - 1, d));
}

/** The locale of every date Rekindle shows or prints: US English, whatever the machine's setting. */
export const DATE_LOCALE = 'en-US';

const oneTimestampStyle = new Intl.DateTimeFormat(DATE_LOCALE, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * A stored instant in the one style, in the clinician's local time: "Dec 6, 2026, 14:32". The
 * audit log, signatures and backups on screen, and signatures on paper, all read the same.
 */
export function formatInstant(instant: string): string {
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? instant : oneTimestampStyle.format(date);
}

/**
 * `value` read as an instant and written as `toISOString` writes it (`2026-12-06T14:32:00.000Z`),
 * or null when it names none: unreadable, or outside years 0-9999, which ISO 8601 writes only
 * with an expanded, signed year that no contract of ours accepts. For times read from files
 * Rekindle did not necessarily write (a backup, its key file).
 */
export function isoInstantOrNull(value: string): string | null {
  const date = new Date(value);
  const year = date.getUTCFullYear();
  return Number.isNaN(date.getTime()) || year < 0 || year > 9999 ? null : date.toISOString();
}

/** The ISO date `days` calendar days after `value` (negative goes back). */
export function addDaysIso(value: string, days: number): string {
  const y = Number(value.slice(0, 4));
  const m = Number(value.slice(5, 7));
  const d = Number(value.slice(8, 10));
  const target = daysFromCivil(y, m, d + days);
  // Outside years 100-9999, keep Date's own answer (it reads 0-99 as 19xx, and writes
  // expanded years beyond 9999).
  if (y < 100 || target < YEAR_100 || target >= YEAR_10000) {
    return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
  }
  return civilFromDays(target);
}

const YEAR_100 = daysFromCivil(100, 1, 1);
const YEAR_10000 = daysFromCivil(10_000, 1, 1);

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetweenIso(from: string, to: string): number {
  return Math.round(epochDay(to) - epochDay(from));
}

/** The ISO date of a day count since 1970-01-01: the inverse of `epochDay`. */
export function isoOfEpochDay(day: number): string {
  // Outside years 100-9999 Date's own answer is kept, as in `addDaysIso`.
  if (day < YEAR_100 || day >= YEAR_10000) return new Date(day * 86_400_000).toISOString().slice(0, 10);
  return civilFromDays(day);
}

/*
 * Months. A month is kept as its key, `YYYY-MM`: keys sort and compare as strings, and the
 * calendar, the heatmap, monthly adherence and the reports group days by it. These helpers are
 * the one place that knows how long a month is and how months carry into years.
 */

/** The month key (`YYYY-MM`) of an ISO date; a month key is returned unchanged. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** Whether `value` is a real month key: `YYYY-MM` with a month 01-12 (null is not). */
export function isMonth(value: string | null): value is string {
  return value !== null && /^\d{4}-\d{2}$/.test(value) && isIsoDate(`${value}-01`);
}

/** How many days the month of `monthOrDate` (`YYYY-MM` or an ISO date) has, leap Februaries included. */
export function daysInMonth(monthOrDate: string): number {
  const y = Number(monthOrDate.slice(0, 4));
  const m = Number(monthOrDate.slice(5, 7));
  return m === 2 && isLeapYear(y) ? 29 : (DAYS_IN_MONTH[m - 1] ?? 0);
}

/** The ISO date of the first day of the month of `monthOrDate`. */
export function firstDayOfMonth(monthOrDate: string): string {
  return `${monthOf(monthOrDate)}-01`;
}

/** The ISO date of the last day of the month of `monthOrDate`. */
export function lastDayOfMonth(monthOrDate: string): string {
  return `${monthOf(monthOrDate)}-${String(daysInMonth(monthOrDate)).padStart(2, '0')}`;
}

/** The month key `delta` months after `month` (negative goes back), carrying across years. */
export function shiftMonth(month: string, delta: number): string {
  const year = Number(month.slice(0, 4));
  const index = Number(month.slice(5, 7)) - 1 + delta;
  const y = year + Math.floor(index / 12);
  const m = ((index % 12) + 12) % 12;
  return `${String(y).padStart(4, '0')}-${String(m + 1).padStart(2, '0')}`;
}

/**
 * The ISO date `months` calendar months after `value` (negative goes back), kept inside a
 * shorter month: 31 May minus 3 months is 28 Feb (29 in a leap year), not 3 March.
 */
export function addMonthsIso(value: string, months: number): string {
  const month = shiftMonth(monthOf(value), months);
  const day = Math.min(Number(value.slice(8, 10)), daysInMonth(month));
  return `${month}-${String(day).padStart(2, '0')}`;
}

/** Every ISO date of a month, first to last. */
export function monthDates(month: string): string[] {
  return Array.from({ length: daysInMonth(month) }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`);
}

const monthStyles = {
  short: new Intl.DateTimeFormat(DATE_LOCALE, { timeZone: 'UTC', year: 'numeric', month: 'short' }),
  long: new Intl.DateTimeFormat(DATE_LOCALE, { timeZone: 'UTC', year: 'numeric', month: 'long' }),
};

/**
 * A month key (or the month of an ISO date) as words: "Nov 2026" beside dates in the one date
 * style (axes, tables), "November 2026" where the month is a page's or screen's title.
 */
export function formatMonth(monthOrDate: string, style: 'short' | 'long' = 'short'): string {
  return monthStyles[style].format(
    Date.UTC(Number(monthOrDate.slice(0, 4)), Number(monthOrDate.slice(5, 7)) - 1, 1),
  );
}

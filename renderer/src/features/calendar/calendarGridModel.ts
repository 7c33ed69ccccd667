import type { CalendarDay, CalendarDayInput } from '@shared/contract/calendar';

/**
 * The recovery calendar as a grid: one row per thing recorded each day, one column per day of
 * the month. Each cell holds a mark typed with a single key. Pure, so the keys, the rows a
 * couple gets and the payload sent to `calendar:save` are tested without a browser.
 */
export const calendarRowKeys = [
  'trustDiscussion',
  'abstinenceA',
  'abstinenceB',
  'supportMeeting',
  'screen',
] as const;
export type CalendarRowKey = (typeof calendarRowKeys)[number];

export type Mark = 'yes' | 'no' | 'unknown' | 'negative' | 'positive';
export type DayMarks = Record<CalendarRowKey, Mark | null>;

export const BLANK_DAY: Readonly<DayMarks> = {
  trustDiscussion: null,
  abstinenceA: null,
  abstinenceB: null,
  supportMeeting: null,
  screen: null,
};

/** The most days `calendar:save` takes in one call. */
export const MAX_DAYS_PER_SAVE = 62;

/**
 * Rows for this couple: abstinence only for a partner in recovery, or one with abstinence
 * already on record this month (kept visible so it can be read and corrected).
 */
export function calendarRows(
  inRecovery: { A: boolean; B: boolean },
  recordedFor: { A: boolean; B: boolean } = { A: false, B: false },
): CalendarRowKey[] {
  return calendarRowKeys.filter((row) => {
    if (row === 'abstinenceA') return inRecovery.A || recordedFor.A;
    if (row === 'abstinenceB') return inRecovery.B || recordedFor.B;
    return true;
  });
}

/** What a key does in a cell: set a mark (or blank it) and whether focus moves on to the next day. */
export interface KeyEntry {
  mark: Mark | null;
  advance: boolean;
}

const CLEAR_KEYS = new Set(['Delete', 'Backspace']);

/**
 * Single-key entry. Trust discussion and support meeting: y yes, n no. Abstinence: y yes
 * (abstained), n no (used), u unknown. Screen: n or - negative, p or + positive. Space blanks
 * the day and moves on; Delete and Backspace blank it and stay. Anything else: null (not ours).
 */
export function keyEntry(row: CalendarRowKey, key: string): KeyEntry | null {
  if (key === ' ' || key === 'Spacebar') return { mark: null, advance: true };
  if (CLEAR_KEYS.has(key)) return { mark: null, advance: false };
  const k = key.length === 1 ? key.toLowerCase() : '';
  switch (row) {
    case 'trustDiscussion':
    case 'supportMeeting':
      if (k === 'y') return { mark: 'yes', advance: true };
      if (k === 'n') return { mark: 'no', advance: true };
      return null;
    case 'abstinenceA':
    case 'abstinenceB':
      if (k === 'y') return { mark: 'yes', advance: true };
      if (k === 'n') return { mark: 'no', advance: true };
      if (k === 'u' || k === '?') return { mark: 'unknown', advance: true };
      return null;
    case 'screen':
      if (k === 'n' || k === '-') return { mark: 'negative', advance: true };
      if (k === 'p' || k === '+') return { mark: 'positive', advance: true };
      return null;
  }
}

/** The marks a click steps through, blank last: the mouse alternative to typing. */
export function nextMarkOnClick(row: CalendarRowKey, mark: Mark | null): Mark | null {
  const cycle: readonly (Mark | null)[] =
    row === 'abstinenceA' || row === 'abstinenceB'
      ? ['yes', 'no', 'unknown', null]
      : row === 'screen'
        ? ['negative', 'positive', null]
        : ['yes', 'no', null];
  const at = cycle.indexOf(mark);
  return cycle[(at + 1) % cycle.length] ?? null;
}

const boolMark = (value: boolean | null): Mark | null => (value === null ? null : value ? 'yes' : 'no');
const markBool = (mark: Mark | null): boolean | null => (mark === null ? null : mark === 'yes');

/** A saved day as marks. */
export function marksFromDay(day: Omit<CalendarDay, 'date'>): DayMarks {
  return {
    trustDiscussion: boolMark(day.trustDiscussion),
    abstinenceA: day.abstinence.A,
    abstinenceB: day.abstinence.B,
    supportMeeting: boolMark(day.supportMeeting),
    screen: day.screen,
  };
}

const abstinenceMark = (mark: Mark | null) =>
  mark === 'yes' || mark === 'no' || mark === 'unknown' ? mark : null;

/** Marks as the day the contract takes. */
export function dayFromMarks(date: string, marks: DayMarks): CalendarDay {
  return {
    date,
    trustDiscussion: markBool(marks.trustDiscussion),
    abstinence: { A: abstinenceMark(marks.abstinenceA), B: abstinenceMark(marks.abstinenceB) },
    supportMeeting: markBool(marks.supportMeeting),
    screen: marks.screen === 'negative' || marks.screen === 'positive' ? marks.screen : null,
  };
}

export function sameMarks(a: DayMarks, b: DayMarks): boolean {
  return calendarRowKeys.every((row) => a[row] === b[row]);
}

/** Sets one mark of one day in the edits, starting from the saved marks of that day. */
export function withMark(
  edits: ReadonlyMap<string, DayMarks>,
  saved: ReadonlyMap<string, DayMarks>,
  date: string,
  row: CalendarRowKey,
  mark: Mark | null,
): Map<string, DayMarks> {
  const next = new Map(edits);
  const base = edits.get(date) ?? saved.get(date) ?? BLANK_DAY;
  const day = { ...base, [row]: mark };
  // Typed back to what is saved: no longer an unsaved change.
  if (sameMarks(day, saved.get(date) ?? BLANK_DAY)) next.delete(date);
  else next.set(date, day);
  return next;
}

/**
 * The `calendar:save` calls for the edits, oldest day first, at most 62 days each. Only days that
 * differ from what is saved are sent; a day typed back to all blanks is sent blank, so the
 * calendar forgets it.
 */
export function buildCalendarSaves(
  edits: ReadonlyMap<string, DayMarks>,
  saved: ReadonlyMap<string, DayMarks>,
): CalendarDayInput[][] {
  const days = [...edits.entries()]
    .filter(([date, marks]) => !sameMarks(marks, saved.get(date) ?? BLANK_DAY))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, marks]) => dayFromMarks(date, marks));
  const chunks: CalendarDayInput[][] = [];
  for (let i = 0; i < days.length; i += MAX_DAYS_PER_SAVE) chunks.push(days.slice(i, i + MAX_DAYS_PER_SAVE));
  return chunks;
}

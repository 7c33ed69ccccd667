import {
  BLANK_DAY,
  buildCalendarSaves,
  type CalendarRowKey,
  calendarRows,
  type DayMarks,
  dayFromMarks,
  keyEntry,
  MAX_DAYS_PER_SAVE,
  marksFromDay,
  nextMarkOnClick,
  withMark,
} from '@renderer/features/calendar/calendarGridModel';
import { addDaysIso, isMonth, monthDates, shiftMonth } from '@shared/domain/dates';
import { describe, expect, it } from 'vitest';

describe('rows of the calendar', () => {
  it('shows abstinence only for a partner in recovery, or one with abstinence already on record', () => {
    expect(calendarRows({ A: true, B: false })).toEqual([
      'trustDiscussion',
      'abstinenceA',
      'supportMeeting',
      'screen',
    ]);
    expect(calendarRows({ A: true, B: true })).toContain('abstinenceB');
    expect(calendarRows({ A: false, B: false })).toEqual(['trustDiscussion', 'supportMeeting', 'screen']);
    expect(calendarRows({ A: false, B: false }, { A: false, B: true })).toContain('abstinenceB');
  });
});

describe('single-key entry', () => {
  const cases: [CalendarRowKey, string, ReturnType<typeof keyEntry>][] = [
    ['trustDiscussion', 'y', { mark: 'yes', advance: true }],
    ['trustDiscussion', 'N', { mark: 'no', advance: true }],
    ['trustDiscussion', 'u', null],
    ['abstinenceA', 'y', { mark: 'yes', advance: true }],
    ['abstinenceA', 'n', { mark: 'no', advance: true }],
    ['abstinenceB', 'u', { mark: 'unknown', advance: true }],
    ['abstinenceB', '?', { mark: 'unknown', advance: true }],
    ['supportMeeting', 'y', { mark: 'yes', advance: true }],
    ['screen', 'n', { mark: 'negative', advance: true }],
    ['screen', '-', { mark: 'negative', advance: true }],
    ['screen', 'p', { mark: 'positive', advance: true }],
    ['screen', '+', { mark: 'positive', advance: true }],
    ['screen', 'y', null],
    ['abstinenceA', ' ', { mark: null, advance: true }],
    ['screen', 'Delete', { mark: null, advance: false }],
    ['trustDiscussion', 'Backspace', { mark: null, advance: false }],
    ['trustDiscussion', 'Enter', null],
    ['abstinenceA', 'ArrowRight', null],
  ];
  it.each(cases)('%s: %j', (row, key, expected) => {
    expect(keyEntry(row, key)).toEqual(expected);
  });

  it('steps through the marks of a row on click, ending blank', () => {
    expect(nextMarkOnClick('trustDiscussion', null)).toBe('yes');
    expect(nextMarkOnClick('trustDiscussion', 'yes')).toBe('no');
    expect(nextMarkOnClick('trustDiscussion', 'no')).toBeNull();
    expect(nextMarkOnClick('abstinenceA', 'no')).toBe('unknown');
    expect(nextMarkOnClick('screen', 'positive')).toBeNull();
  });
});

describe('marks and contract days', () => {
  it('round-trips a saved day through marks', () => {
    const day = {
      date: '2026-11-12',
      trustDiscussion: true,
      abstinence: { A: 'no' as const, B: null },
      supportMeeting: false,
      screen: 'positive' as const,
    };
    expect(dayFromMarks(day.date, marksFromDay(day))).toEqual(day);
    expect(dayFromMarks('2026-11-13', BLANK_DAY)).toEqual({
      date: '2026-11-13',
      trustDiscussion: null,
      abstinence: { A: null, B: null },
      supportMeeting: null,
      screen: null,
    });
  });
});

describe('edits and the save payload', () => {
  const saved = new Map<string, DayMarks>([['2026-11-02', { ...BLANK_DAY, trustDiscussion: 'yes' }]]);

  it('keeps the saved marks of a day when one mark changes, and forgets an edit typed back to what is saved', () => {
    let edits = withMark(new Map(), saved, '2026-11-02', 'abstinenceA', 'yes');
    expect(edits.get('2026-11-02')).toEqual({ ...BLANK_DAY, trustDiscussion: 'yes', abstinenceA: 'yes' });
    edits = withMark(edits, saved, '2026-11-02', 'abstinenceA', null);
    expect(edits.size).toBe(0);
  });

  it('sends changed days oldest first, blanks included so a cleared day is forgotten', () => {
    let edits = withMark(new Map(), saved, '2026-11-03', 'abstinenceA', 'no');
    edits = withMark(edits, saved, '2026-11-02', 'trustDiscussion', null);
    const saves = buildCalendarSaves(edits, saved);
    expect(saves).toHaveLength(1);
    expect(saves[0]?.map((d) => d.date)).toEqual(['2026-11-02', '2026-11-03']);
    expect(saves[0]?.[0]).toMatchObject({ trustDiscussion: null });
    expect(saves[0]?.[1]).toMatchObject({ abstinence: { A: 'no', B: null } });
  });

  it('splits more than 62 changed days into calls of at most 62', () => {
    let edits = new Map<string, DayMarks>();
    for (let i = 0; i < 130; i++)
      edits = withMark(edits, new Map(), addDaysIso('2026-01-01', i), 'supportMeeting', 'yes');
    const saves = buildCalendarSaves(edits, new Map());
    expect(saves.map((s) => s.length)).toEqual([MAX_DAYS_PER_SAVE, MAX_DAYS_PER_SAVE, 6]);
    expect(saves.flat().map((d) => d.date)).toEqual([...edits.keys()].sort());
  });
});

describe('months', () => {
  it('lists every day of a month, leap years included, and moves between months across years', () => {
    expect(monthDates('2028-02')).toHaveLength(29);
    expect(monthDates('2026-02')).toHaveLength(28);
    expect(monthDates('2026-11').at(-1)).toBe('2026-11-30');
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2027-01', -1)).toBe('2026-12');
    expect(shiftMonth('2026-11', -23)).toBe('2024-12');
    expect(isMonth('2026-11')).toBe(true);
    expect(isMonth('2026-13')).toBe(false);
    expect(isMonth(null)).toBe(false);
  });
});

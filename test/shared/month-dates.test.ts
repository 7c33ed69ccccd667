import {
  addMonthsIso,
  daysInMonth,
  epochDay,
  firstDayOfMonth,
  formatMonth,
  isMonth,
  isoOfEpochDay,
  lastDayOfMonth,
  monthDates,
  monthOf,
  shiftMonth,
} from '@shared/domain/dates';
import { describe, expect, it } from 'vitest';

/** The Date-based definition the helpers replace: day 0 of the next month. */
const dateLastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

describe('month helpers', () => {
  it('know every month length, leap years by the Gregorian rule', () => {
    for (const year of [1900, 2000, 2023, 2024, 2026, 2028, 2100]) {
      for (let m = 1; m <= 12; m += 1) {
        expect(daysInMonth(`${year}-${String(m).padStart(2, '0')}`)).toBe(dateLastDay(year, m));
      }
    }
    expect(daysInMonth('2028-02-10')).toBe(29);
    expect(daysInMonth('2100-02')).toBe(28);
    expect(daysInMonth('2000-02')).toBe(29);
  });

  it('give the first and last day of a month from a month or a date', () => {
    expect(monthOf('2026-11-18')).toBe('2026-11');
    expect(monthOf('2026-11')).toBe('2026-11');
    expect(firstDayOfMonth('2026-11-18')).toBe('2026-11-01');
    expect(lastDayOfMonth('2026-11-18')).toBe('2026-11-30');
    expect(lastDayOfMonth('2026-12')).toBe('2026-12-31');
    expect(lastDayOfMonth('2028-02-01')).toBe('2028-02-29');
    expect(lastDayOfMonth('2027-02')).toBe('2027-02-28');
  });

  it('step months across year boundaries both ways', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2027-01', -1)).toBe('2026-12');
    expect(shiftMonth('2026-11', 14)).toBe('2028-01');
    expect(shiftMonth('2026-11', -23)).toBe('2024-12');
    expect(shiftMonth('2026-11', 0)).toBe('2026-11');
  });

  it('add months to a date, kept inside a shorter month', () => {
    expect(addMonthsIso('2026-05-31', -3)).toBe('2026-02-28');
    expect(addMonthsIso('2028-05-31', -3)).toBe('2028-02-29');
    expect(addMonthsIso('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonthsIso('2026-11-15', 2)).toBe('2027-01-15');
    expect(addMonthsIso('2027-01-15', -3)).toBe('2026-10-15');
    expect(addMonthsIso('2026-03-31', 0)).toBe('2026-03-31');
  });

  it('list every date of a month and check month keys', () => {
    expect(monthDates('2028-02')).toHaveLength(29);
    expect(monthDates('2026-12')[0]).toBe('2026-12-01');
    expect(monthDates('2026-12').at(-1)).toBe('2026-12-31');
    expect(isMonth('2026-12')).toBe(true);
    expect(isMonth('2026-00')).toBe(false);
    expect(isMonth('2026-1')).toBe(false);
    expect(isMonth('2026-12-01')).toBe(false);
  });

  it('write a month in the one style, short beside dates and long as a title', () => {
    expect(formatMonth('2027-01')).toBe('Jan 2027');
    expect(formatMonth('2026-11-30')).toBe('Nov 2026');
    expect(formatMonth('2026-11', 'long')).toBe('November 2026');
  });

  it('turn a day count back into the date Date would name', () => {
    for (const iso of ['1970-01-01', '2000-02-29', '2026-12-31', '2027-01-01', '1969-12-31', '9999-12-31']) {
      expect(isoOfEpochDay(epochDay(iso))).toBe(iso);
    }
    for (const day of [-800_000, -1, 0, 20_000, 2_932_896, 3_000_000]) {
      expect(isoOfEpochDay(day)).toBe(new Date(day * 86_400_000).toISOString().slice(0, 10));
    }
  });
});

import { addDaysIso } from '@shared/domain/dates';
import { emptyPeriodText, periodProblems } from '@shared/domain/reports/period';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const bounds = { today: '2026-12-06', startDate: '2026-03-02' };
const nothing = { sessions: 0, assessments: 0, calendarDays: 0, measurements: 0, homework: 0 };

describe('a report period is checked', () => {
  it('refuses a period that starts or ends after today, naming today in the one date style', () => {
    expect(periodProblems('2026-11-01', '2026-12-07', bounds)).toEqual({
      to: 'The period cannot end after today (Dec 6, 2026)',
    });
    expect(periodProblems('2027-01-01', '2027-02-01', bounds)).toEqual({
      from: 'The period cannot start after today (Dec 6, 2026)',
      to: 'The period cannot end after today (Dec 6, 2026)',
    });
  });

  it('refuses a period that starts before treatment began; without a start date only the future counts', () => {
    expect(periodProblems('2026-03-01', '2026-06-30', bounds)).toEqual({
      from: 'The period cannot start before treatment began (Mar 2, 2026)',
    });
    expect(periodProblems('2025-01-01', '2026-06-30', { ...bounds, startDate: null })).toEqual({});
  });

  it('accepts every period inside [start date, today], and refuses every other one', () => {
    const day = fc.integer({ min: -400, max: 400 }).map((n) => addDaysIso(bounds.today, n));
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const possible = from >= bounds.startDate && to <= bounds.today;
        expect(Object.keys(periodProblems(from, to, bounds)).length === 0).toBe(possible);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves dates that are not real dates to the contract', () => {
    expect(periodProblems('2026-02-30', 'soon', bounds)).toEqual({});
  });

  it('says when nothing was recorded in the period, and is silent when anything was', () => {
    expect(emptyPeriodText('2026-04-01', '2026-04-30', nothing)).toBe(
      'Nothing was recorded from Apr 1, 2026 to Apr 30, 2026: no sessions, assessments, check-ins, calendar days or homework. A report for this period would have nothing to show; choose another period.',
    );
    for (const key of Object.keys(nothing)) {
      expect(emptyPeriodText('2026-04-01', '2026-04-30', { ...nothing, [key]: 1 })).toBeNull();
    }
  });
});

import { addDaysIso } from '@shared/domain/dates';
import { type AnsweredMeasure, measuresDue, type ScheduleEntry } from '@shared/domain/questionnaires';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const TODAY = '2026-11-16';

describe('measures due every 2 or 4 weeks', () => {
  const schedule: ScheduleEntry[] = [{ instrument: 'phq9', partner: 'A', cadence: 'every2Weeks' }];

  it('is due 14 days after the last answer, saying when it was last answered', () => {
    expect(measuresDue(schedule, [{ instrument: 'phq9', partner: 'A', date: '2026-11-02' }], TODAY)).toEqual([
      {
        instrument: 'phq9',
        partner: 'A',
        cadence: 'every2Weeks',
        lastAnswered: '2026-11-02',
        reason: 'last answered Nov 2, 2026; due every 2 weeks; due since Nov 16, 2026',
      },
    ]);
  });

  it('is not due the day before, nor when answered today', () => {
    const answered = (date: string): AnsweredMeasure[] => [{ instrument: 'phq9', partner: 'A', date }];
    expect(measuresDue(schedule, answered('2026-11-03'), TODAY)).toEqual([]);
    expect(measuresDue(schedule, answered(TODAY), TODAY)).toEqual([]);
  });

  it('counts the latest answer, whatever order the answers come in', () => {
    const answers: AnsweredMeasure[] = [
      { instrument: 'phq9', partner: 'A', date: '2026-11-10' },
      { instrument: 'phq9', partner: 'A', date: '2026-10-01' },
    ];
    expect(measuresDue(schedule, answers, TODAY)).toEqual([]);
  });

  it('is due at once when never answered, and one partner’s answer does not count for the other', () => {
    const both: ScheduleEntry[] = [...schedule, { instrument: 'phq9', partner: 'B', cadence: 'every4Weeks' }];
    const due = measuresDue(both, [{ instrument: 'phq9', partner: 'A', date: '2026-11-10' }], TODAY);
    expect(due).toEqual([
      expect.objectContaining({
        partner: 'B',
        lastAnswered: null,
        reason: 'never answered; due every 4 weeks',
      }),
    ]);
  });

  it('another instrument’s answer does not count either', () => {
    const due = measuresDue(schedule, [{ instrument: 'gad7', partner: 'A', date: TODAY }], TODAY);
    expect(due).toHaveLength(1);
  });

  it('an overdue measure says since when', () => {
    const due = measuresDue(
      [{ instrument: 'pcl5', partner: 'B', cadence: 'every4Weeks' }],
      [{ instrument: 'pcl5', partner: 'B', date: '2026-09-01' }],
      TODAY,
    );
    expect(due[0]?.reason).toBe('last answered Sep 1, 2026; due every 4 weeks; due since Sep 29, 2026');
  });

  it('is due exactly when the interval has passed since the last answer', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 60 }), fc.constantFrom(14, 28), (daysAgo, interval) => {
        const cadence = interval === 14 ? 'every2Weeks' : 'every4Weeks';
        const due = measuresDue(
          [{ instrument: 'gad7', partner: 'B', cadence }],
          [{ instrument: 'gad7', partner: 'B', date: addDaysIso(TODAY, -daysAgo) }],
          TODAY,
        );
        expect(due.length).toBe(daysAgo >= interval ? 1 : 0);
      }),
    );
  });
});

describe('measures due every session', () => {
  const schedule: ScheduleEntry[] = [{ instrument: 'gad7', partner: 'B', cadence: 'everySession' }];

  it('is due on a session day until answered that day', () => {
    const sessions = { sessionDates: ['2026-11-09', TODAY] };
    const answers: AnsweredMeasure[] = [{ instrument: 'gad7', partner: 'B', date: '2026-11-09' }];
    expect(measuresDue(schedule, answers, TODAY, sessions)).toEqual([
      expect.objectContaining({
        lastAnswered: '2026-11-09',
        reason: 'session today; last answered Nov 9, 2026; due every session',
      }),
    ]);
    expect(
      measuresDue(schedule, [...answers, { instrument: 'gad7', partner: 'B', date: TODAY }], TODAY, sessions),
    ).toEqual([]);
  });

  it('is not due on a day without a session, nor when no session information is given', () => {
    expect(measuresDue(schedule, [], TODAY, { sessionDates: ['2026-11-09'] })).toEqual([]);
    expect(measuresDue(schedule, [], TODAY)).toEqual([]);
  });
});

describe('measures due at each plan review', () => {
  const schedule: ScheduleEntry[] = [{ instrument: 'pcl5', partner: 'A', cadence: 'atReview' }];

  it('is due from the review date until answered', () => {
    const due = measuresDue(schedule, [{ instrument: 'pcl5', partner: 'A', date: '2026-08-10' }], TODAY, {
      sessionDates: [],
      reviewDueOn: '2026-11-12',
    });
    expect(due[0]?.reason).toBe(
      'plan review due Nov 12, 2026; last answered Aug 10, 2026; due at each plan review',
    );
    expect(
      measuresDue(schedule, [{ instrument: 'pcl5', partner: 'A', date: '2026-11-13' }], TODAY, {
        sessionDates: [],
        reviewDueOn: '2026-11-12',
      }),
    ).toEqual([]);
  });

  it('is not due before the review date, or with no review set', () => {
    expect(measuresDue(schedule, [], TODAY, { sessionDates: [], reviewDueOn: '2026-11-20' })).toEqual([]);
    expect(measuresDue(schedule, [], TODAY, { sessionDates: [], reviewDueOn: null })).toEqual([]);
  });
});

describe('the schedule itself', () => {
  it('lists what is due in schedule order', () => {
    const schedule: ScheduleEntry[] = [
      { instrument: 'gad7', partner: 'B', cadence: 'every2Weeks' },
      { instrument: 'phq9', partner: 'A', cadence: 'everySession' },
      { instrument: 'phq9', partner: 'B', cadence: 'every2Weeks' },
    ];
    const due = measuresDue(schedule, [], TODAY, { sessionDates: [TODAY] });
    expect(due.map((d) => `${d.instrument}/${d.partner}`)).toEqual(['gad7/B', 'phq9/A', 'phq9/B']);
  });

  it('refuses an instrument scheduled twice for one partner, and dates that are not ISO', () => {
    const twice: ScheduleEntry[] = [
      { instrument: 'phq9', partner: 'A', cadence: 'every2Weeks' },
      { instrument: 'phq9', partner: 'A', cadence: 'everySession' },
    ];
    expect(() => measuresDue(twice, [], TODAY)).toThrow(
      new RangeError('phq9 is scheduled twice for partner A'),
    );
    expect(() => measuresDue([], [], '11/16/2026')).toThrow(/today must be an ISO date/);
    expect(() => measuresDue([], [{ instrument: 'phq9', partner: 'A', date: '2026-02-30' }], TODAY)).toThrow(
      /answered measure 0 date/,
    );
    expect(() => measuresDue([], [], TODAY, { sessionDates: ['soon'] })).toThrow(/session 0 date/);
  });
});

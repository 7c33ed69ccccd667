import { addDaysIso } from '@shared/domain/dates';
import { type AbstinenceMark, adherence, type RecoveryDay, streaks, useDays } from '@shared/domain/progress';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

type Mark = AbstinenceMark | null;
const day = (
  date: string,
  A: Mark,
  B: Mark = null,
  extra: Partial<Omit<RecoveryDay, 'date' | 'abstinence'>> = {},
): RecoveryDay => ({
  date,
  abstinence: { A, B },
  trustDiscussion: null,
  supportMeeting: null,
  screen: null,
  ...extra,
});
/** Consecutive days from `start`, partner A's marks as given (B not in recovery). */
const run = (start: string, marks: Mark[]): RecoveryDay[] =>
  marks.map((m, i) => day(addDaysIso(start, i), m));

const today = '2025-03-10';

describe('streaks', () => {
  it('counts a run of yes days ending today', () => {
    const result = streaks(run('2025-03-06', ['yes', 'yes', 'yes', 'yes', 'yes']), today);
    expect(result.abstinence.A).toEqual({
      current: { days: 5, from: '2025-03-06', to: today },
      longest: { days: 5, from: '2025-03-06', to: today },
    });
  });

  it.each([
    ['unknown', 'unknown'],
    ['no (a use day)', 'no'],
    ['a blank mark', null],
  ] as const)('is broken by %s', (_label, mark) => {
    const result = streaks(run('2025-03-04', ['yes', 'yes', 'yes', mark, 'yes', 'yes', 'yes']), today);
    expect(result.abstinence.A?.current).toEqual({ days: 3, from: '2025-03-08', to: today });
    // Equally long: the most recent one is the longest.
    expect(result.abstinence.A?.longest).toEqual({ days: 3, from: '2025-03-08', to: today });
  });

  it('is broken by a day missing from the calendar', () => {
    const days = [...run('2025-03-01', ['yes', 'yes', 'yes', 'yes']), ...run('2025-03-07', ['yes', 'yes'])];
    const result = streaks(days, '2025-03-08');
    expect(result.abstinence.A?.current.days).toBe(2);
    expect(result.abstinence.A?.longest).toEqual({ days: 4, from: '2025-03-01', to: '2025-03-04' });
  });

  it('keeps the current streak while today is not filled in yet', () => {
    const through = run('2025-03-07', ['yes', 'yes', 'yes']); // up to yesterday
    expect(streaks(through, today).abstinence.A?.current.days).toBe(3);
    expect(streaks([...through, day(today, null, 'yes')], today).abstinence.A?.current.days).toBe(3);
    expect(streaks([...through, day(today, 'no')], today).abstinence.A?.current.days).toBe(0);
    expect(streaks([...through, day(today, 'unknown')], today).abstinence.A?.current.days).toBe(0);
  });

  it('has no current streak when the last yes day was before yesterday', () => {
    const result = streaks(run('2025-03-01', ['yes', 'yes', 'yes']), today);
    expect(result.abstinence.A?.current).toEqual({ days: 0, from: null, to: null });
    expect(result.abstinence.A?.longest.days).toBe(3);
  });

  it('runs across a month end and a year end', () => {
    const result = streaks(run('2024-12-29', ['yes', 'yes', 'yes', 'yes', 'yes']), '2025-01-02');
    expect(result.abstinence.A?.current).toEqual({ days: 5, from: '2024-12-29', to: '2025-01-02' });
    const leap = streaks(run('2024-02-28', ['yes', 'yes', 'yes']), '2024-03-01');
    expect(leap.abstinence.A?.current.days).toBe(3);
  });

  it('keeps each partner apart, and gives none for a partner not in recovery', () => {
    const days = [day('2025-03-08', 'yes', 'no'), day('2025-03-09', 'yes', 'yes'), day(today, 'yes', 'yes')];
    const result = streaks(days, today);
    expect(result.abstinence.A?.current.days).toBe(3);
    expect(result.abstinence.B?.current.days).toBe(2);
    expect(streaks(run('2025-03-08', ['yes', 'yes']), today).abstinence.B).toBeNull();
  });

  it('counts trust-discussion days the same way', () => {
    const days = [true, true, false, true, true, true, null].map((trustDiscussion, i) =>
      day(addDaysIso('2025-03-04', i), null, null, { trustDiscussion }),
    );
    expect(streaks(days, today).trustDiscussion).toEqual({
      current: { days: 3, from: '2025-03-07', to: '2025-03-09' }, // today still blank
      longest: { days: 3, from: '2025-03-07', to: '2025-03-09' },
    });
  });

  it('ignores days after today, and lets a later entry for the same date win', () => {
    const days = [...run('2025-03-08', ['yes', 'yes', 'yes', 'yes']), day('2025-03-09', 'unknown')];
    expect(streaks(days, today).abstinence.A).toEqual({
      current: { days: 1, from: today, to: today },
      longest: { days: 1, from: today, to: today },
    });
  });

  it('has no streaks on an empty calendar', () => {
    expect(streaks([], today)).toEqual({
      abstinence: { A: null, B: null },
      trustDiscussion: {
        current: { days: 0, from: null, to: null },
        longest: { days: 0, from: null, to: null },
      },
    });
  });

  const marks = fc.array(fc.constantFrom<Mark>('yes', 'no', 'unknown', null), { maxLength: 60 });

  it('never has a current streak longer than the longest, or a longest longer than the yes days', () => {
    fc.assert(
      fc.property(marks, fc.integer({ min: 0, max: 70 }), (list, offset) => {
        const days = run('2025-01-01', list);
        const result = streaks(days, addDaysIso('2025-01-01', offset)).abstinence.A;
        if (result === null) return;
        expect(result.current.days).toBeLessThanOrEqual(result.longest.days);
        expect(result.longest.days).toBeLessThanOrEqual(list.filter((m) => m === 'yes').length);
      }),
    );
  });

  it('never lengthens a streak when a yes day becomes unknown (the conservative rule)', () => {
    fc.assert(
      fc.property(marks, fc.nat(), (list, pick) => {
        const yesAt = list.flatMap((m, i) => (m === 'yes' ? [i] : []));
        fc.pre(yesAt.length > 0);
        const changed = [...list];
        changed[yesAt[pick % yesAt.length] as number] = 'unknown';
        const at = addDaysIso('2025-01-01', list.length - 1);
        const before = streaks(run('2025-01-01', list), at).abstinence.A;
        const after = streaks(run('2025-01-01', changed), at).abstinence.A;
        expect(after?.longest.days).toBeLessThanOrEqual(before?.longest.days ?? 0);
        expect(after?.current.days).toBeLessThanOrEqual(before?.current.days ?? 0);
      }),
    );
  });
});

describe('adherence per month', () => {
  it('gives trust-discussion, abstinence, meeting and screen figures per month, across a year end', () => {
    const days = [
      day('2024-12-30', 'yes', null, { trustDiscussion: true, supportMeeting: true, screen: 'negative' }),
      day('2024-12-31', 'unknown', null, { trustDiscussion: false }),
      day('2025-01-01', 'yes', 'yes', { trustDiscussion: true, supportMeeting: true }),
      day('2025-01-02', 'no', 'yes', { trustDiscussion: null, supportMeeting: false, screen: 'positive' }),
      day('2025-01-03', 'yes', 'unknown', { trustDiscussion: true, supportMeeting: true }),
      day('2025-01-04', 'yes', 'yes', { trustDiscussion: true }),
    ];
    expect(adherence(days)).toEqual([
      {
        month: '2024-12',
        daysRecorded: 2,
        trustDiscussion: { done: 1, recorded: 2, rate: 0.5 },
        abstinence: { A: { yes: 1, no: 0, unknown: 1, rate: 0.5 }, B: null },
        supportMeetings: 1,
        screens: { taken: 1, positive: 0 },
      },
      {
        month: '2025-01',
        daysRecorded: 4,
        trustDiscussion: { done: 3, recorded: 3, rate: 1 },
        abstinence: {
          A: { yes: 3, no: 1, unknown: 0, rate: 0.75 },
          B: { yes: 3, no: 0, unknown: 1, rate: 0.75 },
        },
        supportMeetings: 2,
        screens: { taken: 1, positive: 1 },
      },
    ]);
  });

  it('is empty for an empty calendar, and has no rate where nothing was marked', () => {
    expect(adherence([])).toEqual([]);
    expect(adherence([day('2025-02-01', null)])[0]).toMatchObject({
      trustDiscussion: { done: 0, recorded: 0, rate: null },
      abstinence: { A: null, B: null },
    });
  });

  it('keeps every rate within [0, 1] and counts each recorded day once', () => {
    const entry = fc.record({
      day: fc.integer({ min: 0, max: 90 }),
      A: fc.constantFrom<Mark>('yes', 'no', 'unknown', null),
      trust: fc.constantFrom(true, false, null),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 80 }), (entries) => {
        const days = entries.map((e) =>
          day(addDaysIso('2024-12-01', e.day), e.A, null, { trustDiscussion: e.trust }),
        );
        const months = adherence(days);
        expect(months.reduce((sum, m) => sum + m.daysRecorded, 0)).toBe(
          new Set(days.map((d) => d.date)).size,
        );
        for (const m of months) {
          for (const rate of [m.trustDiscussion.rate, m.abstinence.A?.rate ?? null]) {
            if (rate !== null) {
              expect(rate).toBeGreaterThanOrEqual(0);
              expect(rate).toBeLessThanOrEqual(1);
            }
          }
        }
      }),
    );
  });
});

describe('use days', () => {
  it('lists the days either partner recorded use, oldest first, with who', () => {
    const days = [
      day('2025-01-03', 'yes', 'no'),
      day('2025-01-01', 'no', 'no'),
      day('2025-01-02', 'unknown', 'yes'),
      day('2025-01-04', 'no', null),
    ];
    expect(useDays(days)).toEqual([
      { date: '2025-01-01', partners: ['A', 'B'] },
      { date: '2025-01-03', partners: ['B'] },
      { date: '2025-01-04', partners: ['A'] },
    ]);
    expect(useDays([])).toEqual([]);
  });
});

import { addDaysIso, daysBetweenIso } from '@shared/domain/dates';
import { type DatedValue, recentWindow, trend } from '@shared/domain/progress';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const start = '2025-03-03';
/** One measurement a week from `start`. */
const weekly = (...values: number[]): DatedValue[] =>
  values.map((value, i) => ({ date: addDaysIso(start, 7 * i), value }));
const up = { baseline: 3, target: 8 };
const down = { baseline: 6, target: 1 };

describe('trend over the recent window', () => {
  it.each([
    ['no measurements', [], 0, 'Not enough measurements for a trend (0 of 3 needed)'],
    ['one measurement', weekly(4), 1, 'Not enough measurements for a trend (1 of 3 needed)'],
    ['two measurements', weekly(4, 6), 2, 'Not enough measurements for a trend (2 of 3 needed)'],
    [
      'three on the same day',
      [4, 5, 6].map((value) => ({ date: start, value })),
      3,
      'Not enough measurements for a trend (all on the same day)',
    ],
  ])('is insufficient with %s', (_label, measurements, count, summary) => {
    const result = trend(measurements, up);
    expect(result).toMatchObject({ direction: 'insufficient', slopePerWeek: null, count, summary });
  });

  it.each([
    ['rising toward a higher target', weekly(3, 4, 5, 6), up, 1, 'improving'],
    ['falling away from a higher target', weekly(6, 5, 4, 3), up, -1, 'worsening'],
    ['falling toward a lower target (fewer arguments)', weekly(6, 5, 4), down, -1, 'improving'],
    ['rising away from a lower target', weekly(2, 3, 4), down, 1, 'worsening'],
    ['steady', weekly(5, 5, 5, 5), up, 0, 'flat'],
  ])('%s', (_label, measurements, goal, slope, direction) => {
    const result = trend(measurements, goal);
    expect(result.direction).toBe(direction);
    expect(result.slopePerWeek).toBeCloseTo(slope, 10);
  });

  it('says what it found in plain language', () => {
    expect(trend(weekly(3, 4, 5, 6), up).summary).toBe(
      'Improving over the last 4 measurements: up about 1 a week',
    );
    expect(trend(weekly(6, 5.5, 5), down).summary).toBe(
      'Improving over the last 3 measurements: down about 0.5 a week',
    );
  });

  it('calls a slope flat when at that pace the target would take more than a year', () => {
    // Distance 52, so anything under 1 a week is flat; 0.5 a week is flat, 2 a week is not.
    const goal = { baseline: 0, target: 52 };
    expect(trend(weekly(10, 10.5, 11, 11.5), goal)).toMatchObject({ direction: 'flat', flatBelowPerWeek: 1 });
    expect(trend(weekly(10, 12, 14, 16), goal).direction).toBe('improving');
  });

  it('fits the line over dates, not over the measurement count (irregular spacing)', () => {
    const measurements = [
      { date: '2025-01-01', value: 0 },
      { date: '2025-01-02', value: 0 },
      { date: '2025-01-29', value: 4 },
    ];
    // x = 0, 1, 28 days; least squares slope = 660 / 4542 per day.
    expect(trend(measurements, up).slopePerWeek).toBeCloseTo((7 * 660) / 4542, 10);
  });

  it('measures weeks correctly across a year end and a leap day', () => {
    const yearEnd = ['2024-12-24', '2024-12-31', '2025-01-07'].map((date, i) => ({ date, value: i }));
    expect(trend(yearEnd, up).slopePerWeek).toBeCloseTo(1, 10);
    const leap = ['2024-02-22', '2024-02-29', '2024-03-07'].map((date, i) => ({ date, value: 2 * i }));
    expect(trend(leap, up).slopePerWeek).toBeCloseTo(2, 10);
  });

  it('uses the last 6 measurements when they reach further back than 8 weeks (monthly ratings)', () => {
    const monthly = Array.from({ length: 12 }, (_, i) => ({
      date: `2025-${String(i + 1).padStart(2, '0')}-15`,
      value: i < 6 ? 9 - i : 3 + i, // falls for six months, then rises
    }));
    const result = trend(monthly, up);
    expect(result).toMatchObject({ count: 6, from: '2025-07-15', to: '2025-12-15', direction: 'improving' });
  });

  it('uses every measurement of the last 8 weeks when that is more than 6 (daily logs)', () => {
    const daily = Array.from({ length: 100 }, (_, i) => ({ date: addDaysIso('2025-01-01', i), value: i }));
    const result = trend(daily, up);
    expect(result.count).toBe(56);
    expect(result.from).toBe(addDaysIso('2025-01-01', 44));
    expect(result.to).toBe(addDaysIso('2025-01-01', 99));
  });

  it('ignores an early surge outside the window (a recent slide shows as worsening)', () => {
    const measurements = weekly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 9.5, 9, 8.5, 8, 7.5, 7, 6.5);
    expect(trend(measurements, up)).toMatchObject({ direction: 'worsening', slopePerWeek: -0.5, count: 8 });
    expect(trend(measurements, up, { points: 100, weeks: 100 }).direction).toBe('improving');
  });

  it('accepts measurements in any order', () => {
    const measurements = weekly(3, 5, 4, 6, 8);
    expect(trend([...measurements].reverse(), up)).toEqual(trend(measurements, up));
  });

  const series = fc
    .array(fc.record({ day: fc.integer({ min: 0, max: 120 }), value: fc.integer({ min: 0, max: 10 }) }), {
      maxLength: 20,
    })
    .map((points) => points.map(({ day, value }) => ({ date: addDaysIso('2024-11-20', day), value })));

  it('does not change when every date shifts by the same number of days, or every value by a constant', () => {
    fc.assert(
      fc.property(
        series,
        fc.integer({ min: -400, max: 400 }),
        fc.integer({ min: -5, max: 5 }),
        (ms, days, k) => {
          const base = trend(ms, up);
          const shifted = trend(
            ms.map((m) => ({ date: addDaysIso(m.date, days), value: m.value + k })),
            up,
          );
          expect(shifted.direction).toBe(base.direction);
          if (base.slopePerWeek === null) expect(shifted.slopePerWeek).toBeNull();
          else expect(shifted.slopePerWeek).toBeCloseTo(base.slopePerWeek, 9);
        },
      ),
    );
  });

  it('swaps improving and worsening when the target direction flips', () => {
    const opposite = {
      improving: 'worsening',
      worsening: 'improving',
      flat: 'flat',
      insufficient: 'insufficient',
    };
    fc.assert(
      fc.property(series, (ms) => {
        expect(trend(ms, { baseline: 8, target: 3 }).direction).toBe(opposite[trend(ms, up).direction]);
      }),
    );
  });

  it('takes as its window the latest points or every point within the weeks, whichever is more', () => {
    const sortedSeries = series.map((points) =>
      [...points].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0)),
    );
    const windowArb = fc.record({
      points: fc.integer({ min: 0, max: 10 }),
      weeks: fc.integer({ min: 0, max: 12 }),
    });
    fc.assert(
      fc.property(sortedSeries, windowArb, (sorted, window) => {
        // The definition, counted by filtering every point rather than walking back from the end.
        const last = sorted.at(-1);
        const byWeeks = last
          ? sorted.filter((m) => daysBetweenIso(m.date, last.date) < window.weeks * 7).length
          : 0;
        const size = last ? Math.max(Math.min(sorted.length, window.points), byWeeks, 1) : 0;
        expect(recentWindow(sorted, window)).toEqual(sorted.slice(sorted.length - size));
      }),
      { numRuns: 500 },
    );
  });
});

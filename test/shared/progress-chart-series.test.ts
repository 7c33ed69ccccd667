import { addDaysIso } from '@shared/domain/dates';
import { type DatedValue, seriesForChart } from '@shared/domain/progress';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const daily = (values: number[], start = '2024-12-20'): DatedValue[] =>
  values.map((value, i) => ({ date: addDaysIso(start, i), value }));

describe('seriesForChart', () => {
  it.each([
    ['no points', []],
    ['one point', [5]],
    ['exactly maxPoints points', [1, 2, 3, 4, 5, 6]],
  ])('returns %s unchanged', (_label, values) => {
    expect(seriesForChart(daily(values), 6)).toEqual(daily(values));
  });

  it('sorts by date', () => {
    const points = daily([1, 2, 3]);
    expect(seriesForChart([...points].reverse(), 6)).toEqual(points);
  });

  it.each([0, 3, 4.5, Number.NaN])('refuses maxPoints %d', (maxPoints) => {
    expect(() => seriesForChart(daily([1, 2, 3, 4, 5]), maxPoints)).toThrow(RangeError);
  });

  it('keeps the first and last points and each bucket’s low and high, in date order', () => {
    // 10 points, at most 6: first, last, and 2 buckets of the 8 between (indices 1-4 and 5-8).
    const points = daily([5, 3, 9, 4, 6, 2, 8, 7, 3, 5]);
    expect(seriesForChart(points, 6).map((p) => p.value)).toEqual([5, 3, 9, 2, 8, 5]);
    // Bucket 2's low (1, index 8) comes after its high (8, index 6).
    expect(seriesForChart(daily([5, 3, 9, 4, 6, 7, 8, 2, 1, 5]), 6).map((p) => p.value)).toEqual([
      5, 3, 9, 8, 1, 5,
    ]);
  });

  it('keeps a one-day relapse spike in two years of daily data, across year ends', () => {
    const values = Array.from({ length: 730 }, (_, i) => 5 + Math.sin(i / 20));
    values[400] = 0;
    const points = daily(values, '2023-12-31');
    const chart = seriesForChart(points, 120);
    expect(chart.length).toBeLessThanOrEqual(120);
    expect(chart).toContainEqual(points[400]);
    expect(chart[0]?.date).toBe('2023-12-31');
    expect(chart.at(-1)?.date).toBe(addDaysIso('2023-12-31', 729));
  });

  it('keeps the extra fields of each point', () => {
    const points = daily([1, 9, 2, 8, 3, 7]).map((p, i) => ({
      ...p,
      source: i % 2 ? 'A' : 'B',
      id: `m${i}`,
    }));
    expect(seriesForChart(points, 4)).toEqual([points[0], points[1], points[2], points[5]]);
  });

  const series = fc.array(
    fc.record({ day: fc.integer({ min: 0, max: 900 }), value: fc.integer({ min: -50, max: 50 }) }),
    { maxLength: 300 },
  );

  it('has at most maxPoints points, keeps the first and last, and the same minimum and maximum', () => {
    fc.assert(
      fc.property(series, fc.integer({ min: 4, max: 60 }), (raw, maxPoints) => {
        const points = raw.map(({ day, value }) => ({ date: addDaysIso('2024-01-01', day), value }));
        const sorted = [...points].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
        const chart = seriesForChart(points, maxPoints);
        expect(chart.length).toBeLessThanOrEqual(maxPoints);
        if (sorted.length === 0) {
          expect(chart).toEqual([]);
          return;
        }
        expect(chart[0]).toBe(sorted[0]);
        expect(chart.at(-1)).toBe(sorted.at(-1));
        const values = (list: DatedValue[]) => list.map((p) => p.value);
        expect(Math.min(...values(chart))).toBe(Math.min(...values(sorted)));
        expect(Math.max(...values(chart))).toBe(Math.max(...values(sorted)));
      }),
    );
  });

  it('only keeps original points, in their date order, and all of them when they fit', () => {
    fc.assert(
      fc.property(series, fc.integer({ min: 4, max: 60 }), (raw, maxPoints) => {
        const points = raw.map(({ day, value }) => ({ date: addDaysIso('2024-01-01', day), value }));
        const sorted = [...points].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
        const chart = seriesForChart(points, maxPoints);
        const positions = chart.map((p) => sorted.indexOf(p));
        expect(positions.every((pos, i) => pos >= 0 && (i === 0 || pos > (positions[i - 1] as number)))).toBe(
          true,
        );
        if (sorted.length <= maxPoints) expect(chart).toEqual(sorted);
      }),
    );
  });
});

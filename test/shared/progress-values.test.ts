import { addDaysIso } from '@shared/domain/dates';
import { sortedByDate } from '@shared/domain/progress/values';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('sortedByDate', () => {
  it('names the first bad point, whether its date or its value is wrong', () => {
    const good = { date: '2026-01-05', value: 3 };
    expect(() => sortedByDate([good, { date: '2026-02-30', value: 1 }], 'rating A')).toThrow(
      'rating A 1 date must be an ISO date (YYYY-MM-DD), got 2026-02-30',
    );
    expect(() => sortedByDate([good, good, { date: '2026-01-06', value: Number.NaN }])).toThrow(
      'measurement 2 value must be a finite number, got NaN',
    );
  });

  it('returns a new array, even when the points are already in order', () => {
    const points = [
      { date: '2026-01-05', value: 3 },
      { date: '2026-01-06', value: 4 },
    ];
    const sorted = sortedByDate(points);
    expect(sorted).toEqual(points);
    expect(sorted).not.toBe(points);
  });

  it('orders by date and keeps points of the same date in the order given', () => {
    const point = fc.record({
      day: fc.integer({ min: 0, max: 20 }),
      value: fc.integer({ min: 0, max: 1000 }),
    });
    fc.assert(
      fc.property(fc.array(point, { maxLength: 40 }), (raw) => {
        const points = raw.map(({ day, value }, i) => ({ date: addDaysIso('2026-01-01', day), value, i }));
        const sorted = sortedByDate(points);
        expect(sorted).toHaveLength(points.length);
        for (let k = 1; k < sorted.length; k += 1) {
          const [before, after] = [sorted[k - 1], sorted[k]] as [(typeof points)[0], (typeof points)[0]];
          expect(before.date < after.date || (before.date === after.date && before.i < after.i)).toBe(true);
        }
      }),
    );
  });
});

import { addDaysIso, daysBetweenIso } from '@shared/domain/dates';
import {
  type DatedValue,
  type Discrepancy,
  partnerDiscrepancy,
  type RatingPair,
} from '@shared/domain/progress';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const r = (date: string, value: number): DatedValue => ({ date, value });
const brief = (pair: RatingPair | null) => pair && [pair.A.date, pair.A.value, pair.B.date, pair.B.value];

describe('partnerDiscrepancy', () => {
  it('has nothing to compare without ratings from both partners', () => {
    expect(partnerDiscrepancy([], [])).toEqual({ pairs: [], flagged: [], latest: null, current: false });
    expect(partnerDiscrepancy([r('2025-01-01', 2)], []).pairs).toEqual([]);
  });

  it.each([
    [7, 4, true, 'A'],
    [4, 7, true, 'B'],
    [7, 5, false, 'A'],
    [0, 10, true, 'B'],
    [5, 5, false, null],
  ])('A %d and B %d on the same day: flagged %s, higher %s', (a, b, flagged, higher) => {
    const result = partnerDiscrepancy([r('2025-01-01', a)], [r('2025-01-01', b)]);
    expect(result.pairs).toHaveLength(1);
    expect(result.pairs[0]).toMatchObject({ gap: Math.abs(a - b), flagged, higher, date: '2025-01-01' });
  });

  it('pairs ratings up to 3 days apart, dated by the later one, across a month end', () => {
    const result = partnerDiscrepancy([r('2025-01-31', 8)], [r('2025-02-02', 3)]);
    expect(result.pairs.map(brief)).toEqual([['2025-01-31', 8, '2025-02-02', 3]]);
    expect(result.latest?.date).toBe('2025-02-02');
  });

  it('does not pair ratings more than 3 days apart, unless told to', () => {
    expect(partnerDiscrepancy([r('2024-12-30', 8)], [r('2025-01-03', 3)]).pairs).toEqual([]);
    expect(
      partnerDiscrepancy([r('2024-12-30', 8)], [r('2025-01-03', 3)], { withinDays: 4 }).pairs,
    ).toHaveLength(1);
  });

  it('pairs with the nearest rating, and uses each rating once', () => {
    const result = partnerDiscrepancy(
      [r('2025-01-10', 8), r('2025-01-12', 8)],
      [r('2025-01-08', 2), r('2025-01-11', 7), r('2025-01-13', 6)],
    );
    expect(result.pairs.map(brief)).toEqual([
      ['2025-01-10', 8, '2025-01-11', 7],
      ['2025-01-12', 8, '2025-01-13', 6],
    ]);
    expect(result.flagged).toEqual([]);
  });

  it('reports the latest discrepancy and whether the partners still disagree', () => {
    const a = [r('2025-01-01', 8), r('2025-01-08', 8), r('2025-01-15', 6)];
    const b = [r('2025-01-01', 3), r('2025-01-09', 4), r('2025-01-15', 5)];
    const result = partnerDiscrepancy(a, b);
    expect(result.flagged.map(brief)).toEqual([
      ['2025-01-01', 8, '2025-01-01', 3],
      ['2025-01-08', 8, '2025-01-09', 4],
    ]);
    expect(brief(result.latest)).toEqual(['2025-01-08', 8, '2025-01-09', 4]);
    expect(result.current).toBe(false);
    expect(partnerDiscrepancy(a.slice(0, 2), b.slice(0, 2)).current).toBe(true);
  });

  it('uses another threshold when told to', () => {
    expect(
      partnerDiscrepancy([r('2025-01-01', 7)], [r('2025-01-01', 5)], { threshold: 2 }).flagged,
    ).toHaveLength(1);
  });

  const ratings = fc
    .array(fc.record({ day: fc.integer({ min: 0, max: 40 }), value: fc.integer({ min: 0, max: 10 }) }), {
      maxLength: 10,
    })
    .map((list) => list.map(({ day, value }) => r(addDaysIso('2024-12-15', day), value)));
  const key = (p: RatingPair) =>
    JSON.stringify([p.A.date, p.A.value, p.B.date, p.B.value, p.date, p.gap, p.flagged]);
  const swapped = (p: RatingPair): RatingPair => ({
    ...p,
    A: p.B,
    B: p.A,
    higher: p.higher === 'A' ? 'B' : p.higher === 'B' ? 'A' : null,
  });
  const canonical = (d: Discrepancy, swap: boolean) =>
    (swap ? d.pairs.map(swapped) : d.pairs).map(key).sort();

  it('is symmetric: swapping the partners swaps A and B in every pair and changes nothing else', () => {
    fc.assert(
      fc.property(ratings, ratings, fc.integer({ min: 0, max: 5 }), (a, b, withinDays) => {
        const ab = partnerDiscrepancy(a, b, { withinDays });
        const ba = partnerDiscrepancy(b, a, { withinDays });
        expect(canonical(ba, true)).toEqual(canonical(ab, false));
        expect(ba.flagged.length).toBe(ab.flagged.length);
        expect(ba.current).toBe(ab.current);
        expect(ba.latest?.date).toBe(ab.latest?.date);
        expect(ba.latest?.gap).toBe(ab.latest?.gap);
      }),
    );
  });

  it('flags exactly the pairs 3 or more apart, within the day limit, each rating used once', () => {
    fc.assert(
      fc.property(ratings, ratings, (a, b) => {
        const result = partnerDiscrepancy(a, b);
        for (const pair of result.pairs) {
          expect(Math.abs(daysBetweenIso(pair.A.date, pair.B.date))).toBeLessThanOrEqual(3);
          expect(pair.flagged).toBe(Math.abs(pair.A.value - pair.B.value) >= 3);
        }
        expect(result.flagged).toEqual(result.pairs.filter((p) => p.flagged));
        expect(result.pairs.length).toBeLessThanOrEqual(Math.min(a.length, b.length));
        const usedA = result.pairs.map((p) => p.A);
        expect(new Set(usedA).size).toBe(usedA.length);
        const usedB = result.pairs.map((p) => p.B);
        expect(new Set(usedB).size).toBe(usedB.length);
        const dates = result.pairs.map((p) => p.date);
        expect(dates).toEqual([...dates].sort());
      }),
    );
  });
});

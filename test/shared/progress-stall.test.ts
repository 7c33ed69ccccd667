import { addDaysIso } from '@shared/domain/dates';
import { type DatedValue, detectStall } from '@shared/domain/progress';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const today = '2025-03-31';
/** Measurements `daysAgo` days before today. */
const ago = (...points: [daysAgo: number, value: number][]): DatedValue[] =>
  points.map(([daysAgo, value]) => ({ date: addDaysIso(today, -daysAgo), value }));

describe('detectStall', () => {
  it.each([
    ['no measurements', [], 'No measurements yet'],
    [
      'one recent measurement',
      ago([3, 3]),
      'Too few measurements to judge (1; 3 needed, or one older than 4 weeks and one since)',
    ],
    ['two recent measurements, no better than baseline', ago([10, 3], [3, 2])],
    ['only measurements in the future', [{ date: addDaysIso(today, 1), value: 3 }]],
  ])('is not stalled with %s', (_label, measurements, reason?: string) => {
    const result = detectStall(measurements, 3, 8, today);
    expect(result).toMatchObject({ stalled: false, rules: [], since: null });
    if (reason) expect(result.reason).toBe(reason);
  });

  it('finds no improvement over the last 3 measurements against the best before them', () => {
    const ms = ago([28, 4], [21, 7], [14, 6], [7, 6], [0, 5]);
    expect(detectStall(ms, 3, 8, today)).toEqual({
      stalled: true,
      rules: ['lastMeasurements'],
      reason:
        'No improvement over the last 3 measurements (6, 6, 5): none is better than the best before them (7)',
      since: addDaysIso(today, -21),
    });
  });

  it('counts the baseline as the best before when there are exactly 3 measurements', () => {
    const ms = ago([14, 4], [7, 5], [0, 5]);
    expect(detectStall(ms, 5, 8, today)).toEqual({
      stalled: true,
      rules: ['lastMeasurements'],
      reason: 'No improvement over the last 3 measurements (4, 5, 5): none is better than the baseline (5)',
      since: addDaysIso(today, -14),
    });
  });

  it('reports both rules when both find a stall, with the 3-measurement reason first', () => {
    const result = detectStall(ago([42, 4], [35, 7], [14, 6], [7, 6], [0, 5]), 3, 8, today);
    expect(result.rules).toEqual(['lastMeasurements', 'fourWeeks']);
    expect(result.reason).toMatch(/^No improvement over the last 3 measurements \(6, 6, 5\)/);
  });

  it('treats equal values as no improvement', () => {
    expect(detectStall(ago([20, 4], [15, 5], [10, 5], [5, 5], [0, 5]), 3, 8, today).rules).toContain(
      'lastMeasurements',
    );
  });

  it.each([
    [
      'the latest is the best yet',
      ago([21, 4], [14, 5], [7, 6], [0, 7]),
      'Improved within the last 3 measurements',
    ],
    ['one of the last 3 beat the earlier best', ago([21, 4], [14, 7], [7, 6], [0, 6])],
    [
      'the latest reached the target',
      ago([21, 8], [14, 8], [7, 8], [0, 8]),
      'Target reached (latest 8, target 8)',
    ],
    ['the latest went beyond the target', ago([21, 4], [14, 9], [7, 9], [0, 9])],
  ])('is not stalled when %s', (_label, measurements, reason?: string) => {
    const result = detectStall(measurements, 3, 8, today);
    expect(result.stalled).toBe(false);
    if (reason) expect(result.reason).toBe(reason);
  });

  describe('target below the baseline (fewer arguments a week, 6 -> 1)', () => {
    it('is stalled when none of the last 3 is lower than the lowest before', () => {
      const result = detectStall(ago([21, 5], [14, 3], [7, 4], [3, 4], [0, 3]), 6, 1, today);
      expect(result).toMatchObject({ stalled: true, since: addDaysIso(today, -14) });
      expect(result.reason).toBe(
        'No improvement over the last 3 measurements (4, 4, 3): none is better than the best before them (3)',
      );
    });

    it('is not stalled while the count keeps falling', () => {
      expect(detectStall(ago([21, 5], [14, 4], [7, 3], [0, 2]), 6, 1, today).stalled).toBe(false);
    });
  });

  describe('the four-week rule', () => {
    it('finds a stall with only 2 measurements when one is older than 4 weeks', () => {
      expect(detectStall(ago([40, 6], [10, 6]), 3, 8, today)).toEqual({
        stalled: true,
        rules: ['fourWeeks'],
        reason:
          'No improvement in the last 4 weeks: the best of them (6) is no better than the best before them (6)',
        since: addDaysIso(today, -40),
      });
    });

    it('counts a measurement exactly 28 days old as before the window, one 27 days old as inside', () => {
      expect(detectStall(ago([28, 6], [5, 6]), 3, 8, today).stalled).toBe(true);
      expect(detectStall(ago([27, 6], [5, 6]), 3, 8, today).stalled).toBe(false);
    });

    it('fires when the last 3 measurements improved, but only before the 4 weeks', () => {
      const result = detectStall(ago([50, 4], [35, 7], [20, 6], [5, 6]), 3, 8, today);
      expect(result).toMatchObject({ stalled: true, rules: ['fourWeeks'], since: addDaysIso(today, -35) });
      expect(result.reason).toBe(
        'No improvement in the last 4 weeks: the best of them (6) is no better than the best before them (7)',
      );
    });

    it('measures against the baseline when the older measurements were worse', () => {
      expect(detectStall(ago([40, 4], [10, 5]), 5, 8, today).reason).toBe(
        'No improvement in the last 4 weeks: the best of them (5) is no better than the baseline (5)',
      );
    });

    it('does not apply without a measurement in the last 4 weeks', () => {
      expect(detectStall(ago([60, 4], [40, 4]), 3, 8, today).stalled).toBe(false);
    });

    it('works across a year end', () => {
      const ms = [
        { date: '2024-12-01', value: 6 },
        { date: '2025-01-05', value: 6 },
      ];
      expect(detectStall(ms, 3, 8, '2025-01-10').rules).toEqual(['fourWeeks']);
      expect(detectStall(ms, 3, 8, '2024-12-20').stalled).toBe(false); // the January value is in the future
    });

    it('honours a different window and count', () => {
      expect(detectStall(ago([20, 6], [5, 6]), 3, 8, today, { windowDays: 14 }).reason).toBe(
        'No improvement in the last 2 weeks: the best of them (6) is no better than the best before them (6)',
      );
      expect(detectStall(ago([7, 4], [0, 4]), 5, 8, today, { lastCount: 2 }).rules).toEqual([
        'lastMeasurements',
      ]);
    });
  });

  it('accepts measurements in any order', () => {
    const ms = ago([28, 4], [21, 7], [14, 6], [7, 6], [0, 5]);
    expect(detectStall([...ms].reverse(), 3, 8, today)).toEqual(detectStall(ms, 3, 8, today));
  });

  const measurements = fc
    .array(
      fc.record({ daysAgo: fc.integer({ min: -10, max: 120 }), value: fc.integer({ min: 0, max: 10 }) }),
      {
        maxLength: 12,
      },
    )
    .map((points) => points.map(({ daysAgo, value }) => ({ date: addDaysIso(today, -daysAgo), value })));
  const scale = fc.integer({ min: 0, max: 10 });

  it('never reports a stall from fewer than 3 measurements unless the four-week rule applies', () => {
    fc.assert(
      fc.property(measurements, scale, scale, (ms, baseline, target) => {
        const known = ms.filter((m) => m.date <= today);
        const result = detectStall(ms, baseline, target, today);
        if (known.length < 3 && result.stalled) {
          expect(result.rules).toEqual(['fourWeeks']);
          const cutoff = addDaysIso(today, -28);
          expect(known.some((m) => m.date <= cutoff)).toBe(true);
          expect(known.some((m) => m.date > cutoff)).toBe(true);
        }
      }),
    );
  });

  it('never reports a stall when the latest measurement beats everything before it, or reached the target', () => {
    fc.assert(
      fc.property(measurements, scale, scale, (ms, baseline, target) => {
        fc.pre(baseline !== target);
        const known = ms.filter((m) => m.date <= today).sort((x, y) => (x.date < y.date ? -1 : 1));
        const latest = known.at(-1);
        fc.pre(latest !== undefined && known.filter((m) => m.date === latest.date).length === 1);
        const up = target > baseline;
        const earlier = [baseline, ...known.slice(0, -1).map((m) => m.value)];
        const beatsAll = earlier.every((v) => (up ? latest.value > v : latest.value < v));
        const reached = up ? latest.value >= target : latest.value <= target;
        if (beatsAll || reached) expect(detectStall(ms, baseline, target, today).stalled).toBe(false);
      }),
    );
  });

  it('gives a reason and a date exactly when stalled, and the date is never after today', () => {
    fc.assert(
      fc.property(measurements, scale, scale, (ms, baseline, target) => {
        const result = detectStall(ms, baseline, target, today);
        expect(result.reason.length).toBeGreaterThan(0);
        expect(result.stalled).toBe(result.rules.length > 0);
        expect(result.since !== null).toBe(result.stalled);
        if (result.since) expect(result.since <= today).toBe(true);
      }),
    );
  });

  it('judges a falling target exactly like the mirrored rising one', () => {
    fc.assert(
      fc.property(measurements, scale, scale, (ms, baseline, target) => {
        fc.pre(baseline !== target);
        const mirrored = ms.map((m) => ({ date: m.date, value: 10 - m.value }));
        const a = detectStall(ms, baseline, target, today);
        const b = detectStall(mirrored, 10 - baseline, 10 - target, today);
        expect({ stalled: b.stalled, rules: b.rules, since: b.since }).toEqual({
          stalled: a.stalled,
          rules: a.rules,
          since: a.since,
        });
      }),
    );
  });
});

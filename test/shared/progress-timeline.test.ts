import { type TimelineEvidence, updatedTimelineEstimate } from '@shared/domain/progress';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const original = { minWeeks: 12, maxWeeks: 24 };
const evidence = (overrides: Partial<TimelineEvidence> = {}): TimelineEvidence => ({
  weeksElapsed: 0,
  progressFraction: 0,
  stalls: 0,
  attendanceRate: null,
  ...overrides,
});
const range = (e: Partial<TimelineEvidence>, o = original) => {
  const { minWeeks, maxWeeks } = updatedTimelineEstimate(o, evidence(e));
  return [minWeeks, maxWeeks];
};

describe('updatedTimelineEstimate (weeks remaining)', () => {
  it.each([
    ['at the start', {}, [12, 24]],
    ['half way, on the planned pace', { weeksElapsed: 6, progressFraction: 0.5 }, [6, 12]],
    ['half way, faster than planned', { weeksElapsed: 4, progressFraction: 0.5 }, [6, 12]],
    [
      'a quarter of the way after 12 weeks (own pace sets the worst case)',
      { weeksElapsed: 12, progressFraction: 0.25 },
      [9, 36],
    ],
    ['a quarter of the way after 8 weeks', { weeksElapsed: 8, progressFraction: 0.25 }, [9, 24]],
    ['no progress after 3 weeks (too early to judge the pace)', { weeksElapsed: 3 }, [12, 24]],
    ['no progress after 8 weeks (worst case doubles)', { weeksElapsed: 8 }, [12, 48]],
    ['two stalled milestones', { stalls: 2 }, [14, 28]],
    ['seven stalled milestones (five counted)', { stalls: 7 }, [17, 34]],
    ['attendance 95%', { attendanceRate: 0.95 }, [12, 24]],
    ['attendance 80%', { attendanceRate: 0.8 }, [14, 28]],
    ['attendance 60%', { attendanceRate: 0.6 }, [16, 32]],
    ['attendance 20%', { attendanceRate: 0.2 }, [20, 36]],
    [
      'half way with a stall and 60% attendance (delays scale with the work left)',
      { weeksElapsed: 6, progressFraction: 0.5, stalls: 1, attendanceRate: 0.6 },
      [9, 17],
    ],
    [
      'targets reached, whatever else happened',
      { weeksElapsed: 30, progressFraction: 1, stalls: 3, attendanceRate: 0.1 },
      [0, 0],
    ],
    ['progress above 1 is clamped', { progressFraction: 1.4 }, [0, 0]],
  ])('%s', (_label, e, expected) => {
    expect(range(e)).toEqual(expected);
  });

  it('accepts an original range given the wrong way round', () => {
    expect(range({}, { minWeeks: 24, maxWeeks: 12 })).toEqual([12, 24]);
  });

  it('never goes beyond 260 weeks', () => {
    expect(
      range({ weeksElapsed: 200, stalls: 5, attendanceRate: 0 }, { minWeeks: 200, maxWeeks: 250 }),
    ).toEqual([213, 260]);
  });

  it('explains each step', () => {
    expect(
      updatedTimelineEstimate(
        original,
        evidence({ weeksElapsed: 12, progressFraction: 0.25, stalls: 1, attendanceRate: 0.6 }),
      ).reasons,
    ).toEqual([
      '25% of the way to the targets: 9-18 weeks left at the planned pace of 12-24 weeks',
      '25% in 12 weeks is slower than planned: up to 36 weeks left at this pace',
      '1 stalled milestone: +1-2 weeks',
      'Attendance 60%: +3-6 weeks',
    ]);
  });

  it('refuses a non-finite input', () => {
    expect(() => updatedTimelineEstimate(original, evidence({ progressFraction: Number.NaN }))).toThrow(
      RangeError,
    );
  });

  const originals = fc
    .tuple(fc.integer({ min: 1, max: 260 }), fc.integer({ min: 1, max: 260 }))
    .map(([x, y]) => ({ minWeeks: Math.min(x, y), maxWeeks: Math.max(x, y) }));
  const evidences = fc.record({
    weeksElapsed: fc.double({ min: 0, max: 300, noNaN: true }),
    progressFraction: fc.double({ min: 0, max: 1, noNaN: true }),
    stalls: fc.integer({ min: 0, max: 12 }),
    attendanceRate: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
  });
  const notShorter = (
    worse: { minWeeks: number; maxWeeks: number },
    better: { minWeeks: number; maxWeeks: number },
  ) => {
    expect(worse.minWeeks).toBeGreaterThanOrEqual(better.minWeeks);
    expect(worse.maxWeeks).toBeGreaterThanOrEqual(better.maxWeeks);
  };

  it('never shortens with worse attendance', () => {
    fc.assert(
      fc.property(
        originals,
        evidences,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (o, e, r1, r2) => {
          const [worse, better] = r1 <= r2 ? [r1, r2] : [r2, r1];
          notShorter(
            updatedTimelineEstimate(o, { ...e, attendanceRate: worse }),
            updatedTimelineEstimate(o, { ...e, attendanceRate: better }),
          );
        },
      ),
    );
  });

  it('never shortens with more stalls', () => {
    fc.assert(
      fc.property(originals, evidences, fc.integer({ min: 0, max: 8 }), (o, e, more) => {
        notShorter(
          updatedTimelineEstimate(o, { ...e, stalls: e.stalls + more }),
          updatedTimelineEstimate(o, e),
        );
      }),
    );
  });

  it('never lengthens with more progress, and never shortens with more weeks spent for the same progress', () => {
    fc.assert(
      fc.property(
        originals,
        evidences,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        (o, e, gain, extraWeeks) => {
          const more = Math.min(1, e.progressFraction + gain);
          notShorter(
            updatedTimelineEstimate(o, e),
            updatedTimelineEstimate(o, { ...e, progressFraction: more }),
          );
          notShorter(
            updatedTimelineEstimate(o, { ...e, weeksElapsed: e.weeksElapsed + extraWeeks }),
            updatedTimelineEstimate(o, e),
          );
        },
      ),
    );
  });

  it('gives a whole-week range with 0 <= min <= max <= 260', () => {
    fc.assert(
      fc.property(originals, evidences, (o, e) => {
        const { minWeeks, maxWeeks } = updatedTimelineEstimate(o, e);
        expect(Number.isInteger(minWeeks) && Number.isInteger(maxWeeks)).toBe(true);
        expect(minWeeks).toBeGreaterThanOrEqual(0);
        expect(minWeeks).toBeLessThanOrEqual(maxWeeks);
        expect(maxWeeks).toBeLessThanOrEqual(260);
      }),
    );
  });
});

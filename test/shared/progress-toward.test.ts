import { progressToward } from '@shared/domain/progress';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const finite = fc.double({ noNaN: true, noDefaultInfinity: true });

describe('progressToward: fraction of the way from baseline to target', () => {
  it.each([
    // baseline, target, value, expected
    [3, 8, 3, 0],
    [3, 8, 5.5, 0.5],
    [3, 8, 7, 0.8],
    [3, 8, 8, 1],
    [3, 8, 10, 1], // beyond the target shows as done, not 140%
    [3, 8, 1, 0], // a bad week below the baseline shows as 0, not negative
    [0, 100, 25, 0.25],
    // Target below the baseline: fewer arguments a week, from 6 to 1.
    [6, 1, 6, 0],
    [6, 1, 4, 0.4],
    [6, 1, 1, 1],
    [6, 1, 0, 1],
    [6, 1, 7, 0],
  ])('baseline %d, target %d, value %d -> %d', (baseline, target, value, expected) => {
    expect(progressToward(baseline, target, value)).toBeCloseTo(expected, 12);
  });

  describe('baseline equal to target (hold this level)', () => {
    it.each([
      [5, undefined, 1],
      [6, undefined, 1],
      [4, undefined, 0],
      [4, 'lower', 1],
      [6, 'lower', 0],
      [6, 'higher', 1],
    ] as const)('value %d, better %s -> %d', (value, better, expected) => {
      expect(progressToward(5, 5, value, better)).toBe(expected);
    });
  });

  it('ignores `better` when baseline and target already say which way is better', () => {
    expect(progressToward(6, 1, 4, 'higher')).toBeCloseTo(0.4, 12);
  });

  it.each([
    [Number.NaN, 8, 5],
    [3, Number.POSITIVE_INFINITY, 5],
    [3, 8, Number.NaN],
  ])('refuses a non-finite input (%d, %d, %d)', (baseline, target, value) => {
    expect(() => progressToward(baseline, target, value)).toThrow(RangeError);
  });

  it('stays within [0, 1] for any finite inputs', () => {
    fc.assert(
      fc.property(finite, finite, finite, (baseline, target, value) => {
        const p = progressToward(baseline, target, value);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('is 0 at the baseline and 1 at the target', () => {
    fc.assert(
      fc.property(finite, finite, (baseline, target) => {
        fc.pre(baseline !== target);
        expect(progressToward(baseline, target, baseline)).toBe(0);
        expect(progressToward(baseline, target, target)).toBe(1);
      }),
    );
  });

  it('never decreases as the value moves toward the target (either direction)', () => {
    fc.assert(
      fc.property(finite, finite, finite, finite, (baseline, target, v1, v2) => {
        fc.pre(baseline !== target);
        // v2 is at least as far toward the target as v1.
        const [behind, ahead] = (target > baseline ? v1 <= v2 : v1 >= v2) ? [v1, v2] : [v2, v1];
        expect(progressToward(baseline, target, ahead)).toBeGreaterThanOrEqual(
          progressToward(baseline, target, behind),
        );
      }),
    );
  });

  it('treats a falling target exactly like the mirrored rising one', () => {
    fc.assert(
      fc.property(finite, finite, finite, (baseline, target, value) => {
        // A target equal to its baseline ("hold this level") has its own `better` side, tested
        // above; mirroring it flips which side is better, so it is not a mirror case.
        fc.pre(baseline !== target);
        // + 0 folds -0 into 0: the mirror may compute a zero from the other side.
        expect(progressToward(-baseline, -target, -value) + 0).toBe(
          progressToward(baseline, target, value) + 0,
        );
      }),
    );
  });
});

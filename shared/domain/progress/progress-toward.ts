/**
 * How far a milestone has come, as a fraction of the way from its baseline to its target.
 *
 * Clinical why: couples need to see small wins. "3 of the 5 points to go" is a win even when
 * the target is far off, and it reads the same whether the aim is up (a trust rating from 3
 * to 8) or down (arguments a week from 6 to 1). The fraction is clamped: a bad week below the
 * baseline shows as 0 (not a negative number that would shame), and going past the target
 * shows as 1 (done), so progress bars never overflow.
 */
import { type Better, betterDirection, hasReached, isBetter, requireFinite } from './values';

/**
 * Rule: `(value - baseline) / (target - baseline)`, clamped to [0, 1]. This works for targets
 * below the baseline too, because numerator and denominator change sign together.
 *
 * When baseline equals target ("hold this level") there is no distance to cover: progress is 1
 * when the value is at the target or beyond it on the `better` side (default `higher`), else 0.
 *
 * Throws a RangeError for a non-finite input (the stored measures are validated numbers, so
 * this only happens on a programming error, and a silent NaN would draw an empty bar).
 */
export function progressToward(baseline: number, target: number, value: number, better?: Better): number {
  requireFinite('baseline', baseline);
  requireFinite('target', target);
  requireFinite('value', value);
  const direction = betterDirection(better ? { baseline, target, better } : { baseline, target });
  if (hasReached(value, target, direction)) return 1;
  if (!isBetter(value, baseline, direction)) return 0;
  // Strictly between baseline and target. Differences are exact for ordinary numbers (and for
  // the tiniest ones, which halving would round together into 0/0); only when a difference
  // overflows are the halves used instead.
  const span = target - baseline;
  const gained = value - baseline;
  const fraction =
    Number.isFinite(span) && Number.isFinite(gained)
      ? gained / span
      : (value / 2 - baseline / 2) / (target / 2 - baseline / 2);
  return Math.min(1, Math.max(0, fraction));
}

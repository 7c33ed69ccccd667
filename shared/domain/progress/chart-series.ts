/**
 * The points a chart (on screen or in a PDF report) draws for a long series.
 *
 * Clinical why: two years of daily logs is too many points to draw quickly, but thinning a
 * series must never hide what matters clinically: the first value (where the couple started),
 * the latest value, and the best and worst points, such as the week of a relapse. Keeping the
 * minimum and maximum of every bucket keeps each spike and dip visible, and because the screen
 * and the report call this same function, they draw the same series.
 */
import { type DatedValue, sortedByDate } from './values';

/** Fewer than 4 points cannot hold the first, the last, the minimum and the maximum. */
export const minChartPoints = 4;

/**
 * Rule (min/max per bucket): points are sorted by date (stable). At most `maxPoints` points:
 * the series unchanged. Otherwise the first and last points are kept, and the points between
 * them are cut into floor((maxPoints - 2) / 2) buckets of nearly equal count; each bucket keeps
 * its lowest and highest point (the earliest of equals; one point when they coincide), in date
 * order. So the result has at most `maxPoints` points, starts and ends like the original, and
 * has the same minimum and maximum. Extra fields on the points are kept.
 */
export function seriesForChart<T extends DatedValue>(points: readonly T[], maxPoints: number): T[] {
  if (!Number.isInteger(maxPoints) || maxPoints < minChartPoints) {
    throw new RangeError(`maxPoints must be an integer of at least ${minChartPoints}, got ${maxPoints}`);
  }
  const sorted = sortedByDate(points, 'point');
  if (sorted.length <= maxPoints) return sorted;

  const first = sorted[0] as T;
  const last = sorted.at(-1) as T;
  const inner = sorted.slice(1, -1);
  const buckets = Math.floor((maxPoints - 2) / 2);
  const kept: T[] = [first];
  for (let b = 0; b < buckets; b++) {
    const start = Math.floor((b * inner.length) / buckets);
    const end = Math.floor(((b + 1) * inner.length) / buckets);
    let lowIndex = start;
    let highIndex = start;
    for (let i = start + 1; i < end; i++) {
      const value = (inner[i] as T).value;
      if (value < (inner[lowIndex] as T).value) lowIndex = i;
      if (value > (inner[highIndex] as T).value) highIndex = i;
    }
    if (end <= start) continue;
    for (const i of lowIndex === highIndex
      ? [lowIndex]
      : [Math.min(lowIndex, highIndex), Math.max(lowIndex, highIndex)]) {
      kept.push(inner[i] as T);
    }
  }
  kept.push(last);
  return kept;
}

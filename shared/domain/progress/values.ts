/**
 * What every progress function shares: a dated value, which way is "better" for a milestone,
 * and date handling that never depends on the clock or time zone.
 *
 * Clinical why: a milestone can aim up (more daily check-ins, a higher trust rating) or down
 * (fewer arguments a week, fewer cravings). Every rule here asks "is this better?" through
 * `isBetter`, so a milestone whose target lies below its baseline behaves exactly like one
 * that aims up.
 */
import { isIsoDate } from '@shared/domain/dates';

/** One measurement (or rating) on a calendar date. Callers map `measuredOn` to `date`. */
export interface DatedValue {
  /** ISO `YYYY-MM-DD`. */
  date: string;
  value: number;
}

/** Which way is progress: toward higher values, or toward lower ones. */
export type Better = 'higher' | 'lower';

/** A milestone's starting point and aim, on the milestone's own scale. */
export interface Goal {
  baseline: number;
  target: number;
  /**
   * Only used when baseline and target are equal (a "hold this level" milestone), where the
   * two numbers cannot say which way is better. Defaults to `higher`.
   */
  better?: Better;
}

/** The direction of a goal: down when the target is below the baseline, otherwise up. */
export function betterDirection(goal: Goal): Better {
  if (goal.target < goal.baseline) return 'lower';
  if (goal.target > goal.baseline) return 'higher';
  return goal.better ?? 'higher';
}

/** Strictly better: equal values are not an improvement. */
export function isBetter(candidate: number, than: number, better: Better): boolean {
  return better === 'higher' ? candidate > than : candidate < than;
}

/** The better of two values (the first when they are equal). */
export function bestOf(x: number, y: number, better: Better): number {
  return isBetter(y, x, better) ? y : x;
}

/** Whether `value` has reached the target (at it, or beyond it on the better side). */
export function hasReached(value: number, target: number, better: Better): boolean {
  return value === target || isBetter(value, target, better);
}

export function requireFinite(name: string, value: number): void {
  if (!Number.isFinite(value)) throw new RangeError(`${name} must be a finite number, got ${value}`);
}

export function requireIsoDate(name: string, value: string): void {
  if (!isIsoDate(value)) throw new RangeError(`${name} must be an ISO date (YYYY-MM-DD), got ${value}`);
}

/**
 * Checks every point (real date, finite value) and returns them oldest first. The sort is
 * stable, so points on the same date keep the order they were given in.
 */
export function sortedByDate<T extends DatedValue>(points: readonly T[], name = 'measurement'): T[] {
  // Runs for every series the dashboard draws, several times over, on thousands of points:
  // the check builds its message only on failure, and input already in order is just copied.
  let inOrder = true;
  let previous = '';
  for (let i = 0; i < points.length; i += 1) {
    const point = points[i] as T;
    if (!isIsoDate(point.date)) requireIsoDate(`${name} ${i} date`, point.date);
    if (!Number.isFinite(point.value)) requireFinite(`${name} ${i} value`, point.value);
    if (point.date < previous) inOrder = false;
    previous = point.date;
  }
  return inOrder ? points.slice() : [...points].sort(byDate);
}

function byDate(x: DatedValue, y: DatedValue): number {
  return x.date < y.date ? -1 : x.date > y.date ? 1 : 0;
}

/** A value as a clinician would read it: at most two decimals (two significant digits below 0.01). */
export function formatValue(value: number): string {
  if (value !== 0 && Math.abs(value) < 0.01) return String(Number(value.toPrecision(2)));
  return String(Math.round(value * 100) / 100);
}

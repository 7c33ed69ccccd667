/**
 * Which way a milestone is moving lately, in the milestone's units per week.
 *
 * Clinical why: a single good or bad week says little; the direction over the recent weeks
 * tells the therapist whether the current interventions are working. Only the recent window
 * is used, so an early surge does not mask a slide in the last two months. A least-squares
 * line over the dates (not over the measurement count) keeps irregular spacing honest: three
 * ratings in one week and one a month later do not count as four equal steps.
 */
import { daysBetweenIso, epochDay } from '@shared/domain/dates';
import { betterDirection, type DatedValue, formatValue, type Goal, sortedByDate } from './values';

export interface TrendWindow {
  /** At least this many of the latest measurements (when there are that many). */
  points: number;
  /** And at least every measurement within this many weeks of the latest one. */
  weeks: number;
}

/** Six measurements or eight weeks, whichever reaches further back. */
export const defaultTrendWindow: TrendWindow = { points: 6, weeks: 8 };

/** Fewer measurements than this in the window give no trend: two points are a difference, not a trend. */
export const minTrendPoints = 3;

/**
 * A slope that would take longer than this many weeks to cover the baseline-to-target distance
 * counts as flat: at that pace the couple would not reach the target within a year.
 */
export const flatHorizonWeeks = 52;

export type TrendDirection = 'improving' | 'worsening' | 'flat' | 'insufficient';

export interface Trend {
  direction: TrendDirection;
  /** Least-squares slope in the milestone's units per week (positive when values rise); null when insufficient. */
  slopePerWeek: number | null;
  /** Slopes smaller than this (in absolute value) are flat. */
  flatBelowPerWeek: number;
  /** Measurements in the window. */
  count: number;
  /** First and last date of the window; null without measurements. */
  from: string | null;
  to: string | null;
  /** One plain-language sentence for the screen and the report. */
  summary: string;
}

/** The recent window: the latest `points` measurements or those within `weeks` of the latest, whichever is more. */
export function recentWindow<T extends DatedValue>(sorted: readonly T[], window: TrendWindow): T[] {
  const last = sorted.at(-1);
  if (!last) return [];
  const byPoints = Math.min(sorted.length, Math.max(0, Math.floor(window.points)));
  const days = Math.max(0, window.weeks) * 7;
  // Sorted, so the measurements within the weeks are a run at the end: count back from the latest.
  const lastDay = epochDay(last.date);
  let byWeeks = 0;
  while (
    byWeeks < sorted.length &&
    lastDay - epochDay((sorted[sorted.length - 1 - byWeeks] as T).date) < days
  )
    byWeeks += 1;
  return sorted.slice(sorted.length - Math.max(byPoints, byWeeks, 1));
}

/** Least-squares slope in units per day, with x the days since the first point; null when all share a date. */
export function slopePerDay(points: readonly DatedValue[]): number | null {
  const first = points[0];
  if (!first || points.length < 2) return null;
  const xs = points.map((p) => daysBetweenIso(first.date, p.date));
  const meanX = xs.reduce((sum, x) => sum + x, 0) / xs.length;
  const meanY = points.reduce((sum, p) => sum + p.value, 0) / points.length;
  let sxx = 0;
  let sxy = 0;
  for (const [i, p] of points.entries()) {
    const dx = (xs[i] ?? 0) - meanX;
    sxx += dx * dx;
    sxy += dx * (p.value - meanY);
  }
  return sxx === 0 ? null : sxy / sxx;
}

/**
 * Rules:
 * - window: see `recentWindow` (default the last 6 measurements or the last 8 weeks counted
 *   back from the latest measurement, whichever holds more);
 * - `insufficient` with fewer than 3 measurements in the window, or when they all share a date;
 * - otherwise the least-squares slope per week; `flat` when its size is below
 *   |target - baseline| / 52 (or 1/52 when baseline equals target), else `improving` when it
 *   moves toward the target direction and `worsening` when it moves away.
 */
export function trend(
  measurements: readonly DatedValue[],
  goal: Goal,
  window: TrendWindow = defaultTrendWindow,
): Trend {
  const recent = recentWindow(sortedByDate(measurements), window);
  const distance = Math.abs(goal.target - goal.baseline);
  const flatBelowPerWeek = (distance > 0 ? distance : 1) / flatHorizonWeeks;
  const from = recent[0]?.date ?? null;
  const to = recent.at(-1)?.date ?? null;
  const base = { flatBelowPerWeek, count: recent.length, from, to };
  const perDay = recent.length >= minTrendPoints ? slopePerDay(recent) : null;
  if (perDay === null) {
    return {
      ...base,
      direction: 'insufficient',
      slopePerWeek: null,
      summary:
        recent.length < minTrendPoints
          ? `Not enough measurements for a trend (${recent.length} of ${minTrendPoints} needed)`
          : 'Not enough measurements for a trend (all on the same day)',
    };
  }
  const slopePerWeek = perDay * 7;
  const over = `over the last ${recent.length} measurements`;
  if (Math.abs(slopePerWeek) < flatBelowPerWeek) {
    return { ...base, direction: 'flat', slopePerWeek, summary: `Flat ${over}` };
  }
  const rising = slopePerWeek > 0;
  const improving = rising === (betterDirection(goal) === 'higher');
  const size = formatValue(Math.abs(slopePerWeek));
  return {
    ...base,
    direction: improving ? 'improving' : 'worsening',
    slopePerWeek,
    summary: `${improving ? 'Improving' : 'Worsening'} ${over}: ${rising ? 'up' : 'down'} about ${size} a week`,
  };
}

/**
 * Whether a milestone has stalled.
 *
 * Clinical why: therapists adjust the plan when a milestone stalls, and the earlier they see
 * it the less discouraged the couple gets. "No better than before" is judged against the best
 * value so far (the baseline included), not the latest one, so a see-saw of good and bad
 * weeks that never beats the earlier best still counts as a stall, and a single dip after
 * steady gains does not hide that the gains stopped. A milestone whose latest measurement
 * has reached the target is being maintained, not stalled.
 */
import { addDaysIso } from '@shared/domain/dates';
import {
  type Better,
  bestOf,
  betterDirection,
  type DatedValue,
  formatValue,
  hasReached,
  isBetter,
  requireFinite,
  requireIsoDate,
  sortedByDate,
} from './values';

export type StallRule = 'lastMeasurements' | 'fourWeeks';

export interface StallOptions {
  /** Used only when baseline equals target. */
  better?: Better;
  /** How many of the latest measurements must show no improvement. Default 3. */
  lastCount?: number;
  /** The time window with no improvement, in days. Default 28 (four weeks). */
  windowDays?: number;
}

export interface Stall {
  stalled: boolean;
  /** The rules that found a stall (both can). */
  rules: StallRule[];
  /** One plain-language sentence: why it is (or is not) a stall. */
  reason: string;
  /**
   * When stalled, the date of the last improvement: the measurement that set the best value so
   * far, or the first measurement when none ever beat the baseline. Null when not stalled.
   */
  since: string | null;
}

/**
 * Rules, with `better` the goal's direction and measurements dated after `today` ignored:
 * - no measurements: not stalled;
 * - latest measurement at or beyond the target: not stalled (maintenance);
 * - rule `lastMeasurements` (needs at least 3 measurements): none of the last 3 is strictly
 *   better than the best of the baseline and every measurement before those 3;
 * - rule `fourWeeks` (needs at least one measurement dated on or before `today - 28 days` and
 *   at least one after it): the best measurement after `today - 28 days` is not strictly
 *   better than the best of the baseline and every measurement on or before that day;
 * - stalled when either rule fires. Equal values are no improvement.
 */
export function detectStall(
  measurements: readonly DatedValue[],
  baseline: number,
  target: number,
  today: string,
  options: StallOptions = {},
): Stall {
  requireFinite('baseline', baseline);
  requireFinite('target', target);
  requireIsoDate('today', today);
  const lastCount = Math.max(1, Math.floor(options.lastCount ?? 3));
  const windowDays = Math.max(1, Math.floor(options.windowDays ?? 28));
  const better = betterDirection(
    options.better ? { baseline, target, better: options.better } : { baseline, target },
  );
  const known = sortedByDate(measurements).filter((m) => m.date <= today);
  const latest = known.at(-1);
  if (!latest) return notStalled('No measurements yet');
  if (hasReached(latest.value, target, better)) {
    return notStalled(`Target reached (latest ${formatValue(latest.value)}, target ${formatValue(target)})`);
  }

  const bestAmong = (values: readonly DatedValue[]) =>
    values.reduce((best, m) => bestOf(best, m.value, better), baseline);
  /** "the best before them (7)", or "the baseline (5)" when no earlier measurement beat it. */
  const describeBest = (values: readonly DatedValue[]) => {
    const best = bestAmong(values);
    return values.some((m) => m.value === best)
      ? `the best before them (${formatValue(best)})`
      : `the baseline (${formatValue(best)})`;
  };

  const rules: StallRule[] = [];
  const reasons: string[] = [];
  const improvedIn: string[] = [];

  if (known.length >= lastCount) {
    const last = known.slice(-lastCount);
    const before = known.slice(0, -lastCount);
    const reference = bestAmong(before);
    const values = last.map((m) => formatValue(m.value)).join(', ');
    const noun = lastCount === 1 ? 'measurement' : `${lastCount} measurements`;
    if (last.some((m) => isBetter(m.value, reference, better))) {
      improvedIn.push(`the last ${noun}`);
    } else {
      rules.push('lastMeasurements');
      reasons.push(
        `No improvement over the last ${noun} (${values}): none is better than ${describeBest(before)}`,
      );
    }
  }

  const cutoff = addDaysIso(today, -windowDays);
  const older = known.filter((m) => m.date <= cutoff);
  const recent = known.filter((m) => m.date > cutoff);
  const span = windowDays % 7 === 0 ? `${windowDays / 7} weeks` : `${windowDays} days`;
  if (older.length > 0 && recent.length > 0) {
    const bestRecent = recent.reduce(
      (best, m) => bestOf(best, m.value, better),
      (recent[0] as DatedValue).value,
    );
    if (isBetter(bestRecent, bestAmong(older), better)) {
      improvedIn.push(`the last ${span}`);
    } else {
      rules.push('fourWeeks');
      reasons.push(
        `No improvement in the last ${span}: the best of them (${formatValue(bestRecent)}) is no better than ${describeBest(older)}`,
      );
    }
  }

  if (rules.length > 0) {
    return {
      stalled: true,
      rules,
      reason: reasons[0] as string,
      since: lastImprovement(known, baseline, better),
    };
  }
  if (improvedIn.length > 0) return notStalled(`Improved within ${improvedIn.join(' and ')}`);
  return notStalled(
    `Too few measurements to judge (${known.length}; ${lastCount} needed, or one older than ${span} and one since)`,
  );
}

function notStalled(reason: string): Stall {
  return { stalled: false, rules: [], reason, since: null };
}

/** The date of the measurement that set the best value so far, or the first one when none beat the baseline. */
function lastImprovement(sorted: readonly DatedValue[], baseline: number, better: Better): string | null {
  let best = baseline;
  let date: string | null = sorted[0]?.date ?? null;
  for (const m of sorted) {
    if (isBetter(m.value, best, better)) {
      best = m.value;
      date = m.date;
    }
  }
  return date;
}

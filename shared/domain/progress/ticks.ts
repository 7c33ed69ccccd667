/**
 * Where a chart's time axis gets its ticks, for the screen's charts and the PDF report's alike.
 * The two drew their own until they disagreed by a day (weekly up to 62 days on paper, 63 on
 * screen), so the same period could tick by week on one and by month on the other. Each
 * caller still decides which ticks to label (the screen thins to a count, the paper by the
 * width of the labels): only where ticks fall is shared.
 */
import { epochDay, firstDayOfMonth, isoOfEpochDay, monthOf, shiftMonth } from '@shared/domain/dates';

/**
 * Spans up to nine weeks tick by week, longer ones by month. Nine whole weeks (the screen's
 * old rule) rather than the paper's 62 days: a span of exactly nine weeks then gets ten weekly
 * ticks ending on its last day, where month ticks would give it only two or three, and every
 * span within two calendar months (at most 62 days) is weekly on both, as before.
 */
export const WEEKLY_TICKS_UP_TO_DAYS = 63;

export interface TimeTicks {
  /** `week`: every 7 days; `month`: the first of each month. */
  unit: 'week' | 'month';
  /** Days since 1970-01-01, ascending, all within [from, to]. */
  days: number[];
}

/**
 * Rule: for `to - from` up to `WEEKLY_TICKS_UP_TO_DAYS`, a tick every 7 days on the weekday
 * of `anchor` (default: the first whole day of the span), from the earliest such day in the
 * span; otherwise a tick on the first of every month from the first whole day to `to`.
 * `from` and `to` may be fractional (a padded screen axis).
 */
export function timeTicks(from: number, to: number, anchor: number = Math.ceil(from)): TimeTicks {
  const days: number[] = [];
  if (to - from <= WEEKLY_TICKS_UP_TO_DAYS) {
    let first = anchor;
    while (first - 7 >= from) first -= 7;
    for (let day = first; day <= to; day += 7) days.push(day);
    return { unit: 'week', days };
  }
  const start = isoOfEpochDay(Math.ceil(from));
  let month = start.endsWith('-01') ? monthOf(start) : shiftMonth(monthOf(start), 1);
  for (let day = epochDay(firstDayOfMonth(month)); day <= to; day = epochDay(firstDayOfMonth(month))) {
    days.push(day);
    month = shiftMonth(month, 1);
  }
  return { unit: 'month', days };
}

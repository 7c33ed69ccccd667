import { addDaysIso, daysBetweenIso } from './dates';

/** A couple with no session booked ahead and none held for more than this many days is "not seen". */
export const NOT_SEEN_AFTER_DAYS = 21;

/**
 * Whether a couple counts as not seen on `today`: nothing booked from today on, and the last
 * held session (if any) more than 21 days ago. A couple never seen and never booked counts.
 */
export function isNotSeen(
  couple: { lastHeld: string | null; hasBookingAhead: boolean },
  today: string,
): boolean {
  if (couple.hasBookingAhead) return false;
  return couple.lastHeld === null || daysBetweenIso(couple.lastHeld, today) > NOT_SEEN_AFTER_DAYS;
}

/**
 * Items grouped under each of `days` consecutive dates starting at `from`, every date
 * present (an empty day has no items), items kept in the order given.
 */
export function groupByDay<T extends { date: string }>(
  items: readonly T[],
  from: string,
  days: number,
): { date: string; items: T[] }[] {
  const groups = Array.from({ length: days }, (_, index) => ({
    date: addDaysIso(from, index),
    items: [] as T[],
  }));
  const byDate = new Map(groups.map((group) => [group.date, group]));
  for (const item of items) byDate.get(item.date)?.items.push(item);
  return groups;
}

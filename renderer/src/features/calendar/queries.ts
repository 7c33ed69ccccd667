import { channelKey, channelQuery } from '@renderer/api/channelQuery';
import { invalidateCoupleRecord } from '@renderer/api/recordKeys';
import { dashboardKeys } from '@renderer/features/dashboard/queries';
import { planKeys } from '@renderer/features/plans/queries';
import type { QueryClient } from '@tanstack/react-query';

/** Cache keys of the recovery calendar, by channel and date range. */
export const calendarKeys = {
  /** Every range fetched for the couple: the inputs that share its coupleId. */
  couple: (coupleId: string) => channelKey('calendar:get', { coupleId }),
};

export function calendarRangeQuery(coupleId: string, from: string, to: string) {
  return channelQuery('calendar:get', { coupleId, from, to });
}

/**
 * After a save, what it made stale beyond the calendar itself: a use day becomes a relapse that
 * flags the plan, so the timeline, Today, the plan review and progress views.
 */
export function invalidateAfterCalendarSave(queryClient: QueryClient, coupleId: string): void {
  void queryClient.invalidateQueries({ queryKey: planKeys.today });
  void queryClient.invalidateQueries({ queryKey: planKeys.review(coupleId) });
  void queryClient.invalidateQueries({ queryKey: dashboardKeys.dashboard() });
  invalidateCoupleRecord(queryClient, coupleId);
}

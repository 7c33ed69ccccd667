import { channelKey, channelQuery, invalidateKeys } from '@renderer/api/channelQuery';
import { invalidateCoupleRecord } from '@renderer/api/coupleRecord';
import type { QueryClient } from '@tanstack/react-query';

export function calendarRangeQuery(coupleId: string, from: string, to: string) {
  return channelQuery('calendar:get', { coupleId, from, to });
}

/**
 * After a save, what it made stale beyond the calendar itself: a use day becomes a relapse that
 * flags the plan, so the timeline, Today, the plan review and progress views.
 */
export function invalidateAfterCalendarSave(queryClient: QueryClient, coupleId: string): void {
  invalidateKeys(
    queryClient,
    channelKey('today:overview'),
    channelKey('plans:review', { coupleId }),
    channelKey('dashboard:get'),
  );
  invalidateCoupleRecord(queryClient, coupleId);
}

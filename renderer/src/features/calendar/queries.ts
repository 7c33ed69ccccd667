import { type QueryClient, queryOptions } from '@tanstack/react-query';
import { invoke } from '../../api/client';
import { planKeys } from '../plans/queries';
import { invalidateCoupleRecord } from '../record/keys';

/** Cache keys of the recovery calendar, by channel and date range. */
export const calendarKeys = {
  couple: (coupleId: string) => ['calendar', coupleId] as const,
  range: (coupleId: string, from: string, to: string) => ['calendar', coupleId, from, to] as const,
};

export function calendarRangeQuery(coupleId: string, from: string, to: string) {
  return queryOptions({
    queryKey: calendarKeys.range(coupleId, from, to),
    queryFn: () => invoke('calendar:get', { coupleId, from, to }),
  });
}

/**
 * After a save, what it made stale beyond the calendar itself: a use day becomes a relapse that
 * flags the plan, so the timeline, Today, the plan review and progress views.
 */
export function invalidateAfterCalendarSave(queryClient: QueryClient, coupleId: string): void {
  void queryClient.invalidateQueries({ queryKey: planKeys.today });
  void queryClient.invalidateQueries({ queryKey: planKeys.review(coupleId) });
  void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
  invalidateCoupleRecord(queryClient, coupleId);
}

import { channelQuery } from '@renderer/api/channelQuery';
import { queryOptions } from '@tanstack/react-query';

/** Most points per chart series; the core downsamples longer ones, keeping highs and lows. */
export const MAX_POINTS = 200;

export function dashboardQuery(coupleId: string) {
  return queryOptions({
    ...channelQuery('dashboard:get', { coupleId, maxPoints: MAX_POINTS }),
    // Sessions, measurements and the calendar all change it, written from other screens: ask
    // again each time the tab is opened (the cached one shows meanwhile).
    staleTime: 0,
  });
}

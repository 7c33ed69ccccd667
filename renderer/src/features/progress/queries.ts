import { queryOptions } from '@tanstack/react-query';
import { invoke } from '../../api/client';

/** Most points per chart series; the core downsamples longer ones, keeping highs and lows. */
export const MAX_POINTS = 200;

export const progressKeys = {
  dashboard: (coupleId: string) => ['dashboard', coupleId] as const,
};

export function dashboardQuery(coupleId: string) {
  return queryOptions({
    queryKey: progressKeys.dashboard(coupleId),
    queryFn: () => invoke('dashboard:get', { coupleId, maxPoints: MAX_POINTS }),
    // Sessions, measurements and the calendar all change it, written from other screens: ask
    // again each time the tab is opened (the cached one shows meanwhile).
    staleTime: 0,
  });
}

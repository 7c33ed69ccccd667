import { channelKey, channelQuery } from '@renderer/api/channelQuery';
import { invoke } from '@renderer/api/client';
import { invalidateCoupleRecord } from '@renderer/api/recordKeys';
import { dashboardKeys } from '@renderer/features/dashboard/queries';
import { planKeys } from '@renderer/features/plans/queries';
import type { Input } from '@shared/contract';
import { type QueryClient, useQueryClient } from '@tanstack/react-query';

/** Cache keys of measurements, by channel. */
export const measurementKeys = {
  couple: (coupleId: string) => channelKey('measurements:list', { coupleId }),
};

/** Every measurement of the couple (all milestones), oldest first as the core lists them. */
export function measurementsQuery(coupleId: string) {
  return channelQuery('measurements:list', { coupleId });
}

/** After any measurement write: the lists, the plan review, progress views and the audit log. */
export function invalidateMeasurements(queryClient: QueryClient, coupleId: string): void {
  void queryClient.invalidateQueries({ queryKey: measurementKeys.couple(coupleId) });
  void queryClient.invalidateQueries({ queryKey: planKeys.review(coupleId) });
  void queryClient.invalidateQueries({ queryKey: dashboardKeys.dashboard() });
  invalidateCoupleRecord(queryClient, coupleId);
}

/**
 * The writes, as plain functions: a form may send several in a row (one per partner, one per
 * row of the week grid) and needs each result or error in turn.
 */
export function useMeasurementWrites(coupleId: string) {
  const queryClient = useQueryClient();
  const after = () => invalidateMeasurements(queryClient, coupleId);
  return {
    create: (input: Input<'measurements:create'>) => invoke('measurements:create', input),
    update: (input: Input<'measurements:update'>) => invoke('measurements:update', input),
    recordWeek: (input: Input<'measurements:recordWeek'>) => invoke('measurements:recordWeek', input),
    /** Call once a batch of writes is over, whether it all succeeded or not. */
    refresh: after,
  };
}

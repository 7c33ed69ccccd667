import { channelKey, channelQuery, invalidateKeys } from '@renderer/api/channelQuery';
import { invoke } from '@renderer/api/client';
import { invalidateCoupleRecord } from '@renderer/api/coupleRecord';
import type { Input } from '@shared/contract';
import { type QueryClient, useQueryClient } from '@tanstack/react-query';

/** Every measurement of the couple (all milestones), oldest first as the core lists them. */
export function measurementsQuery(coupleId: string) {
  return channelQuery('measurements:list', { coupleId });
}

/** After any measurement write: the lists, the plan review, progress views and the audit log. */
export function invalidateMeasurements(queryClient: QueryClient, coupleId: string): void {
  invalidateKeys(
    queryClient,
    channelKey('measurements:list', { coupleId }),
    channelKey('plans:review', { coupleId }),
    channelKey('dashboard:get'),
  );
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

import { channelKey, channelQuery, invalidateKeys } from '@renderer/api/channelQuery';
import { invoke } from '@renderer/api/client';
import { invalidateCoupleRecord } from '@renderer/api/coupleRecord';
import type { Input } from '@shared/contract';
import { type QueryClient, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';

export function responsesQuery(coupleId: string) {
  return channelQuery('questionnaires:list', { coupleId });
}

export function scheduleQuery(coupleId: string) {
  return channelQuery('questionnaires:schedule', { coupleId });
}

export function trajectoriesQuery(coupleId: string) {
  return queryOptions({
    ...channelQuery('questionnaires:trajectories', { coupleId }),
    // Private check-ins in the workspace add scores too: ask again each time the dashboard opens.
    staleTime: 0,
  });
}

/**
 * What a new schedule or response makes stale beyond the tab itself: what is due (Today, the
 * session's brief) and the deteriorations (Today, the plan review).
 */
function invalidateElsewhere(queryClient: QueryClient, coupleId: string): void {
  invalidateKeys(
    queryClient,
    channelKey('today:overview'),
    channelKey('workspace:get'),
    channelKey('plans:review', { coupleId }),
  );
}

export function useSetSchedule(coupleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'questionnaires:setSchedule'>) => invoke('questionnaires:setSchedule', input),
    onSuccess: (saved) => {
      queryClient.setQueryData(scheduleQuery(coupleId).queryKey, saved);
      invalidateElsewhere(queryClient, coupleId);
    },
  });
}

export function useRecordResponse(coupleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'questionnaires:record'>) => invoke('questionnaires:record', input),
    onSuccess: () => {
      invalidateKeys(
        queryClient,
        channelKey('questionnaires:list', { coupleId }),
        channelKey('questionnaires:trajectories', { coupleId }),
      );
      invalidateElsewhere(queryClient, coupleId);
      // A risk answer (PHQ-9 item 9) raises a safety flag: the banner and the couple's count change.
      invalidateCoupleRecord(queryClient, coupleId);
    },
  });
}

import { invoke } from '@renderer/api/client';
import { invalidateCoupleRecord, recordKeys } from '@renderer/api/recordKeys';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';

export function openSafetyFlagsQuery(coupleId: string) {
  return queryOptions({
    queryKey: recordKeys.safety(coupleId),
    queryFn: () => invoke('safety:list', { coupleId, openOnly: true }),
  });
}

export function useResolveSafetyFlag(coupleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; resolution: string }) => invoke('safety:resolve', input),
    onSuccess: () => invalidateCoupleRecord(queryClient, coupleId),
  });
}

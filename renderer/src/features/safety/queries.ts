import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { invoke } from '../../api/client';
import { invalidateCoupleRecord, recordKeys } from '../record/keys';

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

import { channelQuery } from '@renderer/api/channelQuery';
import { invoke } from '@renderer/api/client';
import { invalidateCoupleRecord } from '@renderer/api/coupleRecord';
import { useMutation, useQueryClient } from '@tanstack/react-query';

export function openSafetyFlagsQuery(coupleId: string) {
  return channelQuery('safety:list', { coupleId, openOnly: true });
}

export function useResolveSafetyFlag(coupleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; resolution: string }) => invoke('safety:resolve', input),
    onSuccess: () => invalidateCoupleRecord(queryClient, coupleId),
  });
}

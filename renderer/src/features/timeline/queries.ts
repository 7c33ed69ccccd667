import { channelQuery } from '@renderer/api/channelQuery';
import { invoke } from '@renderer/api/client';
import { invalidateCoupleRecord } from '@renderer/api/coupleRecord';
import type { Input } from '@shared/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';

export function timelineQuery(coupleId: string) {
  return channelQuery('timeline:get', { coupleId });
}

export function useCreateEvent(coupleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'timeline:addEvent'>) => invoke('timeline:addEvent', input),
    onSuccess: () => invalidateCoupleRecord(queryClient, coupleId),
  });
}

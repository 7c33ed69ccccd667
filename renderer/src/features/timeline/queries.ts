import { invoke } from '@renderer/api/client';
import { invalidateCoupleRecord, recordKeys } from '@renderer/api/recordKeys';
import type { Input } from '@shared/contract';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';

export function timelineQuery(coupleId: string) {
  return queryOptions({
    queryKey: recordKeys.timeline(coupleId),
    queryFn: () => invoke('timeline:get', { coupleId }),
  });
}

export function processNotesQuery(coupleId: string) {
  return queryOptions({
    queryKey: recordKeys.processNotes(coupleId),
    queryFn: () => invoke('notes:listProcessNotes', { coupleId }),
  });
}

export function useCreateEvent(coupleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'timeline:addEvent'>) => invoke('timeline:addEvent', input),
    onSuccess: () => invalidateCoupleRecord(queryClient, coupleId),
  });
}

export function useSaveProcessNote(coupleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id?: string; body: string }) =>
      invoke('notes:saveProcessNote', { coupleId, ...input }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: recordKeys.processNotes(coupleId) });
      void queryClient.invalidateQueries({ queryKey: recordKeys.search });
      void queryClient.invalidateQueries({ queryKey: recordKeys.audit });
    },
  });
}

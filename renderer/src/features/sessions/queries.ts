import { invoke } from '@renderer/api/client';
import { invalidateCoupleRecord, recordKeys } from '@renderer/api/recordKeys';
import type { BookingInput, Session, SessionInput } from '@shared/contract/sessions';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';

export function sessionsListQuery(coupleId: string) {
  return queryOptions({
    queryKey: recordKeys.sessions(coupleId),
    queryFn: () => invoke('sessions:list', { coupleId }),
  });
}

export function sessionQuery(id: string) {
  return queryOptions({
    queryKey: recordKeys.session(id),
    queryFn: () => invoke('sessions:get', { id }),
  });
}

function useStoreSession() {
  const queryClient = useQueryClient();
  return (session: Session) => {
    queryClient.setQueryData(recordKeys.session(session.id), session);
    void queryClient.invalidateQueries({ queryKey: recordKeys.sessions(session.coupleId) });
    invalidateCoupleRecord(queryClient, session.coupleId);
  };
}

export function useCreateSession() {
  const store = useStoreSession();
  return useMutation({
    mutationFn: (input: SessionInput) => invoke('sessions:create', input),
    onSuccess: store,
  });
}

export function useUpdateSession(id: string) {
  const store = useStoreSession();
  return useMutation({
    mutationFn: (input: SessionInput) => invoke('sessions:update', { ...input, id }),
    onSuccess: store,
  });
}

export function useBookSessions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: BookingInput) => invoke('sessions:book', input),
    onSuccess: (_result, input) => {
      void queryClient.invalidateQueries({ queryKey: recordKeys.sessions(input.coupleId) });
      invalidateCoupleRecord(queryClient, input.coupleId);
    },
  });
}

/** Records what happened at a booked session (held, cancelled or no-show). */
export function useRecordOutcome(id: string) {
  const store = useStoreSession();
  return useMutation({
    mutationFn: (input: SessionInput) => invoke('sessions:recordOutcome', { ...input, id }),
    onSuccess: store,
  });
}

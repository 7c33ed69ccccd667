import { channelKey, channelQuery, invalidateKeys } from '@renderer/api/channelQuery';
import { invoke } from '@renderer/api/client';
import { invalidateCoupleRecord } from '@renderer/api/coupleRecord';
import type { BookingInput, Session, SessionInput } from '@shared/contract/sessions';
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';

export function sessionsListQuery(coupleId: string) {
  return channelQuery('sessions:list', { coupleId });
}

export function sessionQuery(id: string) {
  return channelQuery('sessions:get', { id });
}

/** After a write to a couple's sessions: the list, and the couple's record. */
function invalidateSessions(queryClient: QueryClient, coupleId: string): void {
  invalidateKeys(queryClient, channelKey('sessions:list', { coupleId }));
  invalidateCoupleRecord(queryClient, coupleId);
}

function useStoreSession() {
  const queryClient = useQueryClient();
  return (session: Session) => {
    queryClient.setQueryData(sessionQuery(session.id).queryKey, session);
    invalidateSessions(queryClient, session.coupleId);
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
    onSuccess: (_result, input) => invalidateSessions(queryClient, input.coupleId),
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

import { invoke } from '@renderer/api/client';
import { invalidateCoupleRecord, recordKeys } from '@renderer/api/recordKeys';
import type { Note, NoteContentInput } from '@shared/contract/notes';
import type { Session } from '@shared/contract/sessions';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';

export function noteQuery(id: string) {
  return queryOptions({
    queryKey: recordKeys.note(id),
    queryFn: () => invoke('notes:get', { id }),
  });
}

/** Puts a note the core just returned in the cache, and marks its session as having it. */
function useStoreNote() {
  const queryClient = useQueryClient();
  return (note: Note) => {
    // The note first, so a screen that now learns the session's noteId finds it without a fetch.
    queryClient.setQueryData(recordKeys.note(note.id), note);
    queryClient.setQueryData(recordKeys.session(note.sessionId), (session: Session | undefined) =>
      session ? { ...session, noteId: note.id, noteStatus: note.status } : session,
    );
    void queryClient.invalidateQueries({ queryKey: recordKeys.sessions(note.coupleId) });
    invalidateCoupleRecord(queryClient, note.coupleId);
  };
}

/**
 * Saves the draft. Deliberately a plain function, not a mutation bound to a component: the
 * autosave also runs while the editor unmounts (navigation) and before a lock.
 */
export function useSaveDraft(sessionId: string) {
  const store = useStoreNote();
  return async (content: NoteContentInput): Promise<Note> => {
    const note = await invoke('notes:saveDraft', { sessionId, content });
    store(note);
    return note;
  };
}

export function useSignNote() {
  const store = useStoreNote();
  return useMutation({
    mutationFn: (input: { id: string; signedBy: string }) => invoke('notes:sign', { ...input, attest: true }),
    onSuccess: store,
  });
}

export function useAddAddendum() {
  const store = useStoreNote();
  return useMutation({
    mutationFn: (input: { noteId: string; body: string; signedBy: string }) =>
      invoke('notes:addAddendum', input),
    onSuccess: store,
  });
}

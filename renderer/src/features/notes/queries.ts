import { channelKey, channelQuery, invalidateKeys } from '@renderer/api/channelQuery';
import { invoke } from '@renderer/api/client';
import { invalidateCoupleRecord } from '@renderer/api/coupleRecord';
import { sessionQuery } from '@renderer/features/sessions/queries';
import type { Note, NoteContentInput } from '@shared/contract/notes';
import { useMutation, useQueryClient } from '@tanstack/react-query';

export function noteQuery(id: string) {
  return channelQuery('notes:get', { id });
}

export function processNotesQuery(coupleId: string) {
  return channelQuery('notes:listProcessNotes', { coupleId });
}

/** Puts a note the core just returned in the cache, and marks its session as having it. */
function useStoreNote() {
  const queryClient = useQueryClient();
  return (note: Note) => {
    // The note first, so a screen that now learns the session's noteId finds it without a fetch.
    queryClient.setQueryData(noteQuery(note.id).queryKey, note);
    queryClient.setQueryData(sessionQuery(note.sessionId).queryKey, (session) =>
      session ? { ...session, noteId: note.id, noteStatus: note.status } : session,
    );
    invalidateKeys(queryClient, channelKey('sessions:list', { coupleId: note.coupleId }));
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

/** A process note saved: the list, search (which may include them) and the audit log are stale. */
export function useSaveProcessNote(coupleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id?: string; body: string }) =>
      invoke('notes:saveProcessNote', { coupleId, ...input }),
    onSuccess: () =>
      invalidateKeys(
        queryClient,
        channelKey('notes:listProcessNotes', { coupleId }),
        channelKey('search:query'),
        channelKey('audit:list'),
      ),
  });
}

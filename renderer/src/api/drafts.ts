import { onSaveRequest } from './client';

/**
 * The renderer's one registry of unsaved work. Before the vault locks (Lock button, idle
 * timer, or the main process asking through the bridge before it locks or closes the
 * window), every registered saver runs while the vault can still receive what was typed.
 */
type DraftSaver = () => Promise<void>;

const savers = new Set<DraftSaver>();

/** Registers a saver for as long as a form is open; returns the unregister function. */
export function registerDraftSaver(save: DraftSaver): () => void {
  savers.add(save);
  return () => {
    savers.delete(save);
  };
}

/** Runs every saver; one failing must not stop the others, nor the lock that follows. */
export async function saveAllDrafts(): Promise<void> {
  await Promise.allSettled([...savers].map((save) => save()));
}

/**
 * Answers the main process's "save your drafts now". Answering promptly matters even with
 * nothing to save: main waits for the answer (up to a timeout) before it locks.
 */
export function answerSaveRequests(): () => void {
  return onSaveRequest(saveAllDrafts);
}

import { errorMessage } from '@renderer/api/client';
import { registerDraftSaver } from '@renderer/api/drafts';
import { useCallback, useEffect, useRef, useState } from 'react';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'error'; message: string };

/**
 * Saves `value` by itself: about `delayMs` after typing stops, whenever `flush` is called
 * (blur, signing), when the component unmounts (navigation) and when the drafts registry
 * asks (Lock button, idle lock, and the main process before it locks or closes the window).
 * Saves run one after another, each sending the latest value, and only when it differs from
 * what was last saved. A failed save keeps the value (it lives in the caller's state) and is
 * retried on the next change or flush.
 */
export function useAutosave<T>(
  value: T,
  save: (value: T) => Promise<unknown>,
  delayMs = 1000,
): { state: SaveState; flush(): Promise<string | null> } {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const latest = useRef(value);
  // Kept current during render, not in an effect: a save request can arrive between a
  // keystroke's render and its effects, and must send what is on screen.
  latest.current = value;
  const savedJson = useRef(JSON.stringify(value));
  const saveRef = useRef(save);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const mounted = useRef(true);
  const lastError = useRef<string | null>(null);

  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  /** Resolves once everything typed so far is saved: null, or the message of the failure. */
  const flush = useCallback((): Promise<string | null> => {
    const run = async () => {
      const snapshot = latest.current;
      const json = JSON.stringify(snapshot);
      if (json === savedJson.current) {
        // Back to what is saved (say, after an undo): an earlier failure no longer applies.
        lastError.current = null;
        return;
      }
      if (mounted.current) setState({ kind: 'saving' });
      try {
        await saveRef.current(snapshot);
        savedJson.current = json;
        lastError.current = null;
        if (mounted.current) setState({ kind: 'saved', at: new Date() });
      } catch (error) {
        lastError.current = errorMessage(error);
        if (mounted.current) setState({ kind: 'error', message: lastError.current });
      }
    };
    chain.current = chain.current.then(run);
    return chain.current.then(() => lastError.current);
  }, []);

  useEffect(() => {
    if (JSON.stringify(value) === savedJson.current) return;
    const timer = window.setTimeout(() => void flush(), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, delayMs, flush]);

  useEffect(() => {
    mounted.current = true;
    const unregister = registerDraftSaver(async () => {
      await flush();
    });
    return () => {
      unregister();
      mounted.current = false;
      // Leaving the page: whatever was typed since the last save goes now.
      void flush();
    };
  }, [flush]);

  return { state, flush };
}

import type { Envelope } from './envelope';

/**
 * What the preload exposes as `window.rekindle` (and what the Playwright bridge imitates).
 * The renderer never sees `ipcRenderer`; it can only invoke contract channels.
 */
export interface RekindleBridge {
  invoke(channel: string, input: unknown): Promise<Envelope<unknown>>;
  /** Called when the main process locked the vault (OS lock screen, suspend). Returns an unsubscribe. */
  onLocked(listener: () => void): () => void;
  /**
   * Registers what to do when the main process is about to lock or close the window:
   * save every unsaved draft. Main waits (briefly) for the returned promise. Only one
   * listener is kept; registering again replaces it. Returns an unsubscribe.
   */
  onSaveRequest(listener: () => Promise<void>): () => void;
  /**
   * Copies a secret (the recovery key) to the clipboard through the main process, which
   * clears it after 60 s if it is still there. Resolves false when nothing was copied.
   */
  copySecret(text: string): Promise<boolean>;
}

/** The IPC channel names the preload and main use; not part of the feature contract. */
export const IPC_INVOKE = 'rekindle:invoke';
export const IPC_LOCKED = 'rekindle:locked';
/** Main -> renderer: save drafts now (payload: request id). */
export const IPC_SAVE_DRAFTS = 'rekindle:save-drafts';
/** Renderer -> main: drafts saved (payload: the request id). */
export const IPC_DRAFTS_SAVED = 'rekindle:drafts-saved';
/** Renderer -> main: copy this secret and clear it from the clipboard after a while (payload: the text). */
export const IPC_COPY_SECRET = 'rekindle:copy-secret';

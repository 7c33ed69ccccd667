import type { Envelope } from './envelope';

/**
 * What the preload exposes as `window.rekindle` (and what the Playwright bridge imitates).
 * The renderer never sees `ipcRenderer`; it can only invoke contract channels.
 */
export interface RekindleBridge {
  invoke(channel: string, input: unknown): Promise<Envelope<unknown>>;
  /** Called when the main process locked the vault (OS lock screen, suspend). Returns an unsubscribe. */
  onLocked(listener: () => void): () => void;
}

/** The IPC channel names the preload and main use; not part of the feature contract. */
export const IPC_INVOKE = 'rekindle:invoke';
export const IPC_LOCKED = 'rekindle:locked';

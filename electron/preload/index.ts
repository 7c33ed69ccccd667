import { channels } from '@shared/contract';
import {
  IPC_COPY_SECRET,
  IPC_DRAFTS_SAVED,
  IPC_INVOKE,
  IPC_LOCKED,
  IPC_SAVE_DRAFTS,
  type RekindleBridge,
} from '@shared/contract/bridge';
import type { Envelope } from '@shared/contract/envelope';
import { contextBridge, ipcRenderer } from 'electron';

/**
 * The renderer's only door to the main process. It can invoke contract channels and hear
 * that the vault locked; it never gets `ipcRenderer`, an event object, or any other
 * channel. Unknown channels are refused here, before anything crosses the process line.
 */
const allowedChannels: ReadonlySet<string> = new Set(channels);

function refused(code: 'unknown_channel' | 'internal', message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}

const bridge = {
  async invoke(channel: string, input: unknown): Promise<Envelope<unknown>> {
    if (typeof channel !== 'string' || !allowedChannels.has(channel)) {
      return refused('unknown_channel', 'Unknown channel.');
    }
    try {
      return await ipcRenderer.invoke(IPC_INVOKE, channel, input);
    } catch {
      // The main handler answers with envelopes; a throw means the IPC itself broke.
      return refused('internal', 'The request could not reach Rekindle. Please try again.');
    }
  },
  onLocked(listener: () => void): () => void {
    if (typeof listener !== 'function') throw new TypeError('onLocked expects a function');
    // Wrap so the listener never receives the IpcRendererEvent (it exposes `sender`).
    const forward = (): void => listener();
    ipcRenderer.on(IPC_LOCKED, forward);
    return () => {
      ipcRenderer.removeListener(IPC_LOCKED, forward);
    };
  },
  onSaveRequest(listener: () => Promise<void>): () => void {
    if (typeof listener !== 'function') throw new TypeError('onSaveRequest expects a function');
    // Main asks before it locks or closes the window. The reply goes back whether the save
    // worked or not, so main never waits longer than it must.
    const onRequest = (_event: unknown, requestId: unknown): void => {
      Promise.resolve()
        .then(listener)
        .catch(() => undefined)
        .finally(() => ipcRenderer.send(IPC_DRAFTS_SAVED, requestId));
    };
    if (currentSaveHandler) ipcRenderer.removeListener(IPC_SAVE_DRAFTS, currentSaveHandler);
    currentSaveHandler = onRequest;
    ipcRenderer.on(IPC_SAVE_DRAFTS, onRequest);
    return () => {
      ipcRenderer.removeListener(IPC_SAVE_DRAFTS, onRequest);
      if (currentSaveHandler === onRequest) currentSaveHandler = null;
    };
  },
  async copySecret(text: string): Promise<boolean> {
    if (typeof text !== 'string') return false;
    try {
      return (await ipcRenderer.invoke(IPC_COPY_SECRET, text)) === true;
    } catch {
      return false;
    }
  },
} satisfies RekindleBridge;

/** Only one save handler at a time: the renderer has one registry of unsaved drafts. */
let currentSaveHandler: ((event: unknown, requestId: unknown) => void) | null = null;

contextBridge.exposeInMainWorld('rekindle', bridge);

import { IPC_COPY_SECRET } from '@shared/contract/bridge';
import type { Clipboard, IpcMain, IpcMainInvokeEvent } from 'electron';
import { isTrustedSender } from './ipc';

/** How long a copied secret may stay on the clipboard: long enough to paste it once. */
export const SECRET_CLIPBOARD_MS = 60_000;
/** A recovery key is 39 characters; anything much longer is not a secret this app copies. */
const MAX_SECRET_LENGTH = 256;

type ClipboardLike = Pick<Clipboard, 'readText' | 'writeText' | 'clear'>;

export interface SecretClipboard {
  /** Clears a secret still on the clipboard now (the app is quitting) and stops listening. */
  dispose(): void;
}

/**
 * Copies a secret (the recovery key) for the renderer through Electron's clipboard in the main
 * process, and clears it after `clearAfterMs` if the clipboard still holds exactly that text:
 * whatever the clinician copied since is theirs and stays. It is not a core channel (the core
 * never touches the clipboard) and answers only our own window's main frame.
 */
export function registerSecretClipboard(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  clipboard: ClipboardLike,
  clearAfterMs = SECRET_CLIPBOARD_MS,
): SecretClipboard {
  let pending: { text: string; timer: ReturnType<typeof setTimeout> } | null = null;

  async function clearIfUnchanged(): Promise<void> {
    const copied = pending;
    if (copied === null) return;
    clearTimeout(copied.timer);
    pending = null;
    // `await` also takes the older synchronous clipboard API's plain string.
    if ((await clipboard.readText()) === copied.text) clipboard.clear();
  }

  ipcMain.handle(IPC_COPY_SECRET, async (event: IpcMainInvokeEvent, text: unknown): Promise<boolean> => {
    if (!isTrustedSender(event.senderFrame)) return false;
    if (typeof text !== 'string' || text.length === 0 || text.length > MAX_SECRET_LENGTH) return false;
    // A second copy replaces the first on the clipboard; only the newest needs its clearing.
    if (pending !== null) clearTimeout(pending.timer);
    pending = null;
    await clipboard.writeText(text);
    pending = { text, timer: setTimeout(() => void clearIfUnchanged(), clearAfterMs) };
    return true;
  });

  return {
    dispose() {
      ipcMain.removeHandler(IPC_COPY_SECRET);
      void clearIfUnchanged();
    },
  };
}

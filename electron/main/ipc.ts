import type { Core } from '@core/types';
import { type Envelope, IPC_INVOKE, isChannel } from '@shared/contract';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { isAppUrl } from './origin';

/** The part of a sender frame the check needs (Electron's `WebFrameMain`). */
interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

/**
 * True only for the top frame of our own page (VS Code's `validateEvent` is the model,
 * stricter: a missing frame or URL is refused, not waved through). A page that somehow
 * navigated elsewhere, or an iframe, must never reach the vault.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  if (!frame) return false; // the frame navigated away or was destroyed mid-call
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url);
}

function refusal(code: 'internal' | 'unknown_channel', message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}

/**
 * Installs the one `ipcMain.handle` of the app: sender check, channel allowlist, then
 * `core.dispatch`. Always answers with an envelope, never a throw, so the renderer sees
 * the same shape for every outcome. Returns a function that removes the handler.
 */
export function registerIpc(
  core: Pick<Core, 'dispatch'>,
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
): () => void {
  ipcMain.handle(
    IPC_INVOKE,
    async (event: IpcMainInvokeEvent, channel: unknown, input: unknown): Promise<Envelope<unknown>> => {
      if (!isTrustedSender(event.senderFrame)) {
        console.warn('Rekindle: refused an IPC call from an untrusted frame');
        return refusal('internal', 'Refused: the request did not come from the Rekindle window.');
      }
      if (!isChannel(channel)) return refusal('unknown_channel', 'Unknown channel.');
      try {
        return await core.dispatch(channel, input);
      } catch {
        // dispatch never throws by contract; if it does, keep PHI (and stack) out of the renderer.
        return refusal('internal', 'Something went wrong. Please try again.');
      }
    },
  );
  return () => ipcMain.removeHandler(IPC_INVOKE);
}

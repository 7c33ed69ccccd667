import { randomUUID } from 'node:crypto';
import { IPC_DRAFTS_SAVED, IPC_SAVE_DRAFTS } from '@shared/contract/bridge';
import type { BrowserWindow, IpcMainEvent, WebContents } from 'electron';
import type { SaveDrafts } from './lock';
import type { QuitPhase } from './quit';

/** Long enough for a save through the core; short enough that a hung renderer cannot block a lock. */
export const SAVE_TIMEOUT_MS = 3_000;

export type SaveOutcome = 'saved' | 'timeout' | 'no-window';

/** The part of `ipcMain` used here (an EventEmitter in tests). */
interface ReplyListener {
  on(channel: string, listener: (event: IpcMainEvent, replyId: unknown) => void): unknown;
  removeListener(channel: string, listener: (event: IpcMainEvent, replyId: unknown) => void): unknown;
}

/**
 * Asks a renderer to save its drafts and waits for its answer to this request (matched by
 * id and sender), or gives up after the timeout. Used before every lock and window close,
 * so nothing typed is lost.
 */
export function draftSaver(ipc: ReplyListener, timeoutMs = SAVE_TIMEOUT_MS): SaveDrafts {
  // A window close and a quit (or a lock) can ask at nearly the same moment: both wait for
  // the one request already on its way rather than have the renderer save twice.
  const inFlight = new WeakMap<WebContents, Promise<SaveOutcome>>();
  return (contents) => {
    if (!contents || contents.isDestroyed()) return Promise.resolve<SaveOutcome>('no-window');
    const running = inFlight.get(contents);
    if (running) return running;
    const request = requestSave(ipc, contents, timeoutMs);
    inFlight.set(contents, request);
    void request.finally(() => inFlight.delete(contents));
    return request;
  };
}

function requestSave(ipc: ReplyListener, contents: WebContents, timeoutMs: number): Promise<SaveOutcome> {
  return new Promise<SaveOutcome>((resolve) => {
    const requestId = randomUUID();
    const onSaved = (event: IpcMainEvent, replyId: unknown): void => {
      if (event.sender === contents && replyId === requestId) finish('saved');
    };
    const timer = setTimeout(() => finish('timeout'), timeoutMs);
    function finish(outcome: SaveOutcome): void {
      clearTimeout(timer);
      ipc.removeListener(IPC_DRAFTS_SAVED, onSaved);
      resolve(outcome);
    }
    ipc.on(IPC_DRAFTS_SAVED, onSaved);
    contents.send(IPC_SAVE_DRAFTS, requestId);
  });
}

/**
 * Holds a window's close until its drafts are saved (or the save times out), then closes
 * it for real. The clinician sees the window close a moment later; nothing typed is lost.
 *
 * During a quit the quit itself saves the drafts (quit.ts), and Electron cancels a quit
 * whose window close is prevented: so once the quit has closed the core this stands aside,
 * and while the quit is still closing it holds the window without saving a second time.
 */
export function saveDraftsBeforeClose(
  win: Pick<BrowserWindow, 'on' | 'close' | 'isDestroyed' | 'webContents'>,
  saveDrafts: SaveDrafts,
  quitPhase: () => QuitPhase = () => 'open',
): void {
  let saved = false;
  let saving = false;
  win.on('close', (event) => {
    const phase = quitPhase();
    if (saved || phase === 'closed') return;
    event.preventDefault();
    if (saving || phase === 'closing') return;
    saving = true;
    void saveDrafts(win.webContents)
      .catch(() => undefined)
      .finally(() => {
        saved = true;
        if (!win.isDestroyed()) win.close();
      });
  });
}

import { registerSecretClipboard, SECRET_CLIPBOARD_MS } from '@main/clipboard';
import { IPC_COPY_SECRET } from '@shared/contract';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clipboard, ipcMain, resetFakeElectron } from './fake-electron';

vi.mock('electron', () =>
  import('./fake-electron').then((m) => ({ ...m.electronModule, default: m.electronModule })),
);

const MAIN_FRAME = { url: 'app://rekindle/index.html', parent: null };
const KEY = 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789';

type Handler = (event: IpcMainInvokeEvent, text: unknown) => Promise<boolean>;

function setup() {
  const secretClipboard = registerSecretClipboard(ipcMain as unknown as IpcMain, clipboard);
  const handler = ipcMain.handle.mock.calls.find(([channel]) => channel === IPC_COPY_SECRET)?.[1] as Handler;
  const copy = (text: unknown, senderFrame: unknown = MAIN_FRAME) =>
    handler({ senderFrame } as IpcMainInvokeEvent, text);
  return { secretClipboard, copy };
}

beforeEach(() => {
  resetFakeElectron();
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('copying the recovery key through main', () => {
  it('puts it on the clipboard and clears it 60 s later', async () => {
    const { copy } = setup();
    expect(SECRET_CLIPBOARD_MS).toBe(60_000);
    expect(await copy(KEY)).toBe(true);
    expect(clipboard.text).toBe(KEY);
    await vi.advanceTimersByTimeAsync(SECRET_CLIPBOARD_MS - 1);
    expect(clipboard.text).toBe(KEY);
    await vi.advanceTimersByTimeAsync(1);
    expect(clipboard.text).toBe('');
    expect(clipboard.clear).toHaveBeenCalledTimes(1);
  });

  it('leaves the clipboard alone when the clinician copied something else since', async () => {
    const { copy } = setup();
    await copy(KEY);
    await vi.advanceTimersByTimeAsync(10_000);
    await clipboard.writeText('an address to paste');
    await vi.advanceTimersByTimeAsync(SECRET_CLIPBOARD_MS);
    expect(clipboard.text).toBe('an address to paste');
    expect(clipboard.clear).not.toHaveBeenCalled();
  });

  it('counts the minute from the latest copy', async () => {
    const { copy } = setup();
    await copy(KEY);
    await vi.advanceTimersByTimeAsync(30_000);
    await copy(KEY);
    await vi.advanceTimersByTimeAsync(SECRET_CLIPBOARD_MS - 1);
    expect(clipboard.text).toBe(KEY);
    await vi.advanceTimersByTimeAsync(1);
    expect(clipboard.text).toBe('');
  });

  it('clears it at once when the app quits within the minute, and stops answering', async () => {
    const { copy, secretClipboard } = setup();
    await copy(KEY);
    secretClipboard.dispose();
    await vi.advanceTimersByTimeAsync(0);
    expect(clipboard.text).toBe('');
    expect(ipcMain.removeHandler).toHaveBeenCalledWith(IPC_COPY_SECRET);
  });

  it.each([
    ['a foreign page', KEY, { url: 'https://evil.example/', parent: null }],
    ['a subframe of our page', KEY, { url: 'app://rekindle/index.html', parent: MAIN_FRAME }],
    ['a destroyed frame', KEY, null],
    ['a non-string', 42, MAIN_FRAME],
    ['an empty string', '', MAIN_FRAME],
    ['a long text (not a secret this app copies)', 'x'.repeat(10_000), MAIN_FRAME],
  ])('refuses %s and copies nothing', async (_label, text, frame) => {
    const { copy } = setup();
    expect(await copy(text, frame)).toBe(false);
    expect(clipboard.writeText).not.toHaveBeenCalled();
  });
});

import { EventEmitter } from 'node:events';
import { draftSaver, SAVE_TIMEOUT_MS, saveDraftsBeforeClose } from '@main/drafts';
import { lockAndNotify } from '@main/lock';
import { IPC_DRAFTS_SAVED, IPC_LOCKED, IPC_SAVE_DRAFTS } from '@shared/contract';
import type { WebContents } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeWebContents, ipcMain } from './fake-electron';

vi.mock('electron', () =>
  import('./fake-electron').then((m) => ({ ...m.electronModule, default: m.electronModule })),
);

beforeEach(() => {
  vi.useFakeTimers();
  ipcMain.removeAllListeners();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A renderer that answers save requests like the preload, after `delayMs`. */
function answeringRenderer(delayMs = 0) {
  const contents = new FakeWebContents();
  contents.send.mockImplementation((channel: string, requestId: unknown) => {
    if (channel !== IPC_SAVE_DRAFTS) return;
    setTimeout(() => ipcMain.emit(IPC_DRAFTS_SAVED, { sender: contents }, requestId), delayMs);
  });
  return contents;
}

describe('asking the renderer to save drafts', () => {
  it('resolves when the same window answers this request', async () => {
    const contents = answeringRenderer(50);
    const outcome = draftSaver(ipcMain)(contents as unknown as WebContents);
    await vi.advanceTimersByTimeAsync(50);
    await expect(outcome).resolves.toBe('saved');
    expect(ipcMain.listenerCount(IPC_DRAFTS_SAVED)).toBe(0);
  });

  it('ignores answers from another window or to another request, and gives up after the timeout', async () => {
    const contents = new FakeWebContents();
    const stranger = new FakeWebContents();
    contents.send.mockImplementation((_channel: string, requestId: unknown) => {
      ipcMain.emit(IPC_DRAFTS_SAVED, { sender: stranger }, requestId);
      ipcMain.emit(IPC_DRAFTS_SAVED, { sender: contents }, 'some-other-request');
    });
    let settled: string | undefined;
    void draftSaver(ipcMain)(contents as unknown as WebContents).then((outcome) => {
      settled = outcome as string;
    });
    await vi.advanceTimersByTimeAsync(SAVE_TIMEOUT_MS - 1);
    expect(settled).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBe('timeout');
    expect(ipcMain.listenerCount(IPC_DRAFTS_SAVED)).toBe(0);
  });

  it('does not wait for a window that is gone', async () => {
    const contents = new FakeWebContents();
    contents.destroyed = true;
    await expect(draftSaver(ipcMain)(contents as unknown as WebContents)).resolves.toBe('no-window');
    await expect(draftSaver(ipcMain)(undefined)).resolves.toBe('no-window');
  });

  it('a second request while one is on its way waits for it instead of asking the renderer again', async () => {
    const contents = answeringRenderer(10);
    const save = draftSaver(ipcMain);
    const first = save(contents as unknown as WebContents);
    const second = save(contents as unknown as WebContents);
    expect(second).toBe(first);
    await vi.advanceTimersByTimeAsync(10);
    await expect(first).resolves.toBe('saved');
    expect(contents.send).toHaveBeenCalledTimes(1);
    // Once answered, the next request is a new one.
    const third = save(contents as unknown as WebContents);
    expect(third).not.toBe(first);
    await vi.advanceTimersByTimeAsync(10);
    await expect(third).resolves.toBe('saved');
    expect(contents.send).toHaveBeenCalledTimes(2);
  });

  it('saves drafts before locking, and tells the renderer after', async () => {
    const contents = answeringRenderer(10);
    const order: string[] = [];
    contents.send.mockImplementation((channel: string, requestId: unknown) => {
      order.push(channel);
      if (channel === IPC_SAVE_DRAFTS)
        setTimeout(() => ipcMain.emit(IPC_DRAFTS_SAVED, { sender: contents }, requestId), 10);
    });
    const core = { lock: vi.fn(async () => void order.push('lock')) };
    const done = lockAndNotify(core, () => contents as unknown as WebContents, draftSaver(ipcMain));
    await vi.advanceTimersByTimeAsync(10);
    await done;
    expect(order).toEqual([IPC_SAVE_DRAFTS, 'lock', IPC_LOCKED]);
  });
});

describe('closing the window', () => {
  class FakeWindow extends EventEmitter {
    webContents = new FakeWebContents();
    destroyed = false;
    readonly close = vi.fn(() => {
      const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
      this.emit('close', event);
      if (!event.defaultPrevented) this.destroyed = true;
    });
    isDestroyed = () => this.destroyed;
  }

  it('holds the first close until drafts are saved, then closes', async () => {
    const win = new FakeWindow();
    const saves: unknown[] = [];
    let finishSave: () => void = () => undefined;
    saveDraftsBeforeClose(win as never, (contents) => {
      saves.push(contents);
      return new Promise<void>((resolve) => (finishSave = resolve));
    });
    win.close();
    expect(win.destroyed).toBe(false);
    expect(saves).toEqual([win.webContents]);
    finishSave();
    await vi.waitFor(() => expect(win.destroyed).toBe(true));
    expect(win.close).toHaveBeenCalledTimes(2);
  });

  it('stands aside once a quit has closed the core (a prevented close would cancel the quit)', () => {
    const win = new FakeWindow();
    const save = vi.fn(async () => undefined);
    saveDraftsBeforeClose(win as never, save, () => 'closed');
    win.close();
    expect(win.destroyed).toBe(true);
    expect(save).not.toHaveBeenCalled();
  });

  it('while a quit is closing the core, holds the window without saving a second time', () => {
    const win = new FakeWindow();
    const save = vi.fn(async () => undefined);
    saveDraftsBeforeClose(win as never, save, () => 'closing');
    win.close();
    expect(win.destroyed).toBe(false);
    expect(save).not.toHaveBeenCalled();
  });

  it('a second close while the first save is running does not save again', () => {
    const win = new FakeWindow();
    const save = vi.fn(() => new Promise<void>(() => undefined));
    saveDraftsBeforeClose(win as never, save);
    win.close();
    win.close();
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('closes even when the save fails', async () => {
    const win = new FakeWindow();
    saveDraftsBeforeClose(win as never, async () => {
      throw new Error('renderer crashed');
    });
    win.close();
    await vi.waitFor(() => expect(win.destroyed).toBe(true));
  });
});

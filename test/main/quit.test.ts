import { closeCoreBeforeQuit, quitWhenSessionEnds } from '@main/quit';
import type { WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { app, FakeBrowserWindow, fakeEvent, powerMonitor, resetFakeElectron } from './fake-electron';

vi.mock('electron', () =>
  import('./fake-electron').then((m) => ({ ...m.electronModule, default: m.electronModule })),
);

beforeEach(() => {
  resetFakeElectron();
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

function quitWith(
  core: { close: () => Promise<void> },
  stopWatching: () => void = () => undefined,
  deadlineMs = 20,
) {
  return closeCoreBeforeQuit({
    app: app as never,
    core,
    contents: () => undefined as WebContents | undefined,
    saveDrafts: async () => 'no-window',
    stopWatching,
    deadlineMs,
  });
}

describe('the quit', () => {
  it('goes through after the deadline when the vault never finishes closing, and says so', async () => {
    const quit = quitWith({ close: () => new Promise<void>(() => undefined) });
    app.quit();
    expect(quit.phase()).toBe('closing');
    await vi.waitFor(() => expect(app.exitCode).toBe(0));
    expect(quit.phase()).toBe('closed');
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('still closing after 20 ms'));
  });

  it('still closes the vault and quits when stopping the lock watches throws', async () => {
    const core = { close: vi.fn(async () => undefined) };
    quitWith(core, () => {
      throw new Error('gdbus is gone');
    });
    app.quit();
    await vi.waitFor(() => expect(app.exitCode).toBe(0));
    expect(core.close).toHaveBeenCalledTimes(1);
  });

  it('is held while closing: a second quit neither closes twice nor goes through early', async () => {
    let finish: () => void = () => undefined;
    const core = { close: vi.fn(() => new Promise<void>((resolve) => (finish = resolve))) };
    quitWith(core, undefined, 60_000);
    app.quit();
    app.quit();
    await vi.waitFor(() => expect(core.close).toHaveBeenCalledTimes(1));
    expect(app.exitCode).toBeNull();
    finish();
    await vi.waitFor(() => expect(app.exitCode).toBe(0));
  });
});

describe('the OS ending the session', () => {
  it('holds a shutdown only until the vault is closed, then lets the next one through', async () => {
    const quit = quitWith({ close: async () => undefined });
    const win = new FakeBrowserWindow({});
    quitWhenSessionEnds({
      app: app as never,
      powerMonitor: powerMonitor as never,
      window: win as never,
      phase: quit.phase,
    });
    const first = fakeEvent();
    win.emit('query-session-end', first);
    expect(first.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(app.exitCode).toBe(0));
    const later = fakeEvent();
    powerMonitor.emit('shutdown', later);
    expect(later.preventDefault).not.toHaveBeenCalled();
  });
});

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { start } from '@main/lifecycle';
import { SMOKE_SCRIPT } from '@main/smoke-test';
import { IPC_COPY_SECRET, IPC_DRAFTS_SAVED, IPC_INVOKE, IPC_LOCKED, IPC_SAVE_DRAFTS } from '@shared/contract';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  app,
  dialog,
  FakeBrowserWindow,
  FakeWebContents,
  fakeEvent,
  ipcMain,
  Menu,
  net,
  powerMonitor,
  protocol,
  resetFakeElectron,
  session,
} from './fake-electron';

vi.mock('electron', () =>
  import('./fake-electron').then((m) => ({ ...m.electronModule, default: m.electronModule })),
);

const core = vi.hoisted(() => ({
  dispatch: vi.fn(),
  lock: vi.fn(async () => undefined),
  close: vi.fn(async () => undefined),
}));
const createPracticeHost = vi.hoisted(() => vi.fn((_options: unknown) => core));
vi.mock('@core/practice/host', () => ({ createPracticeHost }));

// The real settings module needs electron-store, which needs a real Electron; an in-memory one will do.
const settings = vi.hoisted(() => ({
  get: vi.fn(() => 10),
  set: vi.fn(),
  getWindowBounds: vi.fn(() => undefined),
  setWindowBounds: vi.fn(),
}));
vi.mock('@main/settings', () => ({ openSettings: () => settings }));

// The Linux watch runs gdbus; its own tests drive it with a stand-in. Here it only reports.
const screenLock = vi.hoisted(() => ({
  watch: vi.fn((_options: { onLock: () => void }) => ({
    status: () => ({ state: 'watched' as const, reason: null }),
    stop: vi.fn(),
  })),
}));
vi.mock('@main/screen-lock', () => ({ watchScreenLock: screenLock.watch }));

/** Starts the app and lets the `ready` continuation run. */
async function startApp(argv: readonly string[] = ['electron', '.']): Promise<void> {
  start(argv);
  await new Promise((resolve) => setImmediate(resolve));
}

function mainWindow(): FakeBrowserWindow {
  const win = FakeBrowserWindow.instances[0];
  if (!win) throw new Error('no window was created');
  return win;
}

/** Makes the window's renderer answer every save request, as the preload does; counts them. */
function answeringRenderer(): { saves: () => number } {
  const contents = mainWindow().webContents;
  let saves = 0;
  contents.send.mockImplementation((channel: string, requestId: unknown) => {
    if (channel !== IPC_SAVE_DRAFTS) return;
    saves += 1;
    ipcMain.emit(IPC_DRAFTS_SAVED, { sender: contents }, requestId);
  });
  return { saves: () => saves };
}

/** Imitates Electron's quit(): emit before-quit; the quit proceeds only if nobody prevented it. */
function quitAttempt(): { prevented: boolean } {
  const event = fakeEvent();
  app.emit('before-quit', event);
  return { prevented: event.preventDefault.mock.calls.length > 0 };
}

beforeEach(() => {
  // Only the idle poll's interval is faked, so no real 30 s timer outlives a test.
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  resetFakeElectron();
  app.requestSingleInstanceLock.mockReturnValue(true);
  app.whenReady.mockImplementation(() => Promise.resolve());
  core.close.mockImplementation(async () => undefined);
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('lifecycle', () => {
  it('quits at once, creating nothing, when another instance holds the lock', () => {
    app.requestSingleInstanceLock.mockReturnValue(false);
    start();
    expect(app.quit).toHaveBeenCalled();
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(createPracticeHost).not.toHaveBeenCalled();
  });

  it('registers the app scheme and enables the sandbox before ready', async () => {
    let readyCalled = false;
    app.whenReady.mockImplementation(() => {
      readyCalled = true;
      expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalled();
      expect(app.enableSandbox).toHaveBeenCalled();
      return Promise.resolve();
    });
    await startApp();
    expect(readyCalled).toBe(true);
  });

  it('on ready wires the practice host (vault and demo folder side by side under userData), session guards, protocol, IPC, menu and window', async () => {
    await startApp();
    expect(createPracticeHost).toHaveBeenCalledWith({
      dataDir: join('/fake/userData', 'vault'),
      demoDir: join('/fake/userData', 'demo-practice'),
      preferences: settings,
      saveDialog: expect.any(Function),
      folderDialog: expect.any(Function),
      openFileDialog: expect.any(Function),
      screenLock: expect.any(Function),
    });
    const options = createPracticeHost.mock.calls[0]?.[0] as { screenLock: () => unknown };
    expect(options.screenLock()).toEqual({ state: 'watched', reason: null });
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(session.defaultSession.webRequest.onBeforeRequest).toHaveBeenCalled();
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    // The contract's one channel, and the recovery key's copy-then-clear (not a core channel).
    expect(ipcMain.handle).toHaveBeenCalledTimes(2);
    expect(ipcMain.handle).toHaveBeenCalledWith(IPC_INVOKE, expect.any(Function));
    expect(ipcMain.handle).toHaveBeenCalledWith(IPC_COPY_SECRET, expect.any(Function));
    expect(Menu.setApplicationMenu).toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    expect(net.fetch).not.toHaveBeenCalled();
  });

  it('starts the idle lock: an OS screen lock saves drafts, locks the core and tells the window', async () => {
    await startApp();
    const contents = FakeBrowserWindow.instances[0]?.webContents;
    contents?.send.mockImplementation((channel: string, requestId: unknown) => {
      if (channel === IPC_SAVE_DRAFTS) ipcMain.emit(IPC_DRAFTS_SAVED, { sender: contents }, requestId);
    });
    powerMonitor.emit('lock-screen');
    await vi.waitFor(() => expect(contents?.send).toHaveBeenCalledWith(IPC_LOCKED));
    expect(contents?.send).toHaveBeenCalledWith(IPC_SAVE_DRAFTS, expect.any(String));
    expect(core.lock).toHaveBeenCalledTimes(1);
  });

  it('a development start keeps its own data folder (Rekindle-dev), chosen before the single-instance lock', async () => {
    app.isPackaged = false;
    app.requestSingleInstanceLock.mockImplementation(() => {
      expect(app.getPath('userData')).toBe(join('/fake/appData', 'Rekindle-dev'));
      return true;
    });
    await startApp();
    expect(app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(createPracticeHost.mock.calls[0]?.[0]).toMatchObject({
      dataDir: join('/fake/appData', 'Rekindle-dev', 'vault'),
    });
  });

  it('an installed app keeps the default data folder', async () => {
    await startApp();
    expect(app.setPath).not.toHaveBeenCalled();
    expect(createPracticeHost.mock.calls[0]?.[0]).toMatchObject({ dataDir: join('/fake/userData', 'vault') });
  });

  it("a second instance brings the first one's window forward, restoring it when minimized", async () => {
    await startApp();
    const win = mainWindow();
    win.isMinimized.mockReturnValue(true);
    app.emit('second-instance');
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
  });

  it('a Linux screen lock seen by the logind watch saves drafts and locks', async () => {
    await startApp();
    answeringRenderer();
    const onLock = screenLock.watch.mock.calls[0]?.[0].onLock;
    onLock?.();
    await vi.waitFor(() => expect(mainWindow().webContents.send).toHaveBeenCalledWith(IPC_LOCKED));
    expect(core.lock).toHaveBeenCalledTimes(1);
  });

  it('guards every webContents created later, not only the main window', async () => {
    await startApp();
    const contents = new FakeWebContents();
    app.emit('web-contents-created', fakeEvent(), contents);
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    const navigation = fakeEvent({ url: 'https://evil.example/' });
    contents.emit('will-navigate', navigation);
    expect(navigation.preventDefault).toHaveBeenCalled();
  });

  it('the menu Lock item locks the core and tells the window', async () => {
    await startApp();
    const template = Menu.buildFromTemplate.mock.calls[0]?.[0] as {
      submenu?: { id?: string; click?: () => void }[];
    }[];
    const lock = template.flatMap((item) => item.submenu ?? []).find((item) => item.id === 'lock');
    const contents = FakeBrowserWindow.instances[0]?.webContents;
    const order: string[] = [];
    // The renderer answers the save request the way the preload does.
    contents?.send.mockImplementation((channel: string, requestId: unknown) => {
      order.push(channel);
      if (channel === IPC_SAVE_DRAFTS) ipcMain.emit(IPC_DRAFTS_SAVED, { sender: contents }, requestId);
    });
    core.lock.mockImplementation(async () => {
      order.push('lock');
    });
    lock?.click?.();
    await vi.waitFor(() => expect(contents?.send).toHaveBeenCalledWith(IPC_LOCKED));
    expect(order).toEqual([IPC_SAVE_DRAFTS, 'lock', IPC_LOCKED]);
  });

  it('saves drafts, then holds the quit until the core has locked and closed, then quits once', async () => {
    await startApp();
    const contents = FakeBrowserWindow.instances[0]?.webContents;
    const order: string[] = [];
    contents?.send.mockImplementation((channel: string, requestId: unknown) => {
      order.push(channel);
      if (channel === IPC_SAVE_DRAFTS) ipcMain.emit(IPC_DRAFTS_SAVED, { sender: contents }, requestId);
    });
    let finishClose: () => void = () => undefined;
    core.close.mockImplementationOnce(() => {
      order.push('close');
      return new Promise<undefined>((resolve) => (finishClose = () => resolve(undefined)));
    });
    expect(quitAttempt().prevented).toBe(true);
    await vi.waitFor(() => expect(core.close).toHaveBeenCalledTimes(1));
    expect(order).toEqual([IPC_SAVE_DRAFTS, 'close']);
    expect(quitAttempt().prevented).toBe(true); // a second quit while closing still waits
    expect(core.close).toHaveBeenCalledTimes(1);
    expect(app.quit).not.toHaveBeenCalled();
    finishClose();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1));
    expect(app.exitCode).toBe(0); // the quit it re-issued went through
    expect(quitAttempt().prevented).toBe(false);
  });

  it('quits when the last window closes, on every platform', async () => {
    await startApp();
    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalled();
  });

  it('a quit (Cmd+Q, the menu) saves drafts once, closes the core once, and the window then closes without canceling it', async () => {
    await startApp();
    const renderer = answeringRenderer();
    app.quit();
    await vi.waitFor(() => expect(app.exitCode).toBe(0));
    expect(renderer.saves()).toBe(1);
    expect(core.close).toHaveBeenCalledTimes(1);
    expect(mainWindow().destroyed).toBe(true);
  });

  it('closing the window saves drafts, then quits through the same sequence without saving again', async () => {
    await startApp();
    const renderer = answeringRenderer();
    mainWindow().close();
    await vi.waitFor(() => expect(app.exitCode).toBe(0));
    expect(renderer.saves()).toBe(1);
    expect(core.close).toHaveBeenCalledTimes(1);
  });

  it('a window close while the quit is still closing the vault is held, not saved twice', async () => {
    await startApp();
    const renderer = answeringRenderer();
    let finishClose: () => void = () => undefined;
    core.close.mockImplementationOnce(
      () => new Promise<undefined>((resolve) => (finishClose = () => resolve(undefined))),
    );
    app.quit();
    await vi.waitFor(() => expect(core.close).toHaveBeenCalledTimes(1));
    mainWindow().close();
    expect(mainWindow().destroyed).toBe(false);
    finishClose();
    await vi.waitFor(() => expect(app.exitCode).toBe(0));
    expect(renderer.saves()).toBe(1);
  });

  it('Windows log-off or shutdown (query-session-end) is held until drafts are saved and the vault closed, then the app quits', async () => {
    await startApp();
    const renderer = answeringRenderer();
    const ending = fakeEvent({ reasons: ['logoff'] });
    mainWindow().emit('query-session-end', ending);
    expect(ending.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(app.exitCode).toBe(0));
    expect(renderer.saves()).toBe(1);
    expect(core.close).toHaveBeenCalledTimes(1);
  });

  it('Windows session-end, which cannot be held, asks for the drafts at once and starts closing the vault', async () => {
    await startApp();
    const contents = mainWindow().webContents;
    // Windows may end the process as soon as the event returns: the request must already be out.
    mainWindow().emit('session-end', fakeEvent({ reasons: ['shutdown'] }));
    expect(contents.send).toHaveBeenCalledWith(IPC_SAVE_DRAFTS, expect.any(String));
    expect(app.quit).toHaveBeenCalledTimes(1);
  });

  it('an OS shutdown on Linux or macOS (powerMonitor shutdown) is held while the vault closes', async () => {
    await startApp();
    answeringRenderer();
    const shutdown = fakeEvent();
    powerMonitor.emit('shutdown', shutdown);
    expect(shutdown.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(app.exitCode).toBe(0));
    expect(core.close).toHaveBeenCalledTimes(1);
  });

  it('--smoke-test runs on a throwaway data folder, drives the page through its bridge, and exits with 1 (folder removed) when the page reports no result', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await startApp(['Rekindle', '--smoke-test']);
    const userData = app.getPath('userData');
    expect(userData).toContain('rekindle-smoke-');
    expect(createPracticeHost.mock.calls[0]?.[0]).toMatchObject({ dataDir: join(userData, 'vault') });
    expect(mainWindow().webContents.executeJavaScript).toHaveBeenCalledWith(SMOKE_SCRIPT);
    // The fake page answers nothing: a page that reports no result is a failure.
    await vi.waitFor(() => expect(app.exitCode).toBe(1));
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('smoke test failed at script'));
    expect(existsSync(userData)).toBe(false);
  });

  it('--smoke-test quits with status 0 through the normal quit when every step passed', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    FakeWebContents.scriptAnswer = { passed: ['bridge', 'vault', 'couple', 'read back'], failed: null };
    FakeWebContents.rendererSavesDrafts = true;
    await startApp(['Rekindle', '--smoke-test']);
    const userData = app.getPath('userData');
    await vi.waitFor(() => expect(app.exitCode).not.toBeNull());
    expect(app.exitCode).toBe(0);
    expect(core.close).toHaveBeenCalledTimes(1);
    expect(existsSync(userData)).toBe(false);
  });

  it('shows an error and exits when start-up fails', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    createPracticeHost.mockImplementationOnce(() => {
      throw new Error('native module built for another ABI');
    });
    await startApp();
    await vi.waitFor(() => expect(app.exit).toHaveBeenCalledWith(1));
    expect(dialog.showErrorBox).toHaveBeenCalledWith(
      'Rekindle could not start',
      'native module built for another ABI',
    );
  });
});

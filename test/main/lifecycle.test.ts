import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { start } from '../../electron/main/lifecycle';
import { IPC_DRAFTS_SAVED, IPC_INVOKE, IPC_LOCKED, IPC_SAVE_DRAFTS } from '../../shared/contract';
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
vi.mock('../../electron/core/practice/host', () => ({ createPracticeHost }));

// The real settings module needs electron-store, which needs a real Electron; an in-memory one will do.
const settings = vi.hoisted(() => ({
  get: vi.fn(() => 10),
  set: vi.fn(),
  getWindowBounds: vi.fn(() => undefined),
  setWindowBounds: vi.fn(),
}));
vi.mock('../../electron/main/settings', () => ({ openSettings: () => settings }));

/** Starts the app and lets the `ready` continuation run. */
async function startApp(): Promise<void> {
  start();
  await new Promise((resolve) => setImmediate(resolve));
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
  vi.clearAllMocks();
  app.removeAllListeners();
  powerMonitor.removeAllListeners();
  FakeBrowserWindow.instances.length = 0;
  app.requestSingleInstanceLock.mockReturnValue(true);
  app.whenReady.mockImplementation(() => Promise.resolve());
  delete process.env.REKINDLE_NATIVE_BINDING;
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  delete process.env.REKINDLE_NATIVE_BINDING;
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
    process.env.REKINDLE_NATIVE_BINDING = '/cache/electron-native/45.4.1/better_sqlite3.node';
    await startApp();
    expect(createPracticeHost).toHaveBeenCalledWith({
      dataDir: join('/fake/userData', 'vault'),
      demoDir: join('/fake/userData', 'demo-practice'),
      preferences: settings,
      saveDialog: expect.any(Function),
      folderDialog: expect.any(Function),
      openFileDialog: expect.any(Function),
      nativeBinding: '/cache/electron-native/45.4.1/better_sqlite3.node',
    });
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(session.defaultSession.webRequest.onBeforeRequest).toHaveBeenCalled();
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(ipcMain.handle).toHaveBeenCalledTimes(1);
    expect(ipcMain.handle).toHaveBeenCalledWith(IPC_INVOKE, expect.any(Function));
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

  it('passes no native binding when REKINDLE_NATIVE_BINDING is unset', async () => {
    await startApp();
    expect(createPracticeHost.mock.calls[0]?.[0]).not.toHaveProperty('nativeBinding');
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
    expect(quitAttempt().prevented).toBe(false); // the quit it re-issued goes through
  });

  it('quits when the last window closes, on every platform', async () => {
    await startApp();
    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalled();
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

import { EventEmitter } from 'node:events';
import { IPC_DRAFTS_SAVED, IPC_SAVE_DRAFTS } from '@shared/contract/bridge';
import { vi } from 'vitest';

/**
 * A stand-in for the parts of the `electron` module the shell uses. Tests mock `electron`
 * with `electronModule` and inspect the same objects through the named exports.
 *
 * Where the shell depends on how Electron sequences events, the fake follows Electron's
 * documentation rather than doing the least a test needs: `app.quit()` emits `before-quit`,
 * then closes every window, and is canceled by a prevented `before-quit` or a prevented
 * window `close`; `will-quit` and `quit` follow; `window-all-closed` is emitted when the last
 * window closes outside a quit, never during one. `resetFakeElectron()` clears all of it.
 */

/** What Electron passes to navigation and attach handlers: details plus `preventDefault`. */
export function fakeEvent<T extends object>(details: T = {} as T) {
  return { ...details, preventDefault: vi.fn() };
}

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => unknown) | undefined;
  readonly setWindowOpenHandler = vi.fn((handler: (details: { url: string }) => unknown) => {
    this.windowOpenHandler = handler;
  });
  /** When set, every page answers a save-drafts request as the preload does. */
  static rendererSavesDrafts = false;
  readonly send = vi.fn((channel: string, requestId?: unknown) => {
    if (FakeWebContents.rendererSavesDrafts && channel === IPC_SAVE_DRAFTS) {
      ipcMain.emit(IPC_DRAFTS_SAVED, { sender: this }, requestId);
    }
  });
  destroyed = false;
  readonly isDestroyed = vi.fn(() => this.destroyed);
  loading = false;
  readonly isLoading = vi.fn(() => this.loading);
  /** What every page answers to `executeJavaScript` (a test sets it before the window exists). */
  static scriptAnswer: unknown;
  readonly executeJavaScript = vi.fn(async (_code: string): Promise<unknown> => FakeWebContents.scriptAnswer);
}

export class FakeBrowserWindow extends EventEmitter {
  static readonly instances: FakeBrowserWindow[] = [];
  /** Like `BrowserWindow.getAllWindows()`: the windows not yet destroyed. */
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.instances.filter((win) => !win.destroyed);
  }
  readonly webContents = new FakeWebContents();
  readonly loadURL = vi.fn(async (_url: string) => undefined);
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  readonly maximize = vi.fn();
  readonly isMinimized = vi.fn(() => false);
  readonly isMaximized = vi.fn(() => false);
  destroyed = false;
  readonly isDestroyed = vi.fn(() => this.destroyed);
  readonly getNormalBounds = vi.fn(() => ({ x: 40, y: 60, width: 1300, height: 900 }));
  /** As Electron's `close()`: a preventable `close`, then, unless prevented, `destroy()`. */
  readonly close = vi.fn(() => {
    this.attemptClose();
  });
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
  /** Emits `close`; returns false when a listener prevented it (which also cancels a quit). */
  attemptClose(): boolean {
    if (this.destroyed) return true;
    const event = fakeEvent();
    this.emit('close', event);
    if (event.preventDefault.mock.calls.length > 0) return false;
    this.destroy();
    return true;
  }
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
    if (!app.closingWindowsForQuit && FakeBrowserWindow.getAllWindows().length === 0) {
      app.emit('window-all-closed');
    }
  }
}

type RequestListener = (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void;

export const session = {
  defaultSession: {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setSpellCheckerDictionaryDownloadURL: vi.fn(),
    setSpellCheckerEnabled: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn((_listener: RequestListener) => undefined) },
  },
};

class FakeApp extends EventEmitter {
  isPackaged = true;
  /** True while `quit()` is closing windows: no `window-all-closed` then, as in Electron. */
  closingWindowsForQuit = false;
  /** The exit status once the app has quit or exited; null while it runs. */
  exitCode: number | null = null;
  private readonly paths = new Map<string, string>();
  readonly requestSingleInstanceLock = vi.fn(() => true);
  readonly enableSandbox = vi.fn();
  readonly quit = vi.fn(() => this.runQuit());
  readonly exit = vi.fn((code = 0) => {
    this.exitCode ??= code;
  });
  readonly getPath = vi.fn((name: string) => this.paths.get(name) ?? `/fake/${name}`);
  readonly setPath = vi.fn((name: string, path: string) => {
    this.paths.set(name, path);
  });
  readonly whenReady = vi.fn(() => Promise.resolve());

  /** Electron's quit sequence, as its documentation describes it. */
  private runQuit(): void {
    if (this.exitCode !== null) return;
    const beforeQuit = fakeEvent();
    this.emit('before-quit', beforeQuit);
    if (beforeQuit.preventDefault.mock.calls.length > 0) return;
    this.closingWindowsForQuit = true;
    try {
      for (const win of FakeBrowserWindow.getAllWindows()) {
        if (!win.attemptClose()) return; // a prevented close cancels the quit
      }
    } finally {
      this.closingWindowsForQuit = false;
    }
    const willQuit = fakeEvent();
    this.emit('will-quit', willQuit);
    if (willQuit.preventDefault.mock.calls.length > 0) return;
    this.exitCode = 0;
    this.emit('quit', fakeEvent(), 0);
  }

  reset(): void {
    this.removeAllListeners();
    this.paths.clear();
    this.exitCode = null;
    this.closingWindowsForQuit = false;
    this.isPackaged = true;
  }
}
export const app = new FakeApp();

export const protocol = {
  registerSchemesAsPrivileged: vi.fn(),
  handle: vi.fn(),
};

class FakeIpcMain extends EventEmitter {
  readonly handle = vi.fn();
  readonly removeHandler = vi.fn();
}
export const ipcMain = new FakeIpcMain();

class FakePowerMonitor extends EventEmitter {
  readonly getSystemIdleTime = vi.fn(() => 0);
}
export const powerMonitor = new FakePowerMonitor();

export const contextBridge = { exposeInMainWorld: vi.fn() };

class FakeIpcRenderer extends EventEmitter {
  readonly invoke = vi.fn(async (..._args: unknown[]): Promise<unknown> => undefined);
  readonly send = vi.fn();
  readonly sendSync = vi.fn();
}
export const ipcRenderer = new FakeIpcRenderer();

export const Menu = {
  buildFromTemplate: vi.fn((template: unknown) => ({ template })),
  setApplicationMenu: vi.fn(),
};

export const screen = {
  getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }]),
};

export const dialog = {
  showErrorBox: vi.fn(),
  showSaveDialog: vi.fn(
    async (..._args: unknown[]): Promise<{ canceled: boolean; filePath?: string }> => ({ canceled: true }),
  ),
  showOpenDialog: vi.fn(
    async (..._args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> => ({
      canceled: true,
      filePaths: [],
    }),
  ),
};

/** The main process must never use the network; any call to `net` fails the test that made it. */
export const net = {
  fetch: vi.fn(() => {
    throw new Error('net.fetch must never be called');
  }),
  request: vi.fn(() => {
    throw new Error('net.request must never be called');
  }),
};

/** Electron's clipboard (promise-based, as its typings are), holding one text as the system's would. */
class FakeClipboard {
  text = '';
  readonly readText = vi.fn(async () => this.text);
  readonly writeText = vi.fn(async (text: string) => {
    this.text = text;
  });
  readonly clear = vi.fn(() => {
    this.text = '';
  });
}
export const clipboard = new FakeClipboard();

export const electronModule = {
  clipboard,
  app,
  BrowserWindow: FakeBrowserWindow,
  session,
  protocol,
  ipcMain,
  powerMonitor,
  contextBridge,
  ipcRenderer,
  Menu,
  screen,
  dialog,
  net,
};

/** Back to a freshly started Electron: no listeners, windows, paths or exit status. */
export function resetFakeElectron(): void {
  vi.clearAllMocks();
  app.reset();
  clipboard.text = '';
  powerMonitor.removeAllListeners();
  ipcMain.removeAllListeners();
  FakeBrowserWindow.instances.length = 0;
  FakeWebContents.scriptAnswer = undefined;
  FakeWebContents.rendererSavesDrafts = false;
}

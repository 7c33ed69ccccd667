import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/**
 * A stand-in for the parts of the `electron` module the shell uses. Tests mock `electron`
 * with `electronModule` and inspect the same objects through the named exports.
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
  readonly send = vi.fn();
  destroyed = false;
  readonly isDestroyed = vi.fn(() => this.destroyed);
}

export class FakeBrowserWindow extends EventEmitter {
  static readonly instances: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  readonly loadURL = vi.fn(async (_url: string) => undefined);
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  readonly maximize = vi.fn();
  readonly isMinimized = vi.fn(() => false);
  readonly isMaximized = vi.fn(() => false);
  readonly isDestroyed = vi.fn(() => false);
  readonly getNormalBounds = vi.fn(() => ({ x: 40, y: 60, width: 1300, height: 900 }));
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
}

type RequestListener = (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void;

export const session = {
  defaultSession: {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setSpellCheckerDictionaryDownloadURL: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn((_listener: RequestListener) => undefined) },
  },
};

class FakeApp extends EventEmitter {
  isPackaged = true;
  readonly requestSingleInstanceLock = vi.fn(() => true);
  readonly enableSandbox = vi.fn();
  readonly quit = vi.fn();
  readonly exit = vi.fn();
  readonly getPath = vi.fn((name: string) => `/fake/${name}`);
  readonly whenReady = vi.fn(() => Promise.resolve());
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

export const electronModule = {
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

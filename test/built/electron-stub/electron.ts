/**
 * A stand-in for Electron that lets the *built* main bundle start under plain Node, as far as
 * the app's own code goes: the core opens a real encrypted database, the app:// handler serves
 * the built renderer, and the built preload runs in a page (a `vm` context) where it may
 * require only what a sandboxed preload may. What Electron itself would do is done as its
 * documentation describes: `quit()` emits `before-quit`, closes windows (a prevented `close`
 * cancels the quit), then `will-quit` and `quit`.
 *
 * Everything observed is written as JSON to $REKINDLE_STUB_REPORT when the process ends, for
 * test/built/*.test.ts to check. $REKINDLE_STUB_HOME holds the app's folders;
 * $REKINDLE_STUB_RENDERER is the built renderer whose every file is requested through the
 * app:// handler once the window loads.
 */
import { EventEmitter } from 'node:events';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import * as timers from 'node:timers';
import * as url from 'node:url';
import * as vm from 'node:vm';
// With its extension: this file runs under Node's own type stripping, not a bundler.
import { filesUnder, SANDBOXED_PRELOAD_MODULES } from '../bundle-scan.ts';

const home = process.env.REKINDLE_STUB_HOME ?? '';
const rendererRoot = process.env.REKINDLE_STUB_RENDERER ?? '';
const reportPath = process.env.REKINDLE_STUB_REPORT ?? '';
if (!home || !rendererRoot || !reportPath) {
  throw new Error(
    'The Electron stand-in needs REKINDLE_STUB_HOME, REKINDLE_STUB_RENDERER and REKINDLE_STUB_REPORT.',
  );
}

export interface ServedFile {
  path: string;
  status: number;
  contentType: string | null;
  csp: string | null;
  nosniff: boolean;
}

const report = {
  privilegedSchemes: [] as unknown[],
  handledSchemes: [] as string[],
  singleInstanceLock: false,
  sandbox: false,
  userData: '',
  spellcheckEnabled: null as boolean | null,
  permissionHandlers: false,
  requestFilter: false,
  windows: [] as { webPreferences: Record<string, unknown>; url: string | null }[],
  preloadRequires: [] as string[],
  served: [] as ServedFile[],
  quitEvents: [] as string[],
  exitCode: null as number | null,
};

function finish(code: number): never {
  report.exitCode = code;
  writeFileSync(reportPath, JSON.stringify(report, null, 2));
  process.exit(code);
}

/** An Electron-style event: details plus a `preventDefault` that records being called. */
function electronEvent<T extends object>(details: T = {} as T) {
  const event = {
    ...details,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

// ipcMain ------------------------------------------------------------------------------------

type InvokeHandler = (event: unknown, ...args: unknown[]) => unknown;
class IpcMain extends EventEmitter {
  readonly handlers = new Map<string, InvokeHandler>();
  handle(channel: string, handler: InvokeHandler): void {
    if (this.handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
}
export const ipcMain = new IpcMain();

// protocol -----------------------------------------------------------------------------------

type ProtocolHandler = (request: Request) => Promise<Response> | Response;
const protocolHandlers = new Map<string, ProtocolHandler>();
export const protocol = {
  registerSchemesAsPrivileged(schemes: unknown[]): void {
    report.privilegedSchemes.push(...schemes);
  },
  handle(scheme: string, handler: ProtocolHandler): void {
    report.handledSchemes.push(scheme);
    protocolHandlers.set(scheme, handler);
  },
};

/** Requests every file of the built renderer through the app's handler, as Chromium would. */
async function serveRenderer(origin: string): Promise<void> {
  const handler = protocolHandlers.get(new URL(origin).protocol.replace(/:$/, ''));
  if (!handler) throw new Error(`no protocol handler for ${origin}`);
  for (const path of filesUnder(rendererRoot)) {
    const response = await handler(new Request(new URL(path, `${origin}/`).href));
    report.served.push({
      path,
      status: response.status,
      contentType: response.headers.get('content-type'),
      csp: response.headers.get('content-security-policy'),
      nosniff: response.headers.get('x-content-type-options') === 'nosniff',
    });
  }
}

// The page: the built preload in a vm context ------------------------------------------------

class Page {
  readonly world = vm.createContext({ console });
  readonly rendererListeners = new EventEmitter();
  private readonly contents: WebContents;
  constructor(contents: WebContents) {
    this.contents = contents;
    this.world.window = this.world;
  }

  /** Runs the CommonJS preload with only the modules a sandboxed preload may require. */
  runPreload(path: string): void {
    const contents = this.contents;
    const ipcRenderer = {
      invoke: async (channel: string, ...args: unknown[]) => {
        const handler = ipcMain.handlers.get(channel);
        if (!handler) throw new Error(`No handler registered for '${channel}'`);
        return handler({ sender: contents, senderFrame: { url: contents.getURL(), parent: null } }, ...args);
      },
      send: (channel: string, ...args: unknown[]) => ipcMain.emit(channel, { sender: contents }, ...args),
      on: (channel: string, listener: (...args: unknown[]) => void) =>
        this.rendererListeners.on(channel, listener),
      removeListener: (channel: string, listener: (...args: unknown[]) => void) =>
        this.rendererListeners.removeListener(channel, listener),
    };
    const contextBridge = {
      exposeInMainWorld: (key: string, api: unknown) => {
        this.world[key] = api;
      },
    };
    const modules: Record<string, unknown> = {
      electron: { contextBridge, ipcRenderer },
      events: { EventEmitter, default: EventEmitter },
      timers,
      url,
    };
    const requireInPreload = (name: string): unknown => {
      report.preloadRequires.push(name);
      if (!SANDBOXED_PRELOAD_MODULES.includes(name)) {
        throw new Error(`module not found: ${name} (a sandboxed preload cannot require it)`);
      }
      return modules[name];
    };
    const module = { exports: {} };
    const run = vm.compileFunction(
      readFileSync(path, 'utf8'),
      ['exports', 'require', 'module', '__filename', '__dirname'],
      { parsingContext: this.world, filename: path },
    );
    run(module.exports, requireInPreload, module, basename(path), dirname(path));
    // The renderer registers its draft saver at start; this page has no drafts to save.
    const bridge = this.world.rekindle as
      | { onSaveRequest?: (listener: () => Promise<void>) => void }
      | undefined;
    bridge?.onSaveRequest?.(async () => undefined);
  }

  evaluate(code: string): unknown {
    return vm.runInContext(code, this.world);
  }
}

// webContents and BrowserWindow --------------------------------------------------------------

class WebContents extends EventEmitter {
  private url = '';
  private loading = false;
  private destroyed = false;
  readonly page = new Page(this);
  private readonly preload: string | undefined;
  constructor(preload: string | undefined) {
    super();
    this.preload = preload;
  }
  setWindowOpenHandler(): void {}
  getURL(): string {
    return this.url;
  }
  isLoading(): boolean {
    return this.loading;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  destroy(): void {
    this.destroyed = true;
  }
  send(channel: string, ...args: unknown[]): void {
    this.page.rendererListeners.emit(channel, {}, ...args);
  }
  async executeJavaScript(code: string): Promise<unknown> {
    return await this.page.evaluate(code);
  }
  async load(target: string): Promise<void> {
    this.url = target;
    this.loading = true;
    try {
      // URL.origin is "null" for a scheme Node does not know; app:// has a real one in Electron.
      const { protocol: scheme, host } = new URL(target);
      await serveRenderer(`${scheme}//${host}`);
      if (this.preload) this.page.runPreload(this.preload);
      this.loading = false;
      this.emit('did-finish-load');
    } catch (error) {
      this.loading = false;
      this.emit('did-fail-load', electronEvent(), -1, error instanceof Error ? error.message : String(error));
    }
  }
}

export class BrowserWindow extends EventEmitter {
  static readonly windows: BrowserWindow[] = [];
  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.windows.filter((win) => !win.destroyed);
  }
  readonly webContents: WebContents;
  private destroyed = false;
  private readonly record: { webPreferences: Record<string, unknown>; url: string | null };
  constructor(options: { webPreferences?: Record<string, unknown> } = {}) {
    super();
    const webPreferences = options.webPreferences ?? {};
    this.webContents = new WebContents(
      typeof webPreferences.preload === 'string' ? webPreferences.preload : undefined,
    );
    this.record = { webPreferences, url: null };
    report.windows.push(this.record);
    BrowserWindow.windows.push(this);
    // Electron shows a window once its first paint is ready.
    this.webContents.once('did-finish-load', () => this.emit('ready-to-show'));
  }
  async loadURL(target: string): Promise<void> {
    this.record.url = target;
    await this.webContents.load(target);
  }
  show(): void {}
  focus(): void {}
  restore(): void {}
  maximize(): void {}
  isMinimized(): boolean {
    return false;
  }
  isMaximized(): boolean {
    return false;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  getNormalBounds() {
    return { x: 0, y: 0, width: 1280, height: 860 };
  }
  close(): void {
    this.attemptClose();
  }
  attemptClose(): boolean {
    if (this.destroyed) return true;
    const event = electronEvent();
    report.quitEvents.push('close');
    this.emit('close', event);
    if (event.defaultPrevented) return false;
    this.destroyed = true;
    this.webContents.destroy();
    this.emit('closed');
    if (!app.closingWindowsForQuit && BrowserWindow.getAllWindows().length === 0)
      app.emit('window-all-closed');
    return true;
  }
}

// app ----------------------------------------------------------------------------------------

class App extends EventEmitter {
  readonly isPackaged = process.env.REKINDLE_STUB_PACKAGED === '1';
  closingWindowsForQuit = false;
  private readonly paths = new Map<string, string>();
  getPath(name: string): string {
    return this.paths.get(name) ?? join(home, name);
  }
  setPath(name: string, path: string): void {
    this.paths.set(name, path);
    if (name === 'userData') report.userData = path;
  }
  getVersion(): string {
    return '0.0.0-stub';
  }
  getName(): string {
    return 'Rekindle';
  }
  requestSingleInstanceLock(): boolean {
    report.singleInstanceLock = true;
    return true;
  }
  enableSandbox(): void {
    report.sandbox = true;
  }
  whenReady(): Promise<void> {
    report.userData ||= this.getPath('userData');
    return new Promise((resolve) => setImmediate(resolve));
  }
  quit(): void {
    const beforeQuit = electronEvent();
    report.quitEvents.push('before-quit');
    this.emit('before-quit', beforeQuit);
    if (beforeQuit.defaultPrevented) return;
    this.closingWindowsForQuit = true;
    try {
      for (const win of BrowserWindow.getAllWindows()) if (!win.attemptClose()) return;
    } finally {
      this.closingWindowsForQuit = false;
    }
    const willQuit = electronEvent();
    report.quitEvents.push('will-quit');
    this.emit('will-quit', willQuit);
    if (willQuit.defaultPrevented) return;
    report.quitEvents.push('quit');
    this.emit('quit', electronEvent(), 0);
    finish(0);
  }
  exit(code = 0): void {
    finish(code);
  }
}
export const app = new App();

// The rest of what the shell touches ----------------------------------------------------------

export const session = {
  defaultSession: {
    setPermissionRequestHandler(): void {
      report.permissionHandlers = true;
    },
    setPermissionCheckHandler(): void {},
    setSpellCheckerEnabled(enabled: boolean): void {
      report.spellcheckEnabled = enabled;
    },
    setSpellCheckerDictionaryDownloadURL(): void {},
    webRequest: {
      onBeforeRequest(): void {
        report.requestFilter = true;
      },
    },
  },
};

class PowerMonitor extends EventEmitter {
  getSystemIdleTime(): number {
    return 0;
  }
}
export const powerMonitor = new PowerMonitor();

export const Menu = {
  buildFromTemplate: (template: unknown) => ({ template }),
  setApplicationMenu(): void {},
};
export const screen = { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] };
export const dialog = {
  showErrorBox(title: string, content: string): void {
    console.error(`[dialog] ${title}: ${content}`);
  },
  showSaveDialog: async () => ({ canceled: true }),
  showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
};
export const shell = { openPath: async () => 'not available in the stand-in' };
let clipboardText = '';
export const clipboard = {
  readText: () => clipboardText,
  writeText: (text: string) => {
    clipboardText = text;
  },
  clear: () => {
    clipboardText = '';
  },
};

const electron = {
  app,
  BrowserWindow,
  clipboard,
  dialog,
  ipcMain,
  Menu,
  powerMonitor,
  protocol,
  screen,
  session,
  shell,
};
export default electron;

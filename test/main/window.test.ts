import { basename, dirname } from 'node:path';
import { hardenSession, hardenWebContents, isAllowedRequestUrl } from '@main/security';
import type { Settings, WindowBounds } from '@main/settings';
import { createMainWindow, restoreBounds, secureWebPreferences } from '@main/window';
import type { Session, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { app, FakeBrowserWindow, FakeWebContents, fakeEvent, session } from './fake-electron';

vi.mock('electron', () =>
  import('./fake-electron').then((m) => ({ ...m.electronModule, default: m.electronModule })),
);

function memorySettings(bounds?: WindowBounds): Settings & { saved: WindowBounds | undefined } {
  const store = {
    saved: bounds,
    get: vi.fn(() => undefined),
    set: vi.fn(),
    getWindowBounds: () => store.saved,
    setWindowBounds: (next: WindowBounds) => {
      store.saved = next;
    },
    getSaveFolder: () => undefined,
    setSaveFolder: vi.fn(),
  };
  return store;
}

function openWindow(bounds?: WindowBounds) {
  const settings = memorySettings(bounds);
  createMainWindow(settings);
  const win = FakeBrowserWindow.instances.at(-1);
  if (!win) throw new Error('no window created');
  return { win, settings, prefs: win.options.webPreferences as Record<string, unknown> };
}

beforeEach(() => {
  vi.clearAllMocks();
  FakeBrowserWindow.instances.length = 0;
  app.isPackaged = true;
});

describe('main window', () => {
  it('isolates the renderer: context isolation, sandbox, no Node, web security, no webview', () => {
    const { prefs } = openWindow();
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
  });

  it('spellchecks only on macOS, whose own dictionaries need no download', () => {
    expect(secureWebPreferences(true, 'darwin').spellcheck).toBe(true);
    expect(secureWebPreferences(true, 'win32').spellcheck).toBe(false);
    expect(secureWebPreferences(true, 'linux').spellcheck).toBe(false);
    const { prefs } = openWindow();
    expect(prefs.spellcheck).toBe(process.platform === 'darwin');
  });

  it('uses the CommonJS preload built next to the main bundle', () => {
    const { prefs } = openWindow();
    const preload = String(prefs.preload);
    expect(basename(preload)).toBe('index.cjs');
    expect(basename(dirname(preload))).toBe('preload');
  });

  it('offers DevTools only in development builds', () => {
    expect(openWindow().prefs.devTools).toBe(false);
    app.isPackaged = false;
    expect(openWindow().prefs.devTools).toBe(true);
  });

  it('loads app://rekindle/index.html and stays hidden until ready-to-show', () => {
    const { win } = openWindow();
    expect(win.options.show).toBe(false);
    expect(win.loadURL).toHaveBeenCalledWith('app://rekindle/index.html');
    expect(win.show).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalledTimes(1);
  });

  it('reopens where it was saved and saves its bounds when closed', () => {
    const { win, settings } = openWindow({ x: 100, y: 50, width: 1400, height: 950, maximized: true });
    expect(win.options).toMatchObject({ x: 100, y: 50, width: 1400, height: 950 });
    win.emit('ready-to-show');
    expect(win.maximize).toHaveBeenCalled();
    win.isMaximized.mockReturnValue(false);
    win.emit('close');
    expect(settings.saved).toEqual({ x: 40, y: 60, width: 1300, height: 900, maximized: false });
  });

  it('drops saved coordinates that no connected display shows, keeping the size', () => {
    expect(
      restoreBounds({ x: 3000, y: 200, width: 1200, height: 800, maximized: false }, [
        { x: 0, y: 0, width: 1920, height: 1080 },
      ]),
    ).toEqual({ width: 1200, height: 800 });
    expect(restoreBounds(undefined, [])).toEqual({ width: 1280, height: 860 });
  });

  it('applies the webContents guards to its own webContents', () => {
    const { win } = openWindow();
    expect(win.webContents.setWindowOpenHandler).toHaveBeenCalled();
    expect(win.webContents.listenerCount('will-navigate')).toBeGreaterThan(0);
  });
});

describe('webContents guards', () => {
  function hardened() {
    const contents = new FakeWebContents();
    hardenWebContents(contents as unknown as WebContents);
    return contents;
  }

  it('denies every window.open, whatever the URL', () => {
    const contents = hardened();
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://rekindle/index.html' })).toEqual({ action: 'deny' });
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    'prevents %s to a foreign URL and allows our own origin',
    (eventName) => {
      const contents = hardened();
      for (const url of [
        'https://evil.example/',
        'file:///etc/passwd',
        'app://evil/index.html',
        'http://localhost:5173/',
      ]) {
        const event = fakeEvent({ url });
        contents.emit(eventName, event);
        expect(event.preventDefault, url).toHaveBeenCalled();
      }
      const ours = fakeEvent({ url: 'app://rekindle/index.html#/couples' });
      contents.emit(eventName, ours);
      expect(ours.preventDefault).not.toHaveBeenCalled();
    },
  );

  it('prevents attaching a webview', () => {
    const contents = hardened();
    const event = fakeEvent();
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('session guards', () => {
  const ses = session.defaultSession;
  beforeEach(() => hardenSession(ses as unknown as Session, 'linux'));

  it('denies every permission request but clipboard writing and full screen from our own page', () => {
    const handler = ses.setPermissionRequestHandler.mock.calls[0]?.[0] as (
      contents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details: { requestingUrl?: string },
    ) => void;
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      handler({}, permission, callback, { requestingUrl: 'app://rekindle/index.html' });
      expect(callback, permission).toHaveBeenCalledWith(false);
    }
    const ours = vi.fn();
    handler({}, 'clipboard-sanitized-write', ours, { requestingUrl: 'app://rekindle/index.html' });
    expect(ours).toHaveBeenCalledWith(true);
    const foreign = vi.fn();
    handler({}, 'clipboard-sanitized-write', foreign, { requestingUrl: 'https://evil.example/' });
    expect(foreign).toHaveBeenCalledWith(false);
  });

  it('grants full screen to our own page only (the private check-in fills the screen)', () => {
    const handler = ses.setPermissionRequestHandler.mock.calls[0]?.[0] as (
      contents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details: { requestingUrl?: string },
    ) => void;
    const ours = vi.fn();
    handler({}, 'fullscreen', ours, { requestingUrl: 'app://rekindle/index.html' });
    expect(ours).toHaveBeenCalledWith(true);
    const foreign = vi.fn();
    handler({}, 'fullscreen', foreign, { requestingUrl: 'https://evil.example/' });
    expect(foreign).toHaveBeenCalledWith(false);
  });

  it('answers every permission check with false, but clipboard writing for our own origin', () => {
    const handler = ses.setPermissionCheckHandler.mock.calls[0]?.[0] as (...args: unknown[]) => boolean;
    expect(handler(null, 'media', 'app://rekindle', {})).toBe(false);
    expect(handler(null, 'clipboard-read', 'app://rekindle', {})).toBe(false);
    expect(handler(null, 'clipboard-sanitized-write', 'app://rekindle', {})).toBe(true);
    expect(handler(null, 'clipboard-sanitized-write', 'https://evil.example', {})).toBe(false);
  });

  it('cancels every request that is not app:, devtools: or data:', () => {
    const listener = ses.webRequest.onBeforeRequest.mock.calls[0]?.[0];
    if (!listener) throw new Error('no onBeforeRequest listener');
    const verdict = (url: string) => {
      const callback = vi.fn();
      listener({ url }, callback);
      return callback.mock.calls[0]?.[0];
    };
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:8080/',
      'ws://localhost/',
      'wss://example.com/',
      'ftp://example.com/',
      'file:///etc/passwd',
      'blob:https://example.com/1',
      'not a url',
    ]) {
      expect(verdict(url), url).toEqual({ cancel: true });
    }
    expect(verdict('app://rekindle/assets/app.js')).toEqual({ cancel: false });
    expect(verdict('devtools://devtools/bundled/inspector.html')).toEqual({ cancel: false });
    expect(verdict('data:image/png;base64,AAAA')).toEqual({ cancel: false });
  });

  it('turns the session spellchecker off on Windows and Linux, on on macOS', () => {
    expect(ses.setSpellCheckerEnabled).toHaveBeenLastCalledWith(false);
    hardenSession(ses as unknown as Session, 'win32');
    expect(ses.setSpellCheckerEnabled).toHaveBeenLastCalledWith(false);
    hardenSession(ses as unknown as Session, 'darwin');
    expect(ses.setSpellCheckerEnabled).toHaveBeenLastCalledWith(true);
  });

  it('points the spellchecker dictionary download at our own origin, not the Google CDN', () => {
    const [url] = ses.setSpellCheckerDictionaryDownloadURL.mock.calls[0] as [string];
    expect(url.startsWith('app://rekindle/')).toBe(true);
    expect(isAllowedRequestUrl(url)).toBe(true);
  });
});

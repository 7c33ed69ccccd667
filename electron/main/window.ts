import { errorSummary } from '@core/error-summary';
import { app, BrowserWindow, type Rectangle, screen, type WebPreferences } from 'electron';
import { APP_ENTRY_URL } from './origin';
import { preloadPath } from './paths';
import { hardenWebContents, spellcheckAvailable } from './security';
import type { Settings, WindowBounds } from './settings';

const DEFAULT_SIZE = { width: 1280, height: 860 };
/** Below this the forms and charts stop fitting; also the least a restored window may show. */
const MIN_SIZE = { width: 960, height: 640 };
const MIN_VISIBLE = { width: 120, height: 60 };

/**
 * The renderer gets no Node, runs in Chromium's sandbox, and sees the preload's bridge
 * only through an isolated world. DevTools exist only in development builds.
 */
export function secureWebPreferences(
  isPackaged: boolean,
  platform: NodeJS.Platform = process.platform,
): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: spellcheckAvailable(platform),
    devTools: !isPackaged,
  };
}

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * Saved bounds, unless a monitor has since been unplugged and the window would open where
 * nobody can see it: then the saved size is kept and the OS centers the window.
 */
export function restoreBounds(
  saved: WindowBounds | undefined,
  workAreas: readonly Rectangle[],
): Partial<Rectangle> & { width: number; height: number } {
  if (saved === undefined) return { ...DEFAULT_SIZE };
  const size = {
    width: Math.max(saved.width, MIN_SIZE.width),
    height: Math.max(saved.height, MIN_SIZE.height),
  };
  if (saved.x === undefined || saved.y === undefined) return size;
  const rect = { x: saved.x, y: saved.y, ...size };
  const visible = workAreas.some((area) => {
    const o = overlap(rect, area);
    return o.width >= MIN_VISIBLE.width && o.height >= MIN_VISIBLE.height;
  });
  return visible ? rect : size;
}

/** Creates the one application window, hidden until its first paint is ready. */
export function createMainWindow(settings: Settings): BrowserWindow {
  const saved = settings.getWindowBounds();
  const bounds = restoreBounds(
    saved,
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const win = new BrowserWindow({
    ...bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'Rekindle',
    webPreferences: secureWebPreferences(app.isPackaged),
  });
  hardenWebContents(win.webContents);

  win.once('ready-to-show', () => {
    if (saved?.maximized) win.maximize();
    win.show();
  });
  win.on('close', () => {
    const normal = win.getNormalBounds();
    settings.setWindowBounds({
      x: Math.round(normal.x),
      y: Math.round(normal.y),
      width: Math.round(normal.width),
      height: Math.round(normal.height),
      maximized: win.isMaximized(),
    });
  });

  win.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    console.error(`Rekindle: could not load the window (${errorSummary(error)})`);
  });
  return win;
}

import { join } from 'node:path';
import { app, type BrowserWindow, dialog, ipcMain, session, type WebContents } from 'electron';
import { createPracticeHost } from '../core/practice/host';
import type { Core } from '../core/types';
import { draftSaver, saveDraftsBeforeClose } from './drafts';
import { createFolderDialog } from './folder-dialog';
import { startIdleLock } from './idle-lock';
import { registerIpc } from './ipc';
import { lockAndNotify, type SaveDrafts } from './lock';
import { installMenu } from './menu';
import { createOpenFileDialog } from './open-file-dialog';
import { rendererRoot } from './paths';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { createSaveDialog } from './save-dialog';
import { hardenSession, hardenWebContents } from './security';
import { openSettings } from './settings';
import { createMainWindow } from './window';

/**
 * Lifecycle only: every decision lives in the modules imported above. The order matters:
 * the scheme and the sandbox must be set before `ready`; the session is hardened before
 * the first window can make a request.
 */
let mainWindow: BrowserWindow | undefined;

function liveWindow(): BrowserWindow | undefined {
  return mainWindow && !mainWindow.isDestroyed() ? mainWindow : undefined;
}

function mainContents(): WebContents | undefined {
  return mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents : undefined;
}

/** Quitting waits for the core to lock and close, so the key is wiped and the database flushed. */
function closeCoreBeforeQuit(core: Core, stopIdleLock: () => void, saveDrafts: SaveDrafts): void {
  let state: 'open' | 'closing' | 'closed' = 'open';
  app.on('before-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    stopIdleLock();
    // Quitting (Cmd+Q, the menu, logout) fires before any window closes: save what the
    // clinician typed while the vault can still take it.
    saveDrafts(mainContents())
      .catch(() => undefined)
      .then(() => core.close())
      .catch((error: unknown) => console.error('Rekindle: closing the vault failed', error))
      .finally(() => {
        state = 'closed';
        app.quit();
      });
  });
}

function onReady(): void {
  hardenSession(session.defaultSession);
  handleAppProtocol(rendererRoot);
  const settings = openSettings();
  const nativeBinding = process.env.REKINDLE_NATIVE_BINDING;
  // The clinician's vault, and beside it (never inside it) the folder of the demo practice.
  const core = createPracticeHost({
    dataDir: join(app.getPath('userData'), 'vault'),
    demoDir: join(app.getPath('userData'), 'demo-practice'),
    preferences: settings,
    saveDialog: createSaveDialog(liveWindow),
    folderDialog: createFolderDialog(liveWindow),
    openFileDialog: createOpenFileDialog(liveWindow),
    ...(nativeBinding ? { nativeBinding } : {}),
  });
  registerIpc(core, ipcMain);
  const saveDrafts = draftSaver(ipcMain);
  installMenu({
    isPackaged: app.isPackaged,
    isMac: process.platform === 'darwin',
    onLock: () => void lockAndNotify(core, mainContents, saveDrafts),
  });
  const stopIdleLock = startIdleLock({ core, preferences: settings, target: mainContents, saveDrafts });
  closeCoreBeforeQuit(core, stopIdleLock, saveDrafts);

  mainWindow = createMainWindow(settings);
  saveDraftsBeforeClose(mainWindow, saveDrafts);
  mainWindow.on('closed', () => {
    mainWindow = undefined;
  });
}

/** Starts the app. Called once, by index.ts; exported so tests can drive the lifecycle. */
export function start(): void {
  // A second copy would open the same vault twice; hand focus to the first instead.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  registerAppScheme();
  app.enableSandbox();
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // Every webContents, not just ours, gets the same guards (defence in depth).
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  // Also on macOS: an app left running without a window would keep the vault unlocked.
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => {
      console.error('Rekindle failed to start', error);
      dialog.showErrorBox('Rekindle could not start', error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}

import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { errorSummary } from '@core/error-summary';
import { restrictNewFileModes } from '@core/files';
import { createPracticeHost } from '@core/practice/host';
import {
  app,
  type BrowserWindow,
  clipboard,
  dialog,
  ipcMain,
  powerMonitor,
  session,
  type WebContents,
} from 'electron';
import { registerSecretClipboard } from './clipboard';
import { keepDevelopmentDataApart, switchToThrowawayDataFolder } from './data-folder';
import { draftSaver, saveDraftsBeforeClose } from './drafts';
import { createFolderDialog } from './folder-dialog';
import { startIdleLock } from './idle-lock';
import { registerIpc } from './ipc';
import { lockAndNotify } from './lock';
import { installMenu } from './menu';
import { createOpenFileDialog } from './open-file-dialog';
import { rendererRoot } from './paths';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { closeCoreBeforeQuit, quitWhenSessionEnds } from './quit';
import { createSaveDialog } from './save-dialog';
import { watchScreenLock } from './screen-lock';
import { hardenSession, hardenWebContents } from './security';
import { openSettings } from './settings';
import { isSmokeTest, runSmokeTest, SMOKE_TEST_TIMEOUT_MS } from './smoke-test';
import { createMainWindow } from './window';

/**
 * Lifecycle only: every decision lives in the modules imported above. The order matters:
 * the data folder is chosen before anything reads it, the scheme and the sandbox are set
 * before `ready`, and the session is hardened before the first window can make a request.
 */
let mainWindow: BrowserWindow | undefined;
/** The smoke test's data folder, removed when it ends; undefined for a normal start. */
let throwawayFolder: string | undefined;

/** Best effort: on Windows, Chromium may still hold files in it (its lock file) as the app ends. */
function removeThrowawayFolder(): void {
  if (!throwawayFolder) return;
  try {
    rmSync(throwawayFolder, { recursive: true, force: true, maxRetries: 3 });
  } catch (error) {
    console.error(`Rekindle smoke test: left ${throwawayFolder} behind (${errorSummary(error)})`);
  }
}

function liveWindow(): BrowserWindow | undefined {
  return mainWindow && !mainWindow.isDestroyed() ? mainWindow : undefined;
}

function mainContents(): WebContents | undefined {
  return liveWindow()?.webContents;
}

function onReady(smokeTest: boolean): void {
  hardenSession(session.defaultSession, process.platform);
  handleAppProtocol(rendererRoot);
  const settings = openSettings();
  const lockNow = (): void => void lockAndNotify(core, mainContents, saveDrafts);
  // Linux has no powerMonitor lock-screen event: logind's session is watched instead.
  const screenLock = watchScreenLock({ platform: process.platform, onLock: lockNow });
  // The clinician's vault, and beside it (never inside it) the folder of the demo practice.
  const core = createPracticeHost({
    dataDir: join(app.getPath('userData'), 'vault'),
    demoDir: join(app.getPath('userData'), 'demo-practice'),
    preferences: settings,
    saveDialog: createSaveDialog(liveWindow, settings),
    folderDialog: createFolderDialog(liveWindow),
    openFileDialog: createOpenFileDialog(liveWindow),
    screenLock: () => screenLock.status(),
  });
  registerIpc(core, ipcMain);
  const secretClipboard = registerSecretClipboard(ipcMain, clipboard);
  // A recovery key copied less than a minute ago must not outlive the app on the clipboard.
  app.on('will-quit', () => secretClipboard.dispose());
  const saveDrafts = draftSaver(ipcMain);
  installMenu({ isPackaged: app.isPackaged, isMac: process.platform === 'darwin', onLock: lockNow });
  const stopIdleLock = startIdleLock({ core, preferences: settings, target: mainContents, saveDrafts });
  const quit = closeCoreBeforeQuit({
    app,
    core,
    contents: mainContents,
    saveDrafts,
    stopWatching: () => {
      stopIdleLock();
      screenLock.stop();
    },
  });

  mainWindow = createMainWindow(settings);
  saveDraftsBeforeClose(mainWindow, saveDrafts, quit.phase);
  quitWhenSessionEnds({ app, powerMonitor, window: mainWindow, phase: quit.phase });
  mainWindow.on('closed', () => {
    mainWindow = undefined;
  });
  if (smokeTest) void smokeTestThenQuit(mainWindow.webContents);
}

/** Runs the smoke test in the window, then quits normally (status 0) or exits with 1. */
async function smokeTestThenQuit(contents: WebContents): Promise<void> {
  const timer = setTimeout(() => {
    console.error('Rekindle smoke test: timed out');
    removeThrowawayFolder();
    app.exit(1);
  }, SMOKE_TEST_TIMEOUT_MS);
  const report = await runSmokeTest(contents);
  clearTimeout(timer);
  if (report.failed) {
    console.error(`Rekindle smoke test failed at ${report.failed.step}: ${report.failed.detail}`);
    removeThrowawayFolder();
    app.exit(1);
    return;
  }
  console.log(`Rekindle smoke test passed: ${report.passed.join(', ')}`);
  app.quit();
}

/** Starts the app. Called once, by index.ts; exported so tests can drive the lifecycle. */
export function start(argv: readonly string[] = process.argv): void {
  // Before anything writes (Chromium's profile, the preferences, the vault): owner-only files.
  restrictNewFileModes();
  const smokeTest = isSmokeTest(argv);
  if (smokeTest) {
    throwawayFolder = switchToThrowawayDataFolder(app);
    app.on('quit', removeThrowawayFolder);
  } else {
    keepDevelopmentDataApart(app);
  }
  // A second copy would open the same vault twice; hand focus to the first instead.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  registerAppScheme();
  app.enableSandbox();
  app.on('second-instance', () => {
    const win = liveWindow();
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  // Every webContents, not just ours, gets the same guards (defence in depth).
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  // Also on macOS: an app left running without a window would keep the vault unlocked.
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(() => onReady(smokeTest))
    .catch((error: unknown) => {
      console.error(`Rekindle failed to start (${errorSummary(error)})`);
      dialog.showErrorBox('Rekindle could not start', error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}

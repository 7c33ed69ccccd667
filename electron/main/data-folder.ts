import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { App } from 'electron';

/** A development start's own data folder, beside (never inside) the installed app's. */
export const DEVELOPMENT_FOLDER_NAME = 'Rekindle-dev';

/**
 * An unpackaged start (`npm start`) keeps its vault, preferences and single-instance lock in
 * `Rekindle-dev`, so trying a change never opens the clinician's installed practice, and
 * the two can run side by side. Must run before anything reads `userData`: the
 * single-instance lock, electron-store and the core all do.
 */
export function keepDevelopmentDataApart(app: Pick<App, 'isPackaged' | 'getPath' | 'setPath'>): void {
  if (app.isPackaged) return;
  app.setPath('userData', join(app.getPath('appData'), DEVELOPMENT_FOLDER_NAME));
}

/** A throwaway data folder for the smoke test: nothing of a real practice is ever opened. */
export function switchToThrowawayDataFolder(app: Pick<App, 'setPath'>): string {
  const folder = mkdtempSync(join(tmpdir(), 'rekindle-smoke-'));
  app.setPath('userData', folder);
  return folder;
}

import Conf from 'conf';
import type { PreferencesStore, StoredPreferences } from './types';

/**
 * The default preferences store under plain Node: a JSON file in the data folder, managed
 * by conf (electron-store is conf for Electron, and is what the app passes in). Only
 * non-clinical preferences go here; it is not encrypted.
 */
export function createFilePreferences(dataDir: string): PreferencesStore {
  const conf = new Conf<Partial<StoredPreferences>>({
    cwd: dataDir,
    configName: 'preferences',
    projectName: 'rekindle',
  });
  return {
    get: (key) => conf.get(key),
    set: (key, value) => conf.set(key, value),
  };
}

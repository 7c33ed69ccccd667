import Conf from 'conf';
import type { Preferences } from '../../shared/contract/settings';
import type { PreferencesStore } from './types';

/**
 * The default preferences store under plain Node: a JSON file in the data folder, managed
 * by conf (electron-store is conf for Electron, and is what the app passes in). Only
 * non-clinical preferences go here; it is not encrypted.
 */
export function createFilePreferences(dataDir: string): PreferencesStore {
  const conf = new Conf<Partial<Preferences>>({
    cwd: dataDir,
    configName: 'preferences',
    projectName: 'rekindle',
  });
  return {
    get: (key) => conf.get(key),
    set: (key, value) => conf.set(key, value),
  };
}

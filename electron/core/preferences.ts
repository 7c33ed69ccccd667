import Conf from 'conf';
import { makePrivate, PRIVATE_FILE_MODE } from './files';
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
    configFileMode: PRIVATE_FILE_MODE,
  });
  // conf applies the mode when it writes; a file an older version left 0644 is closed now.
  makePrivate(conf.path);
  return {
    get: (key) => conf.get(key),
    // The object form: conf 16 types `set(key, value)` against every dotted path of the
    // store, which a key generic over the top-level names cannot satisfy.
    set: (key, value) => conf.set({ [key]: value } as Partial<StoredPreferences>),
  };
}

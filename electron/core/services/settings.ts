import {
  AUTO_LOCK_DEFAULT_MINUTES,
  type Preferences,
  preferencesSchema,
  type settingsContract,
} from '../../../shared/contract/settings';
import type { PreferencesStore } from '../types';
import type { HandlerMap } from './handlers';

/** Reads preferences, falling back to defaults for anything missing or invalid on disk. */
function readPreferences(store: PreferencesStore): Preferences {
  const stored = { autoLockMinutes: store.get('autoLockMinutes') ?? AUTO_LOCK_DEFAULT_MINUTES };
  const parsed = preferencesSchema.safeParse(stored);
  return parsed.success ? parsed.data : { autoLockMinutes: AUTO_LOCK_DEFAULT_MINUTES };
}

export function createSettingsHandlers(store: PreferencesStore) {
  return {
    'settings:get': () => readPreferences(store),
    'settings:update': (changes) => {
      if (changes.autoLockMinutes !== undefined) store.set('autoLockMinutes', changes.autoLockMinutes);
      return readPreferences(store);
    },
  } satisfies HandlerMap<keyof typeof settingsContract>;
}

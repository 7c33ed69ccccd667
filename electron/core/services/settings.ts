import type { PreferencesStore } from '@core/types';
import {
  AUTO_LOCK_DEFAULT_MINUTES,
  emptyLetterhead,
  letterheadSchema,
  type Preferences,
  preferencesSchema,
  type ScreenLockWatch,
  type settingsContract,
} from '@shared/contract/settings';
import type { HandlerMap } from './handlers';

/** Reads preferences, falling back to defaults for anything missing or invalid on disk. */
export function readPreferences(store: PreferencesStore): Preferences {
  const autoLock = preferencesSchema.shape.autoLockMinutes.safeParse(store.get('autoLockMinutes'));
  const letterhead = letterheadSchema.safeParse(store.get('letterhead'));
  return {
    autoLockMinutes: autoLock.success ? autoLock.data : AUTO_LOCK_DEFAULT_MINUTES,
    letterhead: letterhead.success ? letterhead.data : emptyLetterhead,
    // Only an explicit opt-in puts initials in file names.
    initialsInFileNames: store.get('initialsInFileNames') === true,
  };
}

/**
 * The couple's initials for a suggested file name, or null: only when the clinician chose
 * that in Settings (file names end up in recent-file lists, sync logs and mail attachments).
 */
export function initialsIfChosen(store: PreferencesStore, initials: string): string | null {
  return readPreferences(store).initialsInFileNames ? initials : null;
}

/** What the core says when no shell watches the screen lock (plain Node, tests). */
export const NO_SCREEN_LOCK_WATCH: ScreenLockWatch = {
  state: 'unavailable',
  reason: 'Rekindle is running without its desktop shell, which is what watches the screen lock.',
};

export function createSettingsHandlers(
  store: PreferencesStore,
  screenLock: () => ScreenLockWatch = () => NO_SCREEN_LOCK_WATCH,
) {
  return {
    'settings:get': () => readPreferences(store),
    'settings:update': (changes) => {
      if (changes.autoLockMinutes !== undefined) store.set('autoLockMinutes', changes.autoLockMinutes);
      if (changes.letterhead !== undefined) store.set('letterhead', changes.letterhead);
      if (changes.initialsInFileNames !== undefined) {
        store.set('initialsInFileNames', changes.initialsInFileNames);
      }
      return readPreferences(store);
    },
    'settings:screenLock': () => screenLock(),
  } satisfies HandlerMap<keyof typeof settingsContract>;
}

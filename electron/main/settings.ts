import { makePrivate, PRIVATE_FILE_MODE } from '@core/files';
import {
  type PreferencesStore,
  SAVE_FILE_KINDS,
  type SaveFileKind,
  type StoredPreferences,
} from '@core/types';
import { AUTO_LOCK_DEFAULT_MINUTES, type Preferences } from '@shared/contract/settings';
import Store, { type Schema } from 'electron-store';

/** Where the window was, so it reopens in the same place. Not clinical; never PHI. */
export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

/**
 * Everything this plain JSON file may ever hold. It is not encrypted, so it holds
 * preferences only: no names, no notes, nothing about a client.
 */
type StoredSettings = Omit<Preferences, 'letterhead' | 'initialsInFileNames'> & {
  letterhead?: Preferences['letterhead'];
  initialsInFileNames?: boolean;
  /**
   * The folder each kind of file was last saved in, so the save dialog opens there again. A
   * folder path is not PHI (a file name could be, so none is kept).
   */
  saveFolders?: Partial<Record<SaveFileKind, string>>;
  backups?: StoredPreferences['backups'];
  windowBounds?: WindowBounds;
};

const letterheadField = { type: ['string', 'null'], maxLength: 300 } as const;

const schema: Schema<StoredSettings> = {
  autoLockMinutes: { type: 'integer', minimum: 1, maximum: 240, default: AUTO_LOCK_DEFAULT_MINUTES },
  // The practice's own details for printed documents (the core checks them with zod).
  letterhead: {
    type: 'object',
    properties: {
      practiceName: letterheadField,
      address: letterheadField,
      phone: letterheadField,
      clinicianName: letterheadField,
      credentials: letterheadField,
      licenceNumber: letterheadField,
    },
    additionalProperties: false,
  },
  // Backup folder, interval, retention and last checks (the core checks them with zod).
  backups: { type: 'object' },
  initialsInFileNames: { type: 'boolean' },
  saveFolders: {
    type: 'object',
    properties: Object.fromEntries(
      SAVE_FILE_KINDS.map((kind) => [kind, { type: 'string', maxLength: 4096 }]),
    ),
    additionalProperties: false,
  },
  windowBounds: {
    type: 'object',
    properties: {
      x: { type: 'integer' },
      y: { type: 'integer' },
      width: { type: 'integer', minimum: 100 },
      height: { type: 'integer', minimum: 100 },
      maximized: { type: 'boolean' },
    },
    required: ['width', 'height', 'maximized'],
    additionalProperties: false,
  },
};

/** Keys the core may read and write through `PreferencesStore`. */
const PREFERENCE_KEYS: ReadonlySet<string> = new Set<keyof StoredPreferences>([
  'autoLockMinutes',
  'letterhead',
  'backups',
  'initialsInFileNames',
]);

function assertPreferenceKey(key: string): void {
  if (!PREFERENCE_KEYS.has(key)) throw new TypeError(`Unknown preference "${key}"`);
}

export interface Settings extends PreferencesStore {
  getWindowBounds(): WindowBounds | undefined;
  setWindowBounds(bounds: WindowBounds): void;
  /** The folder this kind of file was last saved in, if any. */
  getSaveFolder(kind: SaveFileKind): string | undefined;
  setSaveFolder(kind: SaveFileKind, folder: string): void;
}

/**
 * Wraps the store so callers can reach only known keys. The schema is a second fence:
 * `additionalProperties: false` with ajv's `removeAdditional` strips any unknown key
 * before it is written (or read back from a hand-edited file), and an invalid file is
 * cleared back to defaults rather than stopping the app from starting.
 */
export function openSettings(options: { cwd?: string } = {}): Settings {
  const store = new Store<StoredSettings>({
    name: 'preferences',
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
    schema,
    rootSchema: { additionalProperties: false },
    ajvOptions: { removeAdditional: true },
    defaults: { autoLockMinutes: AUTO_LOCK_DEFAULT_MINUTES },
    clearInvalidConfig: true,
    configFileMode: PRIVATE_FILE_MODE,
  });
  // The store applies the mode when it writes (just below); this covers a file an older
  // version left 0644 if that write is skipped because nothing changed.
  makePrivate(store.path);
  // Reading validates (and strips); writing the result back means a key someone added
  // by hand does not even linger on disk.
  const validated = store.store;
  store.store = validated;
  return {
    get(key) {
      assertPreferenceKey(key);
      return store.get(key) as StoredPreferences[typeof key] | undefined;
    },
    set(key, value) {
      assertPreferenceKey(key);
      // The object form: electron-store 12 (conf 16) types `set(key, value)` against every
      // dotted path, which a key generic over the top-level names cannot satisfy.
      store.set({ [key]: value } as Partial<StoredSettings>);
    },
    getWindowBounds: () => store.get('windowBounds'),
    setWindowBounds: (bounds) => store.set('windowBounds', bounds),
    getSaveFolder: (kind) => store.get('saveFolders')?.[kind],
    setSaveFolder: (kind, folder) =>
      store.set('saveFolders', { ...store.get('saveFolders'), [kind]: folder }),
  };
}

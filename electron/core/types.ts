import type { PageSize } from '@core/db/open';
import type { Channel, Envelope, Input, Output } from '@shared/contract';
import type { BackupPreferences } from '@shared/contract/backups';
import type { Preferences, ScreenLockWatch } from '@shared/contract/settings';

/** Parameters for scrypt; recorded in the vault file next to each wrap. */
export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/** Everything the core keeps outside the database: the settings screen's preferences and backup set-up. */
export type StoredPreferences = Preferences & { backups: BackupPreferences };

/** Where non-clinical preferences live: electron-store in the app, conf in tests. */
export interface PreferencesStore {
  get<K extends keyof StoredPreferences>(key: K): StoredPreferences[K] | undefined;
  set<K extends keyof StoredPreferences>(key: K, value: StoredPreferences[K]): void;
}

/** Which files a dialog offers: a label and the extensions (without the dot). */
export interface FileFilter {
  name: string;
  extensions: string[];
}

/**
 * Which kind of file is being saved (the report kinds, and export archives): the app's dialog
 * opens in the folder last used for that kind.
 */
export const SAVE_FILE_KINDS = ['progress', 'plan', 'note', 'worksheet', 'calendarSheet', 'export'] as const;
export type SaveFileKind = (typeof SAVE_FILE_KINDS)[number];

/**
 * Asks the clinician where to save a document: the suggested file name in, the chosen path
 * out, or null when they cancelled. Without a title and filter it is a PDF save dialog.
 * Electron's save dialog in the app; a temporary folder in tests.
 */
export type SaveDialog = (request: {
  fileName: string;
  kind: SaveFileKind;
  title?: string;
  filter?: FileFilter;
}) => Promise<string | null>;

/**
 * Asks the clinician to choose one existing file (a backup to restore, an archive to
 * import): its path, or null when they cancelled. Electron's open dialog in the app.
 */
export type OpenFileDialog = (request: {
  title: string;
  buttonLabel: string;
  filter: FileFilter;
}) => Promise<string | null>;

/**
 * Asks the clinician to choose a folder (for backups): its path, or null when they cancelled.
 * Electron's open dialog in the app; a temporary folder in tests.
 */
export type FolderDialog = () => Promise<string | null>;

export interface CoreOptions {
  /** Folder holding the encrypted database, the vault file and backups. */
  dataDir: string;
  /** Injected time source so tests are deterministic. */
  clock?: () => Date;
  /** scrypt cost for new wraps. Production uses the default; tests pass a cheaper one. */
  kdf?: ScryptParams;
  /** Page size of a database set up now. Production uses the default; tests pass 4096 to set up as older versions did. */
  databasePageSize?: PageSize;
  /** Defaults to a JSON file in `dataDir` (conf). */
  preferences?: PreferencesStore;
  /** Where `reports:save` asks for a path. Without one, saving reports says it needs the app window. */
  saveDialog?: SaveDialog;
  /** Where `backups:configure` asks for the backup folder. Without one, choosing a folder needs the app window. */
  folderDialog?: FolderDialog;
  /** Where restoring a backup or importing an archive asks for the file. Without one, those need the app window. */
  openFileDialog?: OpenFileDialog;
  /** The demo practice: printed documents carry a DEMO watermark. */
  demo?: boolean;
  /**
   * Parse the report fonts in the background after each unlock, so the first report is as quick
   * as the next (default true). Tests that make no report turn it off to save the CPU.
   */
  preloadFonts?: boolean;
  /** Whether the shell sees the OS screen lock (Settings shows it); absent without a shell. */
  screenLock?: () => ScreenLockWatch;
}

export interface Core {
  dispatch<C extends Channel>(channel: C, input: Input<C>): Promise<Envelope<Output<C>>>;
  dispatch(channel: string, input: unknown): Promise<Envelope<unknown>>;
  /** Locks the vault (closes the database, wipes the key). Safe to call when locked. */
  lock(): Promise<void>;
  /** Locks and releases everything; the core cannot be used afterwards. */
  close(): Promise<void>;
}

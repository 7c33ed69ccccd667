import { accessSync, constants, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { backupDatabase, pageSizeOf, verifyDatabaseFile } from '@core/db/backup';
import { inspectBackupFile } from '@core/db/contents';
import type { PageSize } from '@core/db/open';
import { errorCode as codeOf, errorSummary } from '@core/error-summary';
import { CoreFailure } from '@core/errors';
import type { Session } from '@core/session';
import type { FolderDialog, PreferencesStore } from '@core/types';
import type { KeyGeneration, Vault } from '@core/vault/vault';
import { databasePageSize, readVaultFile } from '@core/vault/vault-file';
import {
  BACKUP_DEFAULT_INTERVAL_HOURS,
  BACKUP_DEFAULT_POLICY,
  type BackupEntry,
  type BackupPreferences,
  type BackupStatus,
  backupPolicySchema,
  backupPreferencesSchema,
  type backupsContract,
} from '@shared/contract/backups';
import { type BackupTiming, estimateBackupMs } from '@shared/domain/backups/estimate';
import {
  type BackupKind,
  backupCreatedAt,
  backupFileName,
  backupKeyFileName,
  backupKind,
} from '@shared/domain/backups/file-name';
import { backupDueAtLock, backupReminder, lastVerifiedBackupAt } from '@shared/domain/backups/reminder';
import { applyRetention } from '@shared/domain/backups/retention';
import type { ServiceContext } from './context';
import type { HandlerMap } from './handlers';

export interface BackupsDeps {
  preferences: PreferencesStore;
  /** Asks the clinician for a folder (Electron's dialog); absent where there is no window. */
  folderDialog: FolderDialog | undefined;
  /** Writes the key file beside each backup, and swaps the database on restore. */
  vault: Pick<Vault, 'copyKeyFile' | 'replaceDatabase' | 'keyGeneration'>;
}

const defaults: BackupPreferences = {
  folder: null,
  intervalHours: BACKUP_DEFAULT_INTERVAL_HOURS,
  policy: BACKUP_DEFAULT_POLICY,
  lastBackupAt: null,
  checks: {},
  lastTiming: null,
  folderLastSeenAt: null,
  setupDeferredAt: null,
};

/** Reads the backup set-up, falling back to defaults field by field for anything invalid on disk. */
export function readBackupPreferences(store: PreferencesStore): BackupPreferences {
  const stored: unknown = store.get('backups');
  const whole = backupPreferencesSchema.safeParse(stored);
  if (whole.success) return whole.data;
  const raw = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
  const field = <K extends keyof BackupPreferences>(key: K): BackupPreferences[K] => {
    const parsed = backupPreferencesSchema.shape[key].safeParse(raw[key]);
    return parsed.success ? (parsed.data as BackupPreferences[K]) : defaults[key];
  };
  return {
    folder: field('folder'),
    intervalHours: field('intervalHours'),
    policy: field('policy'),
    lastBackupAt: field('lastBackupAt'),
    checks: field('checks'),
    lastTiming: field('lastTiming'),
    folderLastSeenAt: field('folderLastSeenAt'),
    setupDeferredAt: field('setupDeferredAt'),
  };
}

/**
 * The size of the open database with its write-ahead log: what a backup reads. The progress
 * estimate scales with it.
 */
function databaseBytes(s: Session): number {
  let bytes = 0;
  for (const suffix of ['', '-wal']) {
    try {
      bytes += statSync(`${s.db.name}${suffix}`).size;
    } catch {
      // No log at the moment: nothing to add.
    }
  }
  return bytes;
}

/** The system's error code (ENOENT, EACCES...), safe to show and to audit: never a path. */
function errorCode(error: unknown): string {
  return codeOf(error) ?? 'unknown';
}

function folderUnavailable(code: string, kind: BackupKind): CoreFailure {
  if (kind === 'before-restore') {
    return new CoreFailure(
      'not_saved',
      `Nothing was restored: a safety backup of your current records could not be written to the backup folder first (${code}). If the folder is on an external drive, connect the drive, or free some space. Your records are unchanged.`,
    );
  }
  return new CoreFailure(
    'not_saved',
    `No backup was made: it could not be written to the backup folder (${code}). If the folder is on an external drive, connect the drive, or choose another folder. Nothing was left behind.`,
  );
}

/**
 * Why `folder` cannot take a backup (a system error code), or null when it is an existing,
 * writable folder. A missing folder is never created: on a drive that is not plugged in,
 * its mount point would be an empty folder on the laptop itself.
 */
function unwritableReason(folder: string): string | null {
  try {
    if (!statSync(folder).isDirectory()) return 'ENOTDIR';
    accessSync(folder, constants.W_OK);
    return null;
  } catch (error) {
    return errorCode(error);
  }
}

/**
 * The page size of a backup in the folder, as its key file records it. Without a readable key
 * file, the open database's: a page size only changes with a new key, so every backup the
 * current key opens shares it.
 */
function backupPageSize(folder: string, fileName: string, s: Session): PageSize {
  try {
    const keyFile = readVaultFile(join(folder, backupKeyFileName(fileName)));
    if (keyFile) return databasePageSize(keyFile);
  } catch {
    // A damaged key file says nothing; the backup itself may still be fine.
  }
  return pageSizeOf(s.db);
}

function isAvailable(folder: string): boolean {
  try {
    return statSync(folder).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The name for a backup made now. A safety backup never takes the name of an earlier one:
 * that one is the way back from an earlier restore (an undo can follow a restore within the
 * second), so it moves on a second or more. A scheduled backup in the same second replaces
 * its twin, as it always has.
 */
function freshName(folder: string, now: Date, kind: BackupKind): string {
  let name = backupFileName(now, kind);
  for (let ahead = 1; kind === 'before-restore' && existsSync(join(folder, name)); ahead++) {
    name = backupFileName(new Date(now.getTime() + ahead * 1000), kind);
  }
  return name;
}

/**
 * Whether a backup was made under the current key or an earlier one. Its key file is a copy of
 * the vault file as it was, so its keyId says (absent in both counts as the same first key).
 * Without a readable key file, its time says: made before the current key replaced an earlier
 * one means earlier.
 */
function backupKeys(keyFilePath: string, createdAt: string, current: KeyGeneration): BackupEntry['keys'] {
  let keyFile: ReturnType<typeof readVaultFile> = null;
  try {
    keyFile = readVaultFile(keyFilePath);
  } catch {
    keyFile = null;
  }
  if (keyFile) return (keyFile.keyId ?? null) === current.keyId ? 'current' : 'earlier';
  return current.rotatedAt !== null && Date.parse(createdAt) < Date.parse(current.rotatedAt)
    ? 'earlier'
    : 'current';
}

/** Rekindle's backups in a folder (only names matching the pattern), newest first. */
function listBackups(
  folder: string,
  checks: BackupPreferences['checks'],
  generation: KeyGeneration,
): BackupEntry[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const entries: BackupEntry[] = [];
  for (const fileName of names) {
    const createdAt = backupCreatedAt(fileName);
    if (!createdAt) continue;
    try {
      const stats = statSync(join(folder, fileName));
      if (!stats.isFile()) continue;
      const keyFilePath = join(folder, backupKeyFileName(fileName));
      entries.push({
        fileName,
        createdAt,
        bytes: stats.size,
        verified: checks[fileName] ?? 'unchecked',
        kind: backupKind(fileName),
        hasKeyFile: existsSync(keyFilePath),
        keys: backupKeys(keyFilePath, createdAt, generation),
      });
    } catch {
      // Removed while listing: simply not there.
    }
  }
  return entries.sort((a, b) => (a.fileName < b.fileName ? 1 : -1));
}

// biome-ignore lint/complexity/noExcessiveLinesPerFunction: a handler map: each backups:* handler is its own short function, closing over the one backup runner
export function createBackupsService(ctx: ServiceContext, deps: BackupsDeps) {
  const read = () => readBackupPreferences(deps.preferences);
  const write = (next: BackupPreferences) => deps.preferences.set('backups', next);
  const list = (folder: string, checks: BackupPreferences['checks']) =>
    listBackups(folder, checks, deps.vault.keyGeneration());

  /**
   * Whether the chosen folder can be reached now, remembering when it last was: Today says so
   * once a drive has stayed away for a week, which only a remembered time can tell.
   */
  function checkFolder(settings: BackupPreferences): { settings: BackupPreferences; available: boolean } {
    if (settings.folder === null || !isAvailable(settings.folder)) return { settings, available: false };
    const seen = { ...settings, folderLastSeenAt: ctx.clock().toISOString() };
    write(seen);
    return { settings: seen, available: true };
  }

  function status(): BackupStatus {
    const { settings, available } = checkFolder(read());
    const { folder, intervalHours, policy, lastBackupAt, checks, lastTiming } = settings;
    const reminder = backupReminder(
      {
        folder,
        folderAvailable: available,
        folderLastSeenAt: settings.folderLastSeenAt,
        lastVerifiedAt: lastVerifiedBackupAt(checks),
        intervalHours,
        deferredAt: settings.setupDeferredAt,
      },
      ctx.clock(),
    );
    return {
      folder,
      folderAvailable: available,
      intervalHours,
      policy,
      lastBackupAt,
      estimatedMs: estimateBackupMs(lastTiming, databaseBytes(ctx.session())),
      backups: folder ? list(folder, checks) : [],
      reminder,
    };
  }

  /**
   * Deletes what the retention policy lets go, each with its key file. Only names matching
   * the backup pattern are ever considered, never a safety backup made before a restore (the
   * way back from it) and never the backup just written, so nothing else in the folder is touched.
   */
  function applyPolicy(folder: string, policy: BackupPreferences['policy'], justWritten: string): number {
    const scheduled = list(folder, {}).filter((entry) => entry.kind === 'scheduled');
    const { remove } = applyRetention(scheduled, policy);
    let removed = 0;
    for (const fileName of remove) {
      if (fileName === justWritten) continue;
      try {
        rmSync(join(folder, fileName), { force: true });
        rmSync(join(folder, backupKeyFileName(fileName)), { force: true });
        removed += 1;
      } catch {
        // Left for the next backup to try again; a stale copy is harmless.
      }
    }
    return removed;
  }

  /**
   * Writes one backup into the chosen folder: its key file first, then the database copy,
   * verified and renamed into place, so a backup under its final name always has its key
   * file. Then applies retention. A failure leaves neither file behind.
   */
  function writeBackup(s: Session, kind: BackupKind, automatic: boolean): BackupEntry {
    const settings = read();
    const { folder } = settings;
    if (folder === null) {
      throw new CoreFailure(
        'not_saved',
        kind === 'before-restore'
          ? 'Nothing was restored: choose a backup folder first, for the safety backup of your current records.'
          : 'No backup was made: choose a backup folder first.',
      );
    }
    const now = ctx.clock();
    const fileName = freshName(folder, now, kind);
    const keyFile = join(folder, backupKeyFileName(fileName));
    let bytes = 0;
    let timing: BackupTiming | null = null;
    let failure = unwritableReason(folder);
    if (failure === null) {
      let keyFileWritten = false;
      try {
        deps.vault.copyKeyFile(keyFile);
        keyFileWritten = true;
        // Temporary name, verified with the key, then renamed: a failure leaves no file behind.
        const started = performance.now();
        ({ bytes } = backupDatabase(s.db, s.key, join(folder, fileName)));
        timing = { ms: Math.round(performance.now() - started), bytes: databaseBytes(s) };
      } catch (error) {
        failure = error instanceof CoreFailure ? error.code : errorCode(error);
        // Only a key file written just now is ours to remove; whatever else holds its name stays.
        if (keyFileWritten) rmSync(keyFile, { force: true });
      }
    }
    if (failure !== null) {
      s.audit.record('backup.failed', undefined, { automatic, code: failure, kind });
      throw folderUnavailable(failure, kind);
    }
    const removed = applyPolicy(folder, settings.policy, fileName);
    const present = new Set(list(folder, {}).map((entry) => entry.fileName));
    const checks = Object.fromEntries(Object.entries(settings.checks).filter(([name]) => present.has(name)));
    write({
      ...settings,
      lastBackupAt: now.toISOString(),
      folderLastSeenAt: now.toISOString(),
      checks: { ...checks, [fileName]: 'verified' },
      lastTiming: timing,
    });
    s.audit.record('backup.created', undefined, { fileName, bytes, automatic, removed, kind });
    return {
      fileName,
      createdAt: backupCreatedAt(fileName) ?? now.toISOString(),
      bytes,
      verified: 'verified',
      kind,
      hasKeyFile: true,
      keys: 'current',
    };
  }

  /** A backup listed in the folder, with the folder; `not_found` otherwise. */
  function findBackup(fileName: string): { folder: string; entry: BackupEntry } {
    const settings = read();
    const entry = settings.folder
      ? list(settings.folder, settings.checks).find((e) => e.fileName === fileName)
      : undefined;
    if (!settings.folder || !entry) {
      throw new CoreFailure(
        'not_found',
        'That backup is not in the backup folder. It may have been removed.',
      );
    }
    return { folder: settings.folder, entry };
  }

  /**
   * A backup the open key can read. One made under an earlier key cannot be checked, shown or
   * restored from here: say so, instead of calling it damaged.
   */
  function findCurrentKeyBackup(fileName: string): { folder: string; entry: BackupEntry } {
    const found = findBackup(fileName);
    if (found.entry.keys === 'earlier') {
      throw new CoreFailure(
        'conflict',
        'This backup was made with earlier keys: it opens only with the passphrase or recovery key that was current then, not with today’s. To look inside or restore it, lock Rekindle and choose “Restore from a backup” on the unlock screen.',
      );
    }
    return found;
  }

  /**
   * Called by the vault just before it closes the database (lock and quit). Backs up when a
   * folder is set and most of the interval has passed (see `backupDueAtLock`). It never stops the lock:
   * a failure is audited by `writeBackup` and logged here with its code only, never a path.
   */
  function beforeLock(s: Session): void {
    try {
      // Each lock is a moment the drive may be plugged in: remember it if it is.
      const { folder, intervalHours, lastBackupAt } = checkFolder(read()).settings;
      if (folder === null) return;
      if (!backupDueAtLock(lastBackupAt, intervalHours, ctx.clock())) return;
      writeBackup(s, 'scheduled', true);
    } catch (error) {
      console.error(`[rekindle] automatic backup before locking failed: ${errorSummary(error)}`);
    }
  }

  const handlers = {
    'backups:status': () => status(),

    'backups:configure': async ({ chooseFolder, intervalHours, policy }) => {
      let folder: string | null | undefined;
      if (chooseFolder) {
        if (!deps.folderDialog) {
          throw new CoreFailure('not_saved', 'Choosing a backup folder needs the Rekindle desktop window.');
        }
        const chosen = await deps.folderDialog();
        if (chosen !== null) {
          if (!isAbsolute(chosen)) {
            throw new CoreFailure('validation', 'Choose a folder for backups.', {
              fields: { chooseFolder: 'Choose a folder for backups.' },
            });
          }
          const reason = unwritableReason(chosen);
          if (reason !== null) {
            throw new CoreFailure(
              'not_saved',
              `Rekindle cannot write to that folder (${reason}). Choose another folder; the backup settings were not changed.`,
            );
          }
          folder = chosen;
        }
      }
      const current = read();
      write({
        ...current,
        ...(folder === undefined ? {} : { folder }),
        ...(intervalHours === undefined ? {} : { intervalHours }),
        ...(policy === undefined ? {} : { policy: backupPolicySchema.parse(policy) }),
      });
      return status();
    },

    // Only the choice and its time are kept: set-up is not asked again, and Today keeps the notice.
    'backups:defer': () => {
      const s = ctx.session();
      const current = read();
      const deferredAt = ctx.clock().toISOString();
      write({ ...current, setupDeferredAt: deferredAt });
      s.audit.record('backup.deferred', undefined, { folderSet: current.folder !== null });
      return status();
    },

    'backups:create': () => writeBackup(ctx.session(), 'scheduled', false),

    'backups:verify': ({ fileName }) => {
      const s = ctx.session();
      const { folder, entry } = findCurrentKeyBackup(fileName);
      let result: 'verified' | 'failed';
      try {
        verifyDatabaseFile(join(folder, fileName), s.key, backupPageSize(folder, fileName, s));
        result = 'verified';
      } catch {
        result = 'failed';
      }
      const latest = read();
      write({ ...latest, checks: { ...latest.checks, [fileName]: result } });
      s.audit.record('backup.verified', undefined, { fileName, result });
      return { ...entry, verified: result };
    },

    // A passphrase change re-wraps the same key, so the open key reads every backup made since
    // the last key rotation; earlier ones are refused by name.
    'backups:inspect': ({ fileName }) => {
      const { folder, entry } = findCurrentKeyBackup(fileName);
      const s = ctx.session();
      const contents = inspectBackupFile(join(folder, fileName), s.key, backupPageSize(folder, fileName, s));
      return { fileName, createdAt: entry.createdAt, contents };
    },

    'backups:restore': async ({ fileName }) => {
      const { folder, entry } = findCurrentKeyBackup(fileName);
      const pageSize = backupPageSize(folder, fileName, ctx.session());
      const { prepared: safetyBackup, contents } = await deps.vault.replaceDatabase(
        join(folder, fileName),
        pageSize,
        {
          // First the way back: if the current records cannot be backed up, nothing changes.
          beforeSwap: (s) => writeBackup(s, 'before-restore', false),
          afterSwap: (s, safety) =>
            s.audit.record('backup.restored', undefined, { fileName, safetyBackup: safety.fileName }),
        },
      );
      return { restored: { fileName, createdAt: entry.createdAt, contents }, safetyBackup };
    },
  } satisfies HandlerMap<keyof typeof backupsContract>;

  return { handlers, beforeLock };
}

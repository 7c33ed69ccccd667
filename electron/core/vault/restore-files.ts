import { existsSync, mkdirSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { vacuumInto } from '@core/db/backup';
import { backupUnreadable } from '@core/db/contents';
import { openEncryptedDatabase, type PageSize } from '@core/db/open';
import { CoreFailure } from '@core/errors';
import { fsyncDirectory, fsyncFile } from '@core/files';
import { readVaultFile, type VaultFile } from './vault-file';

/** The data folder's database and the vault (key) file beside it. */
export const DATABASE_FILE = 'rekindle.db';
export const VAULT_FILE = 'vault.json';

/**
 * The files that make up the records in a data folder: `-wal` and `-shm` belong to the
 * database, and so does a `-journal` left by a crash (SQLite would roll it back into whatever
 * database next takes the name, so it always moves with its own).
 */
export const DATABASE_SUFFIXES = ['', '-wal', '-shm', '-journal'] as const;

/**
 * Reads a backup's key file (the vault file as it was when the backup was made). A backup
 * without one cannot be opened on a computer whose vault file is gone, so say so plainly.
 */
export function readBackupKeyFile(path: string): VaultFile {
  let keyFile: VaultFile | null;
  try {
    keyFile = readVaultFile(path);
  } catch {
    throw new CoreFailure(
      'vault_corrupt',
      'The key file beside this backup is damaged, so the backup cannot be opened. Choose another backup; nothing has been changed.',
    );
  }
  if (!keyFile) {
    throw new CoreFailure(
      'vault_missing',
      'This backup has no key file beside it (a file ending in .vault.json with the same name), so it cannot be opened. Copy the key file into the same folder, or choose another backup; nothing has been changed.',
    );
  }
  return keyFile;
}

/**
 * Copies the database at `source` to `target` through SQLite, opened read-only with its key:
 * whatever is still in the source's write-ahead log (a folder copied from a computer that
 * crashed) comes along, which a plain file copy would silently leave behind. The copy has no
 * log of its own and is on the disk before anything relies on it. The copy keeps the source's
 * page size (`pageSize`, from the source's key file).
 */
export function copyDurably(source: string, key: Buffer, target: string, pageSize: PageSize): void {
  rmSync(target, { force: true });
  try {
    let db: ReturnType<typeof openEncryptedDatabase>;
    try {
      db = openEncryptedDatabase(source, Buffer.from(key), { mustExist: true, readonly: true, pageSize });
    } catch (error) {
      throw backupUnreadable(error) ?? error;
    }
    try {
      vacuumInto(db, target);
    } finally {
      db.close();
    }
    fsyncFile(target);
  } catch (error) {
    for (const suffix of DATABASE_SUFFIXES) rmSync(`${target}${suffix}`, { force: true });
    throw error;
  }
}

const pad = (value: number) => String(value).padStart(2, '0');

/** `replaced-20261120-090000`: UTC, so the folders sort in time order. */
function replacedFolderName(instant: Date): string {
  const date = `${instant.getUTCFullYear()}${pad(instant.getUTCMonth() + 1)}${pad(instant.getUTCDate())}`;
  const time = `${pad(instant.getUTCHours())}${pad(instant.getUTCMinutes())}${pad(instant.getUTCSeconds())}`;
  return `replaced-${date}-${time}`;
}

export interface MovedAside {
  /** The folder's name inside the data folder. */
  folder: string;
  /** The file names moved into it, to put back if the restore cannot finish. */
  files: string[];
}

/**
 * Moves the records' files (`names`) out of `dataDir` into a new `replaced-<stamp>` folder
 * beside them, never deleting anything: a damaged database may still hold something worth
 * recovering by hand. Returns null when there was nothing to move.
 */
export function moveAside(dataDir: string, names: readonly string[], now: Date): MovedAside | null {
  const present = names.filter((name) => existsSync(join(dataDir, name)));
  if (present.length === 0) return null;
  const base = replacedFolderName(now);
  let folder = base;
  for (let n = 2; existsSync(join(dataDir, folder)); n += 1) folder = `${base}-${n}`;
  mkdirSync(join(dataDir, folder), { mode: 0o700 });
  const moved: string[] = [];
  try {
    for (const name of present) {
      renameSync(join(dataDir, name), join(dataDir, folder, name));
      moved.push(name);
    }
  } catch (error) {
    putBack(dataDir, { folder, files: moved });
    throw error;
  }
  fsyncDirectory(join(dataDir, folder));
  fsyncDirectory(dataDir);
  return { folder, files: moved };
}

/** Undoes `moveAside` (the restore could not finish): the files go back where they were. */
export function putBack(dataDir: string, moved: MovedAside): void {
  for (const name of moved.files) {
    renameSync(join(dataDir, moved.folder, name), join(dataDir, name));
  }
  try {
    rmdirSync(join(dataDir, moved.folder));
  } catch {
    // Not empty after all: leave it, it holds nothing of ours to lose.
  }
  fsyncDirectory(dataDir);
}

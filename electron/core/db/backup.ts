import { renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { createPrivately, fsyncDirectory, fsyncFile, makePrivate, removeFilesNamed } from '@core/files';
import { openEncryptedDatabase, PAGE_SIZES, type PageSize } from './open';
import type { Db } from './sqlite';

export interface BackupResult {
  path: string;
  bytes: number;
  /** The copy's page size: the source's. Its key file must record it. */
  pageSize: PageSize;
}

/**
 * Verifies a database file: opens it with the key read-only and runs SQLite's and the
 * cipher's integrity checks. Throws when either finds a problem.
 *
 * With this driver (SQLite3 Multiple Ciphers) `cipher_integrity_check` is not implemented and
 * returns no rows; it is kept for a driver that has it. The proof is `integrity_check`: it
 * reads every b-tree page, and the cipher authenticates each page it decrypts. A copy made by
 * `VACUUM INTO` has no free pages, so that is every page of the file.
 */
export function verifyDatabaseFile(path: string, key: Buffer, pageSize?: PageSize): void {
  const copy = openEncryptedDatabase(path, key, {
    mustExist: true,
    readonly: true,
    ...(pageSize === undefined ? {} : { pageSize }),
  });
  try {
    const integrity = copy.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new Error('Backup failed its integrity check');
    const cipherProblems = copy.pragma('cipher_integrity_check') as unknown[];
    if (cipherProblems.length > 0) throw new Error('Backup failed its cipher integrity check');
  } finally {
    copy.close();
  }
}

/**
 * The page size of an open database. `VACUUM INTO` writes the copy with the source's page size
 * (the cipher keeps it), so this is also the page size of every copy made from it.
 */
export function pageSizeOf(db: Db): PageSize {
  const size = db.pragma('page_size', { simple: true });
  const known = PAGE_SIZES.find((candidate) => candidate === size);
  if (known === undefined) throw new Error(`Unexpected database page size ${String(size)}`);
  return known;
}

/** The temporary name a copy is written under until it is verified. */
function partialName(target: string): string {
  return join(dirname(target), `.${basename(target)}.partial`);
}

/**
 * Only names `partialName` makes, and the rollback journal SQLite keeps beside the copy while
 * writing it: nothing else in the folder is ever touched.
 */
const PARTIAL = /^\..+\.db\.partial(-journal)?$/;

/**
 * Removes copies a crash (or a pulled drive) left half-written in `folder`. They are never
 * under a backup's name, so nothing lists or restores them; this only gives back the space.
 */
function removeUnfinishedCopies(folder: string): void {
  removeFilesNamed(folder, (name) => PARTIAL.test(name));
}

/**
 * `VACUUM INTO` with the copy owner-only from its first byte: SQLite would create the target
 * 0644 (less the umask), but it writes into an empty file it is given, keeping that file's
 * mode. The chmod after is for a target that was there already, empty, with another mode.
 */
export function vacuumInto(db: Db, target: string): void {
  createPrivately(target);
  db.prepare('VACUUM INTO ?').run(target);
  makePrivate(target);
}

/**
 * Writes an encrypted copy of the open database. `VACUUM INTO` encrypts the copy with the
 * same key (the driver's `backup()` can write an unencrypted copy, so it is never used).
 * The copy is written under a temporary name, verified, and only then renamed into place,
 * so a crash never leaves a half-written file under the final name.
 */
export function backupDatabase(db: Db, key: Buffer, target: string): BackupResult {
  const temporary = partialName(target);
  const pageSize = pageSizeOf(db);
  removeUnfinishedCopies(dirname(target));
  try {
    vacuumInto(db, temporary);
    verifyDatabaseFile(temporary, key, pageSize);
    // On the disk before its name says it is a backup: a power cut must not leave a named,
    // empty file (the rename can reach the disk before unsynced data does).
    fsyncFile(temporary);
    renameSync(temporary, target);
    fsyncDirectory(dirname(target));
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  return { path: target, bytes: statSync(target).size, pageSize };
}

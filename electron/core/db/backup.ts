import { renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fsyncDirectory } from '../files';
import { openEncryptedDatabase } from './open';
import type { Db } from './sqlite';

export interface BackupResult {
  path: string;
  bytes: number;
}

/**
 * Verifies a database file: opens it with the key read-only and runs SQLite's and the
 * cipher's integrity checks. Throws when either finds a problem.
 */
export function verifyDatabaseFile(path: string, key: Buffer, nativeBinding?: string): void {
  const copy = openEncryptedDatabase(path, key, { mustExist: true, readonly: true, nativeBinding });
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
 * Writes an encrypted copy of the open database. `VACUUM INTO` encrypts the copy with the
 * same key (the driver's `backup()` can write an unencrypted copy, so it is never used).
 * The copy is written under a temporary name, verified, and only then renamed into place,
 * so a crash never leaves a half-written file under the final name.
 */
export function backupDatabase(db: Db, key: Buffer, target: string, nativeBinding?: string): BackupResult {
  const temporary = join(dirname(target), `.${basename(target)}.partial`);
  rmSync(temporary, { force: true });
  try {
    db.prepare('VACUUM INTO ?').run(temporary);
    verifyDatabaseFile(temporary, key, nativeBinding);
    renameSync(temporary, target);
    fsyncDirectory(dirname(target));
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  return { path: target, bytes: statSync(target).size };
}

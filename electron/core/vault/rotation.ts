import { randomBytes } from 'node:crypto';
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fsyncDirectory, removeFilesNamed } from '@core/files';

/**
 * Key rotation on disk. The database and the vault file that unlocks it must change together,
 * but a folder offers only one atomic step per file, so the protocol makes the database's
 * rename the single commit point and derives the vault file from it:
 *
 *   1. `.rekindle.db.rotating`: the records re-encrypted under the new key, verified, fsynced.
 *   2. `.vault.json.rotating`: the vault file with the new wraps and keyId (written atomically,
 *      fsynced), only once 1 is complete. So a pending vault file always means a finished copy.
 *   3. The live database is closed (its write-ahead log folded in and gone; a non-empty -wal or
 *      -journal stops the rotation, as it may hold the only copy of something), its -shm removed.
 *   4. COMMIT: `.rekindle.db.rotating` is renamed over `rekindle.db` (the old file goes with the
 *      rename, under no name at all), and the folder is fsynced.
 *   5. `.vault.json.rotating` is renamed over `vault.json`, and the folder is fsynced.
 *
 * Recovery (`finishInterruptedRotation`, run before anything reads the vault file):
 *   - pending vault file and the copy both present: the commit did not happen. Roll back: the
 *     pending vault file goes first, then the copy (in that order, so a crash while rolling
 *     back can never leave a pending vault file without its copy, which would read as committed).
 *   - pending vault file present, copy gone: the commit happened. Roll forward: step 5.
 *   - only a copy (or its journal): a rotation died while writing it. Delete it.
 * Killed at any moment, the folder therefore holds the old key and database or the new ones.
 */

/** The names a rotation in progress writes beside the database and the vault file. */
export interface RotationFiles {
  /** The re-encrypted copy of the records (step 1). */
  copy: string;
  /** The vault file for the new key, waiting for the commit (step 2). */
  pendingVault: string;
}

export function rotationFiles(databasePath: string, vaultPath: string): RotationFiles {
  return {
    copy: join(dirname(databasePath), `.${basename(databasePath)}.rotating`),
    pendingVault: join(dirname(vaultPath), `.${basename(vaultPath)}.rotating`),
  };
}

/** A new key generation's name: 16 random bytes in hex. Not secret; it only tells keys apart. */
export function newKeyId(): string {
  return randomBytes(16).toString('hex');
}

const COPY_SIDE_FILES = ['', '-journal', '-wal', '-shm'] as const;

/**
 * Undoes a rotation that has not committed. The pending vault file goes first: until it is
 * gone, the copy must stay, or recovery would read the pair as committed.
 */
export function abandonRotation(files: RotationFiles): void {
  rmSync(files.pendingVault, { force: true });
  fsyncDirectory(dirname(files.pendingVault));
  for (const suffix of COPY_SIDE_FILES) rmSync(`${files.copy}${suffix}`, { force: true });
  removeUnfinishedVaultWrites(files.pendingVault);
}

/**
 * The temporary files `writeFileAtomic` writes the pending vault file through, left by a kill
 * in the middle of writing it. They hold only the wraps of a key that never took over.
 */
function removeUnfinishedVaultWrites(pendingVault: string): void {
  const prefix = `.${basename(pendingVault)}.`;
  removeFilesNamed(dirname(pendingVault), (name) => name.startsWith(prefix) && name.endsWith('.tmp'));
}

/**
 * Step 3: with the live database closed, its -shm goes, and a -wal or -journal must be empty
 * (closing the last connection folds the log into the file). Throws, changing nothing that
 * matters, when one still holds something.
 */
export function releaseClosedDatabase(databasePath: string): void {
  for (const suffix of ['-wal', '-journal']) {
    const path = `${databasePath}${suffix}`;
    if (existsSync(path) && statSync(path).size > 0) {
      throw new Error(`The database's ${suffix} file still holds changes`);
    }
  }
  for (const suffix of ['-wal', '-journal', '-shm']) rmSync(`${databasePath}${suffix}`, { force: true });
}

/** Step 4, the commit point: the verified copy takes the database's name. */
export function commitRotatedDatabase(files: RotationFiles, databasePath: string): void {
  renameSync(files.copy, databasePath);
  fsyncDirectory(dirname(databasePath));
}

/** Step 5: the pending vault file takes the vault file's name. */
export function installPendingVault(files: RotationFiles, vaultPath: string): void {
  renameSync(files.pendingVault, vaultPath);
  fsyncDirectory(dirname(vaultPath));
}

export type RotationRecovery = 'none' | 'rolled-back' | 'rolled-forward';

/** Finishes or undoes a rotation a crash interrupted (see the protocol above). */
export function finishInterruptedRotation(databasePath: string, vaultPath: string): RotationRecovery {
  const files = rotationFiles(databasePath, vaultPath);
  if (existsSync(files.pendingVault)) {
    if (existsSync(files.copy)) {
      abandonRotation(files);
      return 'rolled-back';
    }
    installPendingVault(files, vaultPath);
    return 'rolled-forward';
  }
  removeUnfinishedVaultWrites(files.pendingVault);
  if (!COPY_SIDE_FILES.some((suffix) => existsSync(`${files.copy}${suffix}`))) return 'none';
  abandonRotation(files);
  return 'rolled-back';
}

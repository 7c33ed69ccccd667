import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { errorSummary } from '@core/error-summary';
import { CoreFailure } from '@core/errors';
import { fsyncDirectory } from '@core/files';
import {
  DATABASE_FILE,
  DATABASE_SUFFIXES,
  type MovedAside,
  moveAside,
  putBack,
  VAULT_FILE,
} from './restore-files';
import { type VaultFile, writeVaultFile } from './vault-file';

/**
 * The file moves of a restore: how a checked copy takes the database's place in the data folder,
 * how the records it replaces are kept, and how a swap cut short by a crash is finished. The
 * vault (vault.ts) keeps the key and opens the database; it passes the opening in as a callback,
 * so no key passes through here.
 */

/** A restored copy, checked in the data folder before it takes the database's place. */
const INCOMING_FILE = `.${DATABASE_FILE}.restoring`;
/** The database a restore replaces, until the restored copy has opened. */
const PREVIOUS_FILE = `.${DATABASE_FILE}.previous`;

/** Where a data folder keeps its records. */
export interface DataFolder {
  dataDir: string;
  databasePath: string;
  vaultPath: string;
}

/** Where a restore writes its copy before the swap. */
export function incomingPath(folder: DataFolder): string {
  return join(folder.dataDir, INCOMING_FILE);
}

/**
 * Renames a database file and whichever of its -wal and -shm exist, the main file last:
 * if a rename fails part-way, the main file is still where it was.
 */
function moveDatabase(dataDir: string, from: string, to: string): void {
  for (const suffix of [...DATABASE_SUFFIXES].reverse()) {
    if (existsSync(`${from}${suffix}`)) renameSync(`${from}${suffix}`, `${to}${suffix}`);
  }
  fsyncDirectory(dataDir);
}

/**
 * A Backups-screen restore killed between moving the open records to `.rekindle.db.previous`
 * and renaming the backup's copy into place leaves no database: the records are put back.
 * (The copy was only ever a copy; the backup itself is untouched.)
 */
export function finishInterruptedSwap(folder: DataFolder): void {
  const previous = join(folder.dataDir, PREVIOUS_FILE);
  if (existsSync(folder.databasePath) || !existsSync(previous)) return;
  try {
    moveDatabase(folder.dataDir, previous, folder.databasePath);
  } catch {
    // Unlock then names the database as missing, and the copy stays where it is.
  }
}

/** Folders a restore moved earlier records into, newest last. */
export function replacedFolders(dataDir: string): string[] {
  try {
    return readdirSync(dataDir)
      .filter((name) => name.startsWith('replaced-'))
      .sort();
  } catch {
    return [];
  }
}

/**
 * A restore cut short (a crash) leaves the replaced records as `.rekindle.db.previous`: it may
 * be the only copy of something, and it is under the key of its time. Neither another restore
 * nor a rotation (which would leave that copy readable with the old key) goes on past it.
 */
export function refuseWhileRestoreUnfinished(dataDir: string, nothingDone: string): void {
  if (!existsSync(join(dataDir, PREVIOUS_FILE))) return;
  throw new CoreFailure(
    'conflict',
    `An earlier restore did not finish: its copy of the records (${PREVIOUS_FILE}) is still in the data folder. ${nothingDone}; lock Rekindle and choose “Restore from a backup” on the unlock screen, which keeps that copy aside.`,
  );
}

/**
 * The Backups screen's swap, run with the current database closed (only then are its -wal and
 * -shm safe to move): the records move to `.rekindle.db.previous`, the checked copy takes
 * their place and `openRestored` opens it. Whatever step fails, the old database goes back
 * and `reopenCurrent` opens it again as it was, and the error is rethrown.
 */
export function swapInRestored(
  folder: DataFolder,
  openRestored: () => void,
  reopenCurrent: () => void,
): void {
  const { dataDir, databasePath } = folder;
  const previous = join(dataDir, PREVIOUS_FILE);
  try {
    moveDatabase(dataDir, databasePath, previous);
    renameSync(incomingPath(folder), databasePath);
    fsyncDirectory(dataDir);
    openRestored();
  } catch (error) {
    if (existsSync(previous)) {
      for (const suffix of DATABASE_SUFFIXES) rmSync(`${databasePath}${suffix}`, { force: true });
    }
    moveDatabase(dataDir, previous, databasePath);
    reopenCurrent();
    throw error;
  }
}

/**
 * After a swap: the safety backup is the way back, but it may sit on a drive that goes away, so
 * the records as they were also stay in the data folder, moved aside, never deleted. The
 * restore has happened either way, so a failure here is logged, not the restore's failure.
 */
export function keepReplacedRecords(dataDir: string, now: Date): void {
  try {
    moveAside(
      dataDir,
      DATABASE_SUFFIXES.map((suffix) => `${PREVIOUS_FILE}${suffix}`),
      now,
    );
  } catch (error) {
    console.error(`[rekindle] the replaced records stay as ${PREVIOUS_FILE}: ${errorSummary(error)}`);
  }
}

/**
 * A restore while locked: everything of the records in the data folder (the database, a copy
 * left by an unfinished swap, the vault file) moves into a `replaced-*` folder.
 */
export function moveRecordsAside(dataDir: string, now: Date): MovedAside | null {
  const replaced = [
    ...DATABASE_SUFFIXES.flatMap((suffix) => [`${DATABASE_FILE}${suffix}`, `${PREVIOUS_FILE}${suffix}`]),
    VAULT_FILE,
  ];
  return moveAside(dataDir, replaced, now);
}

/**
 * Puts a verified copy and its vault file in place and opens it (`open`); on failure, removes
 * only our own copies and puts back what was moved.
 */
export function installRestored(
  folder: DataFolder,
  vault: VaultFile,
  moved: MovedAside | null,
  open: () => void,
): void {
  try {
    renameSync(incomingPath(folder), folder.databasePath);
    writeVaultFile(folder.vaultPath, vault);
    open();
  } catch (error) {
    // What was in the folder is in `moved`.
    for (const suffix of DATABASE_SUFFIXES) rmSync(`${folder.databasePath}${suffix}`, { force: true });
    rmSync(folder.vaultPath, { force: true });
    if (moved) putBack(folder.dataDir, moved);
    throw error;
  }
}

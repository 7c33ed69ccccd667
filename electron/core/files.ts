import {
  chmodSync,
  closeSync,
  fsyncSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { errorCode } from './error-summary';

/**
 * Owner read and write only. Everything the core writes into the data or backup folder holds
 * records, guards their key or says something about them, and a shared computer's other
 * accounts must not read it (SQLite and `fs` would otherwise create files 0644).
 */
export const PRIVATE_FILE_MODE = 0o600;

/**
 * Makes every file this process creates from now on owner-only (umask 077): what SQLite,
 * conf or Chromium create without asking for a mode. Called first thing by the Electron main
 * process and the practice host. The umask is process-global (tests share one process), so
 * the core still gives its own files `PRIVATE_FILE_MODE` explicitly; this is the net below.
 */
export function restrictNewFileModes(): void {
  try {
    process.umask(0o077);
  } catch {
    // Worker threads may not set the umask; the explicit modes still apply there.
  }
}

/** Gives an existing file `PRIVATE_FILE_MODE` (a file made by an older version, or by SQLite); a missing file is fine. */
export function makePrivate(path: string): void {
  try {
    chmodSync(path, PRIVATE_FILE_MODE);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
}

/**
 * Creates `path` empty with `PRIVATE_FILE_MODE` unless something is there already, so a
 * program that then opens it (SQLite) finds a private file rather than creating a readable one.
 */
export function createPrivately(path: string): void {
  try {
    closeSync(openSync(path, 'wx', PRIVATE_FILE_MODE));
  } catch (error) {
    if (errorCode(error) !== 'EEXIST') throw error;
  }
}

/**
 * Writes a file so that a crash leaves either the old or the new content, never a torn
 * file: write a sibling temporary file, fsync it, rename over the target, fsync the folder.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(temporary, content, { mode: PRIVATE_FILE_MODE });
    fsyncFile(temporary);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  fsyncDirectory(dirname(path));
}

/** Flushes a file's content to the disk. */
export function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes a rename durable. Some platforms (Windows) cannot open folders; that is fine there. */
export function fsyncDirectory(path: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    fsyncSync(fd);
  } catch {
    // Directory fsync is unsupported on some platforms; the rename is still atomic.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Reads a UTF-8 file, or `null` when it does not exist. */
export function readFileIfExists(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Removes the files in `folder` whose names `matches` accepts (leftovers of an interrupted
 * write). A folder that cannot be read has nothing to remove.
 */
export function removeFilesNamed(folder: string, matches: (name: string) => boolean): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    if (matches(name)) rmSync(join(folder, name), { force: true });
  }
}

import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { errorCode } from '@core/error-summary';
import { CoreFailure } from '@core/errors';
import { createPrivately, makePrivate } from '@core/files';
import { Database, type Db } from './sqlite';

const PLAIN_SQLITE_HEADER = 'SQLite format 3\0';

/**
 * The page sizes a Rekindle database can have. Each page is encrypted and authenticated on
 * its own (AES-256-CBC plus an HMAC-SHA512 per page), so larger pages mean fewer HMACs and
 * re-encryptions for the same rows; the HMAC is most of the cost of writing.
 */
export const PAGE_SIZES = [4096, 16384] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
/** SQLCipher 4's default, and the size of every database made before page sizes were recorded. */
export const LEGACY_PAGE_SIZE: PageSize = 4096;
/** The page size of a database created now (a new vault, and a rotation's new database). */
export const NEW_DATABASE_PAGE_SIZE: PageSize = 16384;

export interface OpenOptions {
  /** Refuse to create the file (every open but the first). */
  mustExist?: boolean;
  readonly?: boolean;
  /**
   * Re-encrypts the file under this key as soon as the current key has proved itself (key
   * rotation). Only for a private copy in rollback-journal mode that no other connection has
   * open: SQLite3 Multiple Ciphers cannot rekey a WAL database. The connection stays without
   * a journal and without fsyncs (closing it leaves nothing beside the copy): the copy is
   * disposable until the caller has verified it and flushed it to the disk.
   */
  rekeyTo?: Buffer;
  /**
   * The page size the file was created with (recorded in its vault or key file). The cipher
   * cannot read it from the encrypted file, so it must be told; a wrong one reads as damage.
   * Absent: 4096, what every database made before it was recorded has.
   */
  pageSize?: PageSize;
}

/**
 * Applies the raw 32-byte key in SQLCipher v4 format. Order matters: cipher, legacy and the
 * page size select the format, then the key, then a read proves the key before anything else
 * runs. A SQLCipher 4 reader opens a 16 KiB file with `PRAGMA cipher_page_size = 16384`.
 * The hex form of the key is a JS string and cannot be wiped; the Buffer is wiped on lock.
 */
function applyKey(db: Db, key: Buffer, pageSize: PageSize): void {
  db.pragma(`cipher='sqlcipher'`);
  db.pragma('legacy=4');
  // Fixed values from PAGE_SIZES (checked by the type and the vault file's schema), never input text.
  db.pragma(`legacy_page_size=${pageSize}`);
  db.pragma(`key="x'${key.toString('hex')}'"`);
}

/**
 * Writes every page again under `newKey`. The copy is disposable until verified, so it goes
 * without a rollback journal and without fsyncs: a crash or a full disk half-way leaves only a
 * damaged private copy, which the caller deletes (and the verification would refuse anyway).
 */
function rekeyPrivateCopy(db: Db, newKey: Buffer): void {
  if (db.pragma('journal_mode', { simple: true }) === 'wal') {
    throw new Error('Refusing to rekey a database in WAL mode');
  }
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma(`rekey="x'${newKey.toString('hex')}'"`);
}

/** The first 16 bytes of a file: plain SQLite databases start with a known header. */
export function readHeader(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const header = Buffer.alloc(16);
    readSync(fd, header, 0, 16, 0);
    return header;
  } finally {
    closeSync(fd);
  }
}

let cipherBuildChecked = false;

/**
 * Refuses to go on with a driver that lacks the cipher (plain better-sqlite3 would happily
 * write an unencrypted file). Checked on an in-memory database: any statement on the real
 * file would need the key first.
 */
function assertCipherBuild(): void {
  if (cipherBuildChecked) return;
  const probe = new Database(':memory:');
  try {
    probe.prepare('SELECT sqlite3mc_version()').pluck().get();
    cipherBuildChecked = true;
  } catch {
    throw new CoreFailure(
      'not_encrypted_build',
      'This build of Rekindle cannot encrypt its database, so it will not open it.',
    );
  } finally {
    probe.close();
  }
}

function databaseCorrupt(): CoreFailure {
  return new CoreFailure(
    'database_corrupt',
    'The passphrase is right but the database cannot be read: the file is damaged. Restore it from a backup; Rekindle has not changed it.',
  );
}

function databaseForeign(what: string): CoreFailure {
  return new CoreFailure(
    'database_foreign',
    `The file in place of Rekindle’s database (rekindle.db) is ${what}, not Rekindle’s encrypted records. Restore the database from a backup; Rekindle has not changed or removed that file.`,
  );
}

/** Signatures of files that are sometimes copied or saved over a database by mistake. */
const FOREIGN_SIGNATURES: readonly [prefix: string, what: string][] = [
  [PLAIN_SQLITE_HEADER, 'an unencrypted SQLite database from another program'],
  ['%PDF-', 'a PDF document'],
  ['PK\u0003\u0004', 'a ZIP archive or office document'],
];

/**
 * Why the file at `path` cannot be a Rekindle database, judged from its size and first
 * bytes alone, or null when it could be one (then only the key can tell). A size that is not
 * whole pages is left to the key too: a torn Rekindle database looks like that, and must be
 * called damaged, never someone else's file. Tells a foreign
 * file from a damaged database so the clinician is not sent looking for disk faults.
 */
export function foreignFileReason(path: string): string | null {
  const size = statSync(path).size;
  if (size === 0) return 'an empty file';
  const start = readHeader(path).toString('latin1');
  for (const [prefix, what] of FOREIGN_SIGNATURES) {
    if (start.startsWith(prefix)) return what;
  }
  return null;
}

const CORRUPT_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB']);

/** Whether a driver error means pages of the file could not be read or authenticated. */
export function isCorruptionError(error: unknown): boolean {
  const code = errorCode(error);
  return code !== null && [...CORRUPT_CODES].some((c) => code === c || code.startsWith(`${c}_`));
}

/**
 * Reads every page of every table and index once (`quick_check`), so damage anywhere is
 * found at unlock instead of in the middle of a note. The cipher authenticates each page as
 * it is read; with this driver `cipher_integrity_check` returns nothing, so this is the check.
 */
export function assertDatabaseReadable(db: Db): void {
  let result: unknown;
  try {
    result = db.pragma('quick_check', { simple: true });
  } catch (error) {
    if (isCorruptionError(error)) throw databaseCorrupt();
    throw error;
  }
  if (result !== 'ok') throw databaseCorrupt();
}

/**
 * Opens an encrypted database with the key and the pragmas every connection needs.
 * Fails closed: if the driver is not the cipher build, or the file is a plain SQLite
 * database, it refuses rather than read or write unencrypted data.
 */
export function openEncryptedDatabase(path: string, key: Buffer, options: OpenOptions = {}): Db {
  if (options.mustExist) {
    const foreign = foreignFileReason(path);
    if (foreign) throw databaseForeign(foreign);
  }
  const writable = !options.readonly;
  // A new database is created here, owner-only, before SQLite would create it 0644; its -wal
  // and -shm then get the same mode (SQLite copies the database file's mode onto them).
  if (writable && !options.mustExist) createPrivately(path);
  const db = new Database(path, {
    fileMustExist: options.mustExist ?? false,
    readonly: options.readonly ?? false,
  });
  try {
    assertCipherBuild();
    applyKey(db, key, options.pageSize ?? LEGACY_PAGE_SIZE);
    try {
      db.prepare('SELECT count(*) FROM sqlite_master').pluck().get();
    } catch (error) {
      // Only what says the pages cannot be read or authenticated is damage; a busy, locked or
      // unreachable file is not, and must not send the clinician to restore over healthy records.
      if (isCorruptionError(error)) throw databaseCorrupt();
      throw error;
    }
    if (options.rekeyTo) {
      rekeyPrivateCopy(db, options.rekeyTo);
    } else if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      // FULL: a committed note survives a power cut, at the cost of an fsync per commit.
      db.pragma('synchronous = FULL');
      db.pragma('secure_delete = ON');
      // Files an older version left readable (or a -wal, -shm kept from then) are closed now.
      for (const suffix of ['', '-wal', '-shm']) makePrivate(`${path}${suffix}`);
    }
    // Every page read from disk is decrypted and authenticated; a 64 MiB page cache keeps
    // the hot ones (search index, document sizes) decrypted in memory. Memory only: no mmap.
    db.pragma('cache_size = -65536');
    db.pragma('temp_store = MEMORY');
    db.pragma('foreign_keys = ON');
    // Without this, INSERT OR REPLACE deletes a row without firing its DELETE trigger and so
    // slips past the guards on signed notes, addenda and the audit log.
    db.pragma('recursive_triggers = ON');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

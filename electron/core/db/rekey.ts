import { rmSync } from 'node:fs';
import { fsyncFile } from '../files';
import { vacuumInto } from './backup';
import { openEncryptedDatabase, type PageSize } from './open';
import type { Db } from './sqlite';

/** The files SQLite may keep beside a database while writing it. */
const SIDE_FILES = ['', '-journal', '-wal', '-shm'] as const;

/** Row counts of every ordinary table (FTS shadow tables included), by name. */
export function tableRowCounts(db: Db): Record<string, number> {
  const names = db
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name`,
    )
    .pluck()
    .all() as string[];
  const counts: Record<string, number> = {};
  for (const name of names) {
    counts[name] = db
      .prepare(`SELECT count(*) FROM "${name.replaceAll('"', '""')}"`)
      .pluck()
      .get() as number;
  }
  return counts;
}

function sameCounts(a: Record<string, number>, b: Record<string, number>): boolean {
  const names = Object.keys(a);
  return names.length === Object.keys(b).length && names.every((name) => a[name] === b[name]);
}

/**
 * Writes the open database `source` to `target` encrypted under `newKey` (key rotation), and
 * proves the result before anyone relies on it.
 *
 * Method: `VACUUM INTO` a private copy under the current key, then `PRAGMA rekey` on that copy.
 * A keyed `VACUUM INTO` straight to the new key is not possible with this driver: SQLite3
 * Multiple Ciphers takes a different key for a `VACUUM INTO` target only from URI parameters,
 * and better-sqlite3 opens connections without URI support (a `file:` name is taken literally).
 * `sqlcipher_export()` does not exist in SQLite3 Multiple Ciphers, and a hand-written export
 * (ATTACH ... KEY, then re-creating every table, FTS5 index, trigger and the user_version)
 * would be a second copy of the schema to get wrong. `PRAGMA rekey` is refused on a WAL
 * database, which is why the live database is never rekeyed; the copy `VACUUM INTO` writes is
 * in rollback mode, held by this connection alone, and carries everything committed so far,
 * including what is still in the live write-ahead log. At no point does an unencrypted page
 * reach the disk: the copy is written encrypted under the current key and rewritten under the
 * new one.
 *
 * `stamp` runs on the rekeyed copy before it is verified (the rotation's own audit entry, so
 * the database that takes over already records it) and returns the rows it added per table.
 * The proof: opened afresh with the new key, `integrity_check` (which reads and authenticates
 * every page, as the copy has no free pages), and every table's row count equal to the
 * source's plus what `stamp` added. Each is one pass over the file; on a large practice the
 * passes are the cost, so there are no others. The copy is on the
 * disk (fsync) when this returns. On any failure nothing is left under `target`.
 *
 * This is the one place a rotation writes the new database: a future page size is passed here.
 */
export function writeRekeyedCopy(
  source: Db,
  sourceKey: Buffer,
  target: string,
  newKey: Buffer,
  pageSize: PageSize,
  stamp: (copy: Db) => Record<string, number>,
): void {
  const removeCopy = () => {
    for (const suffix of SIDE_FILES) rmSync(`${target}${suffix}`, { force: true });
  };
  removeCopy();
  try {
    const expected = tableRowCounts(source);
    // Owner-only from its first byte, as every copy of the records (see vacuumInto).
    vacuumInto(source, target);
    const copy = openEncryptedDatabase(target, Buffer.from(sourceKey), {
      mustExist: true,
      pageSize,
      rekeyTo: newKey,
    });
    try {
      for (const [table, added] of Object.entries(stamp(copy))) {
        expected[table] = (expected[table] ?? 0) + added;
      }
    } finally {
      copy.close();
    }
    const check = openEncryptedDatabase(target, Buffer.from(newKey), {
      mustExist: true,
      readonly: true,
      pageSize,
    });
    try {
      if (check.pragma('integrity_check', { simple: true }) !== 'ok') {
        throw new Error('The copy failed its integrity check');
      }
      if (!sameCounts(tableRowCounts(check), expected)) throw new Error('The copy lost rows');
    } finally {
      check.close();
    }
    fsyncFile(target);
  } catch (error) {
    removeCopy();
    throw error;
  }
}

import { rmSync } from 'node:fs';
import { fsyncFile } from '@core/files';
import { pageSizeOf, vacuumInto } from './backup';
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
 * A different page size (an older 4 KiB vault moving to today's 16 KiB) cannot come from a copy
 * plus rekey: the cipher refuses to change the page size of an encrypted database ("Pagesize
 * cannot be changed"). Then the records are exported object by object instead
 * (`exportWithPageSize`), and the same proof applies.
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
    let copy: Db;
    if (pageSizeOf(source) === pageSize) {
      // Owner-only from its first byte, as every copy of the records (see vacuumInto).
      vacuumInto(source, target);
      copy = openEncryptedDatabase(target, Buffer.from(sourceKey), {
        mustExist: true,
        pageSize,
        rekeyTo: newKey,
      });
    } else {
      copy = exportWithPageSize(source, target, newKey, pageSize);
    }
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

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

interface SchemaObject {
  type: 'table' | 'index' | 'trigger' | 'view';
  name: string;
  sql: string | null;
}

/** Columns a row is written back with (generated and hidden ones are recomputed), and whether its rowid must be kept. */
function insertPlan(db: Db, table: string): { columns: string[]; keepRowid: boolean } {
  const info = db.prepare(`PRAGMA table_xinfo(${quote(table)})`).all() as {
    name: string;
    type: string;
    pk: number;
    hidden: number;
  }[];
  const columns = info.filter((column) => column.hidden === 0).map((column) => column.name);
  const keys = info.filter((column) => column.pk > 0);
  const rowidAlias = keys.length === 1 && keys[0]?.type.toUpperCase() === 'INTEGER';
  let hasRowid = true;
  try {
    db.prepare(`SELECT rowid FROM ${quote(table)} LIMIT 0`).all();
  } catch {
    hasRowid = false; // WITHOUT ROWID
  }
  // An FTS5 index with external content is keyed by the content table's rowid: it must survive.
  return { columns, keepRowid: hasRowid && !rowidAlias };
}

/**
 * The records of `source` written into a new database at `target`, encrypted under `newKey`
 * with `pageSize` pages, for the rotation that moves a vault to a new page size. The same copy
 * `sqlcipher_export()` makes in SQLCipher, which SQLite3 Multiple Ciphers does not have: the
 * tables and virtual tables first (an FTS5 table creates its own shadow tables), then every
 * row of every table, shadow tables included, with rowids kept, then indexes, then triggers
 * and views (after the rows, so no trigger runs on the copy), and the schema version. Rows
 * pass through memory only; nothing unencrypted reaches the disk. Returns the open copy,
 * without a journal (it is disposable until proven), for the caller's stamp and proof.
 */
function exportWithPageSize(source: Db, target: string, newKey: Buffer, pageSize: PageSize): Db {
  const copy = openEncryptedDatabase(target, Buffer.from(newKey), { pageSize });
  try {
    copy.pragma('journal_mode = OFF');
    copy.pragma('synchronous = OFF');
    copy.pragma('foreign_keys = OFF');
    // The FTS5 shadow tables are copied verbatim (a rebuilt index would differ from the source's
    // and could not be proven row for row); SQLite's defensive mode refuses writes to them.
    copy.unsafeMode(true);
    const objects = source
      .prepare(`SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY rowid`)
      .all() as SchemaObject[];
    const virtual = objects.filter((o) => o.type === 'table' && /^CREATE VIRTUAL TABLE/i.test(o.sql ?? ''));
    const isShadow = (name: string) => virtual.some((v) => name.startsWith(`${v.name}_`));
    const tables = objects.filter((o) => o.type === 'table' && !virtual.includes(o));
    copy.transaction(() => {
      for (const o of [...tables.filter((t) => !isShadow(t.name)), ...virtual]) copy.exec(o.sql ?? '');
      const rowTables = [
        ...tables.map((t) => t.name),
        ...(source.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'`).get()
          ? ['sqlite_sequence']
          : []),
      ];
      for (const table of rowTables) {
        // A shadow table or sqlite_sequence may hold rows its creation wrote: the source's replace them.
        copy.exec(`DELETE FROM ${quote(table)}`);
        const { columns, keepRowid } = insertPlan(source, table);
        const names = [...(keepRowid ? ['rowid'] : []), ...columns];
        const list = names.map(quote).join(', ');
        const insert = copy.prepare(
          `INSERT INTO ${quote(table)} (${list}) VALUES (${names.map(() => '?').join(', ')})`,
        );
        for (const row of source
          .prepare(`SELECT ${list} FROM ${quote(table)}`)
          .raw()
          .iterate()) {
          insert.run(...(row as unknown[]));
        }
      }
      for (const type of ['index', 'trigger', 'view'] as const) {
        for (const o of objects) if (o.type === type && o.sql) copy.exec(o.sql);
      }
      copy.pragma(`user_version = ${Number(source.pragma('user_version', { simple: true }))}`);
    })();
    copy.unsafeMode(false);
    copy.pragma('foreign_keys = ON');
    return copy;
  } catch (error) {
    copy.close();
    throw error;
  }
}

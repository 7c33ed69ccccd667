import { errorCode } from '@core/error-summary';
import { CoreFailure } from '@core/errors';
import type { BackupContents } from '@shared/contract/backups';
import { isoInstantOrNull } from '@shared/domain/dates';
import { migrations } from './migrations';
import { assertDatabaseReadable, openEncryptedDatabase, type PageSize } from './open';
import type { Db } from './sqlite';

/**
 * What a database file holds, for the clinician to see before restoring it: counts and the
 * newest record's date, never names or text. A backup may come from an older version, so a
 * table or column it lacks counts as none rather than failing.
 */

type CountName = keyof BackupContents['counts'];

/** Fixed identifiers (never input), so building the SQL from them is safe. */
const COUNTS: readonly { name: CountName; table: string; where?: string }[] = [
  { name: 'couples', table: 'couples' },
  { name: 'assessments', table: 'assessments' },
  { name: 'sessions', table: 'sessions' },
  { name: 'signedNotes', table: 'notes', where: "status = 'signed'" },
  { name: 'draftNotes', table: 'notes', where: "status = 'draft'" },
  { name: 'signedPlans', table: 'plan_versions', where: 'signed_at IS NOT NULL' },
  { name: 'measurements', table: 'measurements' },
];

/** Clinical tables whose times say how recent the records are (not the library or the audit log). */
const DATED_TABLES = [
  'couples',
  'assessments',
  'sessions',
  'notes',
  'note_addenda',
  'process_notes',
  'plan_versions',
  'measurements',
];
const TIME_COLUMNS = ['created_at', 'updated_at', 'signed_at'];

function columnsOf(db: Db, table: string): Set<string> {
  const rows = db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table) as string[];
  return new Set(rows);
}

/** Reads the contents of an open database (any schema version this code has seen or older). */
export function readContents(db: Db): BackupContents {
  const schemaVersion = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.length;
  const columns = new Map<string, Set<string>>();
  const columnsFor = (table: string) => {
    let found = columns.get(table);
    if (!found) {
      found = columnsOf(db, table);
      columns.set(table, found);
    }
    return found;
  };
  const counts = {} as Record<CountName, number>;
  for (const { name, table, where } of COUNTS) {
    const exists = columnsFor(table).size > 0;
    counts[name] = exists
      ? (db
          .prepare(`SELECT count(*) FROM ${table}${where ? ` WHERE ${where}` : ''}`)
          .pluck()
          .get() as number)
      : 0;
  }
  let newest: string | null = null;
  for (const table of DATED_TABLES) {
    const present = TIME_COLUMNS.filter((column) => columnsFor(table).has(column));
    for (const column of present) {
      const value = db.prepare(`SELECT max(${column}) FROM ${table}`).pluck().get() as string | null;
      if (value !== null && (newest === null || value > newest)) newest = value;
    }
  }
  return {
    counts,
    newestRecordAt: newest === null ? null : isoInstantOrNull(newest),
    schemaVersion,
    compatibility: schemaVersion > latest ? 'newer' : schemaVersion < latest ? 'older' : 'current',
  };
}

/**
 * Opens a database file read-only with the key, checks every page can be read (the cipher
 * authenticates each one), and says what it holds. Throws `database_corrupt` (or the
 * foreign-file failure) when it cannot be read; changes nothing in the file.
 */
export function inspectDatabaseFile(path: string, key: Buffer, pageSize: PageSize): BackupContents {
  const db = openEncryptedDatabase(path, key, { mustExist: true, readonly: true, pageSize });
  try {
    assertDatabaseReadable(db);
    return readContents(db);
  } finally {
    db.close();
  }
}

/**
 * A backup file the system would not read (a drive unplugged since the backup was chosen, no
 * permission), as opposed to a damaged one: said plainly with its code, never `internal`.
 * Null for anything else (SQLite's own errors but a file that would not open, our failures).
 */
export function backupUnreadable(error: unknown): CoreFailure | null {
  if (error instanceof CoreFailure) return null;
  const code = errorCode(error);
  if (code === null || !(/^E[A-Z]+$/.test(code) || code.startsWith('SQLITE_CANTOPEN'))) return null;
  return new CoreFailure(
    'not_found',
    `The backup file cannot be read (${code}). If it is on an external drive, connect the drive, then choose the backup again. Nothing has been changed.`,
  );
}

/**
 * `inspectDatabaseFile` for a backup: the failures speak of the backup, not of the records
 * in use, and say that nothing was changed.
 */
export function inspectBackupFile(path: string, key: Buffer, pageSize: PageSize): BackupContents {
  try {
    return inspectDatabaseFile(path, key, pageSize);
  } catch (error) {
    if (
      error instanceof CoreFailure &&
      (error.code === 'database_corrupt' || error.code === 'database_foreign')
    ) {
      throw new CoreFailure(
        'database_corrupt',
        'This backup cannot be read: the file is damaged or is not a Rekindle backup. Choose another backup; nothing has been changed.',
      );
    }
    throw backupUnreadable(error) ?? error;
  }
}

import { Database, type Db } from '@core/db/sqlite';

/** A plain SQLite database with the same pragmas as the app's: the baseline for the cost of encryption. */
export function openPlain(path: string): Db {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('secure_delete = ON');
  db.pragma('foreign_keys = ON');
  db.pragma('cache_size = -65536');
  db.pragma('temp_store = MEMORY');
  return db;
}

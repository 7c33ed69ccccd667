import type { Db } from '@core/db/sqlite';
import type { LibraryEntry } from '@shared/domain/library';

export interface LibraryRow {
  id: string;
  entry: string;
  origin: 'seed' | 'clinician';
  seed_hash: string | null;
  edited: 0 | 1;
  created_at: string;
  updated_at: string;
}

export function createLibraryRepo(db: Db) {
  return {
    all(): LibraryRow[] {
      return db.prepare('SELECT * FROM library_entries ORDER BY id').all() as LibraryRow[];
    },
    get(id: string): LibraryRow | null {
      return (
        (db.prepare('SELECT * FROM library_entries WHERE id = ?').get(id) as LibraryRow | undefined) ?? null
      );
    },
    insert(entry: LibraryEntry, origin: 'seed' | 'clinician', seedHash: string | null, now: string): void {
      db.prepare(
        `INSERT INTO library_entries (id, entry, origin, seed_hash, edited, created_at, updated_at)
         VALUES (?, ?, ?, ?, 0, ?, ?)`,
      ).run(entry.id, JSON.stringify(entry), origin, seedHash, now, now);
    },
    /** A newer seed text for an entry nobody edited. */
    replaceSeed(entry: LibraryEntry, seedHash: string, now: string): void {
      db.prepare(
        'UPDATE library_entries SET entry = ?, seed_hash = ?, updated_at = ? WHERE id = ? AND edited = 0',
      ).run(JSON.stringify(entry), seedHash, now, entry.id);
    },
    /** The clinician's own text: from now on no seed update touches it. */
    saveEdit(entry: LibraryEntry, now: string): void {
      db.prepare('UPDATE library_entries SET entry = ?, edited = 1, updated_at = ? WHERE id = ?').run(
        JSON.stringify(entry),
        now,
        entry.id,
      );
    },
  };
}

export type LibraryRepo = ReturnType<typeof createLibraryRepo>;

import type { Db } from '@core/db/sqlite';
import type { LibraryItem } from '@shared/contract/library';
import type { LibraryEntry } from '@shared/domain/library';

interface LibraryRow {
  id: string;
  entry: string;
  origin: LibraryItem['origin'];
  seed_hash: string | null;
  edited: 0 | 1;
  created_at: string;
  updated_at: string;
}

/** Stored entries passed the library schema on the way in (seed or clinician): read as they are. */
function toItem(row: LibraryRow): LibraryItem {
  return {
    entry: JSON.parse(row.entry) as LibraryEntry,
    origin: row.origin,
    edited: row.edited === 1,
    updatedAt: row.updated_at,
  };
}

/** What seeding needs to know of a stored entry: whose text it is, and which seed text it holds. */
export interface SeedState {
  origin: LibraryItem['origin'];
  edited: boolean;
  seedHash: string | null;
}

export function createLibraryRepo(db: Db) {
  const byId = db.prepare('SELECT * FROM library_entries WHERE id = ?');
  const row = (id: string) => byId.get(id) as LibraryRow | undefined;
  return {
    all(): LibraryItem[] {
      return (db.prepare('SELECT * FROM library_entries ORDER BY id').all() as LibraryRow[]).map(toItem);
    },
    /** The entries alone, in id order: what plans, homework and documents look names and rules up in. */
    entries(): LibraryEntry[] {
      return (db.prepare('SELECT entry FROM library_entries ORDER BY id').pluck().all() as string[]).map(
        (entry) => JSON.parse(entry) as LibraryEntry,
      );
    },
    get(id: string): LibraryItem | null {
      const found = row(id);
      return found ? toItem(found) : null;
    },
    seedState(id: string): SeedState | null {
      const found = row(id);
      return found ? { origin: found.origin, edited: found.edited === 1, seedHash: found.seed_hash } : null;
    },
    insert(entry: LibraryEntry, origin: LibraryItem['origin'], seedHash: string | null, now: string): void {
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

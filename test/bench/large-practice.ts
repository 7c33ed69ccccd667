import { randomUUID } from 'node:crypto';
import type { Db } from '../../electron/core/db/sqlite';

/** How many note-sized rows the large-practice benches write (100,000: about 190 MB). */
export const NOTES = Number(process.env.BENCH_NOTES ?? 100_000);

/** About the size of a session note: 1.5 KB of text. */
const NOTE = 'The couple practiced reflective listening and agreed on a weekly check-in. '.repeat(20);

/** Writes `NOTES` note-sized rows into a bench table, in batches, and folds the log into the file. */
export function fillWithNotes(db: Db): void {
  db.exec('CREATE TABLE bench_notes (id TEXT PRIMARY KEY, body TEXT NOT NULL) STRICT');
  const insert = db.prepare('INSERT INTO bench_notes (id, body) VALUES (?, ?)');
  const batch = db.transaction((count: number) => {
    for (let i = 0; i < count; i++) insert.run(randomUUID(), NOTE);
  });
  for (let done = 0; done < NOTES; done += 1_000) batch(Math.min(1_000, NOTES - done));
  db.pragma('wal_checkpoint(TRUNCATE)');
}

import { randomUUID } from 'node:crypto';
import { copyFileSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { backupDatabase } from '@core/db/backup';
import { migrate } from '@core/db/migrate';
import { migrations } from '@core/db/migrations';
import { assertDatabaseReadable, openEncryptedDatabase, type PageSize } from '@core/db/open';
import type { Db } from '@core/db/sqlite';
import { time } from './measure';

/** About the size of a session note: 1.5 KB of text. */
const NOTE = 'The couple practiced reflective listening and agreed on a weekly check-in. '.repeat(20);

export const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** How many note-sized rows the large-practice benches write (100,000: about 190 MB). */
export const LARGE_PRACTICE_NOTES = Number(process.env.BENCH_NOTES ?? 100_000);

/** Writes `notes` note-sized rows into a bench table, in batches, and folds the log into the file. */
export function fillWithNotes(db: Db, notes: number): void {
  db.exec('CREATE TABLE bench_notes (id TEXT PRIMARY KEY, body TEXT NOT NULL) STRICT');
  const insert = db.prepare('INSERT INTO bench_notes (id, body) VALUES (?, ?)');
  const batch = db.transaction((count: number) => {
    for (let i = 0; i < count; i++) insert.run(randomUUID(), NOTE);
  });
  for (let done = 0; done < notes; done += 1_000) batch(Math.min(1_000, notes - done));
  db.pragma('wal_checkpoint(TRUNCATE)');
}

/** A large practice: `notes` note-sized rows (100,000 is about 190 MB), checkpointed. */
export function buildLargePractice(path: string, key: Buffer, notes: number, pageSize: PageSize): Db {
  const db = openEncryptedDatabase(path, Buffer.from(key), { pageSize });
  migrate(db, migrations, () => {});
  fillWithNotes(db, notes);
  return db;
}

export interface MaintenanceTimes {
  megabytes: number;
  /** The unlock's page check (`quick_check`) on a fresh connection. */
  check: number;
  /** Reading the whole file without SQLite. */
  read: number;
  /** `backupDatabase`: the encrypted copy and its verification. */
  backup: number;
  /** Copying the file without SQLite. */
  copy: number;
}

/** Medians of `runs` unlock checks and backups of the practice in `db`, with the file I/O beside them. */
export function measureMaintenance(
  db: Db,
  key: Buffer,
  dir: string,
  runs: number,
  pageSize: PageSize,
): MaintenanceTimes {
  const path = db.name;
  const check: number[] = [];
  const read: number[] = [];
  const backup: number[] = [];
  const copy: number[] = [];
  for (let run = 0; run < runs; run++) {
    const fresh = openEncryptedDatabase(path, Buffer.from(key), { mustExist: true, pageSize });
    check.push(time(() => assertDatabaseReadable(fresh)));
    fresh.close();
    read.push(time(() => readFileSync(path)));
    const target = join(dir, `backup-${run}.db`);
    backup.push(time(() => backupDatabase(db, key, target)));
    rmSync(target);
    copy.push(time(() => copyFileSync(path, join(dir, 'copy.db'))));
    rmSync(join(dir, 'copy.db'));
  }
  return {
    megabytes: statSync(path).size / 1e6,
    check: median(check),
    read: median(read),
    backup: median(backup),
    copy: median(copy),
  };
}

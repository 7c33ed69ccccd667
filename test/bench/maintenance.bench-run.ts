import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { backupDatabase } from '../../electron/core/db/backup';
import { migrate } from '../../electron/core/db/migrate';
import { migrations } from '../../electron/core/db/migrations';
import { assertDatabaseReadable, openEncryptedDatabase } from '../../electron/core/db/open';
import { fillWithNotes } from './large-practice';
import { type ComparedRow, report, time } from './measure';

const RUNS = 3;

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/**
 * What the unlock's page check and a backup cost on a large practice (the default is 100,000
 * note-sized rows, about 190 MB), against moving the same bytes without SQLite: reading the
 * file, and copying it. Tells whether either needs to leave the main process.
 */
it('unlock check and backup of a large practice, against reading and copying the file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rekindle-bench-maintenance-'));
  const key = randomBytes(32);
  try {
    const path = join(dir, 'rekindle.db');
    const db = openEncryptedDatabase(path, Buffer.from(key));
    migrate(db, migrations, () => {});
    fillWithNotes(db);
    const megabytes = statSync(path).size / 1e6;

    const check: number[] = [];
    const read: number[] = [];
    const backup: number[] = [];
    const copy: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const fresh = openEncryptedDatabase(path, Buffer.from(key), { mustExist: true });
      check.push(time(() => assertDatabaseReadable(fresh)));
      fresh.close();
      read.push(time(() => readFileSync(path)));
      const target = join(dir, `backup-${run}.db`);
      backup.push(time(() => backupDatabase(db, key, target)));
      rmSync(target);
      copy.push(time(() => copyFileSync(path, join(dir, 'copy.db'))));
      rmSync(join(dir, 'copy.db'));
    }
    db.close();
    const rows: ComparedRow[] = [
      {
        phase: `unlock page check, ${megabytes.toFixed(0)} MB`,
        subject: median(check),
        baseline: median(read),
        unit: 'ms',
      },
      {
        phase: `backup (copy + verify), ${megabytes.toFixed(0)} MB`,
        subject: median(backup),
        baseline: median(copy),
        unit: 'ms',
      },
    ];
    report('maintenance', 'rekindle', 'file I/O', rows);
    expect(rows.every((row) => Number.isFinite(row.subject) && Number.isFinite(row.baseline))).toBe(true);
  } finally {
    key.fill(0);
    rmSync(dir, { recursive: true, force: true });
  }
});

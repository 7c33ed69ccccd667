import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NEW_DATABASE_PAGE_SIZE } from '@core/db/open';
import { expect, it } from 'vitest';
import { buildLargePractice, LARGE_PRACTICE_NOTES, measureMaintenance } from './maintenance-workload';
import { type ComparedRow, report } from './measure';

const RUNS = 3;

/**
 * What the unlock's page check and a backup cost on a large practice (the default is 100,000
 * note-sized rows, about 190 MB), against moving the same bytes without SQLite: reading the
 * file, and copying it. Tells whether either needs to leave the main process.
 */
it('unlock check and backup of a large practice, against reading and copying the file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rekindle-bench-maintenance-'));
  const key = randomBytes(32);
  try {
    const db = buildLargePractice(
      join(dir, 'rekindle.db'),
      key,
      LARGE_PRACTICE_NOTES,
      NEW_DATABASE_PAGE_SIZE,
    );
    const times = measureMaintenance(db, key, dir, RUNS, NEW_DATABASE_PAGE_SIZE);
    db.close();
    const rows: ComparedRow[] = [
      {
        phase: `unlock page check, ${times.megabytes.toFixed(0)} MB`,
        subject: times.check,
        baseline: times.read,
        unit: 'ms',
      },
      {
        phase: `backup (copy + verify), ${times.megabytes.toFixed(0)} MB`,
        subject: times.backup,
        baseline: times.copy,
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

import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NEW_DATABASE_PAGE_SIZE, openEncryptedDatabase } from '@core/db/open';
import { expect, it } from 'vitest';
import { fillClinical, measureClinical } from './clinical-workload';
import { type ComparedRow, report } from './measure';
import { openPlain } from './plain-database';

const NOTES = Number(process.env.BENCH_NOTES ?? 200_000);

it('measures search and timeline on the encrypted database against plain SQLite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rekindle-bench-'));
  try {
    const plain = openPlain(join(dir, 'plain.db'));
    const plainRows = measureClinical(plain, fillClinical(plain, NOTES), NOTES);
    plain.close();
    const encrypted = openEncryptedDatabase(join(dir, 'encrypted.db'), randomBytes(32), {
      pageSize: NEW_DATABASE_PAGE_SIZE,
    });
    const encryptedRows = measureClinical(encrypted, fillClinical(encrypted, NOTES), NOTES);
    encrypted.close();
    const rows: ComparedRow[] = encryptedRows.map((row, i) => ({
      phase: row.phase,
      subject: row.ms,
      baseline: plainRows[i]?.ms ?? Number.NaN,
      unit: 'ms',
    }));
    report('clinical', 'encrypted', 'plain', rows);
    console.log('Targets: search p95 under 30 ms, timeline p95 under 10 ms (encrypted).');
    expect(rows.every((row) => Number.isFinite(row.subject))).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

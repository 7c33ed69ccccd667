import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NEW_DATABASE_PAGE_SIZE, openEncryptedDatabase } from '@core/db/open';
import { expect, it } from 'vitest';
import { foundationWorkload } from './foundation-workload';
import { type ComparedRow, report } from './measure';
import { openPlain } from './plain-database';

const COUPLES = Number(process.env.BENCH_COUPLES ?? 20_000);
const NOTES = Number(process.env.BENCH_NOTES ?? 100_000);

it('measures the encrypted database against plain SQLite on the same workload', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rekindle-bench-'));
  try {
    const plainDb = openPlain(join(dir, 'plain.db'));
    const plain = foundationWorkload(plainDb, COUPLES, NOTES);
    plainDb.close();
    const encryptedDb = openEncryptedDatabase(join(dir, 'encrypted.db'), randomBytes(32), {
      pageSize: NEW_DATABASE_PAGE_SIZE,
    });
    const encrypted = foundationWorkload(encryptedDb, COUPLES, NOTES);
    encryptedDb.close();
    const rows: ComparedRow[] = encrypted.map((row, i) => ({
      phase: row.phase,
      subject: row.ms,
      baseline: plain[i]?.ms ?? Number.NaN,
      unit: row.unit,
    }));
    report('foundation', 'encrypted', 'plain', rows);
    expect(rows.every((row) => Number.isFinite(row.subject) && Number.isFinite(row.baseline))).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

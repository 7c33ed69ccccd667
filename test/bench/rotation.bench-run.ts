import { closeSync, copyFileSync, fsyncSync, mkdtempSync, openSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATABASE_FILE, Vault } from '@core/vault/vault';
import { expect, it } from 'vitest';
import { fillWithNotes, LARGE_PRACTICE_NOTES, median } from './maintenance-workload';
import { type ComparedRow, report, time } from './measure';

const RUNS = 2;
/** The production scrypt cost is about a second of the rotation (one unwrap, two wraps in parallel). */
const KDF = { N: 2 ** 14, r: 8, p: 1 };
const PASSPHRASE = 'lantern orchard velvet compass';

/** A plain copy that is on the disk when it returns, as the rotated copy is. */
function durableCopy(from: string, to: string): void {
  copyFileSync(from, to);
  const fd = openSync(to, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Key rotation of a large practice (the default is 100,000 note-sized rows, as in the
 * maintenance bench) against a plain, fsynced file copy of the same database: what re-encrypting
 * (VACUUM INTO, rekey of the copy, integrity check and row counts, the swap and reopening) costs
 * beyond moving the bytes once.
 */
it('key rotation of a large practice, against copying the database file', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'rekindle-bench-rotation-'));
  const vault = new Vault({ dataDir, clock: () => new Date(), kdf: KDF });
  try {
    await vault.create(PASSPHRASE);
    fillWithNotes(vault.current().db, LARGE_PRACTICE_NOTES);
    const path = join(dataDir, DATABASE_FILE);
    const megabytes = statSync(path).size / 1e6;

    const rotation: number[] = [];
    const copy: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const started = process.hrtime.bigint();
      await vault.rotateKey(PASSPHRASE);
      rotation.push(Number(process.hrtime.bigint() - started) / 1e6);
      copy.push(time(() => durableCopy(path, join(dataDir, 'copy.db'))));
      rmSync(join(dataDir, 'copy.db'));
    }
    const rows: ComparedRow[] = [
      {
        phase: `key rotation, ${megabytes.toFixed(0)} MB`,
        subject: median(rotation),
        baseline: median(copy),
        unit: 'ms',
      },
    ];
    report('rotation', 'rotation', 'file copy', rows);
    expect(vault.current().db.prepare('SELECT count(*) FROM bench_notes').pluck().get()).toBe(
      LARGE_PRACTICE_NOTES,
    );
  } finally {
    await vault.lock();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

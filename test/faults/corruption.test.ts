/**
 * Bytes flipped in a closed database, as a failing disk or a bad copy would. The cipher
 * authenticates every page, and the unlock reads every page once (quick_check), so damage
 * anywhere refuses the unlock with database_corrupt. Never silently read.
 *
 * Found while writing this (see the report): `PRAGMA cipher_integrity_check` is not implemented
 * by this driver (SQLite3 Multiple Ciphers) and returns no rows even for a damaged file, so it
 * is not used as evidence here; `PRAGMA integrity_check` reads every b-tree page and so checks
 * every page's MAC once the free list is empty, which the set-up asserts.
 */
import { cpSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCore } from '@core';
import { NEW_DATABASE_PAGE_SIZE } from '@core/db/open';
import { DATABASE_FILE } from '@core/vault/vault';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fictionalCouple } from '../fixtures/couples';
import { fictionalDapNote, fictionalSession } from '../fixtures/sessions';
import { makeUnlockedCore, TEST_KDF, TEST_PASSPHRASE, tempDataDir, testClock } from '../support/core';
import { databaseKey, integrityProblems, openReadOnly } from './support';

/** A new practice's page size: the interior flips start on its second page. */
const PAGE = NEW_DATABASE_PAGE_SIZE;
let pristine: string;
let key: Buffer;
let size: number;
const seen: Record<string, number> = {};

beforeAll(async () => {
  const t = await makeUnlockedCore();
  const couple = await t.ok('couples:create', fictionalCouple());
  for (const date of ['2026-11-16', '2026-11-17', '2026-11-18']) {
    const session = await t.ok('sessions:create', fictionalSession(couple.id, { date }));
    const draft = await t.ok('notes:saveDraft', { sessionId: session.id, content: fictionalDapNote() });
    await t.ok('notes:sign', { id: draft.id, signedBy: 'Dr. Example Clinician, LMFT', attest: true });
  }
  await t.core.close();
  pristine = t.dataDir;
  key = await databaseKey(pristine);
  size = statSync(join(pristine, DATABASE_FILE)).size;
  const db = openReadOnly(pristine, key);
  try {
    expect(integrityProblems(db)).toEqual([]);
    // Every page belongs to a b-tree, so integrity_check reads (and authenticates) them all.
    expect(db.pragma('freelist_count', { simple: true })).toBe(0);
    expect(db.pragma('page_size', { simple: true })).toBe(PAGE);
  } finally {
    db.close();
  }
});
afterAll(() => {
  key.fill(0);
  rmSync(pristine, { recursive: true, force: true });
  console.info(`[faults] byte flips: outcomes ${JSON.stringify(seen)}`);
});

interface Outcome {
  unlock: { ok: true } | { ok: false; code: string };
  integrity: string[] | null;
}

/** Copies the closed folder, XORs one byte of the database, and tries it as the app would. */
async function flipAndOpen(position: number, mask: number): Promise<Outcome> {
  const dir = tempDataDir();
  try {
    cpSync(pristine, dir, { recursive: true });
    const file = join(dir, DATABASE_FILE);
    const bytes = readFileSync(file);
    bytes[position] = (bytes[position] as number) ^ mask;
    writeFileSync(file, bytes);
    const core = createCore({ dataDir: dir, clock: testClock().now, kdf: TEST_KDF });
    const result = await core.dispatch('vault:unlock', { passphrase: TEST_PASSPHRASE });
    // Closing writes an audit entry, which can itself hit the damaged page; that failure is the
    // damage being noticed, not a test error.
    await core.close().catch(() => undefined);
    let integrity: string[] | null = null;
    try {
      const db = openReadOnly(dir, key);
      try {
        integrity = integrityProblems(db);
      } finally {
        db.close();
      }
    } catch (error) {
      integrity = [`open failed: ${(error as { code?: string }).code ?? 'error'}`];
    }
    return { unlock: result.ok ? { ok: true } : { ok: false, code: result.error.code }, integrity };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function tally(label: string): void {
  seen[label] = (seen[label] ?? 0) + 1;
}

describe('flipped bytes in a closed database', () => {
  it('a damaged file header (first 100 bytes) refuses to unlock with database_corrupt', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 1, max: 255 }),
        async (position, mask) => {
          const outcome = await flipAndOpen(position, mask);
          tally(`header:${outcome.unlock.ok ? 'unlocked' : outcome.unlock.code}`);
          expect(outcome.unlock).toEqual({ ok: false, code: 'database_corrupt' });
          expect(outcome.integrity?.length ?? 0).toBeGreaterThan(0);
        },
      ),
      { seed: 7001, numRuns: 100 },
    );
  });

  it('a damaged interior page refuses to unlock with database_corrupt, and integrity_check names the page', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: PAGE, max: size - 1 }),
        fc.integer({ min: 1, max: 255 }),
        async (position, mask) => {
          const outcome = await flipAndOpen(position, mask);
          const page = Math.floor(position / PAGE) + 1;
          tally(`interior:${outcome.unlock.ok ? 'unlocked' : outcome.unlock.code}`);
          // The unlock reads every page once (quick_check), so nothing damaged is ever opened.
          expect(outcome.unlock).toEqual({ ok: false, code: 'database_corrupt' });
          const report = outcome.integrity?.join('\n') ?? '';
          // A second keyed connection refuses the file outright (a page its open reads), or
          // integrity_check names the damaged page.
          expect(report).not.toBe('');
          if (!report.startsWith('open failed:')) expect(report).toContain(`page ${page}`);
        },
      ),
      { seed: 7002, numRuns: 100 },
    );
  });
});

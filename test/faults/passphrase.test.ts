/**
 * Wrong passphrases of every shape (empty-adjacent, near misses, non-ASCII, up to the 1,024
 * character limit) never unlock and never touch the database or the vault file. Only the
 * throttle file may change: recording failures is its job.
 */

import { THROTTLE_FILE } from '@core/vault/vault';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fictionalCouple } from '../fixtures/couples';
import { makeUnlockedCore, TEST_PASSPHRASE, type TestCore } from '../support/core';
import { hashFiles } from './support';

let t: TestCore;
let before: Record<string, string>;
let attempts = 0;

beforeAll(async () => {
  t = await makeUnlockedCore();
  await t.ok('couples:create', fictionalCouple());
  await t.core.lock();
  expect(await t.core.dispatch('vault:status', {})).toEqual({ ok: true, value: { state: 'locked' } });
  before = hashFiles(t.dataDir, [THROTTLE_FILE]);
});
afterAll(async () => {
  console.info(`[faults] wrong passphrases tried: ${attempts}`);
  await t.dispose();
});

const nearMisses = [
  `${TEST_PASSPHRASE} `,
  ` ${TEST_PASSPHRASE}`,
  TEST_PASSPHRASE.toUpperCase(),
  TEST_PASSPHRASE.slice(0, -1),
  `${TEST_PASSPHRASE}\u200b`,
  TEST_PASSPHRASE.replace('o', '\u043e'),
  TEST_PASSPHRASE.repeat(2),
  `${TEST_PASSPHRASE}${' '.repeat(1024 - TEST_PASSPHRASE.length - 1)}x`,
  'a'.repeat(1024),
  '\u00e9'.repeat(1024),
  '\ud83d\udd11'.repeat(512),
];

const wrongPassphrase = fc
  .oneof(
    fc.constantFrom(...nearMisses),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1024 }),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }),
    fc.string({ minLength: 900, maxLength: 1024 }),
  )
  // The contract caps entered passphrases at 1,024 UTF-16 units; longer ones are a validation
  // error, which the IPC fuzz covers.
  .filter((p) => p.length >= 1 && p.length <= 1024 && !sameKeyAsRight(p));

/** The right passphrase, up to Unicode normalization (it is normalized before derivation). */
function sameKeyAsRight(passphrase: string): boolean {
  return passphrase.normalize('NFC') === TEST_PASSPHRASE;
}

describe('wrong passphrases', () => {
  it('never unlock and never change the database or vault files', async () => {
    await fc.assert(
      fc.asyncProperty(wrongPassphrase, async (passphrase) => {
        // Past the longest throttle delay, so every attempt is really tried against scrypt.
        t.clock.advance(10 * 60_000);
        attempts += 1;
        const result = await t.core.dispatch('vault:unlock', { passphrase });
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.code).toBe('wrong_passphrase');
        expect(await t.core.dispatch('vault:status', {})).toEqual({ ok: true, value: { state: 'locked' } });
        expect(await t.core.dispatch('couples:list', {})).toMatchObject({
          ok: false,
          error: { code: 'locked' },
        });
        expect(hashFiles(t.dataDir, [THROTTLE_FILE])).toEqual(before);
      }),
      { seed: 7101, numRuns: 120 },
    );
  });

  // HMAC's zero padding derives the same key for `passphrase` and `passphrase\0`: the vault
  // treats any secret holding a NUL character as wrong, and set-up never accepts one.
  it('refuses the right passphrase followed by NUL characters', async () => {
    for (const suffix of ['\u0000', '\u0000\u0000\u0000']) {
      t.clock.advance(10 * 60_000);
      const result = await t.core.dispatch('vault:unlock', { passphrase: `${TEST_PASSPHRASE}${suffix}` });
      expect(result).toMatchObject({ ok: false, error: { code: 'wrong_passphrase' } });
      expect(await t.core.dispatch('vault:status', {})).toEqual({ ok: true, value: { state: 'locked' } });
    }
  });

  it('throttles rapid attempts without touching the files, and the right passphrase still opens', async () => {
    // The test above may have unlocked and so written audit entries: compare from here.
    const start = hashFiles(t.dataDir, [THROTTLE_FILE]);
    const codes: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      const result = await t.core.dispatch('vault:unlock', { passphrase: `not the passphrase ${i}` });
      codes.push(result.ok ? 'unlocked' : result.error.code);
    }
    expect(codes).not.toContain('unlocked');
    expect(codes).toContain('throttled');
    expect(hashFiles(t.dataDir, [THROTTLE_FILE])).toEqual(start);
    t.clock.advance(10 * 60_000);
    await t.ok('vault:unlock', { passphrase: TEST_PASSPHRASE });
    expect((await t.ok('couples:list', {})).items).toHaveLength(1);
  });
});

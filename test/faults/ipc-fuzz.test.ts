/**
 * IPC fuzz: every channel in the contract gets payloads its schema rejects (random values,
 * its own field names holding junk, extra fields, huge strings, deep nesting). Each must be
 * answered `validation` before any handler runs, so nothing is written at all: a second,
 * read-only connection sees no commit (`PRAGMA data_version`) and no row count moves, the
 * audit log included. Locked, every non-vault channel answers `locked` first.
 */

import type { Db } from '@core/db/sqlite';
import { THROTTLE_FILE } from '@core/vault/vault';
import { type Channel, channels, contract, isChannel, isVaultChannel } from '@shared/contract';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fictionalCouple } from '../fixtures/couples';
import { fictionalDapNote, fictionalSession } from '../fixtures/sessions';
import { makeUnlockedCore, TEST_PASSPHRASE, type TestCore } from '../support/core';
import { databaseKey, hashFiles, openReadOnly, tableCounts } from './support';

const RUNS_PER_CHANNEL = 100;
let t: TestCore;
let reader: Db;
let sent = 0;

beforeAll(async () => {
  t = await makeUnlockedCore();
  const couple = await t.ok('couples:create', fictionalCouple());
  const session = await t.ok('sessions:create', fictionalSession(couple.id));
  const draft = await t.ok('notes:saveDraft', { sessionId: session.id, content: fictionalDapNote() });
  await t.ok('notes:sign', { id: draft.id, signedBy: 'Dr. Example Clinician, LMFT', attest: true });
  reader = openReadOnly(t.dataDir, await databaseKey(t.dataDir));
});
afterAll(async () => {
  console.info(`[faults] IPC fuzz: ${sent} invalid payloads over ${channels.length} channels`);
  reader.close();
  await t.dispose();
});

function rejects(channel: Channel, payload: unknown): boolean {
  // The dispatcher parses `input ?? {}`; judge the payload the same way.
  return !contract[channel].input.safeParse(payload ?? {}).success;
}

function fieldNames(channel: Channel): string[] {
  const shape = (contract[channel].input as { shape?: unknown }).shape;
  return shape && typeof shape === 'object' ? Object.keys(shape) : [];
}

function deep(levels: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < levels; i += 1) value = i % 2 ? [value] : { nested: value };
  return value;
}

const HUGE = 'x'.repeat(1_000_000);

/** Payloads the channel's schema refuses: random values, and junk in its own shape. */
function invalidPayload(channel: Channel): fc.Arbitrary<unknown> {
  const names = fieldNames(channel);
  const junk = fc.oneof(
    fc.anything(),
    fc.constantFrom<unknown>(HUGE, deep(200), Number.NaN, -0, 2 ** 53, '', '\u0000', [], {}),
  );
  const shaped = names.length
    ? [
        fc.record(Object.fromEntries(names.map((name) => [name, junk])), { requiredKeys: [] }),
        fc
          .tuple(
            fc.record(Object.fromEntries(names.map((name) => [name, junk]))),
            fc.string({ minLength: 1 }),
            junk,
          )
          .map(([record, extra, value]) => ({ ...record, [`${extra}_extra`]: value })),
      ]
    : [fc.dictionary(fc.string({ minLength: 1 }), junk, { minKeys: 1 })];
  return fc.oneof(fc.anything(), junk, ...shaped).filter((payload) => rejects(channel, payload));
}

describe('IPC fuzz', () => {
  it('answers validation to every invalid payload on every channel and writes nothing', async () => {
    const versionBefore = reader.pragma('data_version', { simple: true });
    const countsBefore = tableCounts(reader);
    for (const [index, channel] of channels.entries()) {
      await fc.assert(
        fc.asyncProperty(invalidPayload(channel), async (payload) => {
          sent += 1;
          const result = await t.core.dispatch(channel, payload);
          expect(result.ok, channel).toBe(false);
          if (!result.ok) expect(result.error.code, channel).toBe('validation');
        }),
        { seed: 7200 + index, numRuns: RUNS_PER_CHANNEL },
      );
    }
    expect(reader.pragma('data_version', { simple: true }), 'no commit by any connection').toBe(
      versionBefore,
    );
    expect(tableCounts(reader)).toEqual(countsBefore);
    // Still alive and unlocked: no payload reached vault:lock or practice switching.
    expect(await t.core.dispatch('vault:status', {})).toEqual({ ok: true, value: { state: 'unlocked' } });
    expect((await t.ok('couples:list', {})).items).toHaveLength(1);
  });

  it('answers unknown_channel to names outside the contract', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.anything(),
          fc.string(),
          fc.constantFrom('__proto__', 'constructor', 'toString', 'vault:*'),
        ),
        fc.anything(),
        async (channel, payload) => {
          fc.pre(!isChannel(channel));
          sent += 1;
          const result = await t.core.dispatch(channel as string, payload);
          expect(result).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
        },
      ),
      { seed: 7299, numRuns: 300 },
    );
  });

  it('while locked, answers locked to every non-vault channel whatever the payload, and writes nothing', async () => {
    await t.core.lock();
    const before = hashFiles(t.dataDir, [THROTTLE_FILE]);
    try {
      for (const [index, channel] of channels.entries()) {
        await fc.assert(
          fc.asyncProperty(invalidPayload(channel), async (payload) => {
            sent += 1;
            const result = await t.core.dispatch(channel, payload);
            expect(result.ok, channel).toBe(false);
            if (!result.ok)
              expect(result.error.code, channel).toBe(isVaultChannel(channel) ? 'validation' : 'locked');
          }),
          { seed: 7300 + index, numRuns: 10 },
        );
      }
      expect(hashFiles(t.dataDir, [THROTTLE_FILE])).toEqual(before);
    } finally {
      await t.ok('vault:unlock', { passphrase: TEST_PASSPHRASE });
    }
  });
});

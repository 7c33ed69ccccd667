import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { wrapKey } from '@core/vault/key-wrap';
import type { Envelope } from '@shared/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fictionalCouple } from '../fixtures/couples';
import { disposeBackupCores, makeBackupCore } from '../support/backup-core';
import { makeUnlockedCore, TEST_PASSPHRASE, type TestCore } from '../support/core';

/**
 * Every key wrap read from disk names its own scrypt cost and byte strings. Outside the bounds
 * (N a power of two from 2^14 to 2^18, r = 8, p 1 or 2, salt 16 bytes, nonce 12, tag 16, a
 * wrapped key 32, canonical base64), the file is refused before any key is derived, with that
 * file's own "damaged" message: never `internal`, never a large allocation.
 */

type Field = 'N' | 'r' | 'p' | 'salt' | 'iv' | 'tag';

const OUT_OF_BOUNDS: readonly [what: string, field: Field, value: unknown][] = [
  ['N = 3', 'N', 3],
  ['N = 2^22', 'N', 2 ** 22],
  ['N = 2^13, below the floor', 'N', 2 ** 13],
  ['N = 2^19, above the ceiling', 'N', 2 ** 19],
  ['N not a power of two', 'N', 3 * 2 ** 14],
  ['N as text', 'N', '16384'],
  ['r = 32', 'r', 32],
  ['r = 1', 'r', 1],
  ['p = 16', 'p', 16],
  ['p = 0', 'p', 0],
  ['a short salt', 'salt', randomBytes(8).toString('base64')],
  ['a salt that is not base64', 'salt', '!!!!not*base64*at*all!!!'],
  ['a salt without its padding', 'salt', randomBytes(16).toString('base64').replace(/=+$/, '')],
  ['a salt in base64url', 'salt', '-_-_-_-_-_-_-_-_-_-_-_=='],
  ['a short nonce', 'iv', randomBytes(8).toString('base64')],
  ['a long tag', 'tag', randomBytes(32).toString('base64')],
];

/** Well inside what a derivation at N = 2^22, r = 32 would take; a refusal takes milliseconds. */
const QUICKLY_MS = 1_500;

function errorOf(result: Envelope<unknown>): { code: string; message: string } | null {
  return result.ok ? null : result.error;
}

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started };
}

describe('the vault file', () => {
  let t: TestCore;
  let original: string;
  const vaultPath = () => join(t.dataDir, 'vault.json');

  beforeAll(async () => {
    t = await makeUnlockedCore();
    await t.ok('vault:lock', {});
    original = readFileSync(vaultPath(), 'utf8');
  });
  afterAll(() => t.dispose());

  function withWrap(wrap: 'passphrase' | 'recovery', field: string, value: unknown): void {
    const vault = JSON.parse(original) as { wraps: Record<string, Record<string, unknown>> };
    const target = vault.wraps[wrap];
    if (!target) throw new Error(`no ${wrap} wrap`);
    target[field] = value;
    writeFileSync(vaultPath(), JSON.stringify(vault));
  }

  it.each(OUT_OF_BOUNDS)('is refused as damaged with %s', async (_what, field, value) => {
    for (const wrap of ['passphrase', 'recovery'] as const) {
      withWrap(wrap, field, value);
      const { result, ms } = await timed(() =>
        t.core.dispatch('vault:unlock', { passphrase: TEST_PASSPHRASE }),
      );
      expect(errorOf(result)?.code, wrap).toBe('vault_corrupt');
      expect(ms).toBeLessThan(QUICKLY_MS);
    }
  });

  it('is refused as damaged when the wrapped key is not 32 bytes', async () => {
    withWrap('passphrase', 'ciphertext', randomBytes(31).toString('base64'));
    expect(errorOf(await t.core.dispatch('vault:unlock', { passphrase: TEST_PASSPHRASE }))?.code).toBe(
      'vault_corrupt',
    );
  });

  it('is read when the cost is another one inside the bounds (then the passphrase is simply wrong)', async () => {
    for (const [field, value] of [
      ['N', 2 ** 15],
      ['p', 2],
    ] as const) {
      withWrap('passphrase', field, value);
      expect(errorOf(await t.core.dispatch('vault:unlock', { passphrase: TEST_PASSPHRASE }))?.code).toBe(
        'wrong_passphrase',
      );
    }
    writeFileSync(vaultPath(), original);
    t.clock.advance(60_000);
    await t.ok('vault:unlock', { passphrase: TEST_PASSPHRASE });
  });
});

describe('a backup’s key file', () => {
  afterAll(disposeBackupCores);

  it('is refused as damaged, for every value outside the bounds, changing nothing', async () => {
    const t = await makeBackupCore();
    await t.ok('backups:configure', { chooseFolder: true });
    await t.ok('couples:create', fictionalCouple({ displayName: 'Couple in the bounded backup' }));
    const backup = await t.ok('backups:create', {});
    await t.ok('vault:lock', {});
    const keyFilePath = join(t.backupDir, backup.fileName.replace(/\.db$/, '.vault.json'));
    const original = readFileSync(keyFilePath, 'utf8');
    await t.choose(join(t.backupDir, backup.fileName));
    for (const [what, field, value] of OUT_OF_BOUNDS) {
      const keyFile = JSON.parse(original) as { wraps: { passphrase: Record<string, unknown> } };
      keyFile.wraps.passphrase[field] = value;
      writeFileSync(keyFilePath, JSON.stringify(keyFile));
      const { result, ms } = await timed(() =>
        t.call('vault:previewBackup', { passphrase: TEST_PASSPHRASE }),
      );
      expect(errorOf(result), what).toMatchObject({
        code: 'vault_corrupt',
        message: expect.stringMatching(/key file beside this backup is damaged/),
      });
      expect(ms, what).toBeLessThan(QUICKLY_MS);
      const restore = await t.call('vault:restoreBackup', { passphrase: TEST_PASSPHRASE });
      expect(errorOf(restore)?.code, what).toBe('vault_corrupt');
    }
    // The same key file, as written, still opens the backup.
    writeFileSync(keyFilePath, original);
    const preview = await t.ok('vault:previewBackup', { passphrase: TEST_PASSPHRASE });
    expect(preview.contents.counts.couples).toBe(1);
  });
});

describe('an export archive', () => {
  const EXPORT_PASSPHRASE = 'juniper lantern harbor quill';
  const folder = mkdtempSync(join(tmpdir(), 'rekindle-bounds-'));
  let nextOpen: string | null = null;
  /** An empty practice to import into: an export only goes into one. */
  let t: TestCore;
  let original: string;

  beforeAll(async () => {
    const dialogs = {
      saveDialog: async ({ fileName }: { fileName: string }) => join(folder, fileName),
      openFileDialog: async () => nextOpen,
    };
    const source = await makeUnlockedCore(dialogs);
    try {
      await source.ok('couples:create', fictionalCouple({ displayName: 'Couple in the bounded export' }));
      const made = await source.ok('exports:create', {
        scope: { kind: 'practice' },
        includeProcessNotes: false,
        passphrase: EXPORT_PASSPHRASE,
      });
      original = readFileSync(join(folder, made.fileName ?? ''), 'utf8');
    } finally {
      await source.dispose();
    }
    t = await makeUnlockedCore(dialogs);
  });
  afterAll(async () => {
    await t.dispose();
    rmSync(folder, { recursive: true, force: true });
  });

  async function preview(text: string) {
    const path = join(folder, 'altered.rekindle');
    writeFileSync(path, text);
    nextOpen = path;
    const chosen = await t.ok('exports:chooseImport', {});
    return t.core.dispatch('exports:preview', {
      importId: chosen.importId ?? '',
      passphrase: EXPORT_PASSPHRASE,
    });
  }

  it.each(OUT_OF_BOUNDS)('is refused as damaged with %s', async (_what, field, value) => {
    const envelope = JSON.parse(original) as Record<string, unknown> & { kdf: Record<string, unknown> };
    if (field === 'iv' || field === 'tag') envelope[field] = value;
    else envelope.kdf[field] = value;
    const { result, ms } = await timed(() => preview(JSON.stringify(envelope)));
    expect(errorOf(result)).toMatchObject({
      code: 'validation',
      message: expect.stringMatching(/export is damaged/),
    });
    expect(ms).toBeLessThan(QUICKLY_MS);
  });

  it('is read as written', async () => {
    const result = await preview(original);
    expect(result.ok && result.value.counts.couples).toBe(1);
  });
});

describe('writing a wrap', () => {
  it('refuses a cost Rekindle would not read back', async () => {
    const key = randomBytes(32);
    await expect(wrapKey(key, TEST_PASSPHRASE, { N: 2 ** 12, r: 8, p: 1 }, 'passphrase')).rejects.toThrow(
      /outside the bounds/,
    );
    await expect(
      wrapKey(key, TEST_PASSPHRASE, { N: 2 ** 14, r: 8, p: 1 }, 'passphrase'),
    ).resolves.toMatchObject({
      N: 2 ** 14,
    });
  });
});

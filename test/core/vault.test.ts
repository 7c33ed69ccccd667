import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Database } from '@core/db/sqlite';
import { DATABASE_FILE, THROTTLE_FILE, VAULT_FILE } from '@core/vault/vault';
import { afterEach, describe, expect, it } from 'vitest';
import { fictionalCouple, fictionalPartner } from '../fixtures/couples';
import { makeCore, makeUnlockedCore, TEST_PASSPHRASE, type TestCore } from '../support/core';

const NEW_PASSPHRASE = 'harbour thistle graphite meadow';
let current: TestCore | undefined;

afterEach(async () => {
  await current?.dispose();
  current = undefined;
});

async function unlocked() {
  const t = await makeUnlockedCore();
  current = t;
  return t;
}

function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('vault set-up and status', () => {
  it('reports new, then unlocked after set-up, then locked after lock', async () => {
    const t = await makeCore();
    current = t;
    expect(await t.ok('vault:status', {})).toEqual({ state: 'new' });
    await t.ok('vault:create', { passphrase: TEST_PASSPHRASE });
    expect(await t.ok('vault:status', {})).toEqual({ state: 'unlocked' });
    await t.ok('vault:lock', {});
    expect(await t.ok('vault:status', {})).toEqual({ state: 'locked' });
  });

  it('returns a recovery key of eight groups of four unambiguous characters', async () => {
    const t = await unlocked();
    expect(t.recoveryKey).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it('refuses a second set-up once a vault exists', async () => {
    const t = await unlocked();
    const result = await t.core.dispatch('vault:create', { passphrase: NEW_PASSPHRASE });
    expect(result).toMatchObject({ ok: false, error: { code: 'vault_exists' } });
  });

  it.each([
    ['short', 'tiny words'],
    ['very common', 'Password2024!!'],
    ['a keyboard walk', 'qwertyuiopasdf'],
    ['the famous example', 'correct horse battery staple'],
  ])('refuses a %s passphrase with a field message', async (_label, passphrase) => {
    const t = await makeCore();
    current = t;
    const result = await t.core.dispatch('vault:create', { passphrase });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('validation');
    expect(result.error.fields?.passphrase).toMatch(/characters|common|pattern/);
    expect(await t.ok('vault:status', {})).toEqual({ state: 'new' });
  });

  it('accepts a long passphrase with accents and non-Latin letters', async () => {
    const t = await makeCore();
    current = t;
    const passphrase = `${'Ünïcødé fjörd 静かな湖 '.repeat(20)}end`;
    await t.ok('vault:create', { passphrase });
    await t.ok('vault:lock', {});
    await t.ok('vault:unlock', { passphrase });
    expect(await t.ok('vault:status', {})).toEqual({ state: 'unlocked' });
  });
});

describe('encryption at rest', () => {
  const markers = ['Quillfeather', 'Vortigern-Ashdown', 'quill.marker@example.org', 'marker-referral-Xyzzy'];

  async function writeMarkers(t: TestCore) {
    await t.ok(
      'couples:create',
      fictionalCouple({
        displayName: 'Quillfeather & Vortigern-Ashdown',
        referralSource: 'marker-referral-Xyzzy',
        partnerA: fictionalPartner({ firstName: 'Quillfeather', email: 'quill.marker@example.org' }),
        partnerB: fictionalPartner({ lastName: 'Vortigern-Ashdown' }),
      }),
    );
  }

  function assertNoPlaintext(dataDir: string) {
    const files = filesIn(dataDir);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const bytes = readFileSync(file);
      for (const marker of markers) {
        expect(bytes.includes(Buffer.from(marker, 'utf8')), `${marker} found in ${file}`).toBe(false);
        expect(bytes.includes(Buffer.from(marker, 'utf16le')), `${marker} (UTF-16) found in ${file}`).toBe(
          false,
        );
      }
    }
  }

  it('leaves no written string in any file of the data folder while open (database, WAL) and after lock', async () => {
    const t = await unlocked();
    await writeMarkers(t);
    expect(existsSync(join(t.dataDir, `${DATABASE_FILE}-wal`))).toBe(true);
    assertNoPlaintext(t.dataDir);
    await t.ok('vault:lock', {});
    assertNoPlaintext(t.dataDir);
  });

  it('writes a database whose header is not the plain SQLite header', async () => {
    const t = await unlocked();
    await writeMarkers(t);
    const header = readFileSync(join(t.dataDir, DATABASE_FILE)).subarray(0, 16).toString('latin1');
    expect(header).not.toBe('SQLite format 3\0');
  });

  it('cannot be read with a wrong key or without a key', async () => {
    const t = await unlocked();
    await writeMarkers(t);
    await t.ok('vault:lock', {});
    const path = join(t.dataDir, DATABASE_FILE);
    const withWrongKey = new Database(path, { fileMustExist: true });
    withWrongKey.pragma(`cipher='sqlcipher'`);
    withWrongKey.pragma('legacy=4');
    withWrongKey.pragma(`key="x'${'ab'.repeat(32)}'"`);
    expect(() => withWrongKey.prepare('SELECT count(*) FROM sqlite_master').get()).toThrow(/not a database/);
    withWrongKey.close();
    const withoutKey = new Database(path, { fileMustExist: true });
    expect(() => withoutKey.prepare('SELECT * FROM couples').all()).toThrow(/not a database/);
    withoutKey.close();
  });
});

describe('unlocking', () => {
  it('refuses a wrong passphrase with its own error and opens with the right one', async () => {
    const t = await unlocked();
    await t.ok('couples:create', fictionalCouple());
    await t.ok('vault:lock', {});
    const wrong = await t.core.dispatch('vault:unlock', { passphrase: 'not the passphrase at all' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'wrong_passphrase' } });
    await t.ok('vault:unlock', { passphrase: TEST_PASSPHRASE });
    expect((await t.ok('couples:list', {})).total).toBe(1);
  });

  it('never changes a file when a wrong passphrase is tried', async () => {
    const t = await unlocked();
    await t.ok('vault:lock', {});
    const before = new Map(filesIn(t.dataDir).map((f) => [f, readFileSync(f).toString('base64')]));
    for (const passphrase of ['wrong', 'ß'.repeat(1000), '🔑 émoji ключ']) {
      await t.core.dispatch('vault:unlock', { passphrase });
      t.clock.advance(10 * 60_000);
    }
    for (const [file, content] of before) {
      if (file.endsWith(THROTTLE_FILE)) continue;
      expect(readFileSync(file).toString('base64'), file).toBe(content);
    }
    expect(await t.ok('vault:status', {})).toEqual({ state: 'locked' });
  });

  it('throttles after three failures, keeps throttling across a restart, and allows a retry after the delay', async () => {
    const t = await unlocked();
    await t.ok('vault:lock', {});
    for (let i = 0; i < 3; i++) {
      const result = await t.core.dispatch('vault:unlock', { passphrase: `wrong guess ${i}` });
      expect(result).toMatchObject({ ok: false, error: { code: 'wrong_passphrase' } });
    }
    const blocked = await t.core.dispatch('vault:unlock', { passphrase: TEST_PASSPHRASE });
    expect(blocked).toMatchObject({ ok: false, error: { code: 'throttled' } });
    if (!blocked.ok) expect(blocked.error.retryAfterMs).toBeGreaterThan(0);

    await t.restart();
    const stillBlocked = await t.core.dispatch('vault:unlock', { passphrase: TEST_PASSPHRASE });
    expect(stillBlocked).toMatchObject({ ok: false, error: { code: 'throttled' } });

    t.clock.advance(1_500);
    await t.ok('vault:unlock', { passphrase: TEST_PASSPHRASE });
    expect(await t.ok('vault:status', {})).toEqual({ state: 'unlocked' });
  });

  it('grows the delay with each further failure', async () => {
    const t = await unlocked();
    await t.ok('vault:lock', {});
    const waits: number[] = [];
    for (let i = 0; i < 6; i++) {
      const result = await t.core.dispatch('vault:unlock', { passphrase: `wrong ${i}` });
      if (!result.ok && result.error.retryAfterMs) {
        waits.push(result.error.retryAfterMs);
        t.clock.advance(result.error.retryAfterMs);
      }
    }
    expect(waits).toEqual([1_000, 2_000, 4_000, 8_000]);
  });

  it('checks the passphrase even when the vault is already unlocked', async () => {
    const t = await unlocked();
    const wrong = await t.core.dispatch('vault:unlock', { passphrase: 'anything at all' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'wrong_passphrase' } });
    await t.ok('vault:unlock', { passphrase: TEST_PASSPHRASE });
    expect(await t.ok('vault:status', {})).toEqual({ state: 'unlocked' });
  });

  it('treats a damaged throttle file as the longest delay once, then lets the clinician in', async () => {
    const t = await unlocked();
    await t.ok('vault:lock', {});
    writeFileSync(join(t.dataDir, THROTTLE_FILE), '');
    expect(await t.core.dispatch('vault:unlock', { passphrase: TEST_PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'throttled', retryAfterMs: 300_000 },
    });
    t.clock.advance(300_000);
    await t.ok('vault:unlock', { passphrase: TEST_PASSPHRASE });
  });

  it('never makes the clinician wait longer than the delay when the clock was set back', async () => {
    const t = await unlocked();
    await t.ok('vault:lock', {});
    for (let i = 0; i < 3; i++) await t.core.dispatch('vault:unlock', { passphrase: `wrong ${i}` });
    t.clock.advance(-24 * 3_600_000);
    const result = await t.core.dispatch('vault:unlock', { passphrase: TEST_PASSPHRASE });
    expect(result).toMatchObject({ ok: false, error: { code: 'throttled', retryAfterMs: 1_000 } });
  });

  it('refuses every channel but vault:* while locked', async () => {
    const t = await unlocked();
    await t.ok('vault:lock', {});
    for (const [channel, input] of [
      ['couples:list', {}],
      ['couples:create', fictionalCouple()],
      ['settings:get', {}],
    ] as const) {
      expect(await t.core.dispatch(channel, input)).toMatchObject({ ok: false, error: { code: 'locked' } });
    }
    expect(await t.core.dispatch('vault:status', {})).toMatchObject({ ok: true });
  });
});

describe('changing the passphrase and the recovery key', () => {
  it('after a change the old passphrase fails, the new one opens, and the data is intact', async () => {
    const t = await unlocked();
    const couple = await t.ok('couples:create', fictionalCouple());
    await t.ok('vault:changePassphrase', { current: TEST_PASSPHRASE, next: NEW_PASSPHRASE });
    await t.ok('vault:lock', {});
    expect(await t.core.dispatch('vault:unlock', { passphrase: TEST_PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'wrong_passphrase' },
    });
    await t.ok('vault:unlock', { passphrase: NEW_PASSPHRASE });
    expect(await t.ok('couples:get', { id: couple.id })).toEqual(couple);
  });

  it('refuses a change when the current passphrase is wrong, pointing at that field', async () => {
    const t = await unlocked();
    const result = await t.core.dispatch('vault:changePassphrase', {
      current: 'not it at all',
      next: NEW_PASSPHRASE,
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'wrong_passphrase', fields: { current: expect.any(String) } },
    });
    await t.ok('vault:lock', {});
    await t.ok('vault:unlock', { passphrase: TEST_PASSPHRASE });
  });

  it('opens with the recovery key once the passphrase is forgotten, and sets a new passphrase', async () => {
    const t = await unlocked();
    const couple = await t.ok('couples:create', fictionalCouple());
    await t.ok('vault:lock', {});
    await t.restart();
    // Typed back in lower case with spaces and the letter O for zero: still accepted.
    const typed = t.recoveryKey.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o');
    await t.ok('vault:unlockWithRecoveryKey', { recoveryKey: typed, newPassphrase: NEW_PASSPHRASE });
    expect(await t.ok('couples:get', { id: couple.id })).toEqual(couple);
    await t.ok('vault:lock', {});
    await t.ok('vault:unlock', { passphrase: NEW_PASSPHRASE });
    expect(await t.core.dispatch('vault:lock', {})).toMatchObject({ ok: true });
    expect(await t.core.dispatch('vault:unlock', { passphrase: TEST_PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'wrong_passphrase' },
    });
  });

  it('leaves an open session open when a wrong recovery key is tried', async () => {
    const t = await unlocked();
    const result = await t.core.dispatch('vault:unlockWithRecoveryKey', {
      recoveryKey: 'AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA',
      newPassphrase: NEW_PASSPHRASE,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'wrong_recovery_key' } });
    expect(await t.ok('vault:status', {})).toEqual({ state: 'unlocked' });
  });

  it('refuses a wrong recovery key with its own error', async () => {
    const t = await unlocked();
    await t.ok('vault:lock', {});
    const result = await t.core.dispatch('vault:unlockWithRecoveryKey', {
      recoveryKey: 'AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA',
      newPassphrase: NEW_PASSPHRASE,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'wrong_recovery_key' } });
    await t.ok('vault:unlock', { passphrase: TEST_PASSPHRASE });
  });
});

describe('damaged or missing files', () => {
  async function lockedVault() {
    const t = await unlocked();
    await t.ok('couples:create', fictionalCouple());
    await t.ok('vault:lock', {});
    return t;
  }

  it('says the vault file is missing when only the database is there', async () => {
    const t = await lockedVault();
    rmSync(join(t.dataDir, VAULT_FILE));
    expect(await t.ok('vault:status', {})).toEqual({ state: 'locked' });
    const result = await t.core.dispatch('vault:unlock', { passphrase: TEST_PASSPHRASE });
    expect(result).toMatchObject({ ok: false, error: { code: 'vault_missing' } });
    expect(existsSync(join(t.dataDir, DATABASE_FILE))).toBe(true);
  });

  it('says the database is missing when only the vault file is there', async () => {
    const t = await lockedVault();
    rmSync(join(t.dataDir, DATABASE_FILE));
    const result = await t.core.dispatch('vault:unlock', { passphrase: TEST_PASSPHRASE });
    expect(result).toMatchObject({ ok: false, error: { code: 'database_missing' } });
    expect(existsSync(join(t.dataDir, DATABASE_FILE))).toBe(false);
  });

  it('says the vault file is damaged when it is not valid', async () => {
    const t = await lockedVault();
    writeFileSync(join(t.dataDir, VAULT_FILE), '{ "format": "rekindle-vault", "trunc');
    const result = await t.core.dispatch('vault:unlock', { passphrase: TEST_PASSPHRASE });
    expect(result).toMatchObject({ ok: false, error: { code: 'vault_corrupt' } });
  });

  it('says the database is damaged when its pages are overwritten, and leaves the file as it was', async () => {
    const t = await lockedVault();
    const path = join(t.dataDir, DATABASE_FILE);
    const bytes = readFileSync(path);
    bytes.fill(0x5a, 0, 4096);
    writeFileSync(path, bytes);
    const result = await t.core.dispatch('vault:unlock', { passphrase: TEST_PASSPHRASE });
    expect(result).toMatchObject({ ok: false, error: { code: 'database_corrupt' } });
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('refuses a plain, unencrypted SQLite file put in place of the database', async () => {
    const t = await lockedVault();
    const path = join(t.dataDir, DATABASE_FILE);
    rmSync(path);
    const plain = new Database(path);
    plain.exec('CREATE TABLE couples (id TEXT)');
    plain.close();
    const result = await t.core.dispatch('vault:unlock', { passphrase: TEST_PASSPHRASE });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'database_foreign', message: expect.stringContaining('unencrypted SQLite database') },
    });
  });

  it.each([
    ['an empty file', Buffer.alloc(0)],
    ['a PDF document', Buffer.from('%PDF-1.7\n% fictional progress report\n')],
    ['a ZIP archive or office document', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(5000)])],
  ])('says %s in place of the database is not Rekindle’s, and leaves it as it was', async (what, bytes) => {
    const t = await lockedVault();
    const path = join(t.dataDir, DATABASE_FILE);
    writeFileSync(path, bytes);
    const result = await t.core.dispatch('vault:unlock', { passphrase: TEST_PASSPHRASE });
    expect(result).toMatchObject({ ok: false, error: { code: 'database_foreign' } });
    if (!result.ok) expect(result.error.message).toContain(`is ${what}, not Rekindle’s encrypted records`);
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(await t.ok('vault:status', {})).toEqual({ state: 'locked' });
  });

  it('calls a file cut short (not whole pages) damaged, never someone else’s', async () => {
    const t = await lockedVault();
    const path = join(t.dataDir, DATABASE_FILE);
    const bytes = readFileSync(path).subarray(0, 4096 + 17);
    writeFileSync(path, bytes);
    const result = await t.core.dispatch('vault:unlock', { passphrase: TEST_PASSPHRASE });
    expect(result).toMatchObject({ ok: false, error: { code: 'database_corrupt' } });
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('finds a damaged page deep inside the database at unlock, not later in the middle of work', async () => {
    const t = await lockedVault();
    const path = join(t.dataDir, DATABASE_FILE);
    const bytes = readFileSync(path);
    // The last page holds rows written last; flip one byte in its middle.
    const position = bytes.length - 2048;
    bytes[position] = (bytes[position] as number) ^ 0x40;
    writeFileSync(path, bytes);
    const result = await t.core.dispatch('vault:unlock', { passphrase: TEST_PASSPHRASE });
    expect(result).toMatchObject({ ok: false, error: { code: 'database_corrupt' } });
    expect(await t.ok('vault:status', {})).toEqual({ state: 'locked' });
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('distinguishes the wrong passphrase from damage: same damaged file, wrong passphrase, wrong_passphrase', async () => {
    const t = await lockedVault();
    writeFileSync(join(t.dataDir, DATABASE_FILE), Buffer.alloc(8192, 7));
    const result = await t.core.dispatch('vault:unlock', { passphrase: 'definitely not it' });
    expect(result).toMatchObject({ ok: false, error: { code: 'wrong_passphrase' } });
  });
});

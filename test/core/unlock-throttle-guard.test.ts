import { createCipheriv, randomBytes, scryptSync } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BACKUP_THROTTLE_FILE, THROTTLE_FILE } from '@core/vault/vault';
import type { Envelope } from '@shared/contract';
import { afterEach, describe, expect, it } from 'vitest';
import { fictionalCouple } from '../fixtures/couples';
import { disposeBackupCores, makeBackupCore } from '../support/backup-core';
import { TEST_PASSPHRASE } from '../support/core';

/**
 * The unlock throttle counts guesses at this folder's own vault, and only a real unlock of it
 * resets the count. A backup's key file can be made by anyone (it names its own salt and, within
 * bounds, its own cost), so opening one must never reset that count, nor its own.
 */

const ATTACKER_PASSPHRASE = 'known to whoever made this key file';
const DAY = 24 * 60 * 60_000;

afterEach(disposeBackupCores);

function errorCode(result: Envelope<unknown>): string | null {
  return result.ok ? null : result.error.code;
}

function failures(dataDir: string, file: string): number {
  const path = join(dataDir, file);
  if (!existsSync(path)) return 0;
  return (JSON.parse(readFileSync(path, 'utf8')) as { failures: number }).failures;
}

/** A key wrap made by hand, the way anyone who read docs/vault-format.md could make one. */
function craftedWrap(key: Buffer, secret: string, purpose: string) {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const kek = scryptSync(secret.normalize('NFC'), salt, 32, { N: 2 ** 14, r: 8, p: 1 });
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  cipher.setAAD(Buffer.from(`rekindle-vault:${purpose}`));
  const ciphertext = Buffer.concat([cipher.update(key), cipher.final()]);
  return {
    kdf: 'scrypt',
    N: 2 ** 14,
    r: 8,
    p: 1,
    salt: salt.toString('base64'),
    cipher: 'aes-256-gcm',
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    ciphertext: ciphertext.toString('base64'),
  };
}

/**
 * A "backup" whose key file unwraps with a passphrase the attacker chose (at the cheapest cost
 * Rekindle reads) and whose database is random bytes. Returns the path of the database file.
 */
function craftedBackup(folder: string): string {
  mkdirSync(folder, { recursive: true });
  const key = randomBytes(32);
  const keyFile = {
    format: 'rekindle-vault',
    version: 1,
    database: { cipher: 'sqlcipher', legacy: 4, file: 'rekindle.db' },
    createdAt: '2026-11-01T09:00:00.000Z',
    passphraseChangedAt: '2026-11-01T09:00:00.000Z',
    wraps: {
      passphrase: craftedWrap(key, ATTACKER_PASSPHRASE, 'passphrase'),
      recovery: craftedWrap(key, 'AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA', 'recovery'),
    },
  };
  writeFileSync(join(folder, 'rekindle-backup-20261101-090000.vault.json'), JSON.stringify(keyFile));
  const database = join(folder, 'rekindle-backup-20261101-090000.db');
  writeFileSync(database, randomBytes(4096 * 4));
  return database;
}

/** A set-up computer, locked after three wrong guesses at its passphrase. */
async function lockedAfterThreeGuesses() {
  const t = await makeBackupCore();
  await t.ok('backups:configure', { chooseFolder: true });
  await t.ok('couples:create', fictionalCouple({ displayName: 'Couple behind the throttle' }));
  await t.ok('vault:lock', {});
  for (let i = 0; i < 3; i++) {
    expect(errorCode(await t.call('vault:unlock', { passphrase: `wrong guess ${i}` }))).toBe(
      'wrong_passphrase',
    );
  }
  expect(failures(t.dataDir, THROTTLE_FILE)).toBe(3);
  return t;
}

describe('the unlock count', () => {
  it('is not reset by previewing or restoring a crafted key file that unwraps', async () => {
    const t = await lockedAfterThreeGuesses();
    const crafted = craftedBackup(join(t.backupDir, '..', 'crafted'));
    await t.choose(crafted);
    const waits: number[] = [];
    for (let round = 0; round < 3; round++) {
      // The key file unwraps (the attacker knows its passphrase); the "database" opens nothing.
      const preview = await t.call('vault:previewBackup', { passphrase: ATTACKER_PASSPHRASE });
      expect(preview.ok).toBe(false);
      expect(errorCode(preview)).not.toBe('throttled');
      const restore = await t.call('vault:restoreBackup', { passphrase: ATTACKER_PASSPHRASE });
      expect(restore.ok).toBe(false);
      // Still throttled: no free guess at the vault's passphrase was bought.
      const blocked = await t.call('vault:unlock', { passphrase: TEST_PASSPHRASE });
      expect(errorCode(blocked)).toBe('throttled');
      const wait = blocked.ok ? 0 : (blocked.error.retryAfterMs ?? 0);
      t.clock.advance(wait);
      expect(errorCode(await t.call('vault:unlock', { passphrase: `wrong again ${round}` }))).toBe(
        'wrong_passphrase',
      );
      waits.push(wait);
    }
    // The delays keep growing as if the crafted files had never been opened.
    expect(waits).toEqual([1_000, 2_000, 4_000]);
    expect(failures(t.dataDir, THROTTLE_FILE)).toBe(6);
    // The right passphrase, once the wait is over, opens the records and resets the count.
    t.clock.advance(8_000);
    await t.ok('vault:unlock', { passphrase: TEST_PASSPHRASE });
    expect(await t.coupleNames()).toEqual(['Couple behind the throttle']);
    expect(failures(t.dataDir, THROTTLE_FILE)).toBe(0);
  });

  it('is not reset by the right passphrase when the database it unwraps for does not open', async () => {
    const t = await lockedAfterThreeGuesses();
    const database = readFileSync(join(t.dataDir, 'rekindle.db'));
    writeFileSync(join(t.dataDir, 'rekindle.db'), randomBytes(database.length));
    t.clock.advance(1_000);
    const unlock = await t.call('vault:unlock', { passphrase: TEST_PASSPHRASE });
    expect(['database_corrupt', 'database_foreign']).toContain(errorCode(unlock));
    expect(failures(t.dataDir, THROTTLE_FILE)).toBe(3);
    writeFileSync(join(t.dataDir, 'rekindle.db'), database);
    await t.ok('vault:unlock', { passphrase: TEST_PASSPHRASE });
    expect(failures(t.dataDir, THROTTLE_FILE)).toBe(0);
  });

  it('is reset by a restore from the unlock screen once the restored records have opened', async () => {
    const t = await makeBackupCore();
    await t.ok('backups:configure', { chooseFolder: true });
    const backup = await t.ok('backups:create', {});
    await t.ok('vault:lock', {});
    for (let i = 0; i < 3; i++) await t.call('vault:unlock', { passphrase: `wrong guess ${i}` });
    expect(failures(t.dataDir, THROTTLE_FILE)).toBe(3);
    // A restore whose database does not open is no unlock: the count stays.
    await t.choose(craftedBackup(join(t.backupDir, '..', 'crafted')));
    expect((await t.call('vault:restoreBackup', { passphrase: ATTACKER_PASSPHRASE })).ok).toBe(false);
    expect(failures(t.dataDir, THROTTLE_FILE)).toBe(3);
    await t.choose(join(t.backupDir, backup.fileName));
    const restored = await t.ok('vault:restoreBackup', { passphrase: TEST_PASSPHRASE });
    expect(restored.state).toBe('unlocked');
    expect(failures(t.dataDir, THROTTLE_FILE)).toBe(0);
    expect(await t.auditActions()).toContain('vault.unlock_failed');
  });
});

describe('the count of attempts at backups’ key files', () => {
  it('is its own: three wrong guesses at a backup throttle backups, not unlocking', async () => {
    const t = await makeBackupCore();
    await t.ok('backups:configure', { chooseFolder: true });
    const backup = await t.ok('backups:create', {});
    await t.ok('vault:lock', {});
    await t.choose(join(t.backupDir, backup.fileName));
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      const result = await t.call('vault:previewBackup', { passphrase: `wrong backup guess ${i}` });
      expect(errorCode(result)).toBe('wrong_passphrase');
      if (!result.ok && result.error.retryAfterMs) waits.push(result.error.retryAfterMs);
      // Waits out each delay but the last.
      if (i < 3) t.clock.advance(result.ok ? 0 : (result.error.retryAfterMs ?? 0));
    }
    expect(waits).toEqual([1_000, 2_000]);
    expect(failures(t.dataDir, BACKUP_THROTTLE_FILE)).toBe(4);
    expect(failures(t.dataDir, THROTTLE_FILE)).toBe(0);
    expect(errorCode(await t.call('vault:previewBackup', { passphrase: TEST_PASSPHRASE }))).toBe('throttled');
    // Unlocking is not held up by the backups' count, and does not reset it.
    await t.ok('vault:unlock', { passphrase: TEST_PASSPHRASE });
    await t.ok('vault:lock', {});
    expect(failures(t.dataDir, BACKUP_THROTTLE_FILE)).toBe(4);
    expect(errorCode(await t.call('vault:previewBackup', { passphrase: TEST_PASSPHRASE }))).toBe('throttled');
  });

  it('is reset by nothing a crafted key file can do, and forgets failures after a quiet day', async () => {
    const t = await makeBackupCore();
    await t.ok('backups:configure', { chooseFolder: true });
    const backup = await t.ok('backups:create', {});
    await t.ok('vault:lock', {});
    const real = join(t.backupDir, backup.fileName);
    const crafted = craftedBackup(join(t.backupDir, '..', 'crafted'));
    for (let i = 0; i < 3; i++) {
      await t.choose(real);
      expect(errorCode(await t.call('vault:previewBackup', { passphrase: `wrong guess ${i}` }))).toBe(
        'wrong_passphrase',
      );
    }
    t.clock.advance(1_000);
    await t.choose(crafted);
    expect(errorCode(await t.call('vault:previewBackup', { passphrase: ATTACKER_PASSPHRASE }))).not.toBe(
      'throttled',
    );
    await t.choose(real);
    const next = await t.call('vault:previewBackup', { passphrase: 'wrong guess 3' });
    // Had the crafted file reset the count, this guess would have been free (no wait).
    expect(next).toMatchObject({ ok: false, error: { code: 'wrong_passphrase', retryAfterMs: 2_000 } });

    t.clock.advance(DAY);
    const afterADay = await t.call('vault:previewBackup', { passphrase: 'wrong guess 4' });
    expect(afterADay).toMatchObject({ ok: false, error: { code: 'wrong_passphrase' } });
    if (!afterADay.ok) expect(afterADay.error.retryAfterMs).toBeUndefined();
    expect(failures(t.dataDir, BACKUP_THROTTLE_FILE)).toBe(1);
  });

  it('survives restoring a practice someone else made, which resets only the unlock count', async () => {
    // Another practice whose passphrase the person at the keyboard knows: a complete, valid backup.
    const other = await makeBackupCore();
    await other.ok('backups:configure', { chooseFolder: true });
    const theirs = await other.ok('backups:create', {});
    const t = await makeBackupCore();
    await t.ok('backups:configure', { chooseFolder: true });
    const ours = await t.ok('backups:create', {});
    await t.ok('vault:lock', {});
    for (let i = 0; i < 3; i++) {
      await t.choose(join(t.backupDir, ours.fileName));
      await t.call('vault:previewBackup', { passphrase: `wrong guess ${i}` });
    }
    t.clock.advance(1_000);
    await t.choose(join(other.backupDir, theirs.fileName));
    await t.ok('vault:restoreBackup', { passphrase: TEST_PASSPHRASE });
    await t.ok('vault:lock', {});
    expect(failures(t.dataDir, BACKUP_THROTTLE_FILE)).toBe(3);
    await t.choose(join(t.backupDir, ours.fileName));
    expect(await t.call('vault:previewBackup', { passphrase: 'wrong guess 3' })).toMatchObject({
      ok: false,
      error: { code: 'wrong_passphrase', retryAfterMs: 2_000 },
    });
  });
});

import { copyFileSync, existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { NEW_DATABASE_PAGE_SIZE, openEncryptedDatabase } from '@core/db/open';
import { writeRekeyedCopy } from '@core/db/rekey';
import { unwrapKey, wrapKey } from '@core/vault/key-wrap';
import { rotationFiles } from '@core/vault/rotation';
import { DATABASE_FILE, VAULT_FILE, Vault } from '@core/vault/vault';
import { readVaultFile, writeVaultFile } from '@core/vault/vault-file';
import type { Envelope } from '@shared/contract';
import { afterEach, describe, expect, it } from 'vitest';
import { clinicalCore, tableCounts } from '../faults/support';
import { fictionalCouple } from '../fixtures/couples';
import { disposeBackupCores, makeBackupCore } from '../support/backup-core';
import { TEST_KDF, TEST_PASSPHRASE, tempDataDir, testClock } from '../support/core';

const NEW_PASSPHRASE = 'copper willow thistle beacon';
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const RECOVERY_KEY_SHAPE = /^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/;

afterEach(disposeBackupCores);

function errorCode(result: Envelope<unknown>): string | null {
  return result.ok ? null : result.error.code;
}

/** A practice with a backup folder, one couple and one backup made under the first key. */
async function practiceWithBackup() {
  const t = await makeBackupCore();
  await t.ok('backups:configure', { chooseFolder: true });
  await t.ok('couples:create', fictionalCouple({ displayName: 'Couple before the rotation' }));
  const backup = await t.ok('backups:create', {});
  t.clock.advance(MINUTE);
  return { t, backup, backupPath: join(t.backupDir, backup.fileName) };
}

/**
 * Whether `key` opens the database file at `path` (read-only, nothing changed), at the page size
 * every practice here was made with: a wrong page size would fail for any key and prove nothing.
 */
function keyOpens(path: string, key: Buffer): boolean {
  try {
    openEncryptedDatabase(path, Buffer.from(key), {
      mustExist: true,
      readonly: true,
      pageSize: NEW_DATABASE_PAGE_SIZE,
    }).close();
    return true;
  } catch {
    return false;
  }
}

describe('rotating the encryption key', () => {
  it('re-encrypts the records under a new key and issues a new recovery key, keeping every record', async () => {
    const { t } = await practiceWithBackup();
    const oldVault = readVaultFile(join(t.dataDir, VAULT_FILE));
    const oldKey = await t.key();
    const rotated = await t.ok('vault:rotateKey', { passphrase: TEST_PASSPHRASE });

    expect(rotated.recoveryKey).toMatch(RECOVERY_KEY_SHAPE);
    expect(rotated.recoveryKey).not.toBe(t.recoveryKey);
    expect(rotated.rotatedAt).toBe('2026-11-20T09:01:00.000Z');
    expect(await t.coupleNames()).toEqual(['Couple before the rotation']);
    const vault = readVaultFile(join(t.dataDir, VAULT_FILE));
    expect(vault?.keyId).toMatch(/^[0-9a-f]{32}$/);
    expect(vault?.keyId).not.toBe(oldVault?.keyId);
    expect(vault?.keyRotatedAt).toBe(rotated.rotatedAt);
    // Same passphrase: when it was set does not change.
    expect(vault?.passphraseChangedAt).toBe(oldVault?.passphraseChangedAt);
    // Nothing of the rotation is left beside the records.
    expect(readdirSync(t.dataDir).filter((name) => name.startsWith('.'))).toEqual([]);

    const newKey = await t.key();
    expect(newKey.equals(oldKey)).toBe(false);
    expect(keyOpens(join(t.dataDir, DATABASE_FILE), oldKey)).toBe(false);
    expect(keyOpens(join(t.dataDir, DATABASE_FILE), newKey)).toBe(true);

    // Audited without any secret: only whether the passphrase changed too.
    const { items } = await t.ok('audit:list', { action: 'vault.key_rotated' });
    expect(items).toHaveLength(1);
    expect(items[0]?.detail).toEqual({ passphraseChanged: false });
    expect(JSON.stringify(items)).not.toContain(rotated.recoveryKey);

    // Same passphrase, new recovery key: both open it after a restart.
    await t.ok('vault:lock', {});
    await t.ok('vault:unlock', { passphrase: TEST_PASSPHRASE });
    await t.ok('vault:lock', {});
    await t.ok('vault:unlockWithRecoveryKey', {
      recoveryKey: rotated.recoveryKey,
      newPassphrase: NEW_PASSPHRASE,
    });
    expect(await t.coupleNames()).toEqual(['Couple before the rotation']);
  });

  it('after a rotation with a new passphrase, the old passphrase, old recovery key and old key files open nothing current', async () => {
    const { t, backup } = await practiceWithBackup();
    const rotated = await t.ok('vault:rotateKey', {
      passphrase: TEST_PASSPHRASE,
      newPassphrase: NEW_PASSPHRASE,
    });
    await t.ok('couples:create', fictionalCouple({ displayName: 'Couple added after the rotation' }));
    expect((await t.ok('audit:list', { action: 'vault.key_rotated' })).items[0]?.detail).toEqual({
      passphraseChanged: true,
    });
    await t.ok('vault:lock', {});

    expect(errorCode(await t.call('vault:unlock', { passphrase: TEST_PASSPHRASE }))).toBe('wrong_passphrase');
    expect(
      errorCode(
        await t.call('vault:unlockWithRecoveryKey', {
          recoveryKey: t.recoveryKey,
          newPassphrase: NEW_PASSPHRASE,
        }),
      ),
    ).toBe('wrong_recovery_key');

    // The attack from the review: the old passphrase and an old backup's key file, against
    // today's database. The key file still unwraps (it is the old key's wrap)...
    const oldKeyFile = readVaultFile(join(t.backupDir, backup.fileName.replace(/\.db$/, '.vault.json')));
    if (!oldKeyFile) throw new Error('the backup has no key file');
    const oldKey = await unwrapKey(oldKeyFile.wraps.passphrase, TEST_PASSPHRASE, 'passphrase');
    expect(oldKey).not.toBeNull();
    // ...but that key opens nothing current.
    expect(keyOpens(join(t.dataDir, DATABASE_FILE), oldKey ?? Buffer.alloc(32))).toBe(false);
    // Nor does the app: the old key file put in place of today's, with the old passphrase.
    const attacker = tempDataDir();
    try {
      copyFileSync(join(t.dataDir, DATABASE_FILE), join(attacker, DATABASE_FILE));
      writeVaultFile(join(attacker, VAULT_FILE), oldKeyFile);
      const vault = new Vault({ dataDir: attacker, clock: testClock().now, kdf: TEST_KDF });
      await expect(vault.unlock(TEST_PASSPHRASE)).rejects.toMatchObject({ code: 'database_corrupt' });
      expect(vault.isUnlocked()).toBe(false);
    } finally {
      rmSync(attacker, { recursive: true, force: true });
    }

    // Today's secrets open today's records, including what was added after the rotation.
    await t.ok('vault:unlock', { passphrase: NEW_PASSPHRASE });
    expect(await t.coupleNames()).toEqual(['Couple added after the rotation', 'Couple before the rotation']);
    await t.ok('vault:lock', {});
    await t.ok('vault:unlockWithRecoveryKey', {
      recoveryKey: rotated.recoveryKey,
      newPassphrase: TEST_PASSPHRASE,
    });
  });

  it('labels backups by key generation, and refuses to read an earlier one with today’s key', async () => {
    const { t, backup } = await practiceWithBackup();
    // A day apart each, or retention keeps only the day's last backup.
    t.clock.advance(DAY);
    // A second backup whose key file went missing: its time says it predates the rotation.
    const keyless = await t.ok('backups:create', {});
    rmSync(join(t.backupDir, keyless.fileName.replace(/\.db$/, '.vault.json')));
    expect((await t.ok('backups:status', {})).backups.map((b) => b.keys)).toEqual(['current', 'current']);

    t.clock.advance(MINUTE);
    await t.ok('vault:rotateKey', { passphrase: TEST_PASSPHRASE });
    t.clock.advance(DAY);
    const after = await t.ok('backups:create', {});
    expect(after.keys).toBe('current');
    const listed = (await t.ok('backups:status', {})).backups;
    expect(listed.map((b) => [b.fileName, b.keys])).toEqual([
      [after.fileName, 'current'],
      [keyless.fileName, 'earlier'],
      [backup.fileName, 'earlier'],
    ]);

    for (const channel of ['backups:inspect', 'backups:verify', 'backups:restore'] as const) {
      const refused = await t.call(channel, { fileName: backup.fileName });
      expect(errorCode(refused), channel).toBe('conflict');
      if (!refused.ok) expect(refused.error.message).toMatch(/earlier keys/);
    }
    // The backup made after the rotation is read with today's key as before.
    expect((await t.ok('backups:inspect', { fileName: after.fileName })).contents.counts.couples).toBe(1);
  });

  it('leaves a backup made before the rotation openable with its own key file: preview and restore', async () => {
    const { t, backupPath } = await practiceWithBackup();
    await t.ok('vault:rotateKey', { passphrase: TEST_PASSPHRASE, newPassphrase: NEW_PASSPHRASE });
    await t.ok('couples:create', fictionalCouple({ displayName: 'Couple added after the rotation' }));
    await t.ok('vault:lock', {});

    await t.choose(backupPath);
    expect(errorCode(await t.call('vault:previewBackup', { passphrase: NEW_PASSPHRASE }))).toBe(
      'wrong_passphrase',
    );
    const preview = await t.ok('vault:previewBackup', { passphrase: TEST_PASSPHRASE });
    expect(preview.contents.counts.couples).toBe(1);
    const withRecovery = await t.ok('vault:previewBackup', { recoveryKey: t.recoveryKey });
    expect(withRecovery.contents.counts.couples).toBe(1);

    await t.ok('vault:restoreBackup', { passphrase: TEST_PASSPHRASE });
    expect(await t.coupleNames()).toEqual(['Couple before the rotation']);
  });

  it('refuses a wrong passphrase, throttled like unlock, changing nothing', async () => {
    const { t } = await practiceWithBackup();
    const vaultBefore = readFileSync(join(t.dataDir, VAULT_FILE));
    const wrong = await t.call('vault:rotateKey', { passphrase: 'not the passphrase at all' });
    expect(errorCode(wrong)).toBe('wrong_passphrase');
    if (!wrong.ok) expect(wrong.error.fields?.passphrase).toBeDefined();
    await t.call('vault:rotateKey', { passphrase: 'not the passphrase at all' });
    await t.call('vault:rotateKey', { passphrase: 'not the passphrase at all' });
    // The fourth attempt waits, even with the right passphrase.
    expect(errorCode(await t.call('vault:rotateKey', { passphrase: TEST_PASSPHRASE }))).toBe('throttled');
    expect(readFileSync(join(t.dataDir, VAULT_FILE)).equals(vaultBefore)).toBe(true);
    expect(readdirSync(t.dataDir).filter((name) => name.startsWith('.'))).toEqual([]);
    t.clock.advance(MINUTE);
    await t.ok('vault:rotateKey', { passphrase: TEST_PASSPHRASE });
  });

  it('waits for an unfinished restore: its copy of the records under the old key would stay readable', async () => {
    const { t } = await practiceWithBackup();
    const vaultBefore = readFileSync(join(t.dataDir, VAULT_FILE));
    // What a restore killed between moving the records aside and putting the copy in place leaves.
    copyFileSync(join(t.dataDir, DATABASE_FILE), join(t.dataDir, `.${DATABASE_FILE}.previous`));
    const refused = await t.call('vault:rotateKey', { passphrase: TEST_PASSPHRASE });
    expect(errorCode(refused)).toBe('conflict');
    if (!refused.ok)
      expect(refused.error.message).toMatch(
        /^An earlier restore did not finish: .+ The key was not rotated;/,
      );
    expect(readFileSync(join(t.dataDir, VAULT_FILE)).equals(vaultBefore)).toBe(true);
  });

  it('needs the vault unlocked', async () => {
    const { t } = await practiceWithBackup();
    await t.ok('vault:lock', {});
    expect(errorCode(await t.call('vault:rotateKey', { passphrase: TEST_PASSPHRASE }))).toBe('locked');
  });
});

describe('a rotation interrupted by a crash', () => {
  /**
   * Steps 1 and 2 of the protocol done by hand on a real practice: the verified copy under a new
   * key and the pending vault file for it, as a rotation leaves them just before its commit.
   */
  async function interruptedBeforeCommit() {
    const dataDir = tempDataDir();
    const clock = testClock();
    const vault = new Vault({ dataDir, clock: clock.now, kdf: TEST_KDF });
    const { dispatch } = clinicalCore(vault, clock.now);
    await dispatch('vault:create', { passphrase: TEST_PASSPHRASE });
    await dispatch('couples:create', fictionalCouple({ displayName: 'Couple in the records' }));
    const files = rotationFiles(vault.databasePath, vault.vaultPath);
    const newKey = Buffer.alloc(32, 7);
    writeRekeyedCopy(
      vault.current().db,
      vault.current().key,
      files.copy,
      newKey,
      NEW_DATABASE_PAGE_SIZE,
      () => ({}),
    );
    const current = readVaultFile(vault.vaultPath);
    if (!current) throw new Error('no vault file');
    writeVaultFile(files.pendingVault, {
      ...current,
      keyId: 'ab'.repeat(16),
      wraps: { ...current.wraps, passphrase: await wrapKey(newKey, NEW_PASSPHRASE, TEST_KDF, 'passphrase') },
    });
    await vault.lock();
    return { dataDir, clock, files };
  }

  it('before the commit: rolls back to the old key and database, removing the copy', async () => {
    const { dataDir, clock, files } = await interruptedBeforeCommit();
    try {
      const vault = new Vault({ dataDir, clock: clock.now, kdf: TEST_KDF });
      expect(vault.status()).toBe('locked');
      expect(existsSync(files.copy)).toBe(false);
      expect(existsSync(files.pendingVault)).toBe(false);
      await expect(vault.unlock(NEW_PASSPHRASE)).rejects.toMatchObject({ code: 'wrong_passphrase' });
      await vault.unlock(TEST_PASSPHRASE);
      expect(tableCounts(vault.current().db).couples).toBe(1);
      await vault.lock();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('after the commit: finishes the rotation, installing the new vault file', async () => {
    const { dataDir, clock, files } = await interruptedBeforeCommit();
    try {
      // The commit (the copy renamed over the database), then the kill.
      renameSync(files.copy, join(dataDir, DATABASE_FILE));
      const vault = new Vault({ dataDir, clock: clock.now, kdf: TEST_KDF });
      await expect(vault.unlock(TEST_PASSPHRASE)).rejects.toMatchObject({ code: 'wrong_passphrase' });
      expect(existsSync(files.pendingVault)).toBe(false);
      expect(readVaultFile(join(dataDir, VAULT_FILE))?.keyId).toBe('ab'.repeat(16));
      clock.advance(MINUTE);
      await vault.unlock(NEW_PASSPHRASE);
      expect(tableCounts(vault.current().db).couples).toBe(1);
      await vault.lock();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('while the copy was being written: deletes it, the old records open as before', async () => {
    const { dataDir, clock, files } = await interruptedBeforeCommit();
    try {
      rmSync(files.pendingVault);
      const vault = new Vault({ dataDir, clock: clock.now, kdf: TEST_KDF });
      await vault.unlock(TEST_PASSPHRASE);
      expect(existsSync(files.copy)).toBe(false);
      await vault.lock();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

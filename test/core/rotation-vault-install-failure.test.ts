import { join } from 'node:path';
import { NEW_DATABASE_PAGE_SIZE, openEncryptedDatabase } from '@core/db/open';
import { unwrapKey } from '@core/vault/key-wrap';
import { VAULT_FILE } from '@core/vault/vault';
import { readVaultFile } from '@core/vault/vault-file';
import { backupKeyFileName } from '@shared/domain/backups/file-name';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fictionalCouple } from '../fixtures/couples';
import { disposeBackupCores, makeBackupCore } from '../support/backup-core';
import { TEST_PASSPHRASE } from '../support/core';

/**
 * Step 5 of a rotation (the pending vault file renamed over vault.json) can fail after the
 * commit, say on Windows while another program holds vault.json open. The rotation stands and
 * the pending vault file waits to be installed; until then vault.json holds the old key's wraps.
 * Nothing may copy that stale file as if it were current: a backup beside it would never open.
 */

const failInstall = vi.hoisted(() => ({ value: false }));

vi.mock('@core/vault/rotation', async (importOriginal) => {
  const original = await importOriginal<typeof import('@core/vault/rotation')>();
  return {
    ...original,
    // Only the rotation's own step 5 fails; recovery inside rotation.ts installs as usual.
    installPendingVault: (...args: Parameters<typeof original.installPendingVault>) => {
      if (failInstall.value) {
        failInstall.value = false;
        throw Object.assign(new Error('simulated sharing violation'), { code: 'EPERM' });
      }
      original.installPendingVault(...args);
    },
  };
});

afterEach(disposeBackupCores);

describe('a rotation whose new vault file could not be installed at once', () => {
  it('writes beside the next backup the key file that opens it, and labels it current', async () => {
    const t = await makeBackupCore();
    await t.ok('backups:configure', { chooseFolder: true });
    await t.ok('couples:create', fictionalCouple({ displayName: 'Couple kept across the rotation' }));
    failInstall.value = true;
    const rotated = await t.ok('vault:rotateKey', { passphrase: TEST_PASSPHRASE });
    expect(failInstall.value).toBe(false);

    const backup = await t.ok('backups:create', {});
    expect(backup.keys).toBe('current');
    const keyFile = readVaultFile(join(t.backupDir, backupKeyFileName(backup.fileName)));
    if (!keyFile) throw new Error('the backup has no key file');
    expect(keyFile.keyRotatedAt).toBe(rotated.rotatedAt);
    const key = await unwrapKey(keyFile.wraps.passphrase, TEST_PASSPHRASE, 'passphrase');
    if (!key) throw new Error('the key file does not unwrap with the passphrase');
    const copy = openEncryptedDatabase(join(t.backupDir, backup.fileName), key, {
      mustExist: true,
      readonly: true,
      pageSize: NEW_DATABASE_PAGE_SIZE,
    });
    try {
      expect(copy.prepare('SELECT count(*) FROM couples').pluck().get()).toBe(1);
    } finally {
      copy.close();
    }
    expect(readVaultFile(join(t.dataDir, VAULT_FILE))?.keyId).toBe(keyFile.keyId);
    expect((await t.ok('backups:status', {})).backups.map((b) => b.keys)).toEqual(['current']);
  });
});

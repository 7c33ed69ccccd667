import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { NEW_DATABASE_PAGE_SIZE, openEncryptedDatabase } from '@core/db/open';
import { wrapKey } from '@core/vault/key-wrap';
import { readVaultFile, writeVaultFile } from '@core/vault/vault-file';
import { backupKeyFileName } from '@shared/domain/backups/file-name';
import { afterEach, describe, expect, it } from 'vitest';
import { disposeBackupCores, makeBackupCore } from '../support/backup-core';
import { TEST_KDF } from '../support/core';

/**
 * A backup and its key file come from outside: their times are whatever the file says. A time
 * JavaScript reads but ISO 8601 can write only with an expanded year (after 9999) must not make
 * choosing or previewing the backup answer `internal` (the answer would break its own contract).
 */

afterEach(disposeBackupCores);

const FAR_FUTURE = '+100000-01-01T00:00:00.000Z';
const ATTACKER_PASSPHRASE = 'known to whoever made this backup';

describe('times read from a backup someone else made', () => {
  it('a key file whose passphrase time is beyond year 9999: chosen without that fact', async () => {
    const t = await makeBackupCore();
    await t.ok('backups:configure', { chooseFolder: true });
    const backup = await t.ok('backups:create', {});
    const keyFilePath = join(t.backupDir, backupKeyFileName(backup.fileName));
    const keyFile = readVaultFile(keyFilePath);
    if (!keyFile) throw new Error('the backup has no key file');
    writeVaultFile(keyFilePath, { ...keyFile, passphraseChangedAt: FAR_FUTURE });
    await t.ok('vault:lock', {});

    const chosen = await t.choose(join(t.backupDir, backup.fileName));
    expect(chosen).toMatchObject({ fileName: backup.fileName, keyFile: null });
  });

  it('a database whose newest time is beyond year 9999: previewed without a newest date', async () => {
    const t = await makeBackupCore();
    await t.ok('vault:lock', {});
    const folder = join(t.backupDir, '..', 'crafted');
    mkdirSync(folder, { recursive: true });
    const fileName = 'rekindle-backup-20261101-090000.db';
    const key = randomBytes(32);
    // At the page size the copied vault file's fields name.
    const db = openEncryptedDatabase(join(folder, fileName), Buffer.from(key), {
      pageSize: NEW_DATABASE_PAGE_SIZE,
    });
    // 'Jan 1 100000' sorts after every ISO time and Date.parse reads it as the year 100000.
    db.exec(`CREATE TABLE couples (created_at TEXT); INSERT INTO couples VALUES ('Jan 1 100000');`);
    db.pragma('journal_mode = DELETE');
    db.close();
    // Any vault file's fields will do; the wraps are the crafted key's.
    const template = readVaultFile(join(t.dataDir, 'vault.json'));
    if (!template) throw new Error('no vault file');
    writeVaultFile(join(folder, backupKeyFileName(fileName)), {
      ...template,
      wraps: {
        passphrase: await wrapKey(key, ATTACKER_PASSPHRASE, TEST_KDF, 'passphrase'),
        recovery: await wrapKey(key, 'AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA', TEST_KDF, 'recovery'),
      },
    });

    await t.choose(join(folder, fileName));
    const preview = await t.ok('vault:previewBackup', { passphrase: ATTACKER_PASSPHRASE });
    expect(preview.contents.counts.couples).toBe(1);
    expect(preview.contents.newestRecordAt).toBeNull();
  });
});

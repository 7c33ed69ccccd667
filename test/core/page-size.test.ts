import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openEncryptedDatabase, type PageSize } from '@core/db/open';
import { CoreFailure } from '@core/errors';
import { unwrapKey } from '@core/vault/key-wrap';
import { DATABASE_FILE, VAULT_FILE } from '@core/vault/vault';
import { readVaultFile } from '@core/vault/vault-file';
import type { Envelope } from '@shared/contract';
import { afterEach, describe, expect, it } from 'vitest';
import { fictionalCouple } from '../fixtures/couples';
import { fictionalDapNote, fictionalSession } from '../fixtures/sessions';
import { disposeBackupCores, makeBackupCore } from '../support/backup-core';
import { makeCore, TEST_PASSPHRASE } from '../support/core';

afterEach(disposeBackupCores);

/** The page size a database file really has, read back with the key and the size it was written with. */
function pageSizeOnDisk(path: string, key: Buffer, pageSize: PageSize): number {
  const db = openEncryptedDatabase(path, Buffer.from(key), { mustExist: true, readonly: true, pageSize });
  try {
    return db.pragma('page_size', { simple: true }) as number;
  } finally {
    db.close();
  }
}

type Json = { database: Record<string, unknown> };
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Json;
const writeJson = (path: string, value: Json) => writeFileSync(path, JSON.stringify(value));

function errorCode(result: Envelope<unknown>): string | null {
  return result.ok ? null : result.error.code;
}

describe('database page size', () => {
  it('sets up a new vault with 16 KiB pages and records them in the vault file', async () => {
    const t = await makeBackupCore();
    await t.ok('couples:create', fictionalCouple({ displayName: 'Page size couple' }));
    const vaultFile = readJson(join(t.dataDir, VAULT_FILE));
    expect(vaultFile.database).toEqual({
      cipher: 'sqlcipher',
      legacy: 4,
      file: DATABASE_FILE,
      pageSize: 16384,
    });
    const key = await t.key();
    expect(pageSizeOnDisk(join(t.dataDir, DATABASE_FILE), key, 16384)).toBe(16384);

    await t.ok('vault:lock', {});
    await t.ok('vault:unlock', { passphrase: TEST_PASSPHRASE });
    expect(await t.coupleNames()).toEqual(['Page size couple']);
  });

  it('still opens a 4 KiB vault whose vault file predates the page size', async () => {
    const t = await makeBackupCore({ databasePageSize: 4096 });
    await t.ok('couples:create', fictionalCouple({ displayName: 'Older vault couple' }));
    await t.ok('vault:lock', {});
    const vaultPath = join(t.dataDir, VAULT_FILE);
    const old = readJson(vaultPath);
    delete old.database.pageSize;
    writeJson(vaultPath, old);

    await t.ok('vault:unlock', { passphrase: TEST_PASSPHRASE });
    expect(await t.coupleNames()).toEqual(['Older vault couple']);
    const key = await t.key();
    expect(pageSizeOnDisk(join(t.dataDir, DATABASE_FILE), key, 4096)).toBe(4096);
    // Unlocking and changing the passphrase leave the format as it was: only a new key moves it.
    await t.ok('vault:changePassphrase', { current: TEST_PASSPHRASE, next: 'a second fictional passphrase' });
    expect(readJson(vaultPath).database).not.toHaveProperty('pageSize');
  });

  it('moves an older 4 KiB vault to 16 KiB pages when its key is rotated, every record and the search index kept', async () => {
    const older = await makeCore({ core: { databasePageSize: 4096 } });
    await older.ok('vault:create', { passphrase: TEST_PASSPHRASE });
    const couple = await older.ok(
      'couples:create',
      fictionalCouple({ displayName: 'Couple kept through the move' }),
    );
    const session = await older.ok('sessions:create', fictionalSession(couple.id, { date: '2026-11-12' }));
    const note = await older.ok('notes:saveDraft', {
      sessionId: session.id,
      content: fictionalDapNote({ sections: { data: 'They planned a lighthouse walk together.' } }),
    });
    await older.ok('notes:sign', { id: note.id, signedBy: 'Dr. Robin Example (fictional)', attest: true });
    await older.core.close();
    const dataDir = older.dataDir;
    const vaultPath = join(dataDir, VAULT_FILE);
    const before = readJson(vaultPath);
    delete before.database.pageSize;
    writeJson(vaultPath, before);

    // Today's Rekindle on the same folder: the rotation is what moves it.
    const t = await makeCore({ dataDir });
    await t.ok('vault:unlock', { passphrase: TEST_PASSPHRASE });
    await t.ok('vault:rotateKey', { passphrase: TEST_PASSPHRASE });
    // The rotation proved the copy (integrity check, every table's row count) before the swap.
    expect(readJson(vaultPath).database.pageSize).toBe(16384);
    await t.ok('vault:lock', {});
    const vault = readVaultFile(vaultPath);
    const key = vault ? await unwrapKey(vault.wraps.passphrase, TEST_PASSPHRASE, 'passphrase') : null;
    if (!key) throw new Error('the passphrase no longer unwraps the key');
    expect(pageSizeOnDisk(join(dataDir, DATABASE_FILE), key, 16384)).toBe(16384);
    await t.ok('vault:unlock', { passphrase: TEST_PASSPHRASE });
    const found = await t.ok('search:query', { query: 'lighthouse' });
    expect(found.items.map((item) => item.noteId)).toEqual([note.id]);
    const signed = await t.ok('notes:get', { id: note.id });
    expect(signed.hashValid).toBe(true);
    await t.dispose();
  });

  it('refuses a 16 KiB database opened as 4 KiB as damaged, not as an internal error', async () => {
    const t = await makeBackupCore();
    const key = await t.key();
    const path = join(t.dataDir, DATABASE_FILE);
    await t.ok('vault:lock', {});
    let thrown: unknown;
    try {
      openEncryptedDatabase(path, Buffer.from(key), { mustExist: true, pageSize: 4096 });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CoreFailure);
    expect((thrown as CoreFailure).code).toBe('database_corrupt');

    // A vault file that lost its page size (hand-edited, say) says the same through unlock.
    const vaultPath = join(t.dataDir, VAULT_FILE);
    const edited = readJson(vaultPath);
    delete edited.database.pageSize;
    writeJson(vaultPath, edited);
    expect(errorCode(await t.call('vault:unlock', { passphrase: TEST_PASSPHRASE }))).toBe('database_corrupt');
    // A page size Rekindle never writes is a damaged vault file.
    writeJson(vaultPath, { ...edited, database: { ...edited.database, pageSize: 8192 } });
    expect(errorCode(await t.call('vault:unlock', { passphrase: TEST_PASSPHRASE }))).toBe('vault_corrupt');
  });

  it.each([16384, 4096] as const)(
    'backs up a %i-byte database at its own page size, with a key file that says so, and restores it',
    async (pageSize) => {
      const t = await makeBackupCore({ databasePageSize: pageSize });
      await t.ok('couples:create', fictionalCouple({ displayName: 'Backed-up couple' }));
      await t.ok('backups:configure', { chooseFolder: true });
      const entry = await t.ok('backups:create', {});
      const backupPath = join(t.backupDir, entry.fileName);
      const keyFile = readJson(join(t.backupDir, entry.fileName.replace(/\.db$/, '.vault.json')));
      expect(keyFile.database.pageSize).toBe(pageSize);
      const key = await t.key();
      expect(pageSizeOnDisk(backupPath, key, pageSize)).toBe(pageSize);

      expect((await t.ok('backups:verify', { fileName: entry.fileName })).verified).toBe('verified');
      expect((await t.ok('backups:inspect', { fileName: entry.fileName })).contents.counts.couples).toBe(1);
      await t.ok('couples:create', fictionalCouple({ displayName: 'Added after the backup' }));
      await t.ok('backups:restore', { fileName: entry.fileName });
      expect(await t.coupleNames()).toEqual(['Backed-up couple']);

      // On a new computer with only the drive: preview and restore from the unlock screen.
      const second = await makeBackupCore({ backupDir: t.backupDir, setUp: false });
      await second.choose(backupPath);
      const preview = await second.ok('vault:previewBackup', { passphrase: TEST_PASSPHRASE });
      expect(preview.contents.counts.couples).toBe(1);
      await second.ok('vault:restoreBackup', { passphrase: TEST_PASSPHRASE });
      expect(await second.coupleNames()).toEqual(['Backed-up couple']);
      expect(readJson(join(second.dataDir, VAULT_FILE)).database.pageSize).toBe(pageSize);
      await second.ok('vault:lock', {});
      await second.ok('vault:unlock', { passphrase: TEST_PASSPHRASE });
      expect(pageSizeOnDisk(join(second.dataDir, DATABASE_FILE), await second.key(), pageSize)).toBe(
        pageSize,
      );
    },
  );

  it('refuses, unchanged, a backup whose key file names the wrong page size', async () => {
    const t = await makeBackupCore();
    await t.ok('couples:create', fictionalCouple({ displayName: 'Kept couple' }));
    await t.ok('backups:configure', { chooseFolder: true });
    const entry = await t.ok('backups:create', {});
    const keyFilePath = join(t.backupDir, entry.fileName.replace(/\.db$/, '.vault.json'));
    const keyFile = readJson(keyFilePath);
    writeJson(keyFilePath, { ...keyFile, database: { ...keyFile.database, pageSize: 4096 } });

    expect((await t.ok('backups:verify', { fileName: entry.fileName })).verified).toBe('failed');
    expect(errorCode(await t.call('backups:inspect', { fileName: entry.fileName }))).toBe('database_corrupt');
    // Restoring it over the open records is refused before anything changes.
    expect(errorCode(await t.call('backups:restore', { fileName: entry.fileName }))).toBe('conflict');
    expect(await t.coupleNames()).toEqual(['Kept couple']);

    const second = await makeBackupCore({ backupDir: t.backupDir, setUp: false });
    await second.choose(join(t.backupDir, entry.fileName));
    expect(errorCode(await second.call('vault:previewBackup', { passphrase: TEST_PASSPHRASE }))).toBe(
      'database_corrupt',
    );
    expect((await second.ok('vault:status', {})).state).toBe('new');
  });
});

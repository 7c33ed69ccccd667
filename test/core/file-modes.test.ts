import { chmodSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { vacuumInto } from '@core/db/backup';
import { openEncryptedDatabase } from '@core/db/open';
import { restrictNewFileModes } from '@core/files';
import { DATABASE_FILE, THROTTLE_FILE, VAULT_FILE } from '@core/vault/vault';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fictionalCouple } from '../fixtures/couples';
import { disposeBackupCores, makeBackupCore } from '../support/backup-core';
import { TEST_PASSPHRASE, tempDataDir } from '../support/core';

/** Every file under `folder` with its permission bits, by path relative to it. */
function modesIn(folder: string): Record<string, string> {
  const modes: Record<string, string> = {};
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    modes[relative(folder, path)] = (statSync(path).mode & 0o777).toString(8);
  }
  return modes;
}

const modeOf = (path: string) => (statSync(path).mode & 0o777).toString(8);

// The usual desktop umask: files the core does not give a mode explicitly would come out 644.
// The umask is process-wide, so the app's own 077 (set in main and the practice host) cannot be
// what these tests rely on.
let previousUmask = 0;
beforeAll(() => {
  previousUmask = process.umask(0o022);
});
afterAll(() => {
  process.umask(previousUmask);
});
afterEach(disposeBackupCores);

describe.skipIf(process.platform === 'win32')('files the core writes are owner-only (0600)', () => {
  it('the database, its -wal and -shm, the vault, throttle and preferences files, backups, key files and a restored database', async () => {
    const t = await makeBackupCore();
    await t.ok('couples:create', fictionalCouple());
    await t.ok('backups:configure', { chooseFolder: true });
    const backup = await t.ok('backups:create', {});
    // A failed unlock writes the throttle file.
    expect((await t.call('vault:unlock', { passphrase: 'not the passphrase at all' })).ok).toBe(false);
    // Restoring copies the backup into the data folder and makes a safety backup first.
    const { safetyBackup } = await t.ok('backups:restore', { fileName: backup.fileName });

    const data = modesIn(t.dataDir);
    for (const name of [
      DATABASE_FILE,
      `${DATABASE_FILE}-wal`,
      `${DATABASE_FILE}-shm`,
      VAULT_FILE,
      THROTTLE_FILE,
    ]) {
      expect(data, name).toHaveProperty([name]);
    }
    expect(Object.keys(data).some((name) => name.startsWith('preferences'))).toBe(true);
    const backups = modesIn(t.backupDir);
    for (const name of [
      backup.fileName,
      backup.fileName.replace(/\.db$/, '.vault.json'),
      safetyBackup.fileName,
      safetyBackup.fileName.replace(/\.db$/, '.vault.json'),
    ]) {
      expect(backups, name).toHaveProperty([name]);
    }
    const every = { ...data, ...backups };
    expect(Object.entries(every).filter(([, mode]) => mode !== '600')).toEqual([]);
  });

  it('the database and vault file a key rotation puts in place', async () => {
    const t = await makeBackupCore();
    await t.ok('couples:create', fictionalCouple());
    await t.ok('vault:rotateKey', { passphrase: TEST_PASSPHRASE });
    await t.ok('couples:create', fictionalCouple());
    const data = modesIn(t.dataDir);
    expect(data).toHaveProperty([DATABASE_FILE]);
    expect(data).toHaveProperty([VAULT_FILE]);
    expect(Object.entries(data).filter(([, mode]) => mode !== '600')).toEqual([]);
  });

  it('closes the database, -wal, -shm and preferences an older version left 0644 at the next unlock', async () => {
    const t = await makeBackupCore();
    await t.ok('couples:create', fictionalCouple());
    await t.ok('backups:configure', { chooseFolder: true });
    await t.ok('vault:lock', {});
    const loosened = readdirSync(t.dataDir).filter(
      (name) => name.startsWith(DATABASE_FILE) || name.startsWith('preferences'),
    );
    expect(loosened.length).toBeGreaterThan(1);
    for (const name of loosened) chmodSync(join(t.dataDir, name), 0o644);
    await t.ok('vault:unlock', { passphrase: TEST_PASSPHRASE });
    // The preferences are rewritten when the backups settings are next saved.
    await t.ok('backups:configure', { intervalHours: 12 });
    const modes = modesIn(t.dataDir);
    expect(loosened.map((name) => [name, modes[name]])).toEqual(loosened.map((name) => [name, '600']));
  });

  it('VACUUM INTO gives its copy 0600 even onto an empty file that was 0644', () => {
    const folder = tempDataDir();
    const key = Buffer.alloc(32, 7);
    const db = openEncryptedDatabase(join(folder, 'source.db'), Buffer.from(key));
    try {
      db.exec('CREATE TABLE t (x TEXT) STRICT');
      const fresh = join(folder, 'fresh.db');
      const existing = join(folder, 'existing.db');
      writeFileSync(existing, '', { mode: 0o644 });
      vacuumInto(db, fresh);
      vacuumInto(db, existing);
      expect([modeOf(fresh), modeOf(existing)]).toEqual(['600', '600']);
    } finally {
      db.close();
    }
  });

  it('sets the umask to 077 for everything else the process creates', () => {
    const before = process.umask(0o022);
    try {
      restrictNewFileModes();
      expect(process.umask(0o022)).toBe(0o077);
    } finally {
      process.umask(before);
    }
  });
});

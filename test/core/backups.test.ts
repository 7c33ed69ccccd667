import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { verifyDatabaseFile } from '@core/db/backup';
import { NEW_DATABASE_PAGE_SIZE, openEncryptedDatabase } from '@core/db/open';
import { createFilePreferences } from '@core/preferences';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fictionalCouple } from '../fixtures/couples';
import { disposeBackupCores, makeBackupCore } from '../support/backup-core';
import { TEST_PASSPHRASE } from '../support/core';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The backups in a folder, without their key files. */
function databaseFiles(folder: string): string[] {
  return readdirSync(folder).filter((name) => name.endsWith('.db'));
}

afterEach(async () => {
  await disposeBackupCores();
  vi.restoreAllMocks();
});

describe('backups', () => {
  it('makes an encrypted backup in the chosen folder that opens with the key and passes both checks', async () => {
    const t = await makeBackupCore();
    await t.ok('couples:create', fictionalCouple());
    const configured = await t.ok('backups:configure', { chooseFolder: true, intervalHours: 12 });
    expect(configured).toMatchObject({
      folder: t.backupDir,
      folderAvailable: true,
      intervalHours: 12,
      backups: [],
    });

    const entry = await t.ok('backups:create', {});
    expect(entry).toMatchObject({
      fileName: 'rekindle-backup-20261120-090000.db',
      createdAt: '2026-11-20T09:00:00.000Z',
      verified: 'verified',
    });
    const path = join(t.backupDir, entry.fileName);
    expect(existsSync(path)).toBe(true);
    // The backup and its key file (the vault file, so the backup opens without this computer).
    expect(readdirSync(t.backupDir).sort()).toEqual([
      entry.fileName,
      'rekindle-backup-20261120-090000.vault.json',
    ]);
    expect(readFileSync(path).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');

    const key = await t.key();
    expect(() => verifyDatabaseFile(path, key, NEW_DATABASE_PAGE_SIZE)).not.toThrow();
    const copy = openEncryptedDatabase(path, key, {
      mustExist: true,
      readonly: true,
      pageSize: NEW_DATABASE_PAGE_SIZE,
    });
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(copy.pragma('cipher_integrity_check')).toEqual([]);
      expect(copy.prepare('SELECT count(*) FROM couples').pluck().get()).toBe(1);
    } finally {
      copy.close();
    }

    const status = await t.ok('backups:status', {});
    expect(status.lastBackupAt).toBe('2026-11-20T09:00:00.000Z');
    expect(status.backups).toEqual([entry]);
    expect(await t.auditActions()).toContain('backup.created');
  });

  it('applies retention after each backup and never touches other files in the folder', async () => {
    const t = await makeBackupCore();
    await t.ok('backups:configure', { chooseFolder: true, policy: { daily: 2, weekly: 0 } });
    const unrelated = [
      'holiday-photos.db',
      'rekindle-backup-notes.txt',
      'rekindle-backup-20260101-000000.db.bak',
    ];
    for (const name of unrelated) writeFileSync(join(t.backupDir, name), 'not a backup');

    const made: string[] = [];
    for (let day = 0; day < 4; day++) {
      made.push((await t.ok('backups:create', {})).fileName);
      t.clock.advance(DAY);
    }
    const left = readdirSync(t.backupDir).sort();
    const keyFiles = [made[2], made[3]].map((name) => name?.replace(/\.db$/, '.vault.json'));
    expect(left).toEqual([...unrelated, made[2], made[3], ...keyFiles].sort());
    expect((await t.ok('backups:status', {})).backups.map((b) => b.fileName)).toEqual([made[3], made[2]]);
  });

  it('refuses a missing folder with not_saved, creates nothing and leaves no partial file', async () => {
    const t = await makeBackupCore();
    await t.ok('backups:configure', { chooseFolder: true });
    rmSync(t.backupDir, { recursive: true });
    const result = await t.call('backups:create', {});
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('not_saved');
      expect(result.error.message).toMatch(/external drive/);
    }
    // Never recreated: on an unplugged drive that would be a folder on the laptop itself.
    expect(existsSync(t.backupDir)).toBe(false);
    expect((await t.ok('backups:status', {})).folderAvailable).toBe(false);
    expect(await t.auditActions()).toContain('backup.failed');
  });

  it.skipIf(process.getuid?.() === 0)(
    'refuses a read-only folder with not_saved and leaves no partial file',
    async () => {
      const t = await makeBackupCore();
      await t.ok('backups:configure', { chooseFolder: true });
      chmodSync(t.backupDir, 0o500);
      const result = await t.call('backups:create', {});
      expect(result.ok ? null : result.error.code).toBe('not_saved');
      chmodSync(t.backupDir, 0o700);
      expect(readdirSync(t.backupDir)).toEqual([]);
    },
  );

  it('refuses a folder that has become a file (what root sees instead of a read-only folder)', async () => {
    const t = await makeBackupCore();
    await t.ok('backups:configure', { chooseFolder: true });
    rmSync(t.backupDir, { recursive: true });
    writeFileSync(t.backupDir, 'a file where the folder was');
    const result = await t.call('backups:create', {});
    expect(result.ok ? null : result.error.code).toBe('not_saved');
    expect(readdirSync(join(t.backupDir, '..'))).toEqual(['Backup drive']);
    rmSync(t.backupDir);
  });

  it('leaves no partial file when the copy fails half-way', async () => {
    const t = await makeBackupCore();
    await t.ok('backups:configure', { chooseFolder: true });
    // A folder where the backup's own name should go: VACUUM INTO succeeds, the rename fails.
    mkdirSync(join(t.backupDir, 'rekindle-backup-20261120-090000.db', 'inside'), { recursive: true });
    const result = await t.call('backups:create', {});
    expect(result.ok ? null : result.error.code).toBe('not_saved');
    expect(readdirSync(t.backupDir)).toEqual(['rekindle-backup-20261120-090000.db']);
  });

  it('times each backup, and estimates the next from it in proportion to the database size', async () => {
    const t = await makeBackupCore();
    await t.ok('backups:configure', { chooseFolder: true });
    await t.ok('backups:create', {});
    const stored = createFilePreferences(t.dataDir).get('backups');
    expect(stored?.lastTiming?.ms).toBeGreaterThanOrEqual(0);
    const bytes = stored?.lastTiming?.bytes ?? 0;
    expect(bytes).toBeGreaterThan(4096);
    // A test database backs up in milliseconds: too quick to be worth a bar.
    expect((await t.ok('backups:status', {})).estimatedMs).toBeNull();

    // As if the last backup, of half the records now there, had taken 20 seconds.
    createFilePreferences(t.dataDir).set('backups', {
      ...(stored as NonNullable<typeof stored>),
      lastTiming: { ms: 20_000, bytes: Math.round(bytes / 2) },
    });
    const estimate = (await t.ok('backups:status', {})).estimatedMs ?? 0;
    // Twice the size, twice the time; the write-ahead log has grown a little since (audit entries).
    expect(estimate).toBeGreaterThan(39_000);
    expect(estimate).toBeLessThan(46_000);
  });

  it('says a backup needs a folder first', async () => {
    const t = await makeBackupCore();
    const result = await t.call('backups:create', {});
    expect(result.ok ? null : result.error.code).toBe('not_saved');
  });

  it('keeps the current folder when the dialog is cancelled, and refuses an unwritable choice', async () => {
    const t = await makeBackupCore();
    await t.ok('backups:configure', { chooseFolder: true });
    t.dialog.folder = null;
    expect((await t.ok('backups:configure', { chooseFolder: true })).folder).toBe(t.backupDir);
    t.dialog.folder = join(t.backupDir, 'not-there');
    const refused = await t.call('backups:configure', { chooseFolder: true, intervalHours: 2 });
    expect(refused.ok ? null : refused.error.code).toBe('not_saved');
    expect(await t.ok('backups:status', {})).toMatchObject({ folder: t.backupDir, intervalHours: 24 });
  });

  it('backs up automatically on lock only once most of the interval has passed, and on quit', async () => {
    const t = await makeBackupCore();
    await t.ok('backups:configure', { chooseFolder: true, intervalHours: 6 });

    await t.ok('vault:lock', {});
    expect(databaseFiles(t.backupDir)).toEqual(['rekindle-backup-20261120-090000.db']);

    await t.ok('vault:unlock', { passphrase: TEST_PASSPHRASE });
    t.clock.advance(4 * HOUR);
    await t.core.lock();
    expect(databaseFiles(t.backupDir)).toHaveLength(1);

    await t.ok('vault:unlock', { passphrase: TEST_PASSPHRASE });
    // 5 of 6 hours: a lock a little before the full interval still backs up.
    t.clock.advance(HOUR);
    await t.core.close();
    // The quit made a new backup; the same day's earlier one gave way to it (newest per day).
    expect(databaseFiles(t.backupDir)).toEqual(['rekindle-backup-20261120-140000.db']);
  });

  it('still locks when the automatic backup fails, and logs no path', async () => {
    const t = await makeBackupCore();
    await t.ok('backups:configure', { chooseFolder: true });
    rmSync(t.backupDir, { recursive: true });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await t.ok('vault:lock', {});
    expect((await t.ok('vault:status', {})).state).toBe('locked');
    expect(logged).toHaveBeenCalledTimes(1);
    expect(String(logged.mock.calls[0]?.[0])).not.toContain(t.backupDir);
  });

  it('does nothing on lock when no folder is set', async () => {
    const t = await makeBackupCore();
    await t.ok('vault:lock', {});
    expect(readdirSync(t.backupDir)).toEqual([]);
  });

  it('verifies a backup on demand and marks a damaged copy as failed', async () => {
    const t = await makeBackupCore();
    await t.ok('backups:configure', { chooseFolder: true });
    await t.ok('couples:create', fictionalCouple());
    const good = await t.ok('backups:create', {});
    const damaged = 'rekindle-backup-20261119-090000.db';
    const damagedPath = join(t.backupDir, damaged);
    copyFileSync(join(t.backupDir, good.fileName), damagedPath);
    const bytes = readFileSync(damagedPath);
    const middle = Math.floor(bytes.length / 2);
    for (let i = middle; i < middle + 64; i++) bytes[i] = (bytes[i] ?? 0) ^ 0xff;
    writeFileSync(damagedPath, bytes);

    expect((await t.ok('backups:status', {})).backups.find((b) => b.fileName === damaged)?.verified).toBe(
      'unchecked',
    );
    expect((await t.ok('backups:verify', { fileName: good.fileName })).verified).toBe('verified');
    expect((await t.ok('backups:verify', { fileName: damaged })).verified).toBe('failed');
    const listed = (await t.ok('backups:status', {})).backups;
    expect(listed.map((b) => [b.fileName, b.verified])).toEqual([
      [good.fileName, 'verified'],
      [damaged, 'failed'],
    ]);
    expect((await t.auditActions()).filter((a) => a === 'backup.verified')).toHaveLength(2);
  });

  it('refuses anything but a backup file name', async () => {
    const t = await makeBackupCore();
    await t.ok('backups:configure', { chooseFolder: true });
    for (const fileName of ['../x.db', '/etc/passwd', 'rekindle-backup-20261120-090000.db/../../x', 'x.db']) {
      const result = await t.call('backups:verify', { fileName });
      expect(result.ok ? null : result.error.code).toBe('validation');
    }
    const missing = await t.call('backups:verify', { fileName: 'rekindle-backup-20200101-000000.db' });
    expect(missing.ok ? null : missing.error.code).toBe('not_found');
  });

  it('validates the interval and the policy', async () => {
    const t = await makeBackupCore();
    for (const input of [{ intervalHours: 0 }, { intervalHours: 169 }, { policy: { daily: 0, weekly: 1 } }]) {
      const result = await t.call('backups:configure', input);
      expect(result.ok ? null : result.error.code).toBe('validation');
    }
  });
});

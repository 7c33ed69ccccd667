import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { backupDatabase } from '@core/db/backup';
import { migrate } from '@core/db/migrate';
import { migrations } from '@core/db/migrations';
import { NEW_DATABASE_PAGE_SIZE, openEncryptedDatabase } from '@core/db/open';
import { Vault } from '@core/vault/vault';
import type { Envelope } from '@shared/contract';
import { afterEach, describe, expect, it } from 'vitest';
import { fictionalCouple } from '../fixtures/couples';
import { fictionalDapNote, fictionalSession } from '../fixtures/sessions';
import { disposeBackupCores, makeBackupCore } from '../support/backup-core';
import { TEST_KDF, TEST_PASSPHRASE, tempDataDir, testClock } from '../support/core';

const SECOND_PASSPHRASE = 'harbour meadow quartz lantern';
const NEW_PASSPHRASE = 'copper willow thistle beacon';
const MINUTE = 60_000;

afterEach(disposeBackupCores);

/** A practice set up with its backup folder chosen; `setUp: false` for a new computer. */
async function makeComputer(options: { backupDir?: string; setUp?: boolean } = {}) {
  const t = await makeBackupCore(options);
  if (options.setUp !== false) await t.ok('backups:configure', { chooseFolder: true });
  return t;
}

function errorCode(result: Envelope<unknown>): string | null {
  return result.ok ? null : result.error.code;
}

/** Every file under a folder with its bytes: to prove a refused restore moved or changed nothing. */
function snapshot(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(folder, { recursive: true }) as string[]) {
    const path = join(folder, name);
    try {
      files[name] = readFileSync(path).toString('base64');
    } catch {
      files[name] = '<folder>';
    }
  }
  return files;
}

describe('key files beside backups', () => {
  it('writes the vault file beside each backup, reports it, and retention removes the pair', async () => {
    const t = await makeComputer();
    await t.ok('backups:configure', { policy: { daily: 1, weekly: 0 } });
    const first = await t.ok('backups:create', {});
    expect(first).toMatchObject({ kind: 'scheduled', hasKeyFile: true });
    const keyFile = join(t.backupDir, 'rekindle-backup-20261120-090000.vault.json');
    // The wrapped keys exactly as the vault holds them: nothing clinical, nothing unwrapped.
    expect(readFileSync(keyFile, 'utf8')).toBe(readFileSync(join(t.dataDir, 'vault.json'), 'utf8'));
    expect((await t.ok('backups:status', {})).backups.map((b) => b.fileName)).toEqual([first.fileName]);

    t.clock.advance(24 * 60 * MINUTE);
    const second = await t.ok('backups:create', {});
    expect(readdirSync(t.backupDir).sort()).toEqual([
      second.fileName,
      'rekindle-backup-20261121-090000.vault.json',
    ]);

    // A key file removed by hand: the backup is listed as lacking one.
    rmSync(join(t.backupDir, 'rekindle-backup-20261121-090000.vault.json'));
    expect((await t.ok('backups:status', {})).backups[0]?.hasKeyFile).toBe(false);
  });
});

describe('restoring from the Backups screen (unlocked)', () => {
  it('previews counts and the newest record date without changing anything', async () => {
    const t = await makeComputer();
    const couple = await t.ok('couples:create', fictionalCouple());
    await t.ok('couples:create', fictionalCouple({ displayName: 'Second fictional couple' }));
    t.clock.advance(30 * MINUTE);
    const session = await t.ok('sessions:create', fictionalSession(couple.id));
    const draft = await t.ok('notes:saveDraft', { sessionId: session.id, content: fictionalDapNote() });
    t.clock.advance(15 * MINUTE);
    await t.ok('notes:sign', { id: draft.id, signedBy: 'Dr. Example Clinician, LMFT', attest: true });
    const other = await t.ok('sessions:create', fictionalSession(couple.id, { date: '2026-11-19' }));
    await t.ok('notes:saveDraft', { sessionId: other.id, content: fictionalDapNote() });
    const backup = await t.ok('backups:create', {});
    const before = snapshot(t.backupDir);

    const preview = await t.ok('backups:inspect', { fileName: backup.fileName });
    expect(preview).toEqual({
      fileName: backup.fileName,
      createdAt: '2026-11-20T09:45:00.000Z',
      contents: {
        counts: {
          couples: 2,
          assessments: 0,
          sessions: 2,
          signedNotes: 1,
          draftNotes: 1,
          signedPlans: 0,
          measurements: 0,
        },
        newestRecordAt: '2026-11-20T09:45:00.000Z',
        schemaVersion: expect.any(Number),
        compatibility: 'current',
      },
    });
    expect(snapshot(t.backupDir)).toEqual(before);
  });

  it('restores exactly the backup’s records after a safety backup, and restoring that undoes it', async () => {
    const t = await makeComputer();
    await t.ok('couples:create', fictionalCouple({ displayName: 'Couple in the backup' }));
    const backup = await t.ok('backups:create', {});
    t.clock.advance(MINUTE);
    await t.ok('couples:create', fictionalCouple({ displayName: 'Couple added later' }));
    t.clock.advance(MINUTE);

    const result = await t.ok('backups:restore', { fileName: backup.fileName });
    expect(result.restored.contents.counts.couples).toBe(1);
    expect(result.safetyBackup).toMatchObject({
      fileName: 'rekindle-backup-20261120-090200-before-restore.db',
      kind: 'before-restore',
      hasKeyFile: true,
      verified: 'verified',
    });
    expect(await t.coupleNames()).toEqual(['Couple in the backup']);
    expect(await t.auditActions()).toContain('backup.restored');
    // The records stay open throughout; the same passphrase still unlocks them.
    expect((await t.ok('vault:status', {})).state).toBe('unlocked');
    await t.ok('vault:lock', {});
    await t.ok('vault:unlock', { passphrase: TEST_PASSPHRASE });
    expect(await t.coupleNames()).toEqual(['Couple in the backup']);
    const listed = (await t.ok('backups:status', {})).backups;
    expect(listed.find((b) => b.kind === 'before-restore')?.fileName).toBe(result.safetyBackup.fileName);

    // Undo, within the same second: restore the safety backup. Its own safety backup takes
    // the next second's name rather than overwrite the first.
    const undo = await t.ok('backups:restore', { fileName: result.safetyBackup.fileName });
    expect(await t.coupleNames()).toEqual(['Couple added later', 'Couple in the backup']);
    expect(undo.safetyBackup).toMatchObject({
      fileName: 'rekindle-backup-20261120-090201-before-restore.db',
      kind: 'before-restore',
    });
    // No stray copies in the data folder.
    expect(readdirSync(t.dataDir).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('never lets retention remove a safety backup', async () => {
    const t = await makeComputer();
    await t.ok('backups:configure', { policy: { daily: 1, weekly: 0 } });
    const backup = await t.ok('backups:create', {});
    t.clock.advance(MINUTE);
    const { safetyBackup } = await t.ok('backups:restore', { fileName: backup.fileName });
    for (let day = 1; day <= 3; day++) {
      t.clock.advance(24 * 60 * MINUTE);
      await t.ok('backups:create', {});
    }
    const names = readdirSync(t.backupDir);
    expect(names).toContain(safetyBackup.fileName);
    expect(names).toContain('rekindle-backup-20261120-090100-before-restore.vault.json');
  });

  it('changes nothing when the safety backup cannot be made, and says so', async () => {
    const t = await makeComputer();
    await t.ok('couples:create', fictionalCouple({ displayName: 'Couple in the backup' }));
    const backup = await t.ok('backups:create', {});
    t.clock.advance(MINUTE);
    await t.ok('couples:create', fictionalCouple({ displayName: 'Couple added later' }));
    // Something in the way of the safety backup's key file: the safety backup cannot be written.
    mkdirSync(join(t.backupDir, 'rekindle-backup-20261120-090100-before-restore.vault.json', 'in-the-way'), {
      recursive: true,
    });

    const result = await t.call('backups:restore', { fileName: backup.fileName });
    expect(errorCode(result)).toBe('not_saved');
    if (!result.ok) expect(result.error.message).toMatch(/^Nothing was restored: a safety backup/);
    expect(await t.coupleNames()).toEqual(['Couple added later', 'Couple in the backup']);
    expect(existsSync(join(t.backupDir, 'rekindle-backup-20261120-090100-before-restore.db'))).toBe(false);
    expect(readdirSync(t.dataDir).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('refuses a damaged backup before making any change', async () => {
    const t = await makeComputer();
    await t.ok('couples:create', fictionalCouple());
    const backup = await t.ok('backups:create', {});
    const path = join(t.backupDir, backup.fileName);
    const bytes = readFileSync(path);
    for (let i = 8192; i < 8192 + 64; i++) bytes[i] = (bytes[i] ?? 0) ^ 0xff;
    writeFileSync(path, bytes);
    for (const channel of ['backups:inspect', 'backups:restore'] as const) {
      const result = await t.call(channel, { fileName: backup.fileName });
      expect(errorCode(result)).toBe('database_corrupt');
    }
    expect((await t.ok('backups:status', {})).backups.map((b) => b.kind)).toEqual(['scheduled']);
    expect((await t.coupleNames()).length).toBe(1);
  });
});

describe('the database swap', () => {
  it('puts the old database back, open, when the restored copy cannot be opened', async () => {
    const dataDir = tempDataDir();
    const copyDir = tempDataDir();
    let failNextOpen = false;
    const vault = new Vault({
      dataDir,
      clock: testClock().now,
      kdf: TEST_KDF,
      afterOpen: () => {
        if (!failNextOpen) return;
        failNextOpen = false;
        throw new Error('simulated failure opening the restored copy');
      },
    });
    try {
      await vault.create(TEST_PASSPHRASE);
      const copy = join(copyDir, 'copy.db');
      const { pageSize } = backupDatabase(vault.current().db, vault.current().key, copy);
      for (let i = 0; i < 5; i++) vault.current().audit.record('couple.viewed');
      const auditRows = () =>
        vault.current().db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
      const before = auditRows();

      failNextOpen = true;
      await expect(
        vault.replaceDatabase(copy, pageSize, { beforeSwap: () => null, afterSwap: () => undefined }),
      ).rejects.toThrow(/simulated failure/);
      expect(vault.isUnlocked()).toBe(true);
      // The old records, with the entries made after the copy (and the lock the swap recorded).
      expect(auditRows()).toBeGreaterThanOrEqual(before);
      expect(readdirSync(dataDir).filter((name) => name.startsWith('.'))).toEqual([]);
    } finally {
      await vault.lock();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(copyDir, { recursive: true, force: true });
    }
  });
});

describe('restoring while locked or on a new computer', () => {
  /** The external drive, with one backup made before the passphrase was changed. */
  async function driveWithBackup() {
    const first = await makeComputer();
    await first.ok('couples:create', fictionalCouple({ displayName: 'Couple on the drive' }));
    const backup = await first.ok('backups:create', {});
    await first.ok('vault:changePassphrase', { current: TEST_PASSPHRASE, next: SECOND_PASSPHRASE });
    return { first, backupPath: join(first.backupDir, backup.fileName), backupDir: first.backupDir };
  }

  it('opens a backup on a fresh computer with the passphrase current when it was made', async () => {
    const { first, backupPath, backupDir } = await driveWithBackup();
    // The laptop's disk died: a new computer, nothing in its data folder, only the drive.
    const second = await makeComputer({ backupDir, setUp: false });
    expect((await second.ok('vault:status', {})).state).toBe('new');
    const chosen = await second.choose(backupPath);
    expect(chosen).toEqual({
      fileName: 'rekindle-backup-20261120-090000.db',
      createdAt: '2026-11-20T09:00:00.000Z',
      keyFile: { passphraseSetAt: '2026-11-20T09:00:00.000Z' },
    });

    // Today's passphrase came after the backup: it does not open it.
    const wrong = await second.call('vault:previewBackup', { passphrase: SECOND_PASSPHRASE });
    expect(errorCode(wrong)).toBe('wrong_passphrase');
    if (!wrong.ok) expect(wrong.error.message).toMatch(/current when the backup was made/);
    // Only the count of failed attempts at backups' key files is written.
    expect(readdirSync(second.dataDir)).toEqual(['backup-key-attempts.json']);

    const preview = await second.ok('vault:previewBackup', { passphrase: TEST_PASSPHRASE });
    expect(preview.contents.counts.couples).toBe(1);
    const restored = await second.ok('vault:restoreBackup', { passphrase: TEST_PASSPHRASE });
    expect(restored).toMatchObject({ state: 'unlocked', replacedFolder: null });
    expect(await second.coupleNames()).toEqual(['Couple on the drive']);
    expect(await second.auditActions()).toContain('backup.restored');

    // From now on the backup's passphrase opens the records on the new computer.
    await second.ok('vault:lock', {});
    expect(errorCode(await second.call('vault:unlock', { passphrase: SECOND_PASSPHRASE }))).toBe(
      'wrong_passphrase',
    );
    await second.ok('vault:unlock', { passphrase: TEST_PASSPHRASE });
    // The first computer is untouched by all this.
    expect(await first.coupleNames()).toEqual(['Couple on the drive']);
  });

  it('restores with the recovery key and a new passphrase', async () => {
    const { first, backupPath, backupDir } = await driveWithBackup();
    const second = await makeComputer({ backupDir, setUp: false });
    await second.choose(backupPath);
    const preview = await second.ok('vault:previewBackup', { recoveryKey: first.recoveryKey.toLowerCase() });
    expect(preview.contents.counts.couples).toBe(1);
    await second.ok('vault:restoreBackup', { recoveryKey: first.recoveryKey, newPassphrase: NEW_PASSPHRASE });
    expect(await second.coupleNames()).toEqual(['Couple on the drive']);
    await second.ok('vault:lock', {});
    expect(errorCode(await second.call('vault:unlock', { passphrase: TEST_PASSPHRASE }))).toBe(
      'wrong_passphrase',
    );
    await second.ok('vault:unlock', { passphrase: NEW_PASSPHRASE });
    expect(await second.auditActions()).toEqual(
      expect.arrayContaining(['backup.restored', 'vault.recovery_key_used', 'vault.passphrase_changed']),
    );
  });

  it('moves a damaged data folder aside into replaced-*, never deleting it', async () => {
    const t = await makeComputer();
    await t.ok('couples:create', fictionalCouple({ displayName: 'Couple in the backup' }));
    const backup = await t.ok('backups:create', {});
    await t.ok('vault:lock', {});
    const garbage = Buffer.alloc(40_000, 0x5a);
    writeFileSync(join(t.dataDir, 'rekindle.db'), garbage);
    const vaultFile = readFileSync(join(t.dataDir, 'vault.json'));
    const unlock = await t.call('vault:unlock', { passphrase: TEST_PASSPHRASE });
    expect(['database_corrupt', 'database_foreign']).toContain(errorCode(unlock));

    await t.choose(join(t.backupDir, backup.fileName));
    t.clock.advance(MINUTE);
    const restored = await t.ok('vault:restoreBackup', { passphrase: TEST_PASSPHRASE });
    expect(restored.replacedFolder).toBe('replaced-20261120-090100');
    const aside = join(t.dataDir, 'replaced-20261120-090100');
    expect(readFileSync(join(aside, 'rekindle.db')).equals(garbage)).toBe(true);
    expect(readFileSync(join(aside, 'vault.json')).equals(vaultFile)).toBe(true);
    expect(await t.coupleNames()).toEqual(['Couple in the backup']);
  });

  it('refuses a wrong passphrase and moves nothing', async () => {
    const t = await makeComputer();
    const backup = await t.ok('backups:create', {});
    await t.ok('vault:lock', {});
    writeFileSync(join(t.dataDir, 'rekindle.db'), 'damaged');
    await t.choose(join(t.backupDir, backup.fileName));
    const before = snapshot(t.dataDir);
    const result = await t.call('vault:restoreBackup', { passphrase: 'not the passphrase at all' });
    expect(errorCode(result)).toBe('wrong_passphrase');
    const after = snapshot(t.dataDir);
    // Recording the failure is the only change, in the backups' own count.
    expect(
      JSON.parse(Buffer.from(after['backup-key-attempts.json'] ?? '', 'base64').toString()),
    ).toMatchObject({
      failures: 1,
    });
    delete after['backup-key-attempts.json'];
    expect(after).toEqual(before);
  });

  it('says plainly that a backup without its key file cannot be opened', async () => {
    const t = await makeComputer();
    const backup = await t.ok('backups:create', {});
    const lonely = join(t.backupDir, 'copied-without-key.db');
    copyFileSync(join(t.backupDir, backup.fileName), lonely);
    await t.ok('vault:lock', {});
    expect(await t.choose(lonely)).toEqual({
      fileName: 'copied-without-key.db',
      createdAt: null,
      keyFile: null,
    });
    const result = await t.call('vault:previewBackup', { passphrase: TEST_PASSPHRASE });
    expect(errorCode(result)).toBe('vault_missing');
    if (!result.ok) expect(result.error.message).toMatch(/no key file beside it/);
  });

  it('says the backup cannot be read when it went away after it was chosen (a drive unplugged)', async () => {
    const t = await makeComputer();
    const backup = await t.ok('backups:create', {});
    await t.ok('vault:lock', {});
    await t.choose(join(t.backupDir, backup.fileName));
    rmSync(join(t.backupDir, backup.fileName));
    const before = snapshot(t.dataDir);
    for (const result of [
      await t.call('vault:previewBackup', { passphrase: TEST_PASSPHRASE }),
      await t.call('vault:restoreBackup', { passphrase: TEST_PASSPHRASE }),
    ]) {
      expect(errorCode(result)).toBe('not_found');
      if (!result.ok) expect(result.error.message).toMatch(/cannot be read \(ENOENT\).*connect the drive/);
    }
    expect(snapshot(t.dataDir)).toEqual(before);
    await t.ok('vault:unlock', { passphrase: TEST_PASSPHRASE });
  });

  it('refuses a locked-style restore while the records are open, and a restore before choosing', async () => {
    const t = await makeComputer();
    const backup = await t.ok('backups:create', {});
    expect(errorCode(await t.call('vault:previewBackup', { passphrase: TEST_PASSPHRASE }))).toBe('not_found');
    await t.choose(join(t.backupDir, backup.fileName));
    expect(errorCode(await t.call('vault:restoreBackup', { passphrase: TEST_PASSPHRASE }))).toBe('conflict');
    // The live database itself is not a backup.
    t.dialog.open = join(t.dataDir, 'rekindle.db');
    expect(errorCode(await t.call('vault:chooseBackup', {}))).toBe('validation');
  });

  it('refuses a backup from a newer version, changing nothing', async () => {
    const t = await makeComputer();
    const backup = await t.ok('backups:create', {});
    const newer = join(t.backupDir, 'rekindle-backup-20261119-090000.db');
    copyFileSync(join(t.backupDir, backup.fileName), newer);
    copyFileSync(
      join(t.backupDir, 'rekindle-backup-20261120-090000.vault.json'),
      join(t.backupDir, 'rekindle-backup-20261119-090000.vault.json'),
    );
    await t.core.lock();
    const vault = new Vault({ dataDir: t.dataDir, clock: t.clock.now, kdf: TEST_KDF });
    await vault.unlock(TEST_PASSPHRASE);
    const db = openEncryptedDatabase(newer, vault.current().key, {
      mustExist: true,
      pageSize: NEW_DATABASE_PAGE_SIZE,
    });
    db.pragma('user_version = 999');
    db.close();
    await vault.lock();
    await t.ok('vault:unlock', { passphrase: TEST_PASSPHRASE });

    const preview = await t.ok('backups:inspect', { fileName: 'rekindle-backup-20261119-090000.db' });
    expect(preview.contents.compatibility).toBe('newer');
    const result = await t.call('backups:restore', { fileName: 'rekindle-backup-20261119-090000.db' });
    expect(errorCode(result)).toBe('database_newer');
    expect((await t.ok('backups:status', {})).backups.every((b) => b.kind === 'scheduled')).toBe(true);
  });

  it('brings a backup from an earlier version up to date as it is restored', async () => {
    // A backup written by an earlier Rekindle: its schema stops three migrations short.
    const first = await makeComputer();
    const key = await first.key();
    const driveDir = first.backupDir;
    const backupPath = join(driveDir, 'rekindle-backup-20261101-090000.db');
    const old = openEncryptedDatabase(backupPath, key, { pageSize: NEW_DATABASE_PAGE_SIZE });
    migrate(old, migrations.slice(0, 3), () => undefined);
    old.close();
    copyFileSync(
      join(first.dataDir, 'vault.json'),
      join(driveDir, 'rekindle-backup-20261101-090000.vault.json'),
    );

    const t = await makeComputer({ backupDir: driveDir, setUp: false });
    await t.choose(backupPath);
    const preview = await t.ok('vault:previewBackup', { passphrase: TEST_PASSPHRASE });
    expect(preview.contents).toMatchObject({ schemaVersion: 3, compatibility: 'older' });
    await t.ok('vault:restoreBackup', { passphrase: TEST_PASSPHRASE });
    expect(await t.auditActions()).toContain('database.migrated');
    // A copy as it was before migrating, as for any migration.
    expect(readdirSync(join(t.dataDir, 'backups'))).toEqual([expect.stringMatching(/^pre-migration-v3-/)]);
  });
});

describe('restores that meet a crash', () => {
  it('brings along what a crashed computer left in its write-ahead log, as the preview showed', async () => {
    const first = await makeComputer();
    await first.ok('couples:create', fictionalCouple({ displayName: 'Couple in the log' }));
    // The database of a computer that was still running (or crashed): its latest changes are
    // only in the -wal beside it. Copied as they are, with the vault file as the key file.
    const folder = join(tempDataDir(), 'copied');
    mkdirSync(folder, { recursive: true });
    const copied = join(folder, 'rekindle-backup-20261120-090000.db');
    copyFileSync(join(first.dataDir, 'rekindle.db'), copied);
    copyFileSync(join(first.dataDir, 'rekindle.db-wal'), `${copied}-wal`);
    copyFileSync(
      join(first.dataDir, 'vault.json'),
      join(folder, 'rekindle-backup-20261120-090000.vault.json'),
    );

    const second = await makeComputer({ setUp: false });
    await second.choose(copied);
    const preview = await second.ok('vault:previewBackup', { passphrase: TEST_PASSPHRASE });
    expect(preview.contents.counts.couples).toBe(1);
    await second.ok('vault:restoreBackup', { passphrase: TEST_PASSPHRASE });
    expect(await second.coupleNames()).toEqual(['Couple in the log']);
    rmSync(folder, { recursive: true, force: true });
  });

  it('keeps the replaced records in the data folder after a restore from the Backups screen', async () => {
    const t = await makeComputer();
    await t.ok('couples:create', fictionalCouple({ displayName: 'Before the restore' }));
    const backup = await t.ok('backups:create', {});
    await t.ok('couples:create', fictionalCouple({ displayName: 'Added after the backup' }));
    await t.ok('backups:restore', { fileName: backup.fileName });
    const replaced = readdirSync(t.dataDir).filter((name) => name.startsWith('replaced-'));
    expect(replaced).toHaveLength(1);
    const kept = readdirSync(join(t.dataDir, replaced[0] ?? ''));
    expect(kept).toContain('.rekindle.db.previous');
    expect(await t.coupleNames()).toEqual(['Before the restore']);
  });

  it('puts the records back when a swap was cut short before the copy took their place', async () => {
    const t = await makeComputer();
    await t.ok('couples:create', fictionalCouple({ displayName: 'Mid-swap couple' }));
    await t.ok('vault:lock', {});
    // As a kill between the two renames of a restore leaves it.
    for (const suffix of ['', '-wal', '-shm']) {
      const from = join(t.dataDir, `rekindle.db${suffix}`);
      if (existsSync(from)) copyFileSync(from, join(t.dataDir, `.rekindle.db.previous${suffix}`));
      rmSync(from, { force: true });
    }
    expect((await t.ok('vault:status', {})).state).toBe('locked');
    await t.ok('vault:unlock', { passphrase: TEST_PASSPHRASE });
    expect(await t.coupleNames()).toEqual(['Mid-swap couple']);
    expect(existsSync(join(t.dataDir, '.rekindle.db.previous'))).toBe(false);
  });

  it('never offers set-up over records a cut-short restore moved aside, and says where they are', async () => {
    const t = await makeComputer();
    await t.ok('vault:lock', {});
    const aside = join(t.dataDir, 'replaced-20261120-090000');
    mkdirSync(aside);
    for (const name of ['rekindle.db', 'vault.json']) {
      copyFileSync(join(t.dataDir, name), join(aside, name));
      rmSync(join(t.dataDir, name));
    }
    expect((await t.ok('vault:status', {})).state).toBe('locked');
    const result = await t.call('vault:unlock', { passphrase: TEST_PASSPHRASE });
    expect(errorCode(result)).toBe('database_missing');
    if (!result.ok) expect(result.error.message).toContain('replaced-20261120-090000');
    expect(errorCode(await t.call('vault:create', { passphrase: NEW_PASSPHRASE }))).toBe('vault_exists');
    expect(readdirSync(aside).sort()).toEqual(['rekindle.db', 'vault.json']);
  });
});

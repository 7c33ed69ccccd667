import { renameSync } from 'node:fs';
import { createFilePreferences } from '@core/preferences';
import { afterEach, describe, expect, it } from 'vitest';
import { disposeBackupCores, makeBackupCore } from '../support/backup-core';
import { TEST_PASSPHRASE } from '../support/core';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

afterEach(disposeBackupCores);

describe('the backup reminder the core reports to Today', () => {
  it('asks for a folder on a new practice, and records "Later" (audited) without asking again', async () => {
    const t = await makeBackupCore();
    expect((await t.ok('backups:status', {})).reminder).toEqual({
      reason: 'no-folder',
      fix: 'choose-folder',
      deferred: false,
    });

    const deferred = await t.ok('backups:defer', {});
    expect(deferred.reminder).toEqual({ reason: 'no-folder', fix: 'choose-folder', deferred: true });
    expect(createFilePreferences(t.dataDir).get('backups')?.setupDeferredAt).toBe('2026-11-20T09:00:00.000Z');
    expect(await t.auditActions()).toContain('backup.deferred');
  });

  it('asks for a first backup once a folder is chosen, then nothing until the interval has passed', async () => {
    const t = await makeBackupCore();
    const configured = await t.ok('backups:configure', { chooseFolder: true, intervalHours: 24 });
    expect(configured.reminder).toEqual({ reason: 'overdue', fix: 'back-up-now', lastVerifiedAt: null });

    await t.ok('backups:create', {});
    expect((await t.ok('backups:status', {})).reminder).toBeNull();
    t.clock.advance(24 * HOUR);
    expect((await t.ok('backups:status', {})).reminder).toBeNull();
    t.clock.advance(1000);
    expect((await t.ok('backups:status', {})).reminder).toEqual({
      reason: 'overdue',
      fix: 'back-up-now',
      lastVerifiedAt: '2026-11-20T09:00:00.000Z',
    });
  });

  it('remembers when the drive was last seen, and says so once it has been away for a week', async () => {
    const t = await makeBackupCore();
    await t.ok('backups:configure', { chooseFolder: true, intervalHours: 168 });
    await t.ok('backups:create', {});
    const unplugged = `${t.backupDir} (unplugged)`;

    // Seen by Today two days later; then the drive goes into a drawer.
    t.clock.advance(2 * DAY);
    expect((await t.ok('backups:status', {})).reminder).toBeNull();
    expect(createFilePreferences(t.dataDir).get('backups')?.folderLastSeenAt).toBe(
      '2026-11-22T09:00:00.000Z',
    );
    renameSync(t.backupDir, unplugged);

    t.clock.advance(7 * DAY - 1000);
    const almost = await t.ok('backups:status', {});
    expect(almost.folderAvailable).toBe(false);
    // Not yet a week away, but the weekly backup is overdue: it starts on Backups, with the drive.
    expect(almost.reminder).toEqual({
      reason: 'overdue',
      fix: 'open-backups',
      lastVerifiedAt: '2026-11-20T09:00:00.000Z',
    });
    t.clock.advance(1000);
    expect((await t.ok('backups:status', {})).reminder).toEqual({
      reason: 'drive-absent',
      fix: 'open-backups',
      lastSeenAt: '2026-11-22T09:00:00.000Z',
    });

    // Plugged in again: seen now, and backing up clears the notice.
    renameSync(unplugged, t.backupDir);
    expect((await t.ok('backups:status', {})).reminder?.reason).toBe('overdue');
    await t.ok('backups:create', {});
    expect((await t.ok('backups:status', {})).reminder).toBeNull();
  });

  it('records a sighting of the drive at each lock, when Today may never be opened', async () => {
    const t = await makeBackupCore();
    await t.ok('backups:configure', { chooseFolder: true });
    t.clock.advance(3 * HOUR);
    await t.ok('vault:lock', {});
    expect(createFilePreferences(t.dataDir).get('backups')?.folderLastSeenAt).toBe(
      '2026-11-20T12:00:00.000Z',
    );
    await t.ok('vault:unlock', { passphrase: TEST_PASSPHRASE });
  });

  it('reads preferences written before the reminder existed', async () => {
    const t = await makeBackupCore();
    await t.ok('backups:configure', { chooseFolder: true });
    await t.ok('backups:create', {});
    const prefs = createFilePreferences(t.dataDir);
    const { folderLastSeenAt: _seen, setupDeferredAt: _deferred, ...older } = prefs.get('backups') ?? {};
    prefs.set('backups', older as never);
    renameSync(t.backupDir, `${t.backupDir} (unplugged)`);
    t.clock.advance(8 * DAY);
    // The backup written there is the last sign of the drive.
    expect((await t.ok('backups:status', {})).reminder).toEqual({
      reason: 'drive-absent',
      fix: 'open-backups',
      lastSeenAt: '2026-11-20T09:00:00.000Z',
    });
  });
});

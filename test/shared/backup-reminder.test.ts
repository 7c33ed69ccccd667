import {
  type BackupReminderFacts,
  backupDueAtLock,
  backupReminder,
  lastVerifiedBackupAt,
} from '@shared/domain/backups/reminder';
import { describe, expect, it } from 'vitest';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = new Date('2026-11-20T09:00:00.000Z');
const ago = (ms: number) => new Date(NOW.getTime() - ms).toISOString();

/** A folder on a drive that is plugged in, backed up an hour ago, daily interval. */
function facts(overrides: Partial<BackupReminderFacts> = {}): BackupReminderFacts {
  return {
    folder: '/media/fictional-drive/Rekindle backups',
    folderAvailable: true,
    folderLastSeenAt: ago(0),
    lastVerifiedAt: ago(HOUR),
    intervalHours: 24,
    deferredAt: null,
    ...overrides,
  };
}

describe('when Today asks for backups', () => {
  it('says nothing while a recent verified backup exists on a reachable folder', () => {
    expect(backupReminder(facts(), NOW)).toBeNull();
  });

  it('asks for a folder until one is chosen, saying whether "Later" was chosen at set-up', () => {
    expect(backupReminder(facts({ folder: null, folderAvailable: false }), NOW)).toEqual({
      reason: 'no-folder',
      fix: 'choose-folder',
      deferred: false,
    });
    expect(
      backupReminder(facts({ folder: null, folderAvailable: false, deferredAt: ago(DAY) }), NOW),
    ).toEqual({
      reason: 'no-folder',
      fix: 'choose-folder',
      deferred: true,
    });
  });

  it('asks for a folder first even when other facts (remembered from an earlier folder) look fine or stale', () => {
    const reminder = backupReminder(
      facts({ folder: null, folderAvailable: false, folderLastSeenAt: ago(30 * DAY), lastVerifiedAt: null }),
      NOW,
    );
    expect(reminder?.reason).toBe('no-folder');
  });

  it('is overdue once the last verified backup is older than the interval, not at it', () => {
    expect(backupReminder(facts({ lastVerifiedAt: ago(24 * HOUR) }), NOW)).toBeNull();
    expect(backupReminder(facts({ lastVerifiedAt: ago(24 * HOUR + 1) }), NOW)).toEqual({
      reason: 'overdue',
      fix: 'back-up-now',
      lastVerifiedAt: ago(24 * HOUR + 1),
    });
    // The interval is the clinician's: a weekly one tolerates six days.
    expect(backupReminder(facts({ intervalHours: 168, lastVerifiedAt: ago(6 * DAY) }), NOW)).toBeNull();
    expect(backupReminder(facts({ intervalHours: 1, lastVerifiedAt: ago(HOUR + 1) }), NOW)?.reason).toBe(
      'overdue',
    );
  });

  it('is overdue when a folder is chosen but no backup has been verified yet', () => {
    expect(backupReminder(facts({ lastVerifiedAt: null }), NOW)).toEqual({
      reason: 'overdue',
      fix: 'back-up-now',
      lastVerifiedAt: null,
    });
  });

  it('sends an overdue clinician to Backups instead of backing up while the drive is away', () => {
    const reminder = backupReminder(
      facts({ folderAvailable: false, folderLastSeenAt: ago(2 * DAY), lastVerifiedAt: ago(2 * DAY) }),
      NOW,
    );
    expect(reminder).toEqual({ reason: 'overdue', fix: 'open-backups', lastVerifiedAt: ago(2 * DAY) });
  });

  it('says the drive is absent once it has not been seen for a week or more, not before', () => {
    const away = (ms: number) =>
      facts({
        folderAvailable: false,
        folderLastSeenAt: ago(ms),
        lastVerifiedAt: ago(ms),
        intervalHours: 168,
      });
    expect(backupReminder(away(7 * DAY - 1), NOW)).toBeNull();
    expect(backupReminder(away(7 * DAY), NOW)).toEqual({
      reason: 'drive-absent',
      fix: 'open-backups',
      lastSeenAt: ago(7 * DAY),
    });
    expect(backupReminder(away(40 * DAY), NOW)?.reason).toBe('drive-absent');
  });

  it('puts an absent drive before an overdue backup: backing up cannot work without it', () => {
    const reminder = backupReminder(
      facts({ folderAvailable: false, folderLastSeenAt: ago(8 * DAY), lastVerifiedAt: ago(9 * DAY) }),
      NOW,
    );
    expect(reminder?.reason).toBe('drive-absent');
  });

  it('counts a drive as seen when a verified backup was written to it after the last recorded sighting', () => {
    const reminder = backupReminder(
      facts({ folderAvailable: false, folderLastSeenAt: ago(10 * DAY), lastVerifiedAt: ago(3 * DAY) }),
      NOW,
    );
    expect(reminder).toEqual({ reason: 'overdue', fix: 'open-backups', lastVerifiedAt: ago(3 * DAY) });
    // A folder chosen before sightings were recorded: the last backup is the last sighting.
    expect(
      backupReminder(
        facts({ folderAvailable: false, folderLastSeenAt: null, lastVerifiedAt: ago(8 * DAY) }),
        NOW,
      ),
    ).toEqual({ reason: 'drive-absent', fix: 'open-backups', lastSeenAt: ago(8 * DAY) });
  });

  it('ignores when the drive was last seen while it is reachable now', () => {
    expect(backupReminder(facts({ folderLastSeenAt: ago(60 * DAY) }), NOW)).toBeNull();
  });

  it('with nothing known about an unreachable folder, says the backup is overdue, not how long the drive was away', () => {
    expect(
      backupReminder(facts({ folderAvailable: false, folderLastSeenAt: null, lastVerifiedAt: null }), NOW),
    ).toEqual({ reason: 'overdue', fix: 'open-backups', lastVerifiedAt: null });
  });
});

describe('the last verified backup', () => {
  it('is the newest backup whose check passed, from its file name', () => {
    expect(
      lastVerifiedBackupAt({
        'rekindle-backup-20261118-170000.db': 'verified',
        'rekindle-backup-20261119-170000-before-restore.db': 'verified',
        'rekindle-backup-20261120-080000.db': 'failed',
      }),
    ).toBe('2026-11-19T17:00:00.000Z');
  });

  it('is none without a passed check', () => {
    expect(lastVerifiedBackupAt({})).toBeNull();
    expect(lastVerifiedBackupAt({ 'rekindle-backup-20261120-080000.db': 'failed' })).toBeNull();
  });
});

describe('the backup made at lock', () => {
  const at = (iso: string) => new Date(iso);
  it('is due with none yet, and once 80% of the interval has passed, so a daily lock a little earlier each day stays daily', () => {
    expect(backupDueAtLock(null, 24, at('2026-12-06T17:00:00Z'))).toBe(true);
    // Yesterday 17:00, today 16:45: 23 h 45 min of 24 h.
    expect(backupDueAtLock('2026-12-05T17:00:00.000Z', 24, at('2026-12-06T16:45:00Z'))).toBe(true);
    expect(backupDueAtLock('2026-12-05T17:00:00.000Z', 24, at('2026-12-06T12:12:00Z'))).toBe(true);
    expect(backupDueAtLock('2026-12-05T17:00:00.000Z', 24, at('2026-12-06T12:11:59Z'))).toBe(false);
    expect(backupDueAtLock('2026-12-05T17:00:00.000Z', 24, at('2026-12-05T18:00:00Z'))).toBe(false);
  });
});

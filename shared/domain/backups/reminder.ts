import { backupCreatedAt } from './file-name';

/**
 * When Today asks the clinician to see to backups. A lost laptop or a dead disk takes every
 * record on it, so the app says so until backups exist and keep up:
 *
 * 1. no backup folder has been chosen (including after "Later" at set-up): choose one;
 * 2. the chosen folder has not been seen for a week or more (the external drive stays in a
 *    drawer): go to Backups, to connect it or choose another folder;
 * 3. the last verified backup is older than the chosen interval, or there is none: back up
 *    now (or go to Backups when the folder cannot be reached at this moment).
 *
 * The first that applies is the one notice shown; with none, Today says nothing about backups.
 */

/** How long the backup folder may be out of reach before Today says so. */
export const DRIVE_ABSENT_DAYS = 7;
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** The one-click way out that Today offers for each reason. */
export type BackupFix = 'choose-folder' | 'back-up-now' | 'open-backups';

export type BackupReminder =
  | { reason: 'no-folder'; fix: 'choose-folder' /** "Later" was chosen at set-up. */; deferred: boolean }
  | { reason: 'drive-absent'; fix: 'open-backups'; lastSeenAt: string }
  | { reason: 'overdue'; fix: 'back-up-now' | 'open-backups'; lastVerifiedAt: string | null };

export interface BackupReminderFacts {
  folder: string | null;
  /** Whether the folder can be reached right now. */
  folderAvailable: boolean;
  /** The last time the folder was found reachable; null when never recorded. */
  folderLastSeenAt: string | null;
  /** When the newest backup known to open with the key was made; null when there is none. */
  lastVerifiedAt: string | null;
  intervalHours: number;
  /** When "Later" was chosen at set-up; null if it never was. */
  deferredAt: string | null;
}

const later = (a: string | null, b: string | null): string | null => {
  if (a === null) return b;
  if (b === null) return a;
  return Date.parse(a) >= Date.parse(b) ? a : b;
};

/** The notice Today shows about backups at `now`, or null when backups are in order. */
export function backupReminder(facts: BackupReminderFacts, now: Date): BackupReminder | null {
  if (facts.folder === null)
    return { reason: 'no-folder', fix: 'choose-folder', deferred: facts.deferredAt !== null };
  const nowMs = now.getTime();
  if (!facts.folderAvailable) {
    // A verified backup was written into the folder, so the drive was there at that moment too:
    // that covers folders chosen before the last-seen time was recorded.
    const seen = later(facts.folderLastSeenAt, facts.lastVerifiedAt);
    if (seen !== null && nowMs - Date.parse(seen) >= DRIVE_ABSENT_DAYS * DAY_MS) {
      return { reason: 'drive-absent', fix: 'open-backups', lastSeenAt: seen };
    }
  }
  if (
    facts.lastVerifiedAt === null ||
    nowMs - Date.parse(facts.lastVerifiedAt) > facts.intervalHours * HOUR_MS
  ) {
    // Backing up cannot work while the folder is out of reach: the way out starts on Backups.
    return {
      reason: 'overdue',
      fix: facts.folderAvailable ? 'back-up-now' : 'open-backups',
      lastVerifiedAt: facts.lastVerifiedAt,
    };
  }
  return null;
}

/**
 * When the newest backup that opened with the key was made, from the remembered checks (file
 * names only): every backup is verified as it is written, and a later check can find it failed.
 */
export function lastVerifiedBackupAt(checks: Record<string, 'verified' | 'failed'>): string | null {
  let newest: string | null = null;
  for (const [fileName, result] of Object.entries(checks)) {
    if (result !== 'verified') continue;
    const createdAt = backupCreatedAt(fileName);
    if (createdAt !== null && (newest === null || createdAt > newest)) newest = createdAt;
  }
  return newest;
}

/**
 * Share of the interval after which the backup at lock is made. Backups are made when the
 * clinician locks; with a 24-hour interval and a lock a little earlier each evening, "24 hours
 * since the last" would skip every other day and Today would call the backup overdue most
 * mornings. Backing up at lock once 80% of the interval has passed keeps a daily lock daily, so
 * the reminder above only speaks when a backup was really missed.
 */
export const BACKUP_AT_LOCK_FRACTION = 0.8;

/** Whether the backup made when the records lock is due: none yet, or 80% of the interval gone. */
export function backupDueAtLock(lastBackupAt: string | null, intervalHours: number, now: Date): boolean {
  if (lastBackupAt === null) return true;
  return now.getTime() - Date.parse(lastBackupAt) >= intervalHours * HOUR_MS * BACKUP_AT_LOCK_FRACTION;
}

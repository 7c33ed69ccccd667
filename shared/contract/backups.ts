import { BACKUP_FILE_PATTERN } from '@shared/domain/backups/file-name';
import { z } from 'zod';

/**
 * Encrypted backups to a folder the clinician chooses (an external drive, say). Where they
 * go and how often are non-clinical preferences; the backups themselves are encrypted
 * copies of the database under the same key.
 */

/** A backup's file name only, never a path: anything else could reach outside the folder. */
export const backupFileNameSchema = z
  .string({ error: 'Choose a backup' })
  .regex(BACKUP_FILE_PATTERN, 'That is not the name of a Rekindle backup');

export const backupIntervalHoursSchema = z
  .number({ error: 'The interval must be a number of hours' })
  .int('The interval must be a whole number of hours')
  .min(1, 'The interval must be at least 1 hour')
  .max(168, 'The interval must be at most 168 hours (a week)');

export const backupPolicySchema = z
  .object({
    daily: z
      .number({ error: 'Daily backups kept must be a number' })
      .int('Daily backups kept must be a whole number')
      .min(1, 'Keep at least 1 daily backup')
      .max(60, 'Keep at most 60 daily backups'),
    weekly: z
      .number({ error: 'Weekly backups kept must be a number' })
      .int('Weekly backups kept must be a whole number')
      .min(0, 'Weekly backups kept cannot be negative')
      .max(52, 'Keep at most 52 weekly backups'),
  })
  .strict();
export type BackupPolicy = z.output<typeof backupPolicySchema>;

export const BACKUP_DEFAULT_INTERVAL_HOURS = 24;
export const BACKUP_DEFAULT_POLICY: BackupPolicy = { daily: 7, weekly: 8 };

export const backupVerificationSchema = z.enum(['verified', 'failed', 'unchecked']);
export type BackupVerification = z.output<typeof backupVerificationSchema>;

/**
 * What the preferences file keeps about backups. `checks` remembers the last verification
 * of each backup still in the folder (file names only: nothing clinical).
 */
export const backupPreferencesSchema = z.object({
  folder: z.string().min(1).nullable(),
  intervalHours: backupIntervalHoursSchema,
  policy: backupPolicySchema,
  lastBackupAt: z.iso.datetime().nullable(),
  checks: z.record(backupFileNameSchema, z.enum(['verified', 'failed'])),
  /** How long the last backup took and how large it was: the estimate for the next one's progress. */
  lastTiming: z
    .object({ ms: z.number().nonnegative(), bytes: z.number().int().nonnegative() })
    .strict()
    .nullable(),
  /** The last time the folder was found reachable: a drive out of reach for a week is worth a notice. */
  folderLastSeenAt: z.iso.datetime().nullable(),
  /** When "Later" was chosen instead of a folder at set-up (a preference, never clinical). */
  setupDeferredAt: z.iso.datetime().nullable(),
});
export type BackupPreferences = z.output<typeof backupPreferencesSchema>;

export const backupEntrySchema = z.object({
  fileName: backupFileNameSchema,
  createdAt: z.iso.datetime(),
  bytes: z.number().int().nonnegative(),
  verified: backupVerificationSchema,
  /** `before-restore`: the records as they were just before a restore, kept until removed by hand. */
  kind: z.enum(['scheduled', 'before-restore']),
  /** Whether its key file lies beside it: without one, only this computer's vault opens it. */
  hasKeyFile: z.boolean(),
  /**
   * `earlier`: made before the last key rotation, so it opens only with the passphrase or
   * recovery key current then (its own key file), never with today's.
   */
  keys: z.enum(['current', 'earlier']),
});
export type BackupEntry = z.output<typeof backupEntrySchema>;

export const backupReminderSchema = z.discriminatedUnion('reason', [
  z.object({ reason: z.literal('no-folder'), fix: z.literal('choose-folder'), deferred: z.boolean() }),
  z.object({
    reason: z.literal('drive-absent'),
    fix: z.literal('open-backups'),
    lastSeenAt: z.iso.datetime(),
  }),
  z.object({
    reason: z.literal('overdue'),
    fix: z.enum(['back-up-now', 'open-backups']),
    lastVerifiedAt: z.iso.datetime().nullable(),
  }),
]);

export const backupStatusSchema = z.object({
  folder: z.string().nullable(),
  /** False when a folder is set but cannot be reached now (a drive that is not connected). */
  folderAvailable: z.boolean(),
  intervalHours: backupIntervalHoursSchema,
  policy: backupPolicySchema,
  lastBackupAt: z.iso.datetime().nullable(),
  /**
   * About how long a backup of the records as they are now will take, from the last one; null
   * when unknown or too short to be worth a progress bar.
   */
  estimatedMs: z.number().int().positive().nullable(),
  /** Newest first. */
  backups: z.array(backupEntrySchema),
  /** What Today asks the clinician to see to, or null when backups are in order (shared/domain/backups/reminder.ts). */
  reminder: backupReminderSchema.nullable(),
});
export type BackupStatus = z.output<typeof backupStatusSchema>;

const count = z.number().int().nonnegative();

/**
 * What a backup holds, shown before anything is restored: counts only (never names or
 * text), the date of its newest record, and whether this version of Rekindle can open it.
 */
export const backupContentsSchema = z.object({
  counts: z.object({
    couples: count,
    assessments: count,
    sessions: count,
    signedNotes: count,
    draftNotes: count,
    signedPlans: count,
    measurements: count,
  }),
  /** The latest time any clinical record in it was created or changed; null when it holds none. */
  newestRecordAt: z.iso.datetime().nullable(),
  schemaVersion: z.number().int().nonnegative(),
  /** `older` is brought up to date when restored; `newer` cannot be restored by this version. */
  compatibility: z.enum(['current', 'older', 'newer']),
});
export type BackupContents = z.output<typeof backupContentsSchema>;

export const backupPreviewSchema = z.object({
  fileName: z.string().max(255),
  /** From the file name; null for a file not named the way Rekindle names backups. */
  createdAt: z.iso.datetime().nullable(),
  contents: backupContentsSchema,
});
export type BackupPreview = z.output<typeof backupPreviewSchema>;

export const backupsContract = {
  'backups:status': {
    input: z.object({}).strict(),
    output: backupStatusSchema,
  },
  'backups:configure': {
    input: z
      .object({
        /** Opens the folder dialog; cancelling it keeps the current folder. */
        chooseFolder: z.boolean().optional(),
        intervalHours: backupIntervalHoursSchema.optional(),
        policy: backupPolicySchema.optional(),
      })
      .strict(),
    output: backupStatusSchema,
  },
  /** "Later" at the end of set-up: no folder yet. Recorded; Today keeps asking until one is chosen. */
  'backups:defer': {
    input: z.object({}).strict(),
    output: backupStatusSchema,
  },
  'backups:create': {
    input: z.object({}).strict(),
    output: backupEntrySchema,
  },
  'backups:verify': {
    input: z.object({ fileName: backupFileNameSchema }).strict(),
    output: backupEntrySchema,
  },
  /** Opens a backup read-only and says what it holds; changes nothing. */
  'backups:inspect': {
    input: z.object({ fileName: backupFileNameSchema }).strict(),
    output: backupPreviewSchema,
  },
  /**
   * Makes a safety backup of the current records, then replaces them with the backup's.
   * Restoring the safety backup undoes it.
   */
  'backups:restore': {
    input: z.object({ fileName: backupFileNameSchema }).strict(),
    output: z.object({
      restored: backupPreviewSchema,
      safetyBackup: backupEntrySchema,
    }),
  },
} as const;

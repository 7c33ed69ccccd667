import { isWellFormedSecret, MALFORMED_SECRET_MESSAGE, passphraseIssue } from '@shared/domain/passphrase';
import { z } from 'zod';
import { backupPreviewSchema } from './backups';

/** A passphrase the clinician is choosing now: must meet the strength rules. */
export const newPassphraseSchema = z.string().superRefine((value, ctx) => {
  const issue = passphraseIssue(value);
  if (issue) ctx.addIssue({ code: 'custom', message: issue });
});

/**
 * A passphrase being tried: any non-empty string (old vaults may predate today's rules), as
 * long as it is well-formed Unicode (see `isWellFormedSecret`: otherwise two different
 * strings would unlock alike).
 */
const enteredPassphrase = z
  .string()
  .min(1, 'Enter your passphrase')
  .max(1024, 'That passphrase is too long')
  .refine(isWellFormedSecret, MALFORMED_SECRET_MESSAGE);

const enteredRecoveryKey = z
  .string()
  .trim()
  .min(1, 'Enter the recovery key')
  .max(200, 'That is not a recovery key')
  .refine(isWellFormedSecret, MALFORMED_SECRET_MESSAGE);

/** The secret that was current when a backup was made: its passphrase, or the recovery key. */
const backupSecretSchema = z.union([
  z.object({ passphrase: enteredPassphrase }).strict(),
  z.object({ recoveryKey: enteredRecoveryKey }).strict(),
]);

/**
 * The backup file chosen to restore from, as the renderer may see it: its name (never its
 * path, which the core keeps), when it was made, and whether its key file lies beside it.
 */
export const chosenBackupSchema = z.object({
  fileName: z.string().max(255),
  createdAt: z.iso.datetime().nullable(),
  keyFile: z
    .object({
      /** When the passphrase in the key file was set: the one that opens this backup. */
      passphraseSetAt: z.iso.datetime(),
    })
    .nullable(),
});
export type ChosenBackup = z.output<typeof chosenBackupSchema>;

export const vaultStateSchema = z.enum(['new', 'locked', 'unlocked']);
export type VaultState = z.infer<typeof vaultStateSchema>;

export const vaultContract = {
  'vault:status': {
    input: z.object({}).strict(),
    output: z.object({ state: vaultStateSchema }),
  },
  'vault:create': {
    input: z.object({ passphrase: newPassphraseSchema }).strict(),
    output: z.object({ recoveryKey: z.string() }),
  },
  'vault:unlock': {
    input: z.object({ passphrase: enteredPassphrase }).strict(),
    output: z.object({ state: z.literal('unlocked') }),
  },
  'vault:unlockWithRecoveryKey': {
    input: z
      .object({
        recoveryKey: enteredRecoveryKey,
        newPassphrase: newPassphraseSchema,
      })
      .strict(),
    output: z.object({ state: z.literal('unlocked') }),
  },
  'vault:changePassphrase': {
    input: z.object({ current: enteredPassphrase, next: newPassphraseSchema }).strict(),
    output: z.object({ changed: z.literal(true) }),
  },
  /**
   * Re-encrypts the database under a fresh random key and issues a new recovery key (shown
   * once). After it, the old passphrase, the old recovery key and key files copied before it
   * open no current data; backups made before it keep opening with their own key files. The
   * current passphrase is asked again (the clinician proves they are at the keyboard); with
   * `newPassphrase` the passphrase changes in the same step ("someone may know my old one").
   */
  'vault:rotateKey': {
    input: z
      .object({ passphrase: enteredPassphrase, newPassphrase: newPassphraseSchema.optional() })
      .strict(),
    output: z.object({ recoveryKey: z.string(), rotatedAt: z.iso.datetime() }),
  },
  'vault:lock': {
    input: z.object({}).strict(),
    output: z.object({ state: z.literal('locked') }),
  },
  /**
   * Restoring while locked or on a new computer (the way forward when the data folder is
   * damaged): choose the backup file; the core keeps its path.
   */
  'vault:chooseBackup': {
    input: z.object({}).strict(),
    output: z.object({ backup: chosenBackupSchema.nullable() }),
  },
  /** Opens the chosen backup read-only with the secret that was current when it was made. */
  'vault:previewBackup': {
    input: backupSecretSchema,
    output: backupPreviewSchema,
  },
  /**
   * Moves what is in the data folder aside (never deleting it), puts the backup and its key
   * file in its place and unlocks. With the recovery key, a new passphrase is set too.
   */
  'vault:restoreBackup': {
    input: z.union([
      z.object({ passphrase: enteredPassphrase }).strict(),
      z.object({ recoveryKey: enteredRecoveryKey, newPassphrase: newPassphraseSchema }).strict(),
    ]),
    output: z.object({
      state: z.literal('unlocked'),
      restored: backupPreviewSchema,
      /** The folder inside the data folder now holding what was there before; null when it was empty. */
      replacedFolder: z.string().nullable(),
    }),
  },
} as const;

import type { ApiError } from '@renderer/api/client';

export interface UnlockProblem {
  title: string;
  message: string;
  /** The field the problem is about, so it can be marked invalid and focused. */
  field: 'secret' | 'newPassphrase' | null;
  /** Restoring a backup is the way forward: the notice offers it. */
  restore?: boolean;
}

const RESTORE =
  'Nothing has been changed. Restore your most recent backup below: Rekindle moves the files in its data folder aside, never deleting them, and puts the backup in their place.';

/**
 * A calm, specific explanation for each way unlocking can fail, with what to do next.
 * Worded here rather than taken from the core so both unlock paths say the same things.
 */
export function describeUnlockError(error: ApiError): UnlockProblem {
  switch (error.code) {
    case 'wrong_passphrase':
      return {
        title: 'That passphrase is not correct',
        message:
          'Check that Caps Lock is off and the keyboard layout is the usual one, then try again. If you cannot remember it, use your recovery key.',
        field: 'secret',
      };
    case 'wrong_recovery_key':
      return {
        title: 'That recovery key does not open these records',
        message:
          'Compare each group of four characters with your stored copy. Capitals, spaces and dashes do not matter.',
        field: 'secret',
      };
    case 'throttled':
      return {
        title: 'Too many attempts in a row',
        message: 'To protect your records, Rekindle waits a little longer after each wrong attempt.',
        field: null,
      };
    case 'database_corrupt':
      return {
        title: 'The database cannot be read',
        message: `The passphrase is right, but the database file appears to be damaged. ${RESTORE}`,
        field: null,
        restore: true,
      };
    case 'vault_missing':
      return {
        title: 'The key file is missing',
        message: `Rekindle’s key file (vault.json) is not in its data folder, so the database cannot be opened. ${RESTORE}`,
        field: null,
        restore: true,
      };
    case 'vault_corrupt':
      return {
        title: 'The key file is damaged',
        message: `Rekindle’s key file (vault.json) cannot be read, so the database cannot be opened. ${RESTORE}`,
        field: null,
        restore: true,
      };
    case 'database_missing':
      return {
        title: 'The database file is missing',
        message: `Rekindle’s database file (rekindle.db) is not in its data folder. ${RESTORE}`,
        field: null,
        restore: true,
      };
    case 'database_foreign':
      return {
        title: 'The database file is not Rekindle’s',
        message: `The file in the place of Rekindle’s database (rekindle.db) is some other kind of file, perhaps copied over it by mistake. ${RESTORE}`,
        field: null,
        restore: true,
      };
    case 'database_newer':
      return {
        title: 'These records need a newer Rekindle',
        message:
          'The database was saved by a newer version of Rekindle. Install that version or a later one to open it, or restore a backup made by this version. Nothing has been changed.',
        field: null,
        restore: true,
      };
    case 'not_encrypted_build':
      return {
        title: 'This copy of Rekindle cannot encrypt',
        message:
          'Its encryption component is missing, so it will not open your records. Reinstall Rekindle. Nothing has been changed.',
        field: null,
      };
    case 'weak_passphrase':
      return { title: 'Choose a stronger passphrase', message: error.message, field: 'newPassphrase' };
    case 'validation':
      return { title: 'Check what you entered', message: error.message, field: null };
    default:
      return { title: 'Rekindle could not unlock', message: error.message, field: null };
  }
}

/**
 * Why a backup could not be previewed or restored from the unlock or set-up screen. The
 * secret asked for is the one current when the backup was made, which may not be today's.
 */
export function describeRestoreError(error: ApiError): UnlockProblem {
  switch (error.code) {
    case 'wrong_passphrase':
      return {
        title: 'That passphrase does not open this backup',
        message:
          'A backup opens with the passphrase that was current when it was made, which may be an earlier one than today’s. If you cannot remember it, use the recovery key.',
        field: 'secret',
      };
    case 'wrong_recovery_key':
      return {
        title: 'That recovery key does not open this backup',
        message:
          'Compare each group of four characters with your stored copy. Capitals, spaces and dashes do not matter.',
        field: 'secret',
      };
    case 'throttled':
    case 'weak_passphrase':
      return describeUnlockError(error);
    case 'validation':
      return { title: 'Check what you entered', message: error.message, field: null };
    default:
      return { title: 'This backup cannot be restored', message: error.message, field: null };
  }
}

/**
 * Why the passphrase could not be changed or the key rotated from Settings. The records are
 * open, so the way forward is never the recovery key or a restore: only the passphrase in
 * use now, or trying again.
 */
export function describeSettingsVaultError(error: ApiError, action: 'change' | 'rotate'): UnlockProblem {
  switch (error.code) {
    case 'wrong_passphrase':
      return {
        title: 'That passphrase is not correct',
        message:
          'Enter the passphrase you unlocked Rekindle with. Check that Caps Lock is off and the keyboard layout is the usual one.',
        field: 'secret',
      };
    case 'throttled':
      return describeUnlockError(error);
    case 'weak_passphrase':
      return { title: 'Choose a stronger passphrase', message: error.message, field: 'newPassphrase' };
    default:
      return {
        title: action === 'rotate' ? 'The key was not rotated' : 'The passphrase was not changed',
        message: `${error.message} Nothing you recorded was lost.`,
        field: null,
      };
  }
}

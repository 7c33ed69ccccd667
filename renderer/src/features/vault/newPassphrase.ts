import type { FieldErrors } from '@renderer/ui/fieldErrors';
import { passphraseIssue } from '@shared/domain/passphrase';

export interface NewPassphraseValues {
  passphrase: string;
  confirmation: string;
}

/** The same rules the core enforces, checked before sending so the clinician hears them at once. */
export function checkNewPassphrase({ passphrase, confirmation }: NewPassphraseValues): FieldErrors {
  const errors: FieldErrors = {};
  const issue = passphraseIssue(passphrase);
  if (issue) errors.passphrase = issue;
  if (!confirmation) errors.confirmation = 'Type the passphrase again to confirm it.';
  else if (confirmation !== passphrase)
    errors.confirmation = 'The two passphrases do not match. Type them again.';
  return errors;
}

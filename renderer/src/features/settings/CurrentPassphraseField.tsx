import { ApiError, isApiError } from '@renderer/api/client';
import { UnlockProblemNotice } from '@renderer/features/vault/UnlockProblemNotice';
import { describeSettingsVaultError } from '@renderer/features/vault/unlockErrors';
import { useAttemptFailure } from '@renderer/features/vault/useCountdown';
import type { FieldErrors } from '@renderer/ui/fieldErrors';
import { focusField } from '@renderer/ui/fieldIds';
import type { FieldBinding } from '@renderer/ui/formController';
import { PassphraseField } from '@renderer/ui/PassphraseField';

/** Asked when the passphrase in use is left empty. */
export const CURRENT_MISSING = 'Enter the passphrase you use now.';

/**
 * The passphrase in use now, asked by the Settings forms that change the vault (change the
 * passphrase, rotate the key): the last failure described for that form, and the wait the
 * unlock throttle asked for, as the unlock screen shows it. The form holds what is typed at
 * `current`; this says how the core's answers land.
 */
export function useCurrentPassphrase(name: string) {
  const attempt = useAttemptFailure();

  /**
   * Where a failed call is shown: a problem with the new passphrase at its field, a refused
   * current passphrase at this one (false: the form places them), anything else in the notice
   * under this field (true).
   */
  function onFailure(error: unknown): boolean {
    // The client turns every failure into an ApiError; anything else still gets a message.
    const failure = isApiError(error)
      ? error
      : new ApiError({ code: 'internal', message: 'Rekindle did not answer. Please try again.' });
    const next = failure.fields.next ?? failure.fields.newPassphrase;
    if ((failure.code === 'validation' || failure.code === 'weak_passphrase') && next) return false;
    const current = failure.fields.current ?? failure.fields.passphrase;
    if (failure.code === 'validation' && current) return false;
    attempt.setFailure(failure);
    if (current || failure.code === 'wrong_passphrase') focusField(name);
    return true;
  }

  /** The core's field errors on the form's fields: `current`, and the new `passphrase`. */
  function placeErrors(fields: Readonly<Record<string, string>>): FieldErrors {
    const next = fields.next ?? fields.newPassphrase;
    if (next) return { passphrase: next };
    const current = fields.current ?? fields.passphrase;
    return current ? { current } : {};
  }

  return {
    name,
    onFailure,
    placeErrors,
    /** Forgets the last failure (its wait keeps running): called as a new attempt starts. */
    reset: () => attempt.setFailure(null),
    /** The throttle's wait is running: the submit button stays disabled until it ends. */
    waiting: attempt.waitSeconds > 0,
    failure: attempt.failure,
    problemId: attempt.problemId,
    waitSeconds: attempt.waitSeconds,
  };
}

export function CurrentPassphraseField({
  label,
  action,
  busy,
  field,
  check,
}: {
  label: string;
  /** What the form does with the vault, for the words of a failure. */
  action: 'change' | 'rotate';
  busy: boolean;
  /** The form's `current` field. */
  field: FieldBinding<string>;
  check: ReturnType<typeof useCurrentPassphrase>;
}) {
  const { failure, problemId, waitSeconds } = check;
  const problem = failure ? describeSettingsVaultError(failure, action) : null;
  return (
    <>
      <PassphraseField
        {...field}
        label={label}
        invalid={problem?.field === 'secret'}
        describedByExtra={problem ? problemId : undefined}
        autoComplete="current-password"
        busy={busy}
      />
      {problem ? <UnlockProblemNotice id={problemId} problem={problem} waitSeconds={waitSeconds} /> : null}
    </>
  );
}

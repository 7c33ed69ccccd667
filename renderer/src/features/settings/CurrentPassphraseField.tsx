import { ApiError, isApiError } from '@renderer/api/client';
import { UnlockProblemNotice } from '@renderer/features/vault/UnlockProblemNotice';
import { describeSettingsVaultError } from '@renderer/features/vault/unlockErrors';
import { useAttemptFailure } from '@renderer/features/vault/useCountdown';
import { focusField } from '@renderer/ui/fieldIds';
import { PassphraseField } from '@renderer/ui/PassphraseField';
import { useState } from 'react';

/**
 * The passphrase in use now, asked by the Settings forms that change the vault (change the
 * passphrase, rotate the key), with the last failure described for that form and the wait
 * the unlock throttle asked for, as the unlock screen shows it.
 */
export function useCurrentPassphrase(name: string, action: 'change' | 'rotate') {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const attempt = useAttemptFailure();
  const problem = attempt.failure ? describeSettingsVaultError(attempt.failure, action) : null;

  /** Clears what the last attempt said; false (and the field focused) when nothing was typed. */
  function check(): boolean {
    attempt.setFailure(null);
    setError(value ? null : 'Enter the passphrase you use now.');
    if (!value) focusField(name);
    return Boolean(value);
  }

  /**
   * Shows a failed call beside this field, except a problem with the new passphrase, which
   * is returned for the caller to show at its own field.
   */
  function fail(error: unknown): { next?: string } {
    // The client turns every failure into an ApiError; anything else still gets a message.
    const failure = isApiError(error)
      ? error
      : new ApiError({ code: 'internal', message: 'Rekindle did not answer. Please try again.' });
    const next = failure.fields.next ?? failure.fields.newPassphrase;
    if ((failure.code === 'validation' || failure.code === 'weak_passphrase') && next) return { next };
    const current = failure.fields.current ?? failure.fields.passphrase;
    if (failure.code === 'validation' && current) setError(current);
    else attempt.setFailure(failure);
    if (current || failure.code === 'wrong_passphrase') focusField(name);
    return {};
  }

  return {
    value,
    /** Empties the field after a success: a passphrase is not left on screen. */
    clear: () => setValue(''),
    check,
    fail,
    /** The throttle's wait is running: the submit button stays disabled until it ends. */
    waiting: attempt.waitSeconds > 0,
    field: {
      name,
      value,
      onValueChange: setValue,
      error,
      problem,
      problemId: attempt.problemId,
      waitSeconds: attempt.waitSeconds,
    },
  };
}

export function CurrentPassphraseField({
  label,
  busy,
  field,
}: {
  label: string;
  busy: boolean;
  field: ReturnType<typeof useCurrentPassphrase>['field'];
}) {
  const { problem, problemId, waitSeconds, ...input } = field;
  return (
    <>
      <PassphraseField
        {...input}
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

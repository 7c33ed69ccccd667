import { invoke, isApiError } from '@renderer/api/client';
import { focusField } from '@renderer/ui/fieldIds';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { NewPassphraseFields } from './NewPassphraseFields';
import { checkNewPassphrase, type NewPassphraseErrors, type NewPassphraseValues } from './newPassphrase';
import { RecoveryKeyField } from './RecoveryKeyField';
import { UnlockProblemNotice } from './UnlockProblemNotice';
import { describeUnlockError } from './unlockErrors';
import { useAttemptFailure } from './useCountdown';

const NAMES = { passphrase: 'newPassphrase', confirmation: 'newPassphraseConfirmation' } as const;
const KEY_FIELD = 'recoveryKey';

/** The forgotten-passphrase path: the recovery key opens the records and sets a new passphrase. */
export function RecoveryUnlockForm({
  onUnlocked,
  onRestore,
}: {
  onUnlocked(): void;
  /** Offered in the notice when restoring a backup is the way forward. */
  onRestore?: () => void;
}) {
  const [recoveryKey, setRecoveryKey] = useState('');
  const [keyError, setKeyError] = useState<string | null>(null);
  const [values, setValues] = useState<NewPassphraseValues>({ passphrase: '', confirmation: '' });
  const [errors, setErrors] = useState<NewPassphraseErrors>({});
  const { failure, setFailure, waitSeconds, problemId } = useAttemptFailure();

  const unlock = useMutation({
    mutationFn: () =>
      invoke('vault:unlockWithRecoveryKey', { recoveryKey, newPassphrase: values.passphrase }),
    onSuccess: onUnlocked,
    onError: (error) => {
      if (!isApiError(error)) return;
      const fieldMessages = error.fields;
      if (fieldMessages.recoveryKey || fieldMessages.newPassphrase) {
        setKeyError(fieldMessages.recoveryKey ?? null);
        setErrors({ passphrase: fieldMessages.newPassphrase });
        focusField(fieldMessages.recoveryKey ? KEY_FIELD : NAMES.passphrase);
        return;
      }
      setFailure(error);
      const problem = describeUnlockError(error);
      if (problem.field === 'secret') focusField(KEY_FIELD);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    const missingKey = recoveryKey.trim()
      ? null
      : 'Enter the recovery key you stored when you set up Rekindle.';
    const found = checkNewPassphrase(values);
    setKeyError(missingKey);
    setErrors(found);
    if (missingKey) focusField(KEY_FIELD);
    else if (found.passphrase) focusField(NAMES.passphrase);
    else if (found.confirmation) focusField(NAMES.confirmation);
    else unlock.mutate();
  }

  const problem = failure ? describeUnlockError(failure) : null;
  return (
    <form className="form" onSubmit={submit} noValidate>
      <RecoveryKeyField
        name={KEY_FIELD}
        value={recoveryKey}
        onValueChange={setRecoveryKey}
        error={keyError}
        invalid={problem?.field === 'secret'}
        describedByExtra={problem ? problemId : undefined}
        busy={unlock.isPending}
      />
      <p className="form__section-intro">
        Choose a new passphrase. Your old passphrase will stop working; the recovery key keeps working.
      </p>
      <NewPassphraseFields
        names={NAMES}
        values={values}
        errors={errors}
        onChange={setValues}
        busy={unlock.isPending}
      />
      {problem ? (
        <UnlockProblemNotice
          id={problemId}
          problem={problem}
          waitSeconds={waitSeconds}
          onRestore={onRestore}
        />
      ) : null}
      <div className="form__actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={unlock.isPending || waitSeconds > 0}
        >
          {unlock.isPending ? 'Unlocking…' : 'Unlock and save new passphrase'}
        </button>
      </div>
    </form>
  );
}

import { invoke, isApiError } from '@renderer/api/client';
import { focusField } from '@renderer/ui/fieldIds';
import { useForm } from '@renderer/ui/useForm';
import { NewPassphraseFields } from './NewPassphraseFields';
import { checkNewPassphrase, type NewPassphraseValues } from './newPassphrase';
import { RecoveryKeyField } from './RecoveryKeyField';
import { UnlockProblemNotice } from './UnlockProblemNotice';
import { describeUnlockError } from './unlockErrors';
import { useAttemptFailure } from './useCountdown';

const NAMES = { passphrase: 'newPassphrase', confirmation: 'newPassphraseConfirmation' } as const;
const KEY_FIELD = 'recoveryKey';

interface RecoveryValues extends NewPassphraseValues {
  recoveryKey: string;
}

/** The forgotten-passphrase path: the recovery key opens the records and sets a new passphrase. */
export function RecoveryUnlockForm({
  onUnlocked,
  onRestore,
}: {
  onUnlocked(): void;
  /** Offered in the notice when restoring a backup is the way forward. */
  onRestore?: () => void;
}) {
  const { failure, setFailure, waitSeconds, problemId } = useAttemptFailure();
  const form = useForm<RecoveryValues, RecoveryValues>({
    initial: { recoveryKey: '', passphrase: '', confirmation: '' },
    validate: (values) => {
      setFailure(null);
      const errors = checkNewPassphrase(values);
      if (!values.recoveryKey.trim())
        errors.recoveryKey = 'Enter the recovery key you stored when you set up Rekindle.';
      return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, input: values };
    },
    save: async (values) => {
      await invoke('vault:unlockWithRecoveryKey', {
        recoveryKey: values.recoveryKey,
        newPassphrase: values.passphrase,
      });
      onUnlocked();
    },
    fields: [KEY_FIELD, 'passphrase', 'confirmation'],
    // The core names the new passphrase `newPassphrase`; this form keeps it at `passphrase`.
    placeErrors: (fields) => ({
      ...(fields.recoveryKey ? { recoveryKey: fields.recoveryKey } : {}),
      ...(fields.newPassphrase ? { passphrase: fields.newPassphrase } : {}),
    }),
    // A refused key or passphrase shows at its field; anything else in the notice below.
    onFailure: (error) => {
      if (!isApiError(error)) return true;
      if (error.fields.recoveryKey || error.fields.newPassphrase) return false;
      setFailure(error);
      if (describeUnlockError(error).field === 'secret') focusField(KEY_FIELD);
      return true;
    },
    focus: 'field',
    failureMessage: 'Rekindle did not answer. Please try again.',
  });

  const problem = failure ? describeUnlockError(failure) : null;
  return (
    <form className="form" onSubmit={form.submit} noValidate>
      <RecoveryKeyField
        {...form.bind('recoveryKey')}
        invalid={problem?.field === 'secret'}
        describedByExtra={problem ? problemId : undefined}
        busy={form.saving}
      />
      <p className="form__section-intro">
        Choose a new passphrase. Your old passphrase will stop working; the recovery key keeps working.
      </p>
      <NewPassphraseFields fields={form.part()} names={NAMES} busy={form.saving} />
      {problem ? (
        <UnlockProblemNotice
          id={problemId}
          problem={problem}
          waitSeconds={waitSeconds}
          onRestore={onRestore}
        />
      ) : null}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={form.saving || waitSeconds > 0}>
          {form.saving ? 'Unlocking…' : 'Unlock and save new passphrase'}
        </button>
      </div>
    </form>
  );
}

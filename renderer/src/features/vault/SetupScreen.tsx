import { type ApiError, invoke, isApiError } from '@renderer/api/client';
import { TryDemoChoice } from '@renderer/features/practice/TryDemoChoice';
import { PageHeading } from '@renderer/ui/PageHeading';
import { useForm } from '@renderer/ui/useForm';
import { useState } from 'react';
import { NewPassphraseFields } from './NewPassphraseFields';
import { checkNewPassphrase, type NewPassphraseValues } from './newPassphrase';
import { RestoreBackupScreen } from './RestoreFromBackup';
import type { ShellNotice } from './shellNotice';
import { VaultLayout } from './VaultLayout';

const NAMES = { passphrase: 'passphrase', confirmation: 'passphraseConfirmation' } as const;

/**
 * First run: explains what is protected and how, then creates the vault with a new
 * passphrase. Below, set apart, the choice to try the demo practice instead.
 */
export function SetupScreen({
  onCreated,
  onAlreadySetUp,
  onTryDemo,
  onRestored,
}: {
  onCreated(recoveryKey: string): void;
  onAlreadySetUp(): void;
  onTryDemo(): void;
  /** A backup was restored instead (a new computer, a replaced disk): the records are open. */
  onRestored(notice: ShellNotice): void;
}) {
  const [restoring, setRestoring] = useState(false);
  const [formError, setFormError] = useState<ApiError | null>(null);
  const form = useForm<NewPassphraseValues, string>({
    initial: { passphrase: '', confirmation: '' },
    validate: (values) => {
      setFormError(null);
      const errors = checkNewPassphrase(values);
      return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, input: values.passphrase };
    },
    save: async (passphrase) => {
      const { recoveryKey } = await invoke('vault:create', { passphrase });
      onCreated(recoveryKey);
    },
    fields: ['passphrase', 'confirmation'],
    // A refused passphrase shows at its field; anything else (records already set up) above the button.
    onFailure: (error) => {
      if (!isApiError(error)) return true;
      if (error.fields.passphrase) return false;
      setFormError(error);
      return true;
    },
    focus: 'field',
    failureMessage: 'Rekindle did not answer. Please try again.',
  });

  if (restoring) {
    return (
      <RestoreBackupScreen
        backLabel="Back to setting up new records"
        onBack={() => setRestoring(false)}
        onRestored={onRestored}
      />
    );
  }

  return (
    <VaultLayout>
      <PageHeading>Set up Rekindle</PageHeading>
      <div className="prose">
        <p>
          Everything you record in Rekindle stays on this computer, encrypted. Nothing is sent over the
          internet.
        </p>
        <p>
          Choose a passphrase to open your records. <strong>Nobody can reset it for you.</strong> Next you
          will receive a recovery key: with the passphrase forgotten, the recovery key is the only way back
          in.
        </p>
      </div>
      <form className="form" onSubmit={form.submit} noValidate>
        <NewPassphraseFields
          fields={form.part()}
          names={NAMES}
          labels={{ passphrase: 'Passphrase', confirmation: 'Type the passphrase again' }}
          busy={form.saving}
        />
        {formError ? (
          <div className="notice notice--error" role="alert">
            <p>{formError.message}</p>
            {formError.code === 'vault_exists' ? (
              <button type="button" className="button button--secondary" onClick={onAlreadySetUp}>
                Go to unlock
              </button>
            ) : null}
          </div>
        ) : null}
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={form.saving}>
            {form.saving ? 'Creating your encrypted records…' : 'Create encrypted records'}
          </button>
        </div>
        {form.saving ? (
          <p className="form__status" role="status">
            Securing your passphrase. This takes a few seconds.
          </p>
        ) : null}
      </form>
      <p className="vault-card__line">
        New computer, or a replaced disk?{' '}
        <button type="button" className="link-button" onClick={() => setRestoring(true)}>
          Restore from a backup instead
        </button>
      </p>
      <TryDemoChoice onStarted={onTryDemo} />
    </VaultLayout>
  );
}

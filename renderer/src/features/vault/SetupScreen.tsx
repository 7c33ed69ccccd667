import { type ApiError, invoke, isApiError } from '@renderer/api/client';
import { TryDemoChoice } from '@renderer/features/practice/TryDemoChoice';
import { focusField } from '@renderer/ui/fieldIds';
import { PageHeading } from '@renderer/ui/PageHeading';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { NewPassphraseFields } from './NewPassphraseFields';
import { checkNewPassphrase, type NewPassphraseErrors, type NewPassphraseValues } from './newPassphrase';
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
  const [values, setValues] = useState<NewPassphraseValues>({ passphrase: '', confirmation: '' });
  const [errors, setErrors] = useState<NewPassphraseErrors>({});
  const [formError, setFormError] = useState<ApiError | null>(null);

  const create = useMutation({
    mutationFn: (passphrase: string) => invoke('vault:create', { passphrase }),
    onSuccess: ({ recoveryKey }) => onCreated(recoveryKey),
    onError: (error) => {
      if (isApiError(error) && error.fields.passphrase) {
        setErrors({ passphrase: error.fields.passphrase });
        focusField(NAMES.passphrase);
      } else if (isApiError(error)) {
        setFormError(error);
      }
    },
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

  function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    const found = checkNewPassphrase(values);
    setErrors(found);
    if (found.passphrase) focusField(NAMES.passphrase);
    else if (found.confirmation) focusField(NAMES.confirmation);
    else create.mutate(values.passphrase);
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
      <form className="form" onSubmit={submit} noValidate>
        <NewPassphraseFields
          names={NAMES}
          labels={{ passphrase: 'Passphrase', confirmation: 'Type the passphrase again' }}
          values={values}
          errors={errors}
          onChange={(next) => {
            setValues(next);
            // A message about text that has since changed would only mislead.
            setErrors({
              passphrase: next.passphrase === values.passphrase ? errors.passphrase : undefined,
              confirmation: next.confirmation === values.confirmation ? errors.confirmation : undefined,
            });
          }}
          busy={create.isPending}
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
          <button type="submit" className="button button--primary" disabled={create.isPending}>
            {create.isPending ? 'Creating your encrypted records…' : 'Create encrypted records'}
          </button>
        </div>
        {create.isPending ? (
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

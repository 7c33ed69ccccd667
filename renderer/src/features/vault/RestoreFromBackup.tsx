import { invoke, isApiError } from '@renderer/api/client';
import { BackupContentsSummary } from '@renderer/features/backups/BackupContentsSummary';
import { focusField } from '@renderer/ui/fieldIds';
import { PageHeading } from '@renderer/ui/PageHeading';
import { PassphraseField } from '@renderer/ui/PassphraseField';
import { RadioGroupField } from '@renderer/ui/RadioGroupField';
import { useForm } from '@renderer/ui/useForm';
import type { Input } from '@shared/contract';
import type { BackupPreview } from '@shared/contract/backups';
import type { ChosenBackup } from '@shared/contract/vault';
import { formatInstant } from '@shared/domain/dates';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { NewPassphraseFields } from './NewPassphraseFields';
import { checkNewPassphrase, type NewPassphraseValues } from './newPassphrase';
import { RecoveryKeyField } from './RecoveryKeyField';
import type { ShellNotice } from './shellNotice';
import { UnlockProblemNotice } from './UnlockProblemNotice';
import { describeRestoreError } from './unlockErrors';
import { useAttemptFailure } from './useCountdown';
import { VaultLayout } from './VaultLayout';

type Method = 'passphrase' | 'recovery';

interface SecretValues {
  method: Method;
  secret: string;
}

/** The secret as the core takes it: the passphrase of the backup's time, or the recovery key. */
function secretInput({ method, secret }: SecretValues): Input<'vault:previewBackup'> {
  return method === 'passphrase' ? { passphrase: secret } : { recoveryKey: secret };
}
const SECRET_FIELD = 'backupSecret';
const NAMES = {
  passphrase: 'restoreNewPassphrase',
  confirmation: 'restoreNewPassphraseConfirmation',
} as const;
const METHODS = [
  { value: 'passphrase', label: 'The passphrase from when the backup was made' },
  { value: 'recovery', label: 'The recovery key', hint: 'You then choose a new passphrase.' },
] as const;

/** The restore screen reached from the unlock and set-up screens, with the way back to them. */
export function RestoreBackupScreen({
  backLabel,
  onBack,
  onRestored,
}: {
  backLabel: string;
  onBack(): void;
  onRestored(notice: ShellNotice): void;
}) {
  return (
    <VaultLayout wide>
      <PageHeading>Restore from a backup</PageHeading>
      <RestoreFromBackup onRestored={onRestored} />
      <p className="vault-card__footer">
        <button type="button" className="link-button" onClick={onBack}>
          {backLabel}
        </button>
      </p>
    </VaultLayout>
  );
}

/**
 * Restoring a backup while the records are locked, or on a computer where Rekindle is not
 * set up: the way forward when the data folder is damaged, missing or on a dead disk. The
 * clinician chooses the backup file, opens it with the secret that was current when it was
 * made, sees what it holds, and only then restores it. What the data folder holds now is
 * moved aside by the core, never deleted.
 */
export function RestoreFromBackup({ onRestored }: { onRestored(notice: ShellNotice): void }) {
  const [chosen, setChosen] = useState<ChosenBackup | null>(null);
  const [chooseMessage, setChooseMessage] = useState('');
  const [preview, setPreview] = useState<BackupPreview | null>(null);
  const { failure, setFailure, waitSeconds, problemId } = useAttemptFailure();

  /** A failed call is explained in the notice next to the step that failed. */
  function fail(error: unknown): true {
    if (isApiError(error)) {
      setFailure(error);
      if (describeRestoreError(error).field === 'secret') focusField(SECRET_FIELD);
    }
    return true;
  }

  /** A different backup or secret: what was shown of the old one no longer applies. */
  function startOver() {
    setPreview(null);
    setFailure(null);
  }

  const choose = useMutation({
    mutationFn: () => invoke('vault:chooseBackup', {}),
    onMutate: () => setChooseMessage(''),
    onSuccess: ({ backup }) => {
      if (backup === null) {
        setChooseMessage('No backup was chosen.');
        return;
      }
      if (backup.fileName !== chosen?.fileName || backup.createdAt !== chosen?.createdAt) startOver();
      setChosen(backup);
    },
    onError: fail,
  });

  // Opening the backup: how (its passphrase or the recovery key) and the secret itself.
  const secretForm = useForm<SecretValues, Input<'vault:previewBackup'>>({
    initial: { method: 'passphrase', secret: '' },
    validate: ({ method, secret }) => {
      if (!secret.trim()) {
        const message = method === 'passphrase' ? 'Enter the passphrase.' : 'Enter the recovery key.';
        return { ok: false, errors: { secret: message } };
      }
      return { ok: true, input: secretInput({ method, secret }) };
    },
    save: async (input) => {
      setFailure(null);
      setPreview(await invoke('vault:previewBackup', input));
    },
    // A changed secret or method: what was shown of the backup no longer applies.
    onChange: () => setPreview(null),
    onFailure: fail,
    focus: 'field',
    failureMessage: 'Rekindle did not answer. Please try again.',
  });
  const { method, secret } = secretForm.values;

  // Restoring what was opened; with the recovery key, under a new passphrase.
  const restoreForm = useForm<NewPassphraseValues, Input<'vault:restoreBackup'>>({
    initial: { passphrase: '', confirmation: '' },
    validate: (values) => {
      const errors = method === 'recovery' ? checkNewPassphrase(values) : {};
      if (Object.keys(errors).length > 0) return { ok: false, errors };
      return {
        ok: true,
        input:
          method === 'passphrase'
            ? { passphrase: secret }
            : { recoveryKey: secret, newPassphrase: values.passphrase },
      };
    },
    save: async (input) => {
      setFailure(null);
      const { restored, replacedFolder } = await invoke('vault:restoreBackup', input);
      const made = restored.createdAt ? formatInstant(restored.createdAt) : restored.fileName;
      const passphrase =
        method === 'passphrase'
          ? 'From now on, unlock with the passphrase that was current when it was made (the one you just used).'
          : 'Your new passphrase is saved. Use it next time you unlock.';
      const aside = replacedFolder
        ? ` The files that were in Rekindle’s data folder are kept, untouched, in its folder “${replacedFolder}”.`
        : '';
      onRestored({
        message: `The backup of ${made} is restored. ${passphrase}${aside}`,
        offerKeyRotation: true,
      });
    },
    fields: ['passphrase', 'confirmation'],
    onFailure: fail,
    focus: 'field',
    failureMessage: 'Rekindle did not answer. Please try again.',
  });

  const problem = failure ? describeRestoreError(failure) : null;
  const problemNotice = problem ? (
    <UnlockProblemNotice id={problemId} problem={problem} waitSeconds={waitSeconds} />
  ) : null;
  // The notice sits next to the step that failed.
  const noticeAt = preview ? 'restore' : chosen?.keyFile ? 'secret' : 'choose';
  const made = chosen?.createdAt ? formatInstant(chosen.createdAt) : null;
  const busy = secretForm.saving || restoreForm.saving;
  const methodField = secretForm.bind('method', {
    name: 'restoreMethod',
    set: (_values, next) => ({ method: next, secret: '' }),
    clears: ['secret'],
  });

  return (
    <div className="restore">
      <p className="prose">
        Choose a Rekindle backup file (its name starts with{' '}
        <span className="backups__path">rekindle-backup-</span>
        ). Its key file, with the same name ending in <span className="backups__path">.vault.json</span>, must
        be in the same folder.
      </p>
      <div className="form__actions">
        <button
          type="button"
          className={`button ${chosen ? 'button--secondary' : 'button--primary'}`}
          onClick={() => choose.mutate()}
          disabled={choose.isPending || busy}
        >
          {chosen ? 'Choose another backup file…' : 'Choose backup file…'}
        </button>
        <p className="form__status" role="status">
          {chooseMessage}
        </p>
      </div>
      {noticeAt === 'choose' ? problemNotice : null}
      {chosen ? (
        <dl className="details" aria-label="The chosen backup">
          <div className="details__row">
            <dt>File</dt>
            <dd className="backups__path">{chosen.fileName}</dd>
          </div>
          <div className="details__row">
            <dt>Made</dt>
            <dd>{made ?? 'Not known (the file was renamed)'}</dd>
          </div>
        </dl>
      ) : null}
      {chosen && chosen.keyFile === null ? (
        <div className="notice notice--error" role="alert">
          <p className="notice__title">This backup cannot be opened without its key file</p>
          <p>
            There is no key file beside it. Copy the file with the same name ending in .vault.json into the
            same folder, then choose the backup again, or choose another backup.
          </p>
        </div>
      ) : null}
      {chosen?.keyFile ? (
        <>
          <p className="notice notice--info">
            This backup opens with the passphrase or recovery key that was current when it was made
            {made ? ` (${made})` : ''}. That passphrase was set on{' '}
            {formatInstant(chosen.keyFile.passphraseSetAt)}; if you have changed it since, use the earlier
            one.
          </p>
          <form className="form" onSubmit={secretForm.submit} noValidate>
            <RadioGroupField
              {...methodField}
              legend="Open the backup with"
              options={METHODS}
              onValueChange={(next) => {
                methodField.onValueChange(next);
                setFailure(null);
              }}
            />
            {method === 'passphrase' ? (
              <PassphraseField
                {...secretForm.bind('secret', { name: SECRET_FIELD })}
                label="Passphrase when the backup was made"
                invalid={problem?.field === 'secret'}
                describedByExtra={problem ? problemId : undefined}
                autoComplete="current-password"
                busy={busy}
              />
            ) : (
              <RecoveryKeyField
                {...secretForm.bind('secret', { name: SECRET_FIELD })}
                invalid={problem?.field === 'secret'}
                describedByExtra={problem ? problemId : undefined}
                busy={busy}
              />
            )}
            {noticeAt === 'secret' ? problemNotice : null}
            {preview ? null : (
              <div className="form__actions">
                <button type="submit" className="button button--primary" disabled={busy || waitSeconds > 0}>
                  {secretForm.saving ? 'Opening the backup…' : 'Show what it contains'}
                </button>
              </div>
            )}
          </form>
        </>
      ) : null}
      {preview ? (
        <form className="form" onSubmit={restoreForm.submit} noValidate aria-label="Restore this backup">
          <h2 className="card__title">What the backup contains</h2>
          <BackupContentsSummary preview={preview} />
          {method === 'recovery' ? (
            <>
              <p className="form__section-intro">
                Choose a new passphrase. The passphrase from the backup stops working; the recovery key keeps
                working.
              </p>
              <NewPassphraseFields fields={restoreForm.part()} names={NAMES} busy={restoreForm.saving} />
            </>
          ) : null}
          <p className="field__hint">
            Restoring puts this backup in place of whatever is in Rekindle’s data folder now. Those files are
            moved into a folder named “replaced-…” inside the data folder, never deleted.
          </p>
          {noticeAt === 'restore' ? problemNotice : null}
          <div className="form__actions">
            <button
              type="submit"
              className="button button--primary"
              disabled={restoreForm.saving || waitSeconds > 0 || preview.contents.compatibility === 'newer'}
            >
              {restoreForm.saving ? 'Restoring…' : 'Restore this backup'}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}

import { PrintDocumentButton } from '@renderer/features/reports/PrintDocumentButton';
import { CheckboxField } from '@renderer/ui/CheckboxField';
import { clearsCopiedSecrets, copySecret, SECRET_CLIPBOARD_SECONDS } from '@renderer/ui/clipboard';
import { PageHeading } from '@renderer/ui/PageHeading';
import { useForm } from '@renderer/ui/useForm';
import { useState } from 'react';
import { VaultLayout } from './VaultLayout';

const COPY_STATUS = {
  'cleared-later': `Copied. Paste it where you keep it safe now: Rekindle clears it from the clipboard in ${SECRET_CLIPBOARD_SECONDS} seconds.`,
  copied:
    'Copied. Paste it where you keep it safe, then copy something else so it does not stay on the clipboard.',
  failed: 'Could not copy. Select the key and copy it, or write it down.',
} as const;

/**
 * Shows the recovery key exactly once, right after set-up or a key rotation. The clinician
 * must say they stored it before going on: there is no way to show it again.
 */
export function RecoveryKeyScreen({
  recoveryKey,
  onContinue,
  rotated = false,
}: {
  recoveryKey: string;
  onContinue(): void;
  /** The key was rotated: this key replaces one the clinician already stored. */
  rotated?: boolean;
}) {
  const form = useForm<{ recoveryKeyStored: boolean }, true>({
    initial: { recoveryKeyStored: false },
    validate: ({ recoveryKeyStored }) =>
      recoveryKeyStored
        ? { ok: true, input: true }
        : {
            ok: false,
            errors: {
              recoveryKeyStored: 'Confirm that you have stored the recovery key before you continue.',
            },
          },
    save: async () => onContinue(),
    focus: 'field',
    failureMessage: 'Rekindle did not answer. Please try again.',
  });
  const [copyStatus, setCopyStatus] = useState<string>('');
  const groups = recoveryKey.split('-');

  async function copy() {
    const outcome = await copySecret(recoveryKey);
    setCopyStatus(COPY_STATUS[outcome]);
  }

  return (
    <VaultLayout wide>
      <PageHeading>{rotated ? 'Your new recovery key' : 'Your recovery key'}</PageHeading>
      <div className="prose">
        {rotated ? (
          <p>
            The encryption key was rotated:{' '}
            <strong>your earlier recovery key no longer opens your records.</strong> Backups made before the
            rotation still open with the passphrase or recovery key current when they were made.
          </p>
        ) : null}
        <p>
          If you ever forget your passphrase, this key is the <strong>only</strong> way to open your records.
          It is shown once, now, and cannot be shown again.
        </p>
        <p>
          Write it down or print it, and keep it somewhere safe away from this computer, such as a locked
          drawer at your practice.
        </p>
        {clearsCopiedSecrets() ? (
          <p>
            If you copy it, paste it straight away: Rekindle clears it from the clipboard after{' '}
            {SECRET_CLIPBOARD_SECONDS} seconds.
          </p>
        ) : null}
      </div>
      <figure className="recovery-key">
        <figcaption className="visually-hidden">Recovery key, in groups of four characters</figcaption>
        <p
          className="recovery-key__value"
          data-testid="recovery-key"
          // Selected and copied with the keyboard or the Edit menu, the key goes through the same
          // copy as the button, so it too is cleared after a minute (the browser's own copy is not).
          onCopy={(event) => {
            if (!clearsCopiedSecrets()) return;
            event.preventDefault();
            void copy();
          }}
        >
          {groups.map((group, index) => (
            // Groups are positional and never reorder, so the index is a stable key here.
            // biome-ignore lint/suspicious/noArrayIndexKey: positional groups of one fixed string
            <span key={index} className="recovery-key__group">
              {group}
              {index < groups.length - 1 ? <span className="recovery-key__dash">-</span> : null}
            </span>
          ))}
        </p>
        <div className="recovery-key__actions">
          <button type="button" className="button button--secondary" onClick={copy}>
            Copy recovery key
          </button>
          <PrintDocumentButton
            request={{ kind: 'emergencySheet', recoveryKey }}
            label="Print emergency access sheet"
          />
          <p className="recovery-key__status" role="status">
            {copyStatus}
          </p>
        </div>
      </figure>
      <form className="form" onSubmit={form.submit} noValidate>
        <CheckboxField
          {...form.bind('recoveryKeyStored')}
          label="I have stored this recovery key somewhere safe, away from this computer"
        />
        <div className="form__actions">
          <button type="submit" className="button button--primary">
            Continue
          </button>
        </div>
      </form>
    </VaultLayout>
  );
}

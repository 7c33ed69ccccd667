import { ROTATING, useRotateKey } from '@renderer/features/vault/keyRotation';
import { useForm } from '@renderer/ui/useForm';
import { useNavigate } from 'react-router';
import { CURRENT_MISSING, CurrentPassphraseField, useCurrentPassphrase } from './CurrentPassphraseField';

/**
 * What rotating the key does and does not do, then the rotation itself: the passphrase in
 * use is asked again, and the new recovery key is shown once by the vault gate. Reached from
 * Settings ("I lost or exposed my recovery key") and after a restore from the unlock screen.
 */
export function RotateKeyForm() {
  const passphrase = useCurrentPassphrase('rotationPassphrase');
  const navigate = useNavigate();
  // Once the new key is stored, the clinician comes back to Settings, not to this form.
  const rotateKey = useRotateKey(() => navigate('/settings', { replace: true }));
  const form = useForm<{ current: string }, { passphrase: string }>({
    initial: { current: '' },
    validate: ({ current }) => {
      passphrase.reset();
      return current
        ? { ok: true, input: { passphrase: current } }
        : { ok: false, errors: { current: CURRENT_MISSING } };
    },
    save: rotateKey,
    placeErrors: passphrase.placeErrors,
    onFailure: passphrase.onFailure,
    focus: 'field',
    failureMessage: 'Rekindle did not answer. Please try again.',
  });

  return (
    <>
      <div className="prose">
        <p>
          Rotating encrypts your records again under a new key and gives you a new recovery key, shown once.
          Print the new emergency access sheet and destroy the old one.
        </p>
        <ul>
          <li>
            <strong>What stops working:</strong> the old recovery key, and any copy of the key file made
            before the rotation, no longer open your current records.
          </li>
          <li>
            <strong>What keeps working:</strong> your passphrase stays the same. Backups made before the
            rotation still open, each with the passphrase or recovery key that was current when it was made.
            Whoever holds one of them and that passphrase or recovery key can open what it holds, so keep them
            as safe as your records.
          </li>
          <li>
            <strong>Also under the earlier key:</strong> copies Rekindle keeps inside its data folder, made
            before an update (pre-migration copies) or moved aside by a restore (the “replaced” folders).
            Delete them once you no longer need them if someone may know the old passphrase.
          </li>
        </ul>
      </div>
      <form className="form" onSubmit={form.submit} noValidate aria-label="Rotate the encryption key">
        <CurrentPassphraseField
          label="Your passphrase"
          action="rotate"
          busy={form.saving}
          field={form.bind('current', { name: passphrase.name })}
          check={passphrase}
        />
        <div className="form__actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={form.saving || passphrase.waiting}
          >
            {form.saving ? 'Rotating the key…' : 'Rotate the encryption key'}
          </button>
        </div>
        <p className="form__status" role="status">
          {form.saving ? ROTATING : ''}
        </p>
      </form>
    </>
  );
}

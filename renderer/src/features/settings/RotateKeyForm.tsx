import { ROTATING, useRotateKey } from '@renderer/features/vault/keyRotation';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { CurrentPassphraseField, useCurrentPassphrase } from './CurrentPassphraseField';

/**
 * What rotating the key does and does not do, then the rotation itself: the passphrase in
 * use is asked again, and the new recovery key is shown once by the vault gate. Reached from
 * Settings ("I lost or exposed my recovery key") and after a restore from the unlock screen.
 */
export function RotateKeyForm() {
  const passphrase = useCurrentPassphrase('rotationPassphrase', 'rotate');
  const navigate = useNavigate();
  const rotation = useRotateKey(
    (error) => passphrase.fail(error),
    // Once the new key is stored, the clinician comes back to Settings, not to this form.
    () => navigate('/settings', { replace: true }),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    if (passphrase.check()) rotation.mutate({ passphrase: passphrase.value });
  }

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
      <form className="form" onSubmit={submit} noValidate aria-label="Rotate the encryption key">
        <CurrentPassphraseField label="Your passphrase" busy={rotation.isPending} field={passphrase.field} />
        <div className="form__actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={rotation.isPending || passphrase.waiting}
          >
            {rotation.isPending ? 'Rotating the key…' : 'Rotate the encryption key'}
          </button>
        </div>
        <p className="form__status" role="status">
          {rotation.isPending ? ROTATING : ''}
        </p>
      </form>
    </>
  );
}

import { invoke } from '@renderer/api/client';
import { ROTATING, useRotateKey } from '@renderer/features/vault/keyRotation';
import { NewPassphraseFields } from '@renderer/features/vault/NewPassphraseFields';
import {
  checkNewPassphrase,
  type NewPassphraseErrors,
  type NewPassphraseValues,
} from '@renderer/features/vault/newPassphrase';
import { CheckboxField } from '@renderer/ui/CheckboxField';
import { focusField } from '@renderer/ui/fieldIds';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { CurrentPassphraseField, useCurrentPassphrase } from './CurrentPassphraseField';

const ROTATE = 'rotateWithPassphrase';
const NAMES = { passphrase: 'nextPassphrase', confirmation: 'nextPassphraseConfirmation' } as const;

/**
 * Re-wraps the database key under a new passphrase; the recovery key stays valid. Re-wrapping
 * revokes nothing (every backup carries the old key file), so when the old passphrase may be
 * known to someone, the clinician can rotate the encryption key in the same step.
 */
export function ChangePassphraseForm() {
  const [rotate, setRotate] = useState(false);
  const current = useCurrentPassphrase('currentPassphrase', rotate ? 'rotate' : 'change');
  const [values, setValues] = useState<NewPassphraseValues>({ passphrase: '', confirmation: '' });
  const [errors, setErrors] = useState<NewPassphraseErrors>({});
  const [done, setDone] = useState(false);

  function failed(error: unknown) {
    const { next } = current.fail(error);
    if (next) {
      setErrors({ passphrase: next });
      focusField(NAMES.passphrase);
    }
  }

  const change = useMutation({
    mutationFn: () => invoke('vault:changePassphrase', { current: current.value, next: values.passphrase }),
    onSuccess: () => {
      current.clear();
      setValues({ passphrase: '', confirmation: '' });
      setDone(true);
    },
    onError: failed,
  });
  // On success the vault gate takes over the window to show the new recovery key once.
  const rotation = useRotateKey(failed);
  const busy = change.isPending || rotation.isPending;

  function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    const hasCurrent = current.check();
    const found = checkNewPassphrase(values);
    if (!found.passphrase && hasCurrent && values.passphrase === current.value) {
      found.passphrase = 'Choose a passphrase different from the current one.';
    }
    setErrors(found);
    if (!hasCurrent) return;
    if (found.passphrase) focusField(NAMES.passphrase);
    else if (found.confirmation) focusField(NAMES.confirmation);
    else if (rotate) rotation.mutate({ passphrase: current.value, newPassphrase: values.passphrase });
    else change.mutate();
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <CurrentPassphraseField label="Current passphrase" busy={busy} field={current.field} />
      <NewPassphraseFields
        names={NAMES}
        values={values}
        errors={errors}
        onChange={(next) => {
          setValues(next);
          setDone(false);
        }}
        busy={busy}
      />
      <CheckboxField
        name={ROTATE}
        label="Someone may know my old passphrase — also rotate the encryption key"
        hint="Your records are encrypted again under a new key and you get a new recovery key, shown once. The old passphrase and recovery key then open nothing current, even with an old copy of the key file. Backups made before keep opening with the passphrase or recovery key current then."
        value={rotate}
        onValueChange={(checked) => {
          setRotate(checked);
          setDone(false);
        }}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy || current.waiting}>
          {rotation.isPending
            ? 'Rotating the key…'
            : change.isPending
              ? 'Changing…'
              : rotate
                ? 'Change passphrase and rotate key'
                : 'Change passphrase'}
        </button>
      </div>
      <p className="form__status" role="status">
        {rotation.isPending
          ? ROTATING
          : done
            ? 'Your passphrase has been changed. Use the new one next time you unlock. Your recovery key still works.'
            : ''}
      </p>
    </form>
  );
}

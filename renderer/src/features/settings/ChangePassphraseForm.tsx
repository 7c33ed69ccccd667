import { invoke } from '@renderer/api/client';
import { ROTATING, useRotateKey } from '@renderer/features/vault/keyRotation';
import { NewPassphraseFields } from '@renderer/features/vault/NewPassphraseFields';
import { checkNewPassphrase, type NewPassphraseValues } from '@renderer/features/vault/newPassphrase';
import { CheckboxField } from '@renderer/ui/CheckboxField';
import type { FieldErrors } from '@renderer/ui/fieldErrors';
import { useForm } from '@renderer/ui/useForm';
import { useState } from 'react';
import { CURRENT_MISSING, CurrentPassphraseField, useCurrentPassphrase } from './CurrentPassphraseField';

const NAMES = { passphrase: 'nextPassphrase', confirmation: 'nextPassphraseConfirmation' } as const;

interface ChangeValues extends NewPassphraseValues {
  current: string;
  /** Also rotate the encryption key. */
  rotate: boolean;
}

const EMPTY: ChangeValues = { current: '', passphrase: '', confirmation: '', rotate: false };

function checkChange(values: ChangeValues): FieldErrors {
  const errors = checkNewPassphrase(values);
  if (!values.current) errors.current = CURRENT_MISSING;
  else if (!errors.passphrase && values.passphrase === values.current) {
    errors.passphrase = 'Choose a passphrase different from the current one.';
  }
  return errors;
}

/**
 * Re-wraps the database key under a new passphrase; the recovery key stays valid. Re-wrapping
 * revokes nothing (every backup carries the old key file), so when the old passphrase may be
 * known to someone, the clinician can rotate the encryption key in the same step.
 */
export function ChangePassphraseForm() {
  const [done, setDone] = useState(false);
  // On success the vault gate takes over the window to show the new recovery key once.
  const rotateKey = useRotateKey();
  const current = useCurrentPassphrase('currentPassphrase');
  const form = useForm<ChangeValues, ChangeValues>({
    initial: EMPTY,
    validate: (values) => {
      current.reset();
      const errors = checkChange(values);
      return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, input: values };
    },
    save: async (values) => {
      if (values.rotate) {
        await rotateKey({ passphrase: values.current, newPassphrase: values.passphrase });
        return;
      }
      await invoke('vault:changePassphrase', { current: values.current, next: values.passphrase });
      // Changed: no passphrase is left on screen.
      form.setValues(EMPTY);
      setDone(true);
    },
    onChange: () => setDone(false),
    fields: ['current', 'passphrase', 'confirmation'],
    placeErrors: current.placeErrors,
    onFailure: current.onFailure,
    focus: 'field',
    failureMessage: 'Rekindle did not answer. Please try again.',
  });
  const rotating = form.saving && form.values.rotate;

  return (
    <form className="form" onSubmit={form.submit} noValidate>
      <CurrentPassphraseField
        label="Current passphrase"
        action={form.values.rotate ? 'rotate' : 'change'}
        busy={form.saving}
        field={form.bind('current', { name: current.name })}
        check={current}
      />
      <NewPassphraseFields fields={form.part()} names={NAMES} busy={form.saving} />
      <CheckboxField
        {...form.bind('rotate', { name: 'rotateWithPassphrase' })}
        label="Someone may know my old passphrase — also rotate the encryption key"
        hint="Your records are encrypted again under a new key and you get a new recovery key, shown once. The old passphrase and recovery key then open nothing current, even with an old copy of the key file. Backups made before keep opening with the passphrase or recovery key current then."
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={form.saving || current.waiting}>
          {rotating
            ? 'Rotating the key…'
            : form.saving
              ? 'Changing…'
              : form.values.rotate
                ? 'Change passphrase and rotate key'
                : 'Change passphrase'}
        </button>
      </div>
      <p className="form__status" role="status">
        {rotating
          ? ROTATING
          : done
            ? 'Your passphrase has been changed. Use the new one next time you unlock. Your recovery key still works.'
            : ''}
      </p>
    </form>
  );
}

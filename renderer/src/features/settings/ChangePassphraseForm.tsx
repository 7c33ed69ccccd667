import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { invoke, isApiError } from '../../api/client';
import { focusField } from '../../ui/fieldIds';
import { PassphraseField } from '../../ui/PassphraseField';
import { NewPassphraseFields } from '../vault/NewPassphraseFields';
import {
  checkNewPassphrase,
  type NewPassphraseErrors,
  type NewPassphraseValues,
} from '../vault/newPassphrase';

const CURRENT = 'currentPassphrase';
const NAMES = { passphrase: 'nextPassphrase', confirmation: 'nextPassphraseConfirmation' } as const;

/** Re-wraps the database key under a new passphrase; the recovery key stays valid. */
export function ChangePassphraseForm() {
  const [current, setCurrent] = useState('');
  const [currentError, setCurrentError] = useState<string | null>(null);
  const [values, setValues] = useState<NewPassphraseValues>({ passphrase: '', confirmation: '' });
  const [errors, setErrors] = useState<NewPassphraseErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  const change = useMutation({
    mutationFn: () => invoke('vault:changePassphrase', { current, next: values.passphrase }),
    onSuccess: () => {
      setCurrent('');
      setValues({ passphrase: '', confirmation: '' });
      setDone(true);
    },
    onError: (error) => {
      if (!isApiError(error)) {
        setFormError('The passphrase could not be changed. Nothing was changed.');
        return;
      }
      if (error.code === 'wrong_passphrase' || error.fields.current) {
        setCurrentError(error.fields.current ?? 'That passphrase is not correct.');
        focusField(CURRENT);
      } else if (error.fields.next) {
        setErrors({ passphrase: error.fields.next });
        focusField(NAMES.passphrase);
      } else {
        setFormError(error.message);
      }
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    setFormError(null);
    const missingCurrent = current ? null : 'Enter the passphrase you use now.';
    const found = checkNewPassphrase(values);
    if (!found.passphrase && current && values.passphrase === current) {
      found.passphrase = 'Choose a passphrase different from the current one.';
    }
    setCurrentError(missingCurrent);
    setErrors(found);
    if (missingCurrent) focusField(CURRENT);
    else if (found.passphrase) focusField(NAMES.passphrase);
    else if (found.confirmation) focusField(NAMES.confirmation);
    else change.mutate();
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <PassphraseField
        name={CURRENT}
        label="Current passphrase"
        value={current}
        onValueChange={setCurrent}
        error={currentError}
        autoComplete="current-password"
        busy={change.isPending}
      />
      <NewPassphraseFields
        names={NAMES}
        values={values}
        errors={errors}
        onChange={(next) => {
          setValues(next);
          setDone(false);
        }}
        busy={change.isPending}
      />
      {formError ? (
        <p className="notice notice--error" role="alert">
          {formError}
        </p>
      ) : null}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={change.isPending}>
          {change.isPending ? 'Changing…' : 'Change passphrase'}
        </button>
      </div>
      <p className="form__status" role="status">
        {done
          ? 'Your passphrase has been changed. Use the new one next time you unlock. Your recovery key still works.'
          : ''}
      </p>
    </form>
  );
}

import { PassphraseField } from '@renderer/ui/PassphraseField';
import { passphraseFeedback } from '@shared/domain/passphrase';
import { useId } from 'react';
import type { NewPassphraseErrors, NewPassphraseValues } from './newPassphrase';
import { StrengthMeter } from './StrengthMeter';

/** A new passphrase, typed twice, with the live strength meter right under the first field. */
export function NewPassphraseFields({
  names,
  labels = { passphrase: 'New passphrase', confirmation: 'Type the new passphrase again' },
  values,
  errors,
  onChange,
  busy,
}: {
  names: { passphrase: string; confirmation: string };
  labels?: { passphrase: string; confirmation: string };
  values: NewPassphraseValues;
  errors: NewPassphraseErrors;
  onChange(values: NewPassphraseValues): void;
  busy?: boolean;
}) {
  const meterId = useId();
  const feedback = passphraseFeedback(values.passphrase);
  return (
    <>
      <PassphraseField
        name={names.passphrase}
        label={labels.passphrase}
        value={values.passphrase}
        onValueChange={(passphrase) => onChange({ ...values, passphrase })}
        error={errors.passphrase}
        hint="At least 12 characters. Several unrelated words are easy to remember and hard to guess."
        autoComplete="new-password"
        busy={busy}
        describedByExtra={meterId}
        below={
          <StrengthMeter
            feedback={feedback}
            id={meterId}
            empty={values.passphrase.length === 0}
            showIssue={!errors.passphrase}
          />
        }
      />
      <PassphraseField
        name={names.confirmation}
        label={labels.confirmation}
        value={values.confirmation}
        onValueChange={(confirmation) => onChange({ ...values, confirmation })}
        error={errors.confirmation}
        autoComplete="new-password"
        busy={busy}
      />
    </>
  );
}

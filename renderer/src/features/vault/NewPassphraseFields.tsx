import type { FieldBinder } from '@renderer/ui/formController';
import { PassphraseField } from '@renderer/ui/PassphraseField';
import { passphraseFeedback } from '@shared/domain/passphrase';
import { useId } from 'react';
import type { NewPassphraseValues } from './newPassphrase';
import { StrengthMeter } from './StrengthMeter';

/** A new passphrase, typed twice, with the live strength meter right under the first field. */
export function NewPassphraseFields({
  fields,
  names,
  labels = { passphrase: 'New passphrase', confirmation: 'Type the new passphrase again' },
  busy,
}: {
  /** The form's `passphrase` and `confirmation` (`form.part()`). */
  fields: FieldBinder<NewPassphraseValues>;
  /** The elements' names: one screen can ask for more than one passphrase. */
  names: { passphrase: string; confirmation: string };
  labels?: { passphrase: string; confirmation: string };
  busy?: boolean;
}) {
  const meterId = useId();
  const passphrase = fields.bind('passphrase', { name: names.passphrase });
  const feedback = passphraseFeedback(passphrase.value);
  return (
    <>
      <PassphraseField
        {...passphrase}
        label={labels.passphrase}
        hint="At least 12 characters. Several unrelated words are easy to remember and hard to guess."
        autoComplete="new-password"
        busy={busy}
        describedByExtra={meterId}
        below={
          <StrengthMeter
            feedback={feedback}
            id={meterId}
            empty={passphrase.value.length === 0}
            showIssue={!passphrase.error}
          />
        }
      />
      <PassphraseField
        {...fields.bind('confirmation', { name: names.confirmation })}
        label={labels.confirmation}
        autoComplete="new-password"
        busy={busy}
      />
    </>
  );
}

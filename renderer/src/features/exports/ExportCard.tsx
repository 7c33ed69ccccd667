import { errorMessage, invoke, isApiError } from '@renderer/api/client';
import { couplesListQuery } from '@renderer/features/couples/queries';
import { NewPassphraseFields } from '@renderer/features/vault/NewPassphraseFields';
import {
  checkNewPassphrase,
  type NewPassphraseErrors,
  type NewPassphraseValues,
} from '@renderer/features/vault/newPassphrase';
import { CheckboxField } from '@renderer/ui/CheckboxField';
import { focusField } from '@renderer/ui/fieldIds';
import { RadioGroupField } from '@renderer/ui/RadioGroupField';
import { SelectField } from '@renderer/ui/SelectField';
import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { CountsList } from './CountsList';
import { ExportProgress } from './ExportProgress';
import { formatBytes } from './formatBytes';

const NAMES = { passphrase: 'exportPassphrase', confirmation: 'exportPassphraseConfirmation' } as const;
const ALL_COUPLES = { query: '', status: 'all' } as const;

type Scope = 'practice' | 'couple';

/** Chooses what to export and the archive's passphrase, then asks where to save it. */
export function ExportCard() {
  const couples = useQuery(couplesListQuery(ALL_COUPLES));
  const [scope, setScope] = useState<Scope>('practice');
  const [coupleId, setCoupleId] = useState('');
  const [coupleError, setCoupleError] = useState<string | null>(null);
  const [includeProcessNotes, setIncludeProcessNotes] = useState(false);
  const [values, setValues] = useState<NewPassphraseValues>({ passphrase: '', confirmation: '' });
  const [errors, setErrors] = useState<NewPassphraseErrors>({});

  const create = useMutation({
    mutationFn: () =>
      invoke('exports:create', {
        scope: scope === 'couple' ? { kind: 'couple', coupleId } : { kind: 'practice' },
        includeProcessNotes,
        passphrase: values.passphrase,
      }),
    onSuccess: (result) => {
      // Saved: the passphrase has done its job here and is not kept on screen.
      if (result.saved) setValues({ passphrase: '', confirmation: '' });
    },
    onError: (error) => {
      if (isApiError(error) && error.fields.passphrase) {
        setErrors({ passphrase: error.fields.passphrase });
        focusField(NAMES.passphrase);
      }
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    create.reset();
    const found = checkNewPassphrase(values);
    const missingCouple = scope === 'couple' && !coupleId ? 'Choose the couple to export.' : null;
    setErrors(found);
    setCoupleError(missingCouple);
    if (missingCouple) focusField('exportCouple');
    else if (found.passphrase) focusField(NAMES.passphrase);
    else if (found.confirmation) focusField(NAMES.confirmation);
    else create.mutate();
  }

  const items = couples.data?.items ?? [];
  const result = create.data;
  const failure = create.isError && !(isApiError(create.error) && create.error.fields.passphrase);
  return (
    <section className="card" aria-labelledby="export-heading" aria-busy={create.isPending}>
      <h2 id="export-heading" className="card__title">
        Export
      </h2>
      <form className="form" onSubmit={submit} noValidate>
        <RadioGroupField
          name="exportScope"
          legend="What to export"
          value={scope}
          onValueChange={(next) => {
            setScope(next);
            setCoupleError(null);
          }}
          options={[
            {
              value: 'practice',
              label: 'The whole practice',
              hint: 'Every couple and your own library exercises',
            },
            { value: 'couple', label: 'One couple', hint: 'Only that couple’s records' },
          ]}
        />
        {scope === 'couple' ? (
          couples.isPending ? (
            <p className="field__hint">Loading couples…</p>
          ) : couples.isError ? (
            <p className="notice notice--error" role="alert">
              The couples could not be loaded: {errorMessage(couples.error)}
            </p>
          ) : items.length === 0 ? (
            <p className="notice notice--info">There are no couples yet, so there is no couple to export.</p>
          ) : (
            <SelectField
              name="exportCouple"
              label="Couple"
              value={coupleId}
              onValueChange={(next) => {
                setCoupleId(next);
                setCoupleError(null);
              }}
              error={coupleError}
              options={[
                { value: '', label: 'Choose a couple' },
                ...items.map((couple) => ({ value: couple.id, label: couple.displayName })),
              ]}
            />
          )
        ) : null}
        <CheckboxField
          name="exportProcessNotes"
          label="Include process notes"
          value={includeProcessNotes}
          onValueChange={setIncludeProcessNotes}
          hint="Psychotherapy process notes are kept apart from the record and left out unless you tick this."
        />
        <NewPassphraseFields
          names={NAMES}
          labels={{ passphrase: 'Passphrase for this export', confirmation: 'Type the passphrase again' }}
          values={values}
          errors={errors}
          onChange={(next) => {
            setValues(next);
            setErrors({});
          }}
          busy={create.isPending}
        />
        <p className="field__hint">
          Choose a passphrase different from your vault’s and give it to whoever will import the file by
          another route than the file itself. Without it the export cannot be opened, by anyone.
        </p>
        {failure ? (
          <div className="notice notice--error" role="alert">
            <p className="notice__title">The export was not saved</p>
            <p>{errorMessage(create.error)}</p>
          </div>
        ) : null}
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={create.isPending}>
            {create.isPending ? <span className="spinner" aria-hidden="true" /> : null}
            {create.isPending ? 'Exporting…' : 'Export…'}
          </button>
          <p className="form__status" role="status">
            {create.isPending
              ? 'Preparing the export and its PDFs. This can take a little while for a large practice.'
              : result && !result.saved
                ? 'Not saved: no file was chosen.'
                : ''}
          </p>
        </div>
        {create.isPending ? <ExportProgress /> : null}
      </form>
      {result?.saved ? (
        <div className="notice notice--success portability__result" role="status">
          <p className="notice__title">Export saved</p>
          <CountsList
            counts={result.counts}
            extra={[
              ['File', result.fileName ?? ''],
              ['Size', formatBytes(result.bytes)],
              ['Signed notes as PDFs', result.documents.toLocaleString()],
            ]}
          />
        </div>
      ) : null}
    </section>
  );
}

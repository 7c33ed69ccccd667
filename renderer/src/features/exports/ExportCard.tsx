import { errorMessage, invoke, isApiError } from '@renderer/api/client';
import { couplesListQuery } from '@renderer/features/couples/queries';
import { NewPassphraseFields } from '@renderer/features/vault/NewPassphraseFields';
import { checkNewPassphrase, type NewPassphraseValues } from '@renderer/features/vault/newPassphrase';
import { CheckboxField } from '@renderer/ui/CheckboxField';
import { RadioGroupField } from '@renderer/ui/RadioGroupField';
import { SelectField } from '@renderer/ui/SelectField';
import { QueryView } from '@renderer/ui/states';
import { useForm } from '@renderer/ui/useForm';
import type { Output } from '@shared/contract';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { CountsList } from './CountsList';
import { ExportProgress } from './ExportProgress';
import { formatBytes } from './formatBytes';

const NAMES = { passphrase: 'exportPassphrase', confirmation: 'exportPassphraseConfirmation' } as const;
const ALL_COUPLES = { query: '', status: 'all' } as const;

interface ExportValues extends NewPassphraseValues {
  scope: 'practice' | 'couple';
  coupleId: string;
  includeProcessNotes: boolean;
}

/** Chooses what to export and the archive's passphrase, then asks where to save it. */
export function ExportCard() {
  const couples = useQuery(couplesListQuery(ALL_COUPLES));
  const [result, setResult] = useState<Output<'exports:create'> | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<ExportValues, ExportValues>({
    initial: {
      scope: 'practice',
      coupleId: '',
      includeProcessNotes: false,
      passphrase: '',
      confirmation: '',
    },
    validate: (values) => {
      setResult(null);
      setFailure(null);
      const errors = checkNewPassphrase(values);
      if (values.scope === 'couple' && !values.coupleId) errors.coupleId = 'Choose the couple to export.';
      return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, input: values };
    },
    save: async (values) => {
      const created = await invoke('exports:create', {
        scope:
          values.scope === 'couple' ? { kind: 'couple', coupleId: values.coupleId } : { kind: 'practice' },
        includeProcessNotes: values.includeProcessNotes,
        passphrase: values.passphrase,
      });
      setResult(created);
      // Saved: the passphrase has done its job here and is not kept on screen.
      if (created.saved) form.setValues((current) => ({ ...current, passphrase: '', confirmation: '' }));
    },
    fields: ['coupleId', 'passphrase', 'confirmation'],
    // A refused passphrase shows at its field; any other failure in the notice above the button.
    onFailure: (error) => {
      if (isApiError(error) && error.fields.passphrase) return false;
      setFailure(errorMessage(error));
      return true;
    },
    focus: 'field',
    failureMessage: 'The export was not saved.',
  });
  const { values } = form;

  return (
    <section className="card" aria-labelledby="export-heading" aria-busy={form.saving}>
      <h2 id="export-heading" className="card__title">
        Export
      </h2>
      <form className="form" onSubmit={form.submit} noValidate>
        <RadioGroupField
          {...form.bind('scope', { name: 'exportScope', clears: ['coupleId'] })}
          legend="What to export"
          options={[
            {
              value: 'practice',
              label: 'The whole practice',
              hint: 'Every couple and your own library exercises',
            },
            { value: 'couple', label: 'One couple', hint: 'Only that couple’s records' },
          ]}
        />
        {values.scope === 'couple' ? (
          <QueryView
            query={couples}
            loading="Loading couples…"
            errorTitle="The couples could not be loaded"
            inline
          >
            {({ items }) =>
              items.length === 0 ? (
                <p className="notice notice--info">
                  There are no couples yet, so there is no couple to export.
                </p>
              ) : (
                <SelectField
                  {...form.bind('coupleId', { name: 'exportCouple' })}
                  label="Couple"
                  options={[
                    { value: '', label: 'Choose a couple' },
                    ...items.map((couple) => ({ value: couple.id, label: couple.displayName })),
                  ]}
                />
              )
            }
          </QueryView>
        ) : null}
        <CheckboxField
          {...form.bind('includeProcessNotes', { name: 'exportProcessNotes' })}
          label="Include process notes"
          hint="Psychotherapy process notes are kept apart from the record and left out unless you tick this."
        />
        <NewPassphraseFields
          fields={form.part()}
          names={NAMES}
          labels={{ passphrase: 'Passphrase for this export', confirmation: 'Type the passphrase again' }}
          busy={form.saving}
        />
        <p className="field__hint">
          Choose a passphrase different from your vault’s and give it to whoever will import the file by
          another route than the file itself. Without it the export cannot be opened, by anyone.
        </p>
        {failure ? (
          <div className="notice notice--error" role="alert">
            <p className="notice__title">The export was not saved</p>
            <p>{failure}</p>
          </div>
        ) : null}
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={form.saving}>
            {form.saving ? <span className="spinner" aria-hidden="true" /> : null}
            {form.saving ? 'Exporting…' : 'Export…'}
          </button>
          <p className="form__status" role="status">
            {form.saving
              ? 'Preparing the export and its PDFs. This can take a little while for a large practice.'
              : result && !result.saved
                ? 'Not saved: no file was chosen.'
                : ''}
          </p>
        </div>
        {form.saving ? <ExportProgress /> : null}
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

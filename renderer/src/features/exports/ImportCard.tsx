import { errorMessage, invoke, isApiError } from '@renderer/api/client';
import { focusField } from '@renderer/ui/fieldIds';
import { PassphraseField } from '@renderer/ui/PassphraseField';
import { QueryView } from '@renderer/ui/states';
import { useForm } from '@renderer/ui/useForm';
import type { ExportCounts, ImportPreview } from '@shared/contract/exports';
import { formatInstant } from '@shared/domain/dates';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { CountsList } from './CountsList';
import { importStatusQuery } from './queries';

const PASSPHRASE = 'importPassphrase';

/** Import is only for an empty practice; otherwise this card says so and offers nothing to click. */
export function ImportCard() {
  const status = useQuery(importStatusQuery);
  // Kept here: once imported the practice is no longer empty, and the steps below give way.
  const [imported, setImported] = useState<ExportCounts | null>(null);
  return (
    <section className="card" aria-labelledby="import-heading">
      <h2 id="import-heading" className="card__title">
        Import
      </h2>
      <p className="card__intro">
        Brings an export into this practice, keeping every record as it was: signed notes stay signed. Import
        works only into an empty practice (no couples yet), such as a newly set-up Rekindle on another
        computer, so nothing here can be overwritten or mixed up.
      </p>
      {imported ? (
        <div className="notice notice--success portability__result" role="status">
          <p className="notice__title">Import complete</p>
          <p>Everything in the export is now in this practice.</p>
          <CountsList counts={imported} />
        </div>
      ) : (
        <QueryView
          query={status}
          loading="Checking this practice…"
          errorTitle="This practice could not be checked"
        >
          {(practice) =>
            practice.empty ? (
              <ImportSteps onImported={setImported} />
            ) : (
              <div className="notice notice--info" role="status">
                <p className="notice__title">Import is not available here</p>
                <p>
                  This practice already has {practice.couples} {practice.couples === 1 ? 'couple' : 'couples'}
                  . To import an export, set up Rekindle with new records (for example on the new computer)
                  and import there before adding anyone.
                </p>
              </div>
            )
          }
        </QueryView>
      )}
    </section>
  );
}

interface Chosen {
  importId: string;
  fileName: string;
}

function ImportSteps({ onImported }: { onImported(counts: ExportCounts): void }) {
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [openFailure, setOpenFailure] = useState<string | null>(null);
  const [notice, setNotice] = useState('');

  const open = useForm<{ passphrase: string }, string>({
    initial: { passphrase: '' },
    validate: ({ passphrase }) => {
      setOpenFailure(null);
      return passphrase
        ? { ok: true, input: passphrase }
        : { ok: false, errors: { passphrase: 'Enter the passphrase chosen when the export was made.' } };
    },
    save: async (passphrase) => {
      if (!chosen) return;
      setPreview(await invoke('exports:preview', { importId: chosen.importId, passphrase }));
      open.setValues({ passphrase: '' });
    },
    // A wrong passphrase is said at the field; anything else in the notice under it.
    formErrorAt: 'passphrase',
    onFailure: (error) => {
      if (isApiError(error) && (error.code === 'wrong_passphrase' || error.fields.passphrase)) return false;
      setOpenFailure(errorMessage(error));
      return true;
    },
    focus: 'field',
    failureMessage: 'The export could not be opened.',
  });

  const choose = useMutation({
    mutationFn: () => invoke('exports:chooseImport', {}),
    onMutate: () => setNotice(''),
    onSuccess: (result) => {
      if (result.importId === null || result.fileName === null) {
        setNotice('No file was chosen.');
        return;
      }
      setChosen({ importId: result.importId, fileName: result.fileName });
      setPreview(null);
      open.clearErrors('passphrase');
    },
  });
  const chosenId = chosen?.importId;
  // Once a file is chosen its passphrase field appears: that is where the clinician types next.
  useEffect(() => {
    if (chosenId) focusField(PASSPHRASE);
  }, [chosenId]);

  const run = useMutation({
    mutationFn: (importId: string) => invoke('exports:import', { importId }),
    onSuccess: (result) => {
      onImported(result.counts);
      // Every list and count in the app is now different.
      void queryClient.invalidateQueries();
    },
  });

  const chooseButton = (
    <button
      type="button"
      className={`button ${chosen ? 'button--secondary' : 'button--primary'}`}
      onClick={() => choose.mutate()}
      disabled={choose.isPending || open.saving || run.isPending}
    >
      {choose.isPending ? 'Choosing…' : chosen ? 'Choose another file…' : 'Choose export file…'}
    </button>
  );
  const chooseFeedback = (
    <>
      <p className="form__status" role="status">
        {notice}
      </p>
      {choose.isError ? (
        <div className="notice notice--error" role="alert">
          <p className="notice__title">No file was chosen</p>
          <p>{errorMessage(choose.error)}</p>
        </div>
      ) : null}
    </>
  );

  if (!chosen) {
    return (
      <>
        <div className="form__actions">{chooseButton}</div>
        {chooseFeedback}
      </>
    );
  }

  if (!preview) {
    return (
      <form className="form" onSubmit={open.submit} noValidate>
        <p>
          File: <span className="portability__file">{chosen.fileName}</span>
        </p>
        <PassphraseField
          {...open.bind('passphrase', { name: PASSPHRASE })}
          label="Passphrase of the export"
          hint="The passphrase chosen when the export was made (not the passphrase of these records)."
          autoComplete="current-password"
          busy={open.saving}
        />
        {openFailure ? (
          <div className="notice notice--error" role="alert">
            <p className="notice__title">The export could not be opened</p>
            <p>{openFailure}</p>
          </div>
        ) : null}
        <div className="form__actions">
          {chooseButton}
          <button type="submit" className="button button--primary" disabled={open.saving}>
            {open.saving ? <span className="spinner" aria-hidden="true" /> : null}
            {open.saving ? 'Opening…' : 'Open export'}
          </button>
        </div>
        {chooseFeedback}
      </form>
    );
  }

  return (
    <div className="portability__preview">
      <h3>What this export holds</h3>
      <CountsList
        counts={preview.counts}
        omit={preview.includesProcessNotes ? [] : ['process_notes']}
        extra={[
          ['File', preview.fileName],
          ['Exported', formatInstant(preview.exportedAt)],
          [
            'Scope',
            preview.scope === 'practice' ? 'The whole practice' : `One couple: ${preview.coupleName ?? ''}`,
          ],
          ['Newest record', preview.newestRecordAt ? formatInstant(preview.newestRecordAt) : 'None'],
          [
            'Includes process notes',
            preview.includesProcessNotes ? 'Yes' : 'No (left out when it was exported)',
          ],
          ['Signed notes as PDFs', preview.documents.toLocaleString()],
        ]}
      />
      {run.isError ? (
        <div className="notice notice--error" role="alert">
          <p className="notice__title">Nothing was imported</p>
          <p>{errorMessage(run.error)}</p>
        </div>
      ) : null}
      <div className="form__actions">
        {chooseButton}
        <button
          type="button"
          className="button button--primary"
          onClick={() => run.mutate(chosen.importId)}
          disabled={run.isPending}
        >
          {run.isPending ? <span className="spinner" aria-hidden="true" /> : null}
          {run.isPending ? 'Importing…' : 'Import into this practice'}
        </button>
      </div>
      {chooseFeedback}
    </div>
  );
}

import { UNEXPECTED_FAILURE } from '@renderer/api/client';
import { EmptyState, QueryView } from '@renderer/ui/states';
import { TextAreaField } from '@renderer/ui/TextAreaField';
import { useForm } from '@renderer/ui/useForm';
import { formatInstant } from '@shared/domain/dates';
import { useQuery } from '@tanstack/react-query';
import { processNotesQuery, useSaveProcessNote } from './queries';

/**
 * Psychotherapy process notes: the clinician's own working notes, kept apart from the
 * record, out of search unless asked for, and out of reports and exports by default.
 */
export function ProcessNotesTab({ coupleId }: { coupleId: string }) {
  const list = useQuery(processNotesQuery(coupleId));
  const save = useSaveProcessNote(coupleId);
  const form = useForm<{ body: string }, { body: string }>({
    initial: { body: '' },
    validate: ({ body }) =>
      body.trim() ? { ok: true, input: { body } } : { ok: false, errors: { body: 'Write the process note' } },
    save: async (input) => {
      await save.mutateAsync(input);
      form.setValues({ body: '' });
    },
    namePrefix: 'processNote.',
    // One field: whatever stops the save is said there.
    formErrorAt: 'body',
    focus: 'none',
    failureMessage: UNEXPECTED_FAILURE,
  });

  return (
    <div className="tab-panel__stack process-notes">
      <div className="banner banner--process" role="note">
        <p className="banner__title">Psychotherapy process notes — kept apart from the record</p>
        <p>
          These notes are stored separately from progress notes. They are left out of search unless you ask
          for them, and out of reports and exports.
        </p>
      </div>
      <form className="form panel" onSubmit={form.submit} noValidate>
        <TextAreaField {...form.bind('body')} label="New process note" rows={4} />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={form.saving}>
            {form.saving ? 'Saving…' : 'Save process note'}
          </button>
        </div>
      </form>
      <QueryView
        query={list}
        loading="Loading process notes…"
        errorTitle="The process notes could not be loaded"
      >
        {({ items }) =>
          items.length === 0 ? (
            <EmptyState title="No process notes">
              <p>Process notes you write appear here, newest first.</p>
            </EmptyState>
          ) : (
            <ul className="record-list">
              {[...items]
                .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
                .map((note) => (
                  <li key={note.id} className="record-list__item record-list__item--note">
                    <span className="record-list__meta">
                      <span className="badge badge--process">Process note</span>{' '}
                      {formatInstant(note.updatedAt)}
                    </span>
                    <p className="process-notes__body">{note.body}</p>
                  </li>
                ))}
            </ul>
          )
        }
      </QueryView>
    </div>
  );
}

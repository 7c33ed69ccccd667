import type { Note } from '../../../../shared/contract/notes';
import { noteSections, type UseSinceLastSession } from '../../../../shared/domain/notes';
import { formatInstant } from '../record/labels';
import { PrintDocumentButton } from '../reports/PrintDocumentButton';
import { AddendumForm } from './AddendumForm';
import { HashStatus } from './HashStatus';

const USE_WORDS: Record<UseSinceLastSession, string> = { no: 'no', yes: 'yes', unknown: 'not known' };

/** A signed note, read-only: there is no control that edits it. Corrections are addenda. */
export function SignedNoteView({
  note,
  partnerNames,
}: {
  note: Note;
  partnerNames: { A: string; B: string };
}) {
  const { content } = note;
  return (
    <section className="note-signed" aria-labelledby="note-heading">
      <div className="note-editor__header">
        <h2 id="note-heading" className="note-editor__title">
          Progress note ({content.format}) <span className="badge badge--note-signed">Signed</span>
        </h2>
        <PrintDocumentButton request={{ kind: 'note', noteId: note.id }} label="Print note" />
      </div>
      <HashStatus valid={note.hashValid} subject="note" />
      <p className="note-signed__signature">
        Signed by <strong>{note.signedBy}</strong>
        {note.signedAt ? ` on ${formatInstant(note.signedAt)}` : ''}
      </p>
      {note.attestation ? <p className="note-signed__attestation">“{note.attestation}”</p> : null}
      <dl className="note-sections">
        {noteSections[content.format].map((section) => (
          <div key={section.id} className="note-sections__item">
            <dt>{section.label}</dt>
            <dd>
              {content.sections[section.id]?.trim() ? (
                content.sections[section.id]
              ) : (
                <span className="muted">Nothing written</span>
              )}
            </dd>
          </div>
        ))}
        <div className="note-sections__item">
          <dt>Interventions used</dt>
          <dd>
            {content.interventions.length > 0 ? (
              content.interventions.join('; ')
            ) : (
              <span className="muted">None recorded</span>
            )}
          </dd>
        </div>
        <div className="note-sections__item">
          <dt>Homework assigned</dt>
          <dd>{content.homework ?? <span className="muted">None</span>}</dd>
        </div>
        <div className="note-sections__item">
          <dt>Risk review</dt>
          <dd>
            Use since last session: partner A ({partnerNames.A}):{' '}
            {USE_WORDS[content.risk.useSinceLastSession.A]}; partner B ({partnerNames.B}):{' '}
            {USE_WORDS[content.risk.useSinceLastSession.B]}. Safety concerns:{' '}
            {content.risk.safetyConcerns ? 'yes' : 'no'}. Suicidal thoughts:{' '}
            {content.risk.suicidalThoughts ? 'yes' : 'no'}.
            {content.risk.details ? ` ${content.risk.details}` : ''}
          </dd>
        </div>
      </dl>
      <section className="addenda" aria-labelledby="addenda-heading">
        <h3 id="addenda-heading">Addenda</h3>
        {note.addenda.length === 0 ? (
          <p className="muted">No addenda.</p>
        ) : (
          <ol className="addenda__list">
            {note.addenda.map((addendum) => (
              <li key={addendum.id} className="addendum">
                <p className="addendum__meta">
                  Added by <strong>{addendum.signedBy}</strong> on {formatInstant(addendum.createdAt)}
                </p>
                <HashStatus valid={addendum.hashValid} subject="addendum" />
                <p className="addendum__body">{addendum.body}</p>
              </li>
            ))}
          </ol>
        )}
        <AddendumForm noteId={note.id} defaultSigner={note.signedBy ?? ''} />
      </section>
    </section>
  );
}

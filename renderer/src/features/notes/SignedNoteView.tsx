import { planVersionQuery } from '@renderer/features/plans/queries';
import { PrintDocumentButton } from '@renderer/features/reports/PrintDocumentButton';
import { PrintForRecipient } from '@renderer/features/reports/PrintForRecipient';
import type { Note } from '@shared/contract/notes';
import { formatInstant } from '@shared/domain/dates';
import {
  interventionsUsed,
  noteSections,
  objectiveStatusLabels,
  type UseSinceLastSession,
} from '@shared/domain/notes';
import { resolveNoteLinks } from '@shared/domain/plan';
import { riskDisclosures } from '@shared/domain/reports/handouts';
import { joinAnd } from '@shared/domain/workspace/words';
import { useQueries } from '@tanstack/react-query';
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
  const { fromPlan, written } = interventionsUsed(content);
  const planVersion = useLinkedPlanVersions(note);
  const disclosed = riskDisclosures(content.risk);
  return (
    <section className="note-signed" aria-labelledby="note-heading">
      <div className="note-editor__header">
        <h2 id="note-heading" className="note-editor__title">
          Progress note ({content.format}) <span className="badge badge--note-signed">Signed</span>
        </h2>
        <div className="note-signed__print">
          <PrintDocumentButton request={{ kind: 'note', noteId: note.id }} label="Print note" />
          <PrintDocumentButton
            request={{ kind: 'note', noteId: note.id, forCouple: true }}
            label="Print copy for the couple"
          />
        </div>
      </div>
      <PrintForRecipient
        coupleId={note.coupleId}
        request={{ kind: 'note', noteId: note.id }}
        what="note"
        partnerNames={partnerNames}
      />
      {disclosed.length > 0 ? (
        <p className="notice notice--warning note-signed__risk">
          The risk review records {joinAnd(disclosed)}. Give the couple the copy for the couple, which leaves
          the risk review out; the full note stays in the record.
        </p>
      ) : null}
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
        {content.progress.length > 0 ? (
          <div className="note-sections__item">
            <dt>Progress toward the plan</dt>
            <dd>
              <ul className="note-progress-read">
                {content.progress.map((entry, index) => (
                  <li key={entry.objectiveKey}>
                    <strong className="note-progress__objective">{entry.objective}</strong>:{' '}
                    {objectiveStatusLabels[entry.status]}
                    {planVersion.progress[index] ? (
                      <span className="muted"> (plan version {planVersion.progress[index]})</span>
                    ) : null}
                    {entry.sentence ? <>. {entry.sentence}</> : null}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
        <div className="note-sections__item">
          <dt>Interventions used</dt>
          <dd>
            {fromPlan.length === 0 && written.length === 0 ? (
              <span className="muted">None recorded</span>
            ) : null}
            {fromPlan.length > 0 ? <>From the treatment plan: {fromPlan.join('; ')}</> : null}
            {fromPlan.length > 0 && written.length > 0 ? <br /> : null}
            {written.length > 0 ? (
              <>
                {fromPlan.length > 0 ? 'Also used: ' : ''}
                {written.join('; ')}
              </>
            ) : null}
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

/**
 * The plan version number each progress entry links to, once the versions it names are
 * loaded (null until then, or when a link does not resolve). The wording shown is always the
 * note's own: it is what was signed.
 */
function useLinkedPlanVersions(note: Note): { progress: (number | null)[] } {
  const ids = [...new Set(note.content.progress.map((entry) => entry.planVersionId))];
  const versions = useQueries({ queries: ids.map((id) => planVersionQuery(id)) });
  const loaded = versions.flatMap((query) => (query.data ? [query.data] : []));
  const resolved = resolveNoteLinks(
    { progress: note.content.progress, planInterventions: [] },
    note.coupleId,
    loaded,
  );
  return { progress: resolved.progress.map((entry) => entry.planVersion) };
}

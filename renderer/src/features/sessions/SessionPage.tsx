import { errorMessage } from '@renderer/api/client';
import { coupleQuery } from '@renderer/features/couples/queries';
import { NoteEditor } from '@renderer/features/notes/NoteEditor';
import { noteQuery } from '@renderer/features/notes/queries';
import { SignedNoteView } from '@renderer/features/notes/SignedNoteView';
import { PageHeading } from '@renderer/ui/PageHeading';
import { SafetyFlagBadge } from '@renderer/ui/SafetyFlagBadge';
import { allQueries, ErrorState, LoadingState, notFoundOr, QueryView } from '@renderer/ui/states';
import type { Couple } from '@shared/contract/couples';
import { cancelledByLabels, type Session } from '@shared/contract/sessions';
import { ratingAreaLabels, ratingAreas } from '@shared/domain/assessment';
import { isLateCancellation } from '@shared/domain/attendance';
import { partnerFullName } from '@shared/domain/couple';
import { toIsoDate } from '@shared/domain/dates';
import { futureNoteRefusal } from '@shared/domain/session-date';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useParams } from 'react-router';
import { attendanceLabels, outcomeLabels, placeLabels, sessionTitle } from './labels';
import { sessionQuery } from './queries';
import { SessionMeasures } from './SessionMeasures';

function useFlash(): string | null {
  const state: unknown = useLocation().state;
  return state && typeof state === 'object' && 'flash' in state && typeof state.flash === 'string'
    ? state.flash
    : null;
}

function SessionFacts({ session, couple }: { session: Session; couple: Couple }) {
  const names = { A: partnerFullName(couple.partnerA), B: partnerFullName(couple.partnerB) };
  return (
    <>
      <dl className="details details--summary">
        <div className="details__row">
          <dt>Duration</dt>
          <dd>{session.durationMinutes} minutes</dd>
        </div>
        <div className="details__row">
          <dt>Place</dt>
          <dd>{placeLabels[session.place]}</dd>
        </div>
        <div className="details__row">
          <dt>Outcome</dt>
          <dd>
            {outcomeLabels[session.outcome]}
            {session.outcomeReason ? `: ${session.outcomeReason}` : ''}
          </dd>
        </div>
        {session.cancelledBy ? (
          <div className="details__row">
            <dt>Canceled by</dt>
            <dd>
              {cancelledByLabels[session.cancelledBy]}
              {session.noticeHours === null ? '' : `, ${session.noticeHours} hours’ notice`}
              {isLateCancellation(session) ? ' (late: counts as missed)' : ''}
            </dd>
          </div>
        ) : null}
        {(['A', 'B'] as const).map((position) => (
          <div key={position} className="details__row">
            <dt>
              Partner {position}: {names[position]}
            </dt>
            <dd>{attendanceLabels[session.attendance[position]]}</dd>
          </div>
        ))}
      </dl>
      {session.checkIn.A || session.checkIn.B ? (
        <div className="table-wrap checkin-table">
          <table className="table">
            <caption className="table__caption">Check-in ratings (0–10)</caption>
            <thead>
              <tr>
                <th scope="col">Area</th>
                <th scope="col">Partner A</th>
                <th scope="col">Partner B</th>
              </tr>
            </thead>
            <tbody>
              {ratingAreas.map((area) => (
                <tr key={area}>
                  <th scope="row">{ratingAreaLabels[area]}</th>
                  <td>{session.checkIn.A?.[area] ?? '—'}</td>
                  <td>{session.checkIn.B?.[area] ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}

function NoteArea({ session, couple }: { session: Session; couple: Couple }) {
  const note = useQuery({ ...noteQuery(session.noteId ?? ''), enabled: session.noteId !== null });
  const names = { A: partnerFullName(couple.partnerA), B: partnerFullName(couple.partnerB) };
  if (session.noteId === null) {
    // The core refuses a note for a session that has not taken place; say so instead of an editor.
    const notYet = futureNoteRefusal(session, toIsoDate(new Date()));
    if (notYet) return <p className="notice notice--info">{notYet}</p>;
    return <NoteEditor key={session.id} sessionId={session.id} note={null} partnerNames={names} />;
  }
  // Not QueryView: the editor must stay the element this component returns, as it is above
  // before the first save, or the first autosave (which gives the session its note) would mount
  // a new editor and lose its "Saved at" status and focus.
  if (note.isPending) return <LoadingState label="Loading the note…" />;
  if (note.isError)
    return (
      <ErrorState
        title="The note could not be opened"
        message={errorMessage(note.error)}
        onRetry={() => void note.refetch()}
      />
    );
  if (note.data.status === 'signed') return <SignedNoteView note={note.data} partnerNames={names} />;
  return <NoteEditor key={session.id} sessionId={session.id} note={note.data} partnerNames={names} />;
}

/** One session: its facts, and its progress note (editor while a draft, read-only once signed). */
export function SessionPage() {
  const { id = '' } = useParams();
  const flash = useFlash();
  const session = useQuery(sessionQuery(id));
  const coupleId = session.data?.coupleId ?? '';
  const couple = useQuery({ ...coupleQuery(coupleId), enabled: coupleId !== '' });

  return (
    <div className="page">
      <p className="back-link">
        <Link to={coupleId ? `/couples/${coupleId}?tab=sessions` : '/couples'}>
          <span aria-hidden="true">← </span>
          {couple.data ? couple.data.displayName : 'Back'}
        </Link>
      </p>
      <div className="page-header">
        <div className="page-header__title">
          <PageHeading>{session.data ? sessionTitle(session.data) : 'Session'}</PageHeading>
          {couple.data ? <SafetyFlagBadge count={couple.data.openSafetyFlags} /> : null}
        </div>
        {/* Once the note is signed the session's facts are part of the signed record. */}
        {session.data && session.data.noteStatus !== 'signed' ? (
          <div className="page-header__actions">
            {session.data.outcome === 'booked' || session.data.outcome === 'held' ? (
              <Link to={`/sessions/${id}/workspace`} className="button button--primary">
                Open workspace
              </Link>
            ) : null}
            <Link to={`/sessions/${id}/edit`} className="button button--secondary">
              {session.data.outcome === 'booked' ? 'Record the outcome' : 'Edit session details'}
            </Link>
          </div>
        ) : null}
      </div>
      <QueryView
        query={allQueries([session, couple])}
        loading="Loading the session…"
        errorTitle={notFoundOr('This session was not found', 'This session could not be opened')}
      >
        {([sessionData, coupleData]) => (
          <>
            {flash ? (
              <p className="notice notice--success" role="status">
                {flash}
              </p>
            ) : null}
            <SessionFacts session={sessionData} couple={coupleData} />
            <SessionMeasures session={sessionData} />
            <NoteArea session={sessionData} couple={coupleData} />
          </>
        )}
      </QueryView>
    </div>
  );
}

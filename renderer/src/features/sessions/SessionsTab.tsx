import { today } from '@renderer/features/couples/format';
import { EmptyState, QueryView } from '@renderer/ui/states';
import { cancelledByLabels, type Session } from '@shared/contract/sessions';
import { isLateCancellation } from '@shared/domain/attendance';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation } from 'react-router';
import { BookingWarnings } from './BookingWarnings';
import { attendanceLabels, noteStatusLabel, outcomeLabels, placeLabels, sessionTitle } from './labels';
import { sessionsListQuery } from './queries';

/** Clash warnings handed over by the booking form, shown once where the bookings are listed. */
function useBookingWarnings(): string[] {
  const state: unknown = useLocation().state;
  if (
    state &&
    typeof state === 'object' &&
    'bookingWarnings' in state &&
    Array.isArray(state.bookingWarnings)
  ) {
    return state.bookingWarnings.filter((w): w is string => typeof w === 'string');
  }
  return [];
}

const byTime = (a: Session, b: Session) =>
  `${a.date} ${a.startTime ?? ''}`.localeCompare(`${b.date} ${b.startTime ?? ''}`);

function outcomeDetail(session: Session): string {
  if (session.outcome === 'held') return '';
  if (session.outcome !== 'cancelled' || !session.cancelledBy) return ` · ${outcomeLabels[session.outcome]}`;
  const notice = session.noticeHours === null ? '' : `, ${session.noticeHours} h notice`;
  const late = isLateCancellation(session) ? ' (late)' : '';
  const by = cancelledByLabels[session.cancelledBy];
  return ` · Canceled by ${by.charAt(0).toLowerCase()}${by.slice(1)}${notice}${late}`;
}

/** The workspace runs a session until its note is signed; a signed one is read on its page. */
function WorkspaceLink({ session }: { session: Session }) {
  if (session.noteStatus === 'signed' || (session.outcome !== 'booked' && session.outcome !== 'held'))
    return null;
  return (
    <Link
      to={`/sessions/${session.id}/workspace`}
      className="button button--secondary button--small"
      aria-label={`Open workspace: ${sessionTitle(session)}`}
    >
      Open workspace
    </Link>
  );
}

function BookingItem({ session, toRecord }: { session: Session; toRecord: boolean }) {
  return (
    <li className="record-list__item">
      <Link to={`/sessions/${session.id}`} className="record-list__title">
        {sessionTitle(session)}
      </Link>
      <span className="record-list__meta">
        {session.durationMinutes} min · {placeLabels[session.place]}
        {session.seriesId ? ' · Repeating' : ''}
      </span>
      {toRecord ? (
        <Link to={`/sessions/${session.id}/edit`} className="button button--secondary button--small">
          Record the outcome
        </Link>
      ) : (
        <span className="badge badge--booked">Booked</span>
      )}
      <WorkspaceLink session={session} />
    </li>
  );
}

/** The couple's bookings (to record, then upcoming) and the sessions recorded, newest first. */
export function SessionsTab({ coupleId }: { coupleId: string }) {
  const list = useQuery(sessionsListQuery(coupleId));
  const warnings = useBookingWarnings();
  return (
    <QueryView query={list} loading="Loading sessions…" errorTitle="The sessions could not be loaded">
      {(listData) => {
        const actions = (
          <>
            <Link to={`/couples/${coupleId}/sessions/book`} className="button button--primary">
              Book a session
            </Link>
            <Link to={`/couples/${coupleId}/sessions/new`} className="button button--secondary">
              Record a session
            </Link>
          </>
        );
        if (listData.items.length === 0)
          return (
            <EmptyState title="No sessions yet" action={<div className="tab-panel__actions">{actions}</div>}>
              <p>
                Book sessions ahead, or record one after the fact. Each held session can carry a progress
                note.
              </p>
            </EmptyState>
          );
        const day = today();
        const booked = listData.items.filter((s) => s.outcome === 'booked').sort(byTime);
        const toRecord = booked.filter((s) => s.date < day);
        const upcoming = booked.filter((s) => s.date >= day);
        const recorded = listData.items.filter((s) => s.outcome !== 'booked').sort((a, b) => byTime(b, a));
        return (
          <div className="tab-panel__stack">
            <div className="tab-panel__actions">{actions}</div>
            <BookingWarnings warnings={warnings} />
            {toRecord.length > 0 ? (
              <section aria-labelledby="sessions-to-record">
                <h3 id="sessions-to-record" className="sessions-section__heading">
                  To record
                </h3>
                <ul className="record-list">
                  {toRecord.map((session) => (
                    <BookingItem key={session.id} session={session} toRecord />
                  ))}
                </ul>
              </section>
            ) : null}
            {upcoming.length > 0 ? (
              <section aria-labelledby="sessions-upcoming">
                <h3 id="sessions-upcoming" className="sessions-section__heading">
                  Upcoming
                </h3>
                <ul className="record-list">
                  {upcoming.map((session) => (
                    <BookingItem key={session.id} session={session} toRecord={false} />
                  ))}
                </ul>
              </section>
            ) : null}
            {recorded.length > 0 ? (
              <section aria-labelledby="sessions-recorded">
                <h3 id="sessions-recorded" className="sessions-section__heading">
                  Recorded sessions
                </h3>
                <ul className="record-list">
                  {recorded.map((session) => (
                    <li key={session.id} className="record-list__item">
                      <Link to={`/sessions/${session.id}`} className="record-list__title">
                        {sessionTitle(session)}
                      </Link>
                      <span className="record-list__meta">
                        {session.durationMinutes} min · {placeLabels[session.place]}
                        {outcomeDetail(session)} · A: {attendanceLabels[session.attendance.A]}, B:{' '}
                        {attendanceLabels[session.attendance.B]}
                      </span>
                      <span className={`badge badge--note-${session.noteStatus ?? 'none'}`}>
                        {noteStatusLabel(session.noteStatus)}
                      </span>
                      <WorkspaceLink session={session} />
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
          </div>
        );
      }}
    </QueryView>
  );
}

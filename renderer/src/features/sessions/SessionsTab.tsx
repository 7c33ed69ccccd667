import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { errorMessage } from '../../api/client';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { attendanceLabels, noteStatusLabel, outcomeLabels, placeLabels, sessionTitle } from './labels';
import { sessionsListQuery } from './queries';

/** The couple's sessions, newest first, each with its note status. */
export function SessionsTab({ coupleId }: { coupleId: string }) {
  const list = useQuery(sessionsListQuery(coupleId));
  if (list.isPending) return <LoadingState label="Loading sessions…" />;
  if (list.isError)
    return (
      <ErrorState
        title="The sessions could not be loaded"
        message={errorMessage(list.error)}
        onRetry={() => void list.refetch()}
      />
    );
  const newLink = (
    <Link to={`/couples/${coupleId}/sessions/new`} className="button button--primary">
      Record a session
    </Link>
  );
  if (list.data.items.length === 0)
    return (
      <EmptyState title="No sessions yet" action={newLink}>
        <p>Each session you record can carry a progress note in SOAP, DAP or BIRP format.</p>
      </EmptyState>
    );
  const items = [...list.data.items].sort((a, b) =>
    `${b.date} ${b.startTime ?? ''}`.localeCompare(`${a.date} ${a.startTime ?? ''}`),
  );
  return (
    <div className="tab-panel__stack">
      <div className="tab-panel__actions">{newLink}</div>
      <ul className="record-list">
        {items.map((session) => (
          <li key={session.id} className="record-list__item">
            <Link to={`/sessions/${session.id}`} className="record-list__title">
              {sessionTitle(session)}
            </Link>
            <span className="record-list__meta">
              {session.durationMinutes} min · {placeLabels[session.place]}
              {session.outcome === 'held' ? '' : ` · ${outcomeLabels[session.outcome]}`} · A:{' '}
              {attendanceLabels[session.attendance.A]}, B: {attendanceLabels[session.attendance.B]}
            </span>
            <span className={`badge badge--note-${session.noteStatus ?? 'none'}`}>
              {noteStatusLabel(session.noteStatus)}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

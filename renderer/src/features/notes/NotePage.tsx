import { pageFrame, QueryView } from '@renderer/ui/states';
import { useQuery } from '@tanstack/react-query';
import { Link, Navigate, useParams } from 'react-router';
import { noteQuery } from './queries';

/** A note's own address (search results link here): it lives on its session's page. */
export function NotePage() {
  const { id = '' } = useParams();
  const note = useQuery(noteQuery(id));
  return (
    <QueryView
      query={note}
      loading="Opening the note…"
      errorTitle="This note could not be opened"
      frame={pageFrame(
        'Note',
        <p className="back-link">
          <Link to="/search">
            <span aria-hidden="true">← </span>Search
          </Link>
        </p>,
      )}
    >
      {(found) => <Navigate to={`/sessions/${found.sessionId}`} replace />}
    </QueryView>
  );
}

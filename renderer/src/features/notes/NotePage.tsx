import { errorMessage } from '@renderer/api/client';
import { PageHeading } from '@renderer/ui/PageHeading';
import { ErrorState, LoadingState } from '@renderer/ui/states';
import { useQuery } from '@tanstack/react-query';
import { Link, Navigate, useParams } from 'react-router';
import { noteQuery } from './queries';

/** A note's own address (search results link here): it lives on its session's page. */
export function NotePage() {
  const { id = '' } = useParams();
  const note = useQuery(noteQuery(id));
  if (note.data) return <Navigate to={`/sessions/${note.data.sessionId}`} replace />;
  return (
    <div className="page">
      <p className="back-link">
        <Link to="/search">
          <span aria-hidden="true">← </span>Search
        </Link>
      </p>
      <PageHeading>Note</PageHeading>
      {note.isError ? (
        <ErrorState
          title="This note could not be opened"
          message={errorMessage(note.error)}
          onRetry={() => void note.refetch()}
        />
      ) : (
        <LoadingState label="Opening the note…" />
      )}
    </div>
  );
}

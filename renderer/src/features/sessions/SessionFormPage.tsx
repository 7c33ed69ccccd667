import { errorMessage } from '@renderer/api/client';
import { today } from '@renderer/features/couples/format';
import { coupleQuery } from '@renderer/features/couples/queries';
import { PageHeading } from '@renderer/ui/PageHeading';
import { ErrorState, LoadingState } from '@renderer/ui/states';
import { partnerFullName } from '@shared/domain/couple';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { sessionQuery, useCreateSession, useRecordOutcome, useUpdateSession } from './queries';
import { SessionForm } from './SessionForm';
import { emptySessionForm, type SessionFormValues, sessionFormFromSession } from './sessionValues';

function Frame({
  coupleId,
  title,
  children,
}: {
  coupleId: string;
  title: string;
  children: React.ReactNode;
}) {
  return (
    <div className="page">
      <p className="back-link">
        <Link to={coupleId ? `/couples/${coupleId}?tab=sessions` : '/couples'}>
          <span aria-hidden="true">← </span>
          {coupleId ? 'Back to the couple' : 'All couples'}
        </Link>
      </p>
      <PageHeading>{title}</PageHeading>
      {children}
    </div>
  );
}

/** Record a new session for the couple in the address. */
export function NewSessionPage() {
  const { id: coupleId = '' } = useParams();
  const navigate = useNavigate();
  const couple = useQuery(coupleQuery(coupleId));
  const create = useCreateSession();
  const [initial] = useState(() => emptySessionForm(today()));
  if (couple.isPending)
    return (
      <Frame coupleId={coupleId} title="New session">
        <LoadingState label="Loading the couple…" />
      </Frame>
    );
  if (couple.isError)
    return (
      <Frame coupleId={coupleId} title="New session">
        <ErrorState
          title="The session form could not be opened"
          message={errorMessage(couple.error)}
          onRetry={() => void couple.refetch()}
        />
      </Frame>
    );
  return (
    <Frame coupleId={coupleId} title={`New session: ${couple.data.displayName}`}>
      <SessionForm
        coupleId={coupleId}
        initial={initial}
        partnerNames={{ A: partnerFullName(couple.data.partnerA), B: partnerFullName(couple.data.partnerB) }}
        submitLabel="Save session"
        onSubmit={async (input) => {
          const session = await create.mutateAsync(input);
          navigate(`/sessions/${session.id}`, { replace: true, state: { flash: 'Session saved.' } });
        }}
        onCancel={() => navigate(`/couples/${coupleId}?tab=sessions`)}
      />
    </Frame>
  );
}

/** Edit a session's facts (not its note); for a booked session, record what happened. */
export function EditSessionPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const session = useQuery(sessionQuery(id));
  const coupleId = session.data?.coupleId ?? '';
  const couple = useQuery({ ...coupleQuery(coupleId), enabled: coupleId !== '' });
  const update = useUpdateSession(id);
  const record = useRecordOutcome(id);
  // The same form records a booking's outcome: held with attendance and check-ins, or why not.
  const recording = session.data?.outcome === 'booked';
  const [initial, setInitial] = useState<SessionFormValues | null>(null);
  if (session.data && initial === null) setInitial(sessionFormFromSession(session.data));

  if (session.isError || couple.isError)
    return (
      <Frame coupleId={coupleId} title="Edit session">
        <ErrorState
          title="This session could not be opened"
          message={errorMessage(session.error ?? couple.error)}
          onRetry={() => {
            void session.refetch();
            void couple.refetch();
          }}
        />
      </Frame>
    );
  if (!couple.data || !initial)
    return (
      <Frame coupleId={coupleId} title="Edit session">
        <LoadingState label="Loading the session…" />
      </Frame>
    );
  return (
    <Frame
      coupleId={coupleId}
      title={
        recording
          ? `Record the outcome: ${couple.data.displayName}`
          : `Edit session: ${couple.data.displayName}`
      }
    >
      <SessionForm
        coupleId={coupleId}
        initial={initial}
        partnerNames={{ A: partnerFullName(couple.data.partnerA), B: partnerFullName(couple.data.partnerB) }}
        submitLabel={recording ? 'Record outcome' : 'Save changes'}
        onSubmit={async (input) => {
          await (recording ? record : update).mutateAsync(input);
          navigate(`/sessions/${id}`, {
            replace: true,
            state: { flash: recording ? 'Outcome recorded.' : 'Changes saved.' },
          });
        }}
        onCancel={() => navigate(`/sessions/${id}`)}
      />
    </Frame>
  );
}

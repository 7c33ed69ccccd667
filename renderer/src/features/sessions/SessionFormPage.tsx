import { today } from '@renderer/features/couples/format';
import { coupleQuery } from '@renderer/features/couples/queries';
import { PageHeading } from '@renderer/ui/PageHeading';
import { allQueries, QueryView } from '@renderer/ui/states';
import type { Couple } from '@shared/contract/couples';
import type { Session } from '@shared/contract/sessions';
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
  return (
    <QueryView
      query={couple}
      loading="Loading the couple…"
      errorTitle="The session form could not be opened"
      frame={(state) => (
        <Frame coupleId={coupleId} title="New session">
          {state}
        </Frame>
      )}
    >
      {(coupleData) => (
        <Frame coupleId={coupleId} title={`New session: ${coupleData.displayName}`}>
          <SessionForm
            coupleId={coupleId}
            initial={initial}
            partnerNames={{
              A: partnerFullName(coupleData.partnerA),
              B: partnerFullName(coupleData.partnerB),
            }}
            submitLabel="Save session"
            onSubmit={async (input) => {
              const session = await create.mutateAsync(input);
              navigate(`/sessions/${session.id}`, { replace: true, state: { flash: 'Session saved.' } });
            }}
            onCancel={() => navigate(`/couples/${coupleId}?tab=sessions`)}
          />
        </Frame>
      )}
    </QueryView>
  );
}

/** Edit a session's facts (not its note); for a booked session, record what happened. */
export function EditSessionPage() {
  const { id = '' } = useParams();
  const session = useQuery(sessionQuery(id));
  const coupleId = session.data?.coupleId ?? '';
  const couple = useQuery({ ...coupleQuery(coupleId), enabled: coupleId !== '' });
  return (
    <QueryView
      query={allQueries([session, couple])}
      loading="Loading the session…"
      errorTitle="This session could not be opened"
      frame={(state) => (
        <Frame coupleId={coupleId} title="Edit session">
          {state}
        </Frame>
      )}
    >
      {([sessionData, coupleData]) => (
        // Keyed by id so another session starts from its own values, never the last one's.
        <EditSessionForm key={sessionData.id} session={sessionData} couple={coupleData} />
      )}
    </QueryView>
  );
}

function EditSessionForm({ session, couple }: { session: Session; couple: Couple }) {
  const navigate = useNavigate();
  const update = useUpdateSession(session.id);
  const record = useRecordOutcome(session.id);
  // The same form records a booking's outcome: held with attendance and check-ins, or why not.
  const recording = session.outcome === 'booked';
  // Taken once: the session fetched again (after a save elsewhere) must not reset the fields.
  const [initial] = useState<SessionFormValues>(() => sessionFormFromSession(session));
  return (
    <Frame
      coupleId={couple.id}
      title={recording ? `Record the outcome: ${couple.displayName}` : `Edit session: ${couple.displayName}`}
    >
      <SessionForm
        coupleId={couple.id}
        initial={initial}
        partnerNames={{ A: partnerFullName(couple.partnerA), B: partnerFullName(couple.partnerB) }}
        submitLabel={recording ? 'Record outcome' : 'Save changes'}
        onSubmit={async (input) => {
          await (recording ? record : update).mutateAsync(input);
          navigate(`/sessions/${session.id}`, {
            replace: true,
            state: { flash: recording ? 'Outcome recorded.' : 'Changes saved.' },
          });
        }}
        onCancel={() => navigate(`/sessions/${session.id}`)}
      />
    </Frame>
  );
}

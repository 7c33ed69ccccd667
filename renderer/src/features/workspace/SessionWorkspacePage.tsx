import { channelKey, invalidateKeys } from '@renderer/api/channelQuery';
import { today } from '@renderer/features/couples/format';
import { HomeworkReviewSection } from '@renderer/features/homework/HomeworkReviewSection';
import { NewHomeworkSection } from '@renderer/features/homework/NewHomeworkSection';
import { sessionTitle } from '@renderer/features/sessions/labels';
import { sessionQuery } from '@renderer/features/sessions/queries';
import { PageHeading } from '@renderer/ui/PageHeading';
import { notFoundOr, QueryView } from '@renderer/ui/states';
import type { Session } from '@shared/contract/sessions';
import type { Workspace } from '@shared/contract/workspace';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import { BriefSection } from './BriefSection';
import { CheckInSection } from './CheckInSection';
import { NextAppointmentSection } from './NextAppointmentSection';
import { NoteSection } from './NoteSection';
import { workspaceQuery } from './queries';
import { SafetyNotice } from './SafetyNotice';
import { SkipList, type WorkspacePart } from './SkipList';
import { WinsSection } from './WinsSection';
import { defaultDueDate, homeworkReviewClosed, interventionObjectives } from './workspaceRules';

const PARTS: readonly WorkspacePart[] = [
  { id: 'workspace-brief', label: 'Brief' },
  { id: 'workspace-wins', label: 'Wins' },
  { id: 'workspace-checkin', label: 'Check-in' },
  { id: 'workspace-homework-review', label: 'Homework review' },
  { id: 'workspace-note', label: 'Note' },
  { id: 'workspace-new-homework', label: 'New homework' },
  { id: 'workspace-next', label: 'Next appointment' },
];

function WorkspaceBody({ data, session }: { data: Workspace; session: Session }) {
  const queryClient = useQueryClient();
  const refresh = () => invalidateKeys(queryClient, channelKey('workspace:get', { sessionId: session.id }));
  const names = data.couple.partners;
  const safety = data.brief.safetyFlags;
  const parts = safety.length > 0 ? [{ id: 'workspace-safety', label: 'Safety' }, ...PARTS] : PARTS;
  return (
    <>
      <SkipList parts={parts} />
      <div className="workspace">
        <SafetyNotice flags={safety} onResolved={refresh} />
        <BriefSection brief={data.brief} names={names} />
        <WinsSection wins={data.wins} firstSession={data.brief.since === null} />
        <CheckInSection session={session} names={names} onSaved={refresh} />
        <HomeworkReviewSection
          due={data.brief.homeworkDue}
          sessionId={session.id}
          names={names}
          closed={homeworkReviewClosed(session, today())}
        />
        <NoteSection session={session} note={data.note} workspace={data} names={names} />
        <NewHomeworkSection
          sessionId={session.id}
          coupleId={data.couple.id}
          assigned={data.homeworkAssigned}
          objectives={interventionObjectives(data)}
          names={names}
          defaultDue={defaultDueDate(session, data.nextBooking, today())}
        />
        <NextAppointmentSection session={session} next={data.nextBooking} onBooked={refresh} />
      </div>
    </>
  );
}

/**
 * The session workspace: one screen for running a session in the order behavioral couples
 * therapy runs it, every part saved as it is entered. A session whose note was already signed
 * when opened is read on its session page instead.
 */
export function SessionWorkspacePage() {
  const { id = '' } = useParams();
  const workspace = useQuery(workspaceQuery(id));
  // The session itself, kept current by the check-in's saves and by signing the note.
  const live = useQuery(sessionQuery(id));
  const [signedOnOpen, setSignedOnOpen] = useState<boolean | null>(null);
  // Decided on this visit's own answer, not a cached one from before the note was signed.
  if (workspace.data && workspace.isFetchedAfterMount && signedOnOpen === null)
    setSignedOnOpen(workspace.data.session.noteStatus === 'signed');

  if (signedOnOpen) return <Navigate to={`/sessions/${id}`} replace />;
  const coupleId = workspace.data?.couple.id;
  const session = live.data ?? workspace.data?.session;
  return (
    <div className="page page--workspace">
      <p className="back-link">
        <Link to={coupleId ? `/couples/${coupleId}?tab=sessions` : '/today'}>
          <span aria-hidden="true">← </span>
          {workspace.data ? workspace.data.couple.displayName : 'Today'}
        </Link>
      </p>
      <div className="page-header">
        <div className="page-header__title workspace-title">
          <PageHeading>
            {workspace.data ? `Session: ${workspace.data.couple.displayName}` : 'Session workspace'}
          </PageHeading>
          {session ? <span className="muted">{sessionTitle(session)}</span> : null}
        </div>
      </div>
      <QueryView
        query={workspace}
        loading="Preparing the session…"
        errorTitle={notFoundOr('This session was not found', 'The session workspace could not be opened')}
      >
        {(data) => <WorkspaceBody data={data} session={live.data ?? data.session} />}
      </QueryView>
    </div>
  );
}

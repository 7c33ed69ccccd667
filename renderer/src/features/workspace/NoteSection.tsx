import { today } from '@renderer/features/couples/format';
import { NoteEditor } from '@renderer/features/notes/NoteEditor';
import type { Note } from '@shared/contract/notes';
import type { Session } from '@shared/contract/sessions';
import type { Workspace } from '@shared/contract/workspace';
import { futureNoteRefusal } from '@shared/domain/session-date';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { PartnerNames } from './labels';
import { WorkspaceSection } from './WorkspaceSection';

/**
 * The session's progress note, in the format last used for this couple, tied to the plan's
 * objectives and interventions. Signing (and the core's refusals, such as a risk review still
 * missing while a safety flag is open) happens in the note's own sign dialog.
 */
export function NoteSection({
  session,
  note,
  workspace,
  names,
}: {
  session: Session;
  note: Note | null;
  workspace: Pick<Workspace, 'noteFormat' | 'objectives' | 'interventions' | 'brief'>;
  names: PartnerNames;
}) {
  const signed = session.noteStatus === 'signed';
  const wasSigned = useRef(signed);
  useEffect(() => {
    // Signing closes the dialog and the editor with it: focus goes to what the signing did.
    if (signed && !wasSigned.current) document.getElementById('workspace-note-signed')?.focus();
    wasSigned.current = signed;
  }, [signed]);
  let body: React.ReactNode;
  const refusal = futureNoteRefusal(session, today());
  if (signed)
    body = (
      <div id="workspace-note-signed" className="notice notice--success" role="status" tabIndex={-1}>
        <p>
          The note is signed. <Link to={`/sessions/${session.id}`}>Read the signed session</Link> or go back
          to <Link to="/today">Today</Link>.
        </p>
      </div>
    );
  else if (refusal)
    body = (
      <p className="notice notice--info">
        {session.outcome === 'booked'
          ? 'This session is still booked: record it as held in the check-in above, then write its note here.'
          : refusal}
      </p>
    );
  else
    body = (
      <NoteEditor
        key={session.id}
        sessionId={session.id}
        note={note}
        partnerNames={names}
        initialFormat={workspace.noteFormat}
        objectives={workspace.objectives}
        planInterventions={workspace.interventions}
        safetyFlagOpen={workspace.brief.safetyFlags.length > 0}
      />
    );
  return (
    <WorkspaceSection id="workspace-note" title="The note">
      {body}
    </WorkspaceSection>
  );
}

import { WinsList } from '@renderer/features/dashboard/WinsList';
import type { Win } from '@shared/contract/workspace';
import { WorkspaceSection } from './WorkspaceSection';

/** What went well since the last session, worded to be read aloud (the dashboard shows the same list). */
export function WinsSection({ wins, firstSession }: { wins: readonly Win[]; firstSession: boolean }) {
  return (
    <WorkspaceSection id="workspace-wins" title="Wins to celebrate">
      {wins.length === 0 ? (
        <p className="workspace-empty">
          {firstSession
            ? 'First session: wins will gather here from the next one on.'
            : 'Nothing new to celebrate in the record since the last session. Ask the couple what went well.'}
        </p>
      ) : (
        <>
          <p className="field__hint">Worded for saying aloud to the couple.</p>
          <WinsList wins={wins} />
        </>
      )}
    </WorkspaceSection>
  );
}

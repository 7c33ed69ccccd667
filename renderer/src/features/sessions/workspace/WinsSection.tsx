import type { Win } from '../../../../../shared/contract/workspace';
import { WorkspaceSection } from './WorkspaceSection';

/** What went well since the last session, worded to be read aloud to the couple. */
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
          <ul className="wins-list">
            {wins.map((win) => (
              <li key={`${win.kind}-${win.text}`} className={`wins-list__item wins-list__item--${win.kind}`}>
                {win.text}
              </li>
            ))}
          </ul>
        </>
      )}
    </WorkspaceSection>
  );
}

import type { Win } from '@shared/domain/workspace/wins';
import { WinsList } from './WinsList';

/**
 * "Worth celebrating" on the dashboard: the wins since the last session, the same list the
 * session workspace reads aloud. In the shareable view an empty panel is left out, since the
 * couple gains nothing from being told there is nothing.
 */
export function WinsPanel({ wins, shareable }: { wins: readonly Win[]; shareable: boolean }) {
  if (wins.length === 0 && shareable) return null;
  return (
    <section
      className="panel progress-wins"
      aria-labelledby="progress-wins-title"
      data-testid="progress-wins"
    >
      <h2 id="progress-wins-title" className="progress-wins__title">
        Worth celebrating since the last session
      </h2>
      {wins.length === 0 ? (
        <p className="progress-wins__empty">Nothing new in the record since the last session.</p>
      ) : (
        <WinsList wins={wins} />
      )}
    </section>
  );
}

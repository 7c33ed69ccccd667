import type { Win } from '@shared/domain/workspace/wins';

/** Wins worded for the couple, one per line: the workspace and the dashboard show the same list. */
export function WinsList({ wins }: { wins: readonly Win[] }) {
  return (
    <ul className="wins-list">
      {wins.map((win) => (
        <li key={`${win.kind}-${win.text}`} className={`wins-list__item wins-list__item--${win.kind}`}>
          {win.text}
        </li>
      ))}
    </ul>
  );
}

import type { SyntheticEvent } from 'react';

/**
 * The reasons worth showing: trimmed, blank ones dropped, and a sentence said once (several
 * rules can cite the same answer), so "(and N more reasons)" opens exactly N new lines.
 */
export function distinctReasons(reasons: readonly string[]): string[] {
  const seen = new Set<string>();
  const shown: string[] = [];
  for (const reason of reasons) {
    const text = reason.trim();
    if (text && !seen.has(text)) {
      seen.add(text);
      shown.push(text);
    }
  }
  return shown;
}

/** An opened list is scrolled into view, clear of the sticky bars (see `scroll-padding-top`). */
function revealList(event: SyntheticEvent<HTMLDetailsElement>) {
  const details = event.currentTarget;
  if (details.open) details.querySelector('.reasons__list')?.scrollIntoView({ block: 'nearest' });
}

/**
 * The engine's reasons for an item, citing the assessment answers behind it: the first one
 * always in view, the rest a click (or Enter) away.
 */
export function Reasons({ reasons, label = 'Why:' }: { reasons: readonly string[]; label?: string }) {
  const [first, ...rest] = distinctReasons(reasons);
  if (first === undefined) return null;
  if (rest.length === 0)
    return (
      <p className="reasons">
        <span className="reasons__label">{label}</span> {first}
      </p>
    );
  return (
    <details className="reasons" onToggle={revealList}>
      <summary className="reasons__summary">
        <span className="reasons__label">{label}</span> {first}{' '}
        <span className="reasons__more">
          (and {rest.length} more {rest.length === 1 ? 'reason' : 'reasons'})
        </span>
      </summary>
      <ul className="reasons__list">
        {rest.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
    </details>
  );
}

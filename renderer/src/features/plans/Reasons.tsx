/**
 * The engine's reasons for an item, citing the assessment answers behind it: the first one
 * always in view, the rest a click (or Enter) away.
 */
export function Reasons({ reasons, label = 'Why:' }: { reasons: readonly string[]; label?: string }) {
  const [first, ...rest] = reasons;
  if (first === undefined) return null;
  if (rest.length === 0)
    return (
      <p className="reasons">
        <span className="reasons__label">{label}</span> {first}
      </p>
    );
  return (
    <details className="reasons">
      <summary className="reasons__summary">
        <span className="reasons__label">{label}</span> {first}{' '}
        <span className="reasons__more">
          (and {rest.length} more {rest.length === 1 ? 'reason' : 'reasons'})
        </span>
      </summary>
      <ul className="reasons__list">
        {rest.map((reason, index) => (
          // Reasons are plain sentences and may repeat; their position is their identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list that never reorders
          <li key={index}>{reason}</li>
        ))}
      </ul>
    </details>
  );
}

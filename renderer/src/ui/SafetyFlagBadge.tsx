/**
 * Unresolved safety flags (a positive screen for partner violence, crisis, intoxication)
 * must be impossible to miss wherever a couple appears. Words, not only color.
 */
export function SafetyFlagBadge({ count }: { count: number }) {
  if (count <= 0) return null;
  return (
    <span className="badge badge--safety">
      <span aria-hidden="true">⚠ </span>
      {count === 1 ? 'Open safety flag' : `${count} open safety flags`}
    </span>
  );
}

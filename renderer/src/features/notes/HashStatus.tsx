/** Whether the stored signature hash still matches what is shown: words and color both. */
export function HashStatus({ valid, subject }: { valid: boolean | null; subject: 'note' | 'addendum' }) {
  if (valid === null) return null;
  if (valid)
    return (
      <p className="hash-status hash-status--valid">
        <span aria-hidden="true">✓ </span>Signature verified
      </p>
    );
  return (
    <p className="hash-status hash-status--invalid" role="alert">
      <span aria-hidden="true">⚠ </span>
      {subject === 'note'
        ? 'This note has changed since it was signed'
        : 'This addendum has changed since it was signed'}
      . The stored signature no longer matches its content; treat it as unreliable and report it.
    </p>
  );
}

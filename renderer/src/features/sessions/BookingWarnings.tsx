/** Clashes of a booking just made: booked anyway (a co-therapist, a room swap), and said. */
export function BookingWarnings({ warnings }: { warnings: readonly string[] }) {
  if (warnings.length === 0) return null;
  return (
    <div className="notice notice--warning" role="status">
      <p>Booked, but the time overlaps another booking:</p>
      <ul>
        {warnings.map((warning) => (
          <li key={warning}>{warning}</li>
        ))}
      </ul>
    </div>
  );
}

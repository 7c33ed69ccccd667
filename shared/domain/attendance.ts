/**
 * How consistently a couple attends: of the sessions that were due (held, or a no-show),
 * the share where every expected partner came (present or late). Cancellations made in
 * advance do not count against the couple. `null` until a session was due.
 */
export interface AttendanceRecord {
  outcome: 'held' | 'cancelled' | 'noShow';
  attendance: {
    A: 'present' | 'late' | 'absent' | 'notExpected';
    B: 'present' | 'late' | 'absent' | 'notExpected';
  };
}

export function attendanceRate(sessions: readonly AttendanceRecord[]): number | null {
  const due = sessions.filter((session) => session.outcome !== 'cancelled');
  if (due.length === 0) return null;
  const attended = due.filter(
    (session) =>
      session.outcome === 'held' && (['A', 'B'] as const).every((p) => session.attendance[p] !== 'absent'),
  );
  return attended.length / due.length;
}

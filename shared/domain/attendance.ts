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

/** A session counts as due unless it was cancelled in advance. */
export function wasDue(session: AttendanceRecord): boolean {
  return session.outcome !== 'cancelled';
}

/** Held, and every partner who was expected came (present or late). */
export function wasAttended(session: AttendanceRecord): boolean {
  return session.outcome === 'held' && (['A', 'B'] as const).every((p) => session.attendance[p] !== 'absent');
}

export function attendanceRate(sessions: readonly AttendanceRecord[]): number | null {
  const due = sessions.filter(wasDue);
  if (due.length === 0) return null;
  return due.filter(wasAttended).length / due.length;
}

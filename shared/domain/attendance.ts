/**
 * How consistently a couple attends: of the sessions that were due, the share where every
 * expected partner came (present or late). `null` until a session was due.
 *
 * - Held and no-show sessions were due.
 * - A cancellation made with 24 hours' notice or more, or by the clinician, is excused: it is
 *   not due and does not count against the couple. A partner's late cancellation (under 24
 *   hours) was due and missed, as courts and programs count it. A cancellation recorded
 *   without who or how much notice (before bookings existed) stays excused, as it always was.
 * - A booked session is neither due nor attended: one in the future has not happened, and one
 *   in the past whose outcome was never recorded is listed "to record" instead of being
 *   guessed either way.
 */
export interface AttendanceRecord {
  outcome: 'booked' | 'held' | 'cancelled' | 'noShow';
  cancelledBy?: 'partnerA' | 'partnerB' | 'both' | 'clinician' | null;
  noticeHours?: number | null;
  attendance: {
    A: 'present' | 'late' | 'absent' | 'notExpected';
    B: 'present' | 'late' | 'absent' | 'notExpected';
  };
}

/** Less notice than this, given by a partner, makes a cancellation late. */
export const LATE_CANCELLATION_HOURS = 24;

/** Cancelled by a partner (or both) with less than 24 hours' notice. */
export function isLateCancellation(session: AttendanceRecord): boolean {
  return (
    session.outcome === 'cancelled' &&
    session.cancelledBy !== undefined &&
    session.cancelledBy !== null &&
    session.cancelledBy !== 'clinician' &&
    session.noticeHours !== undefined &&
    session.noticeHours !== null &&
    session.noticeHours < LATE_CANCELLATION_HOURS
  );
}

/** Whether the session counts in attendance at all (see the rules above). */
export function wasDue(session: AttendanceRecord): boolean {
  if (session.outcome === 'booked') return false;
  if (session.outcome === 'cancelled') return isLateCancellation(session);
  return true;
}

/** Whether one partner came to a session: present, or late. */
export function partnerCame(attendance: AttendanceRecord['attendance']['A']): boolean {
  return attendance === 'present' || attendance === 'late';
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

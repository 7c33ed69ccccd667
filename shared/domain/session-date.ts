import type { SessionFields } from '@shared/contract/sessions';

/**
 * A session dated after today has not happened: it cannot have been held or missed, nobody
 * attended it, and nothing was rated or written in it. Recording one as held would count in
 * attendance, the dashboard and reports as care that was never given. A session ahead is
 * booked (`sessions:book`); recorded directly, a future session can only be one canceled
 * ahead, with nobody expected.
 */
export type SessionClaims = Pick<SessionFields, 'date' | 'outcome' | 'attendance' | 'checkIn'>;

export function isAfterToday(date: string, today: string): boolean {
  return date > today;
}

/** Field errors for what a session dated after today claims to have happened; empty otherwise. */
export function futureSessionErrors(session: SessionClaims, today: string): Record<string, string> {
  if (!isAfterToday(session.date, today)) return {};
  // Held is the claim everything else follows from: one error, on the date, says it all.
  if (session.outcome === 'held') {
    return { date: 'This date is after today: record the session once it has taken place' };
  }
  const errors: Record<string, string> = {};
  if (session.outcome === 'noShow') errors.outcome = 'A session after today cannot be a no-show yet';
  for (const partner of ['A', 'B'] as const) {
    if (session.attendance[partner] !== 'notExpected') {
      errors[`attendance.${partner}`] =
        `Partner ${partner}’s attendance is recorded once the session has taken place: choose “Not expected”`;
    }
    if (session.checkIn[partner]) {
      errors[`checkIn.${partner}`] =
        `Partner ${partner}’s check-in is recorded once the session has taken place`;
    }
  }
  return errors;
}

/**
 * Why a note cannot be written for a session yet, or null when it can. A booked session has
 * no outcome yet: its note would describe a session nobody has said took place.
 */
export function futureNoteRefusal(session: { date: string; outcome: string }, today: string): string | null {
  if (session.outcome === 'booked') return 'This session is booked: record its outcome, then write its note.';
  return isAfterToday(session.date, today)
    ? 'This session is dated after today: write its note once it has taken place.'
    : null;
}

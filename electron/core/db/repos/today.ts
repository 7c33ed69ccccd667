import type { Db } from '@core/db/sqlite';
import type { Session } from '@shared/contract/sessions';

/** A booked session as the agenda shows it. */
export interface AgendaRow {
  sessionId: string;
  coupleId: string;
  displayName: string;
  date: string;
  startTime: string | null;
  durationMinutes: number;
  type: Session['type'];
  place: Session['place'];
}

/** The cross-couple lists behind the Today view, each joined to the couple's display name. */
export function createTodayRepo(db: Db) {
  return {
    /**
     * Active plans of couples still in care that need a review: the review date is on or
     * before `horizon`, or a relapse was recorded after the plan was signed.
     */
    reviewsDue(horizon: string) {
      return db
        .prepare(
          `SELECT * FROM (
             SELECT p.couple_id AS coupleId, c.display_name AS displayName, p.id AS versionId, p.version,
                    p.review_date AS reviewDate, c.sort_key AS sortKey,
                    (SELECT max(e.occurred_on) FROM events e
                      WHERE e.couple_id = p.couple_id AND e.kind = 'relapse' AND e.created_at > p.signed_at) AS relapseOn
             FROM plan_versions p JOIN couples c ON c.id = p.couple_id
             WHERE p.status = 'active' AND c.status <> 'archived'
           ) WHERE reviewDate <= ? OR relapseOn IS NOT NULL
           ORDER BY reviewDate, sortKey`,
        )
        .all(horizon) as {
        coupleId: string;
        displayName: string;
        versionId: string;
        version: number;
        reviewDate: string;
        sortKey: string;
        relapseOn: string | null;
      }[];
    },

    /** Couples still in care with an unresolved safety flag; one row per flag, oldest first. */
    openFlagCouples() {
      return db
        .prepare(
          `SELECT f.id AS flagId, c.id AS coupleId, c.display_name AS displayName
           FROM safety_flags f JOIN couples c ON c.id = f.couple_id
           WHERE f.resolved_at IS NULL AND c.status <> 'archived'
           ORDER BY f.raised_at`,
        )
        .all() as { flagId: string; coupleId: string; displayName: string }[];
    },

    /** Draft notes last touched on or before `updatedBefore`, for every couple (archived included: they still need signing). */
    unsignedNotes(updatedBefore: string) {
      return db
        .prepare(
          `SELECT n.id AS noteId, n.session_id AS sessionId, n.couple_id AS coupleId, c.display_name AS displayName,
                  s.date AS sessionDate, n.updated_at AS updatedAt
           FROM notes n JOIN sessions s ON s.id = n.session_id JOIN couples c ON c.id = n.couple_id
           WHERE n.status = 'draft' AND n.updated_at <= ?
           ORDER BY s.date`,
        )
        .all(updatedBefore) as {
        noteId: string;
        sessionId: string;
        coupleId: string;
        displayName: string;
        sessionDate: string;
        updatedAt: string;
      }[];
    },

    /** Booked sessions of couples still in care dated `from` to `to` (inclusive), in time order. */
    bookedBetween(from: string, to: string): AgendaRow[] {
      return db
        .prepare(
          `SELECT s.id AS sessionId, s.couple_id AS coupleId, c.display_name AS displayName, s.date,
                  s.start_time AS startTime, s.duration_minutes AS durationMinutes, s.type, s.place
           FROM sessions s JOIN couples c ON c.id = s.couple_id
           WHERE s.outcome = 'booked' AND s.date >= ? AND s.date <= ? AND c.status <> 'archived'
           ORDER BY s.date, s.start_time, c.sort_key`,
        )
        .all(from, to) as AgendaRow[];
    },

    /**
     * Couples in care (neither archived nor discharged) with the date of their last held
     * session on or before `today`, and whether a session is booked from `today` on.
     */
    couplesLastSeen(today: string) {
      const rows = db
        .prepare(
          `SELECT c.id AS coupleId, c.display_name AS displayName,
                  (SELECT max(s.date) FROM sessions s
                    WHERE s.couple_id = c.id AND s.outcome = 'held' AND s.date <= ?) AS lastHeld,
                  EXISTS (SELECT 1 FROM sessions s
                    WHERE s.couple_id = c.id AND s.outcome = 'booked' AND s.date >= ?) AS bookedAhead
           FROM couples c
           WHERE c.status NOT IN ('archived', 'discharged')
           ORDER BY c.sort_key`,
        )
        .all(today, today) as {
        coupleId: string;
        displayName: string;
        lastHeld: string | null;
        bookedAhead: number;
      }[];
      return rows.map(({ bookedAhead, ...row }) => ({ ...row, hasBookingAhead: bookedAhead === 1 }));
    },
  };
}

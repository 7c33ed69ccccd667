import type { Db } from '../sqlite';

/** The cross-couple lists behind the Today view, each joined to the couple's display name. */
export function createTodayRepo(db: Db) {
  return {
    /** Active plans of couples still in care whose review date is on or before `horizon`. */
    reviewsDue(horizon: string) {
      return db
        .prepare(
          `SELECT p.couple_id AS coupleId, c.display_name AS displayName, p.id AS versionId, p.version, p.review_date AS reviewDate
           FROM plan_versions p JOIN couples c ON c.id = p.couple_id
           WHERE p.status = 'active' AND p.review_date <= ? AND c.status <> 'archived'
           ORDER BY p.review_date, c.sort_key`,
        )
        .all(horizon) as {
        coupleId: string;
        displayName: string;
        versionId: string;
        version: number;
        reviewDate: string;
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
  };
}

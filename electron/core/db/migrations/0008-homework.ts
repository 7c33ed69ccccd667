import type { Migration } from './types';

/**
 * Homework: an exercise assigned to the couple (from the plan, the library, or the clinician's
 * own words), due by a date and reviewed at a later session as done, partly done or not done.
 *
 * `library_id` has no foreign key, as a plan's interventions have none: seed entries are not
 * exported (every copy of Rekindle ships them), so an import must not depend on them. A review
 * becomes part of its session's record once that session's note is signed, as the session's own
 * facts do (0007), so the triggers below hold that line under the services too.
 */
export const migration0008: Migration = {
  version: 8,
  name: 'homework',
  up(db) {
    db.exec(`
      CREATE TABLE homework (
        id TEXT PRIMARY KEY,
        couple_id TEXT NOT NULL REFERENCES couples (id),
        assigned_in_session_id TEXT REFERENCES sessions (id),
        plan_version_id TEXT REFERENCES plan_versions (id),
        intervention_key TEXT,
        library_id TEXT,
        title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        instructions TEXT,
        who TEXT NOT NULL CHECK (who IN ('both', 'partnerA', 'partnerB')),
        joint INTEGER NOT NULL CHECK (joint IN (0, 1)),
        assigned_on TEXT NOT NULL,
        due_date TEXT NOT NULL CHECK (due_date >= assigned_on),
        status TEXT NOT NULL CHECK (status IN ('assigned', 'done', 'partly', 'notDone')),
        comment TEXT,
        reviewed_in_session_id TEXT REFERENCES sessions (id),
        reviewed_on TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        -- A plan intervention is named by its version and key together, and always has a library entry.
        CHECK ((plan_version_id IS NULL) = (intervention_key IS NULL)),
        CHECK (plan_version_id IS NULL OR library_id IS NOT NULL),
        -- Only a library exercise given to both partners can need them together.
        CHECK (joint = 0 OR (who = 'both' AND library_id IS NOT NULL)),
        -- The review fields exist exactly when the homework was reviewed.
        CHECK ((status = 'assigned') = (reviewed_in_session_id IS NULL)),
        CHECK ((status = 'assigned') = (reviewed_on IS NULL)),
        CHECK (status <> 'assigned' OR comment IS NULL)
      ) STRICT;
      -- The couple's homework, newest due first; the workspace asks for what is due by a date.
      CREATE INDEX homework_couple_due ON homework (couple_id, due_date);
      CREATE INDEX homework_reviewed_in ON homework (reviewed_in_session_id)
        WHERE reviewed_in_session_id IS NOT NULL;
      CREATE TRIGGER homework_signed_review_no_update BEFORE UPDATE ON homework
        WHEN EXISTS (SELECT 1 FROM notes WHERE session_id = OLD.reviewed_in_session_id AND status = 'signed')
        BEGIN SELECT RAISE(ABORT, 'a review recorded in a signed session cannot be changed'); END;
      CREATE TRIGGER homework_reviewed_no_delete BEFORE DELETE ON homework WHEN OLD.status <> 'assigned'
        BEGIN SELECT RAISE(ABORT, 'reviewed homework cannot be deleted'); END;
    `);
  },
};

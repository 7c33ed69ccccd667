import type { Migration } from './types';

/**
 * Validated questionnaires (PHQ-9, GAD-7, PCL-5, AUDIT-C): each partner's responses with their
 * answers as given, the couple's schedule, who gave each session check-in (the clinician or
 * the partner answering privately), and safety flags raised by a questionnaire's risk item.
 *
 * Totals are stored beside the answers so a report reads the score the clinician saw even if
 * an instrument's scoring were ever corrected; the answers stay the record.
 *
 * SQLite cannot widen the CHECK on `safety_flags.source` in place, so that table is rebuilt
 * (https://sqlite.org/lang_altertable.html#otheralter) with every id unchanged.
 */
export const migration0010: Migration = {
  version: 10,
  name: 'questionnaires',
  rebuildsTables: true,
  up(db) {
    db.exec(`
      CREATE TABLE questionnaire_responses (
        id TEXT PRIMARY KEY,
        couple_id TEXT NOT NULL REFERENCES couples (id),
        partner TEXT NOT NULL CHECK (partner IN ('A', 'B')),
        instrument TEXT NOT NULL CHECK (instrument IN ('phq9', 'gad7', 'pcl5', 'auditC')),
        answered_on TEXT NOT NULL,
        session_id TEXT REFERENCES sessions (id),
        answers TEXT NOT NULL CHECK (json_valid(answers)),
        total INTEGER NOT NULL CHECK (total >= 0),
        mode TEXT NOT NULL CHECK (mode IN ('privateSelfReport', 'clinicianEntered')),
        risk_answers TEXT NOT NULL CHECK (json_valid(risk_answers)),
        reviewed_at TEXT,
        created_at TEXT NOT NULL,
        -- A response the clinician entered needs no review; a private one waits for it.
        CHECK (mode = 'privateSelfReport' OR reviewed_at IS NOT NULL)
      ) STRICT;
      CREATE INDEX questionnaire_responses_couple
        ON questionnaire_responses (couple_id, instrument, partner, answered_on);
      CREATE INDEX questionnaire_responses_unreviewed
        ON questionnaire_responses (couple_id) WHERE reviewed_at IS NULL;

      CREATE TABLE questionnaire_schedule (
        couple_id TEXT NOT NULL REFERENCES couples (id),
        instrument TEXT NOT NULL CHECK (instrument IN ('phq9', 'gad7', 'pcl5', 'auditC')),
        partner TEXT NOT NULL CHECK (partner IN ('A', 'B')),
        cadence TEXT NOT NULL CHECK (cadence IN ('everySession', 'every2Weeks', 'every4Weeks', 'atReview')),
        PRIMARY KEY (couple_id, instrument, partner)
      ) STRICT;

      ALTER TABLE sessions ADD COLUMN checkin_a_by TEXT CHECK (checkin_a_by IN ('clinician', 'partner'));
      ALTER TABLE sessions ADD COLUMN checkin_b_by TEXT CHECK (checkin_b_by IN ('clinician', 'partner'));
      -- Every check-in so far was typed by the clinician.
      UPDATE sessions SET checkin_a_by = 'clinician' WHERE checkin_a IS NOT NULL;
      UPDATE sessions SET checkin_b_by = 'clinician' WHERE checkin_b IS NOT NULL;

      CREATE TABLE safety_flags_new (
        id TEXT PRIMARY KEY,
        couple_id TEXT NOT NULL REFERENCES couples (id),
        raised_at TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('assessment', 'note', 'questionnaire')),
        source_id TEXT NOT NULL,
        reasons TEXT NOT NULL,
        resolved_at TEXT,
        resolution TEXT
      ) STRICT;
      INSERT INTO safety_flags_new SELECT id, couple_id, raised_at, source, source_id, reasons, resolved_at, resolution
        FROM safety_flags;
      DROP TABLE safety_flags;
      ALTER TABLE safety_flags_new RENAME TO safety_flags;
      CREATE INDEX safety_flags_open ON safety_flags (couple_id) WHERE resolved_at IS NULL;
    `);
  },
};

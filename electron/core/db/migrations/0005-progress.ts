import type { Migration } from './types';

/**
 * Progress: measurements against plan milestones (by the milestone's stable key, so they
 * carry across plan versions), and the recovery calendar, one row per couple and day.
 */
export const migration0005: Migration = {
  version: 5,
  name: 'progress',
  up(db) {
    db.exec(`
      CREATE TABLE measurements (
        id TEXT PRIMARY KEY,
        couple_id TEXT NOT NULL REFERENCES couples (id),
        milestone_key TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('coupleLog', 'therapistEvaluation', 'partnerFeedbackA', 'partnerFeedbackB', 'sessionObservation')),
        measured_on TEXT NOT NULL,
        value REAL NOT NULL CHECK (value >= 0),
        comment TEXT,
        session_id TEXT REFERENCES sessions (id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      -- Covering for the charts' read (milestone, source, date, value): two years of weekly
      -- data is thousands of rows, and a lookup into the table for each one tripled the
      -- dashboard's read time.
      CREATE INDEX measurements_by_milestone
        ON measurements (couple_id, milestone_key, measured_on, source, value);

      CREATE TABLE recovery_days (
        couple_id TEXT NOT NULL REFERENCES couples (id),
        date TEXT NOT NULL,
        trust_discussion INTEGER CHECK (trust_discussion IN (0, 1)),
        abstinence_a TEXT CHECK (abstinence_a IN ('yes', 'no', 'unknown')),
        abstinence_b TEXT CHECK (abstinence_b IN ('yes', 'no', 'unknown')),
        support_meeting INTEGER CHECK (support_meeting IN (0, 1)),
        screen TEXT CHECK (screen IN ('negative', 'positive')),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (couple_id, date)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};

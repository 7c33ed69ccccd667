import type { Migration } from './types';

/**
 * Reports: every generated document is recorded (when, which kind, for whom, with which
 * options) so the clinician can answer "what did we send the court, and when?". The PDF
 * itself is not kept: it is saved where the clinician chooses. The narrative typed into the
 * dialog is not copied here either; the options keep only switches, the period and the recipient.
 */
export const migration0006: Migration = {
  version: 6,
  name: 'reports',
  up(db) {
    db.exec(`
      CREATE TABLE reports (
        id TEXT PRIMARY KEY,
        couple_id TEXT REFERENCES couples (id),
        kind TEXT NOT NULL CHECK (kind IN ('progress', 'plan', 'note', 'worksheet', 'calendarSheet')),
        title TEXT NOT NULL,
        recipient TEXT CHECK (recipient IN ('couple', 'referringProgramme', 'insurer', 'court', 'other')),
        recipient_name TEXT,
        options TEXT NOT NULL CHECK (json_valid(options)),
        page_count INTEGER NOT NULL CHECK (page_count >= 1),
        sha256 TEXT NOT NULL,
        created_at TEXT NOT NULL,
        saved_at TEXT,
        printed_at TEXT
      ) STRICT;
      CREATE INDEX reports_by_couple ON reports (couple_id, created_at);
      -- What was generated stays as generated: only the saved and printed times may change.
      CREATE TRIGGER reports_keep_content BEFORE UPDATE ON reports
      WHEN NEW.id IS NOT OLD.id OR NEW.couple_id IS NOT OLD.couple_id OR NEW.kind IS NOT OLD.kind
        OR NEW.title IS NOT OLD.title OR NEW.recipient IS NOT OLD.recipient
        OR NEW.recipient_name IS NOT OLD.recipient_name OR NEW.options IS NOT OLD.options
        OR NEW.page_count IS NOT OLD.page_count OR NEW.sha256 IS NOT OLD.sha256
        OR NEW.created_at IS NOT OLD.created_at
      BEGIN SELECT RAISE(ABORT, 'A generated report record cannot be changed'); END;
      CREATE TRIGGER reports_no_delete BEFORE DELETE ON reports
      BEGIN SELECT RAISE(ABORT, 'A generated report record cannot be deleted'); END;
    `);
  },
};

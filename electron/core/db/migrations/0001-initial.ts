import type { Migration } from './types';

/**
 * The first schema: the append-only audit log and the couple record (a couple and its two
 * partners). Dates are ISO strings; timestamps are ISO instants in UTC.
 */
export const migration0001: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        entity TEXT,
        entity_id TEXT,
        detail TEXT
      ) STRICT;
      CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
      CREATE INDEX audit_log_at ON audit_log (at);
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

      CREATE TABLE couples (
        id TEXT PRIMARY KEY,
        display_name TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('intake', 'active', 'maintenance', 'discharged', 'archived')),
        referral_source TEXT,
        start_date TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        archived_at TEXT,
        -- Accent- and case-folded names, computed in shared/domain/text.ts, for search and sorting.
        search_text TEXT NOT NULL,
        sort_key TEXT NOT NULL
      ) STRICT;
      CREATE INDEX couples_status_sort ON couples (status, sort_key);

      CREATE TABLE partners (
        id TEXT PRIMARY KEY,
        couple_id TEXT NOT NULL REFERENCES couples (id) ON DELETE RESTRICT,
        position TEXT NOT NULL CHECK (position IN ('A', 'B')),
        first_name TEXT NOT NULL,
        last_name TEXT NOT NULL,
        preferred_name TEXT,
        pronouns TEXT,
        date_of_birth TEXT,
        phone TEXT,
        email TEXT,
        in_recovery INTEGER NOT NULL CHECK (in_recovery IN (0, 1)),
        substances TEXT NOT NULL DEFAULT '[]',
        severity TEXT CHECK (severity IN ('mild', 'moderate', 'severe')),
        years_of_use REAL,
        sobriety_date TEXT,
        UNIQUE (couple_id, position)
      ) STRICT;
    `);
  },
};

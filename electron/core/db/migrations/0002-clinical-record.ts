import type { Migration } from './types';

/**
 * The clinical record: versioned assessments, safety flags, sessions with per-partner
 * check-ins, progress notes (immutable once signed), addenda, psychotherapy process notes
 * kept apart, timeline events, and a full-text index inside the encrypted database.
 */
/** An external-content FTS5 table over `search_docs`, kept in step by triggers for the rows it covers. */
function ftsIndex(name: string, whenNew: string, whenOld: string): string {
  return `
      CREATE VIRTUAL TABLE ${name} USING fts5 (
        title, body, content = 'search_docs', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER ${name}_insert AFTER INSERT ON search_docs WHEN ${whenNew} BEGIN
        INSERT INTO ${name} (rowid, title, body) VALUES (new.id, new.title, new.body);
      END;
      CREATE TRIGGER ${name}_delete AFTER DELETE ON search_docs WHEN ${whenOld} BEGIN
        INSERT INTO ${name} (${name}, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
      END;
      -- One trigger, in this order: two triggers on the same event fire in no set order.
      CREATE TRIGGER ${name}_update AFTER UPDATE ON search_docs BEGIN
        INSERT INTO ${name} (${name}, rowid, title, body) SELECT 'delete', old.id, old.title, old.body WHERE ${whenOld};
        INSERT INTO ${name} (rowid, title, body) SELECT new.id, new.title, new.body WHERE ${whenNew};
      END;`;
}

export const migration0002: Migration = {
  version: 2,
  name: 'clinical-record',
  up(db) {
    db.exec(`
      CREATE TABLE assessments (
        id TEXT PRIMARY KEY,
        couple_id TEXT NOT NULL REFERENCES couples (id),
        version INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('intake', 'review')),
        assessed_on TEXT NOT NULL,
        created_at TEXT NOT NULL,
        -- The whole answer set, validated by the contract schema on the way in and out.
        answers TEXT NOT NULL,
        scores TEXT NOT NULL,
        safety_positive INTEGER NOT NULL CHECK (safety_positive IN (0, 1)),
        UNIQUE (couple_id, version)
      ) STRICT;

      CREATE TABLE safety_flags (
        id TEXT PRIMARY KEY,
        couple_id TEXT NOT NULL REFERENCES couples (id),
        raised_at TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('assessment', 'note')),
        source_id TEXT NOT NULL,
        reasons TEXT NOT NULL,
        resolved_at TEXT,
        resolution TEXT
      ) STRICT;
      CREATE INDEX safety_flags_open ON safety_flags (couple_id) WHERE resolved_at IS NULL;

      CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        couple_id TEXT NOT NULL REFERENCES couples (id),
        date TEXT NOT NULL,
        start_time TEXT,
        duration_minutes INTEGER NOT NULL,
        type TEXT NOT NULL CHECK (type IN ('joint', 'individualA', 'individualB', 'workshop', 'checkIn')),
        place TEXT NOT NULL CHECK (place IN ('office', 'telehealth')),
        outcome TEXT NOT NULL CHECK (outcome IN ('held', 'cancelled', 'noShow')),
        outcome_reason TEXT,
        attendance_a TEXT NOT NULL CHECK (attendance_a IN ('present', 'late', 'absent', 'notExpected')),
        attendance_b TEXT NOT NULL CHECK (attendance_b IN ('present', 'late', 'absent', 'notExpected')),
        checkin_a TEXT,
        checkin_b TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX sessions_couple_date ON sessions (couple_id, date);
      -- Once its note is signed, a session's facts are part of the signed record.
      CREATE TRIGGER sessions_signed_no_update BEFORE UPDATE ON sessions
        WHEN EXISTS (SELECT 1 FROM notes WHERE session_id = OLD.id AND status = 'signed')
        BEGIN SELECT RAISE(ABORT, 'the session of a signed note cannot be changed'); END;

      CREATE TABLE notes (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL UNIQUE REFERENCES sessions (id),
        couple_id TEXT NOT NULL REFERENCES couples (id),
        format TEXT NOT NULL CHECK (format IN ('SOAP', 'DAP', 'BIRP')),
        content TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('draft', 'signed')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        signed_at TEXT,
        signed_by TEXT,
        attestation TEXT,
        content_hash TEXT,
        CHECK (status = 'draft' OR (signed_at IS NOT NULL AND signed_by IS NOT NULL AND content_hash IS NOT NULL))
      ) STRICT;
      CREATE INDEX notes_couple ON notes (couple_id, status);
      -- A signed note never changes and is never removed; corrections are addenda.
      CREATE TRIGGER notes_signed_no_update BEFORE UPDATE ON notes WHEN OLD.status = 'signed'
        BEGIN SELECT RAISE(ABORT, 'signed notes cannot be changed'); END;
      CREATE TRIGGER notes_signed_no_delete BEFORE DELETE ON notes WHEN OLD.status = 'signed'
        BEGIN SELECT RAISE(ABORT, 'signed notes cannot be deleted'); END;

      CREATE TABLE note_addenda (
        id TEXT PRIMARY KEY,
        note_id TEXT NOT NULL REFERENCES notes (id),
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        signed_by TEXT NOT NULL,
        content_hash TEXT NOT NULL
      ) STRICT;
      CREATE INDEX note_addenda_note ON note_addenda (note_id, created_at);
      CREATE TRIGGER note_addenda_only_for_signed BEFORE INSERT ON note_addenda
        WHEN (SELECT status FROM notes WHERE id = NEW.note_id) IS NOT 'signed'
        BEGIN SELECT RAISE(ABORT, 'addenda are only for signed notes'); END;
      CREATE TRIGGER note_addenda_no_update BEFORE UPDATE ON note_addenda
        BEGIN SELECT RAISE(ABORT, 'addenda cannot be changed'); END;
      CREATE TRIGGER note_addenda_no_delete BEFORE DELETE ON note_addenda
        BEGIN SELECT RAISE(ABORT, 'addenda cannot be deleted'); END;

      -- Psychotherapy process notes (HIPAA 164.501): apart from the record, never in lists,
      -- search, reports or exports unless the clinician asks.
      CREATE TABLE process_notes (
        id TEXT PRIMARY KEY,
        couple_id TEXT NOT NULL REFERENCES couples (id),
        session_id TEXT REFERENCES sessions (id),
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX process_notes_couple ON process_notes (couple_id);

      CREATE TABLE events (
        id TEXT PRIMARY KEY,
        couple_id TEXT NOT NULL REFERENCES couples (id),
        occurred_on TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('relapse', 'disclosure', 'crisis', 'milestone', 'other')),
        partner TEXT CHECK (partner IN ('A', 'B')),
        description TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX events_couple ON events (couple_id, occurred_on);

      -- Full-text search: one row per searchable item (kind + ref_id, unique, so re-indexing
      -- an item is an upsert found by index), mirrored by triggers into external-content
      -- FTS5 tables. Process notes get an index of their own: they are kept apart, and a
      -- search that leaves them out then needs no per-row filter.
      CREATE TABLE search_docs (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('note', 'addendum', 'process', 'couple')),
        ref_id TEXT NOT NULL,
        couple_id TEXT NOT NULL,
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        UNIQUE (kind, ref_id)
      ) STRICT;
      ${ftsIndex('search_index', "new.kind <> 'process'", "old.kind <> 'process'")}
      ${ftsIndex('process_search_index', "new.kind = 'process'", "old.kind = 'process'")}
    `);
  },
};

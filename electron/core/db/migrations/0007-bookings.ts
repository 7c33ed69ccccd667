import type { Migration } from './types';

/**
 * Appointments: a session can be booked ahead (outcome `booked`) and its outcome recorded
 * later; a cancellation says who cancelled and how many hours of notice were given, because
 * a late cancellation by a partner counts against attendance and one made by the clinician
 * does not.
 *
 * SQLite cannot widen a CHECK constraint in place, so the table is rebuilt (the procedure in
 * https://sqlite.org/lang_altertable.html#otheralter). Notes and measurements reference
 * sessions by name, so the rebuilt table takes the old one's place with every id unchanged;
 * the runner turns foreign-key enforcement off for this step and checks every reference
 * before committing.
 */
export const migration0007: Migration = {
  version: 7,
  name: 'bookings',
  rebuildsTables: true,
  up(db) {
    db.exec(`
      CREATE TABLE sessions_new (
        id TEXT PRIMARY KEY,
        couple_id TEXT NOT NULL REFERENCES couples (id),
        date TEXT NOT NULL,
        start_time TEXT,
        duration_minutes INTEGER NOT NULL,
        type TEXT NOT NULL CHECK (type IN ('joint', 'individualA', 'individualB', 'workshop', 'checkIn')),
        place TEXT NOT NULL CHECK (place IN ('office', 'telehealth')),
        outcome TEXT NOT NULL CHECK (outcome IN ('booked', 'held', 'cancelled', 'noShow')),
        outcome_reason TEXT,
        attendance_a TEXT NOT NULL CHECK (attendance_a IN ('present', 'late', 'absent', 'notExpected')),
        attendance_b TEXT NOT NULL CHECK (attendance_b IN ('present', 'late', 'absent', 'notExpected')),
        checkin_a TEXT,
        checkin_b TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        cancelled_by TEXT CHECK (cancelled_by IN ('partnerA', 'partnerB', 'both', 'clinician')),
        notice_hours INTEGER CHECK (notice_hours >= 0),
        series_id TEXT,
        -- Who cancelled and the notice belong to a cancellation only; a booking has not
        -- happened, so nobody attended it and nothing was rated in it.
        CHECK (outcome = 'cancelled' OR (cancelled_by IS NULL AND notice_hours IS NULL)),
        CHECK (outcome <> 'booked' OR (attendance_a = 'notExpected' AND attendance_b = 'notExpected'
          AND checkin_a IS NULL AND checkin_b IS NULL))
      ) STRICT;
      INSERT INTO sessions_new (id, couple_id, date, start_time, duration_minutes, type, place, outcome,
          outcome_reason, attendance_a, attendance_b, checkin_a, checkin_b, created_at, updated_at)
        SELECT id, couple_id, date, start_time, duration_minutes, type, place, outcome,
          outcome_reason, attendance_a, attendance_b, checkin_a, checkin_b, created_at, updated_at
        FROM sessions;
      DROP TABLE sessions;
      ALTER TABLE sessions_new RENAME TO sessions;
      CREATE INDEX sessions_couple_date ON sessions (couple_id, date);
      -- Finding clashes and sessions to record looks sessions up by date across couples.
      CREATE INDEX sessions_date ON sessions (date, start_time);
      -- Once its note is signed, a session's facts are part of the signed record.
      CREATE TRIGGER sessions_signed_no_update BEFORE UPDATE ON sessions
        WHEN EXISTS (SELECT 1 FROM notes WHERE session_id = OLD.id AND status = 'signed')
        BEGIN SELECT RAISE(ABORT, 'the session of a signed note cannot be changed'); END;
    `);
  },
};

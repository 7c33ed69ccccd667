import type { Db } from '@core/db/sqlite';
import type { Ratings } from '@shared/contract/assessments';
import type { BookingFields, CheckInGiver, Session, SessionFields } from '@shared/contract/sessions';

export type BookingSlot = Omit<BookingFields, 'repeat'>;

interface SessionRow {
  id: string;
  couple_id: string;
  date: string;
  start_time: string | null;
  duration_minutes: number;
  type: Session['type'];
  place: Session['place'];
  outcome: Session['outcome'];
  outcome_reason: string | null;
  cancelled_by: Session['cancelledBy'];
  notice_hours: number | null;
  series_id: string | null;
  attendance_a: Session['attendance']['A'];
  attendance_b: Session['attendance']['B'];
  checkin_a: string | null;
  checkin_b: string | null;
  checkin_a_by: CheckInGiver | null;
  checkin_b_by: CheckInGiver | null;
  created_at: string;
  updated_at: string;
  note_id: string | null;
  note_status: 'draft' | 'signed' | null;
}

function toSession(row: SessionRow): Session {
  return {
    id: row.id,
    coupleId: row.couple_id,
    date: row.date,
    startTime: row.start_time,
    durationMinutes: row.duration_minutes,
    type: row.type,
    place: row.place,
    outcome: row.outcome,
    outcomeReason: row.outcome_reason,
    cancelledBy: row.cancelled_by,
    noticeHours: row.notice_hours,
    seriesId: row.series_id,
    attendance: { A: row.attendance_a, B: row.attendance_b },
    checkIn: {
      A: row.checkin_a ? (JSON.parse(row.checkin_a) as Ratings) : null,
      B: row.checkin_b ? (JSON.parse(row.checkin_b) as Ratings) : null,
    },
    checkInBy: {
      A: row.checkin_a ? (row.checkin_a_by ?? 'clinician') : null,
      B: row.checkin_b ? (row.checkin_b_by ?? 'clinician') : null,
    },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    noteId: row.note_id,
    noteStatus: row.note_status,
  };
}

function params(id: string, fields: SessionFields, now: string) {
  return {
    id,
    couple_id: fields.coupleId,
    date: fields.date,
    start_time: fields.startTime,
    duration_minutes: fields.durationMinutes,
    type: fields.type,
    place: fields.place,
    outcome: fields.outcome,
    outcome_reason: fields.outcomeReason,
    cancelled_by: fields.cancelledBy,
    notice_hours: fields.noticeHours,
    attendance_a: fields.attendance.A,
    attendance_b: fields.attendance.B,
    checkin_a: fields.checkIn.A ? JSON.stringify(fields.checkIn.A) : null,
    checkin_b: fields.checkIn.B ? JSON.stringify(fields.checkIn.B) : null,
    now,
  };
}

const SELECT = `
  SELECT s.*, n.id AS note_id, n.status AS note_status
  FROM sessions s LEFT JOIN notes n ON n.session_id = s.id`;

export function createSessionsRepo(db: Db) {
  return {
    insert(id: string, fields: SessionFields, now: string): void {
      db.prepare(`
        INSERT INTO sessions (id, couple_id, date, start_time, duration_minutes, type, place, outcome, outcome_reason,
          cancelled_by, notice_hours, attendance_a, attendance_b, checkin_a, checkin_b, checkin_a_by, checkin_b_by,
          created_at, updated_at)
        VALUES (@id, @couple_id, @date, @start_time, @duration_minutes, @type, @place, @outcome, @outcome_reason,
          @cancelled_by, @notice_hours, @attendance_a, @attendance_b, @checkin_a, @checkin_b,
          CASE WHEN @checkin_a IS NULL THEN NULL ELSE 'clinician' END,
          CASE WHEN @checkin_b IS NULL THEN NULL ELSE 'clinician' END, @now, @now)`).run(
        params(id, fields, now),
      );
    },

    /** A booking: nothing has happened yet, so nobody is expected and nothing is rated. */
    insertBooking(id: string, fields: BookingSlot, seriesId: string | null, now: string): void {
      db.prepare(`
        INSERT INTO sessions (id, couple_id, date, start_time, duration_minutes, type, place, outcome,
          attendance_a, attendance_b, series_id, created_at, updated_at)
        VALUES (@id, @couple_id, @date, @start_time, @duration_minutes, @type, @place, 'booked',
          'notExpected', 'notExpected', @series_id, @now, @now)`).run({
        id,
        couple_id: fields.coupleId,
        date: fields.date,
        start_time: fields.startTime,
        duration_minutes: fields.durationMinutes,
        type: fields.type,
        place: fields.place,
        series_id: seriesId,
        now,
      });
    },

    /** Every session of any couple on these dates that has a time (clashes are checked against them). */
    listTimedOnDates(dates: readonly string[]): (Session & { coupleName: string })[] {
      if (dates.length === 0) return [];
      const rows = db
        .prepare(`
          SELECT s.*, n.id AS note_id, n.status AS note_status, c.display_name AS couple_name
          FROM sessions s LEFT JOIN notes n ON n.session_id = s.id JOIN couples c ON c.id = s.couple_id
          WHERE s.date IN (SELECT value FROM json_each(?)) AND s.start_time IS NOT NULL
            AND s.outcome IN ('booked', 'held')`)
        .all(JSON.stringify(dates)) as (SessionRow & { couple_name: string })[];
      return rows.map((row) => ({ ...toSession(row), coupleName: row.couple_name }));
    },

    /** Booked sessions dated before `today`: their outcome is still to be recorded. */
    listToRecord(today: string): (Session & { coupleName: string })[] {
      const rows = db
        .prepare(`
          SELECT s.*, n.id AS note_id, n.status AS note_status, c.display_name AS couple_name
          FROM sessions s LEFT JOIN notes n ON n.session_id = s.id JOIN couples c ON c.id = s.couple_id
          WHERE s.outcome = 'booked' AND s.date < ?
          ORDER BY s.date, s.start_time`)
        .all(today) as (SessionRow & { couple_name: string })[];
      return rows.map((row) => ({ ...toSession(row), coupleName: row.couple_name }));
    },

    update(id: string, fields: SessionFields, now: string): void {
      db.prepare(`
        UPDATE sessions SET date = @date, start_time = @start_time, duration_minutes = @duration_minutes, type = @type,
          place = @place, outcome = @outcome, outcome_reason = @outcome_reason, cancelled_by = @cancelled_by,
          notice_hours = @notice_hours, attendance_a = @attendance_a,
          attendance_b = @attendance_b, checkin_a = @checkin_a, checkin_b = @checkin_b,
          -- A check-in the partner gave privately stays theirs while the clinician leaves it as
          -- it was; one the clinician changes or types becomes the clinician's.
          checkin_a_by = CASE WHEN @checkin_a IS NULL THEN NULL WHEN @checkin_a IS checkin_a THEN coalesce(checkin_a_by, 'clinician') ELSE 'clinician' END,
          checkin_b_by = CASE WHEN @checkin_b IS NULL THEN NULL WHEN @checkin_b IS checkin_b THEN coalesce(checkin_b_by, 'clinician') ELSE 'clinician' END,
          updated_at = @now
        WHERE id = @id AND couple_id = @couple_id`).run(params(id, fields, now));
    },

    /** A partner's own check-in, given privately on the laptop (`questionnaires:submitPrivate`). */
    setPartnerCheckIn(id: string, partner: 'A' | 'B', ratings: Ratings, now: string): void {
      const column = partner === 'A' ? 'a' : 'b';
      db.prepare(
        `UPDATE sessions SET checkin_${column} = ?, checkin_${column}_by = 'partner', updated_at = ? WHERE id = ?`,
      ).run(JSON.stringify(ratings), now, id);
    },

    get(id: string): Session | null {
      const row = db.prepare(`${SELECT} WHERE s.id = ?`).get(id) as SessionRow | undefined;
      return row ? toSession(row) : null;
    },

    listForCouple(coupleId: string): Session[] {
      const rows = db
        .prepare(`${SELECT} WHERE s.couple_id = ? ORDER BY s.date DESC, s.start_time DESC`)
        .all(coupleId) as SessionRow[];
      return rows.map(toSession);
    },
  };
}

export type SessionsRepo = ReturnType<typeof createSessionsRepo>;

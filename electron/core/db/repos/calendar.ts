import type { Db } from '@core/db/sqlite';
import type { CalendarDay } from '@shared/contract/calendar';

interface DayRow {
  date: string;
  trust_discussion: 0 | 1 | null;
  abstinence_a: 'yes' | 'no' | 'unknown' | null;
  abstinence_b: 'yes' | 'no' | 'unknown' | null;
  support_meeting: 0 | 1 | null;
  screen: 'negative' | 'positive' | null;
  updated_at: string;
}

const bool = (value: 0 | 1 | null) => (value === null ? null : value === 1);
const bit = (value: boolean | null) => (value === null ? null : value ? 1 : 0);

function toDay(row: DayRow): CalendarDay & { updatedAt: string } {
  return {
    date: row.date,
    trustDiscussion: bool(row.trust_discussion),
    abstinence: { A: row.abstinence_a, B: row.abstinence_b },
    supportMeeting: bool(row.support_meeting),
    screen: row.screen,
    updatedAt: row.updated_at,
  };
}

/** The recovery calendar's days, mapped to the contract's `CalendarDay`. */
export function createCalendarRepo(db: Db) {
  return {
    days(coupleId: string, from: string, to: string): (CalendarDay & { updatedAt: string })[] {
      return (
        db
          .prepare('SELECT * FROM recovery_days WHERE couple_id = ? AND date BETWEEN ? AND ? ORDER BY date')
          .all(coupleId, from, to) as DayRow[]
      ).map(toDay);
    },

    getDay(coupleId: string, date: string): CalendarDay | null {
      const row = db
        .prepare('SELECT * FROM recovery_days WHERE couple_id = ? AND date = ?')
        .get(coupleId, date) as DayRow | undefined;
      return row ? toDay(row) : null;
    },

    upsertDay(coupleId: string, day: CalendarDay, now: string): void {
      db.prepare(
        `INSERT INTO recovery_days (couple_id, date, trust_discussion, abstinence_a, abstinence_b, support_meeting, screen, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (couple_id, date) DO UPDATE SET trust_discussion = excluded.trust_discussion,
           abstinence_a = excluded.abstinence_a, abstinence_b = excluded.abstinence_b,
           support_meeting = excluded.support_meeting, screen = excluded.screen, updated_at = excluded.updated_at`,
      ).run(
        coupleId,
        day.date,
        bit(day.trustDiscussion),
        day.abstinence.A,
        day.abstinence.B,
        bit(day.supportMeeting),
        day.screen,
        now,
      );
    },
  };
}

export type CalendarRepo = ReturnType<typeof createCalendarRepo>;

import type { Db } from '@core/db/sqlite';
import type { TimelineItem } from '@shared/contract/timeline';

/** The couple's timeline: events recorded by hand, and one ordered read over every dated record. */
export function createTimelineRepo(db: Db) {
  return {
    insertEvent(row: {
      id: string;
      coupleId: string;
      occurredOn: string;
      kind: string;
      partner: 'A' | 'B' | null;
      description: string;
      createdAt: string;
    }): void {
      db.prepare(
        'INSERT INTO events (id, couple_id, occurred_on, kind, partner, description, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ).run(row.id, row.coupleId, row.occurredOn, row.kind, row.partner, row.description, row.createdAt);
    },

    /** The couple's recorded events after `afterDate` (all of them when null), oldest first. */
    eventsAfter(coupleId: string, afterDate: string | null) {
      return db
        .prepare(
          `SELECT id, occurred_on AS occurredOn, kind, partner FROM events
           WHERE couple_id = ? AND (? IS NULL OR occurred_on > ?) ORDER BY occurred_on, created_at`,
        )
        .all(coupleId, afterDate, afterDate) as {
        id: string;
        occurredOn: string;
        kind: string;
        partner: 'A' | 'B' | null;
      }[];
    },

    /**
     * Everything that happened to a couple, oldest first. One query over the indexed
     * tables; labels are assembled by the service from these fields.
     */
    timeline(coupleId: string): Omit<TimelineItem, 'label'>[] {
      const rows = db
        .prepare(`
          SELECT 'session' AS kind, id, date, type || '|' || outcome AS detail, NULL AS partner, 0 AS flagged, coalesce(start_time, '') AS tiebreak
            FROM sessions WHERE couple_id = @c
          UNION ALL
          SELECT 'assessment', id, assessed_on, kind || '|' || version, NULL, safety_positive, created_at
            FROM assessments WHERE couple_id = @c
          UNION ALL
          SELECT 'safetyFlag', id, substr(raised_at, 1, 10), reasons, NULL, 1, raised_at
            FROM safety_flags WHERE couple_id = @c
          UNION ALL
          SELECT 'safetyResolved', id, substr(resolved_at, 1, 10), NULL, NULL, 0, resolved_at
            FROM safety_flags WHERE couple_id = @c AND resolved_at IS NOT NULL
          UNION ALL
          SELECT 'event', id, occurred_on, kind, partner, CASE WHEN kind IN ('relapse', 'crisis') THEN 1 ELSE 0 END, created_at
            FROM events WHERE couple_id = @c
          UNION ALL
          SELECT 'planSigned', id, substr(signed_at, 1, 10), CAST(version AS TEXT), NULL, 0, signed_at
            FROM plan_versions WHERE couple_id = @c AND signed_at IS NOT NULL
          ORDER BY 3, 7`)
        .all({ c: coupleId }) as {
        kind: TimelineItem['kind'];
        id: string;
        date: string;
        detail: string | null;
        partner: 'A' | 'B' | null;
        flagged: 0 | 1;
      }[];
      return rows.map((row) => ({
        kind: row.kind,
        id: row.id,
        date: row.date,
        detail: row.detail,
        partner: row.partner,
        flagged: row.flagged === 1,
      }));
    },
  };
}

export type TimelineRepo = ReturnType<typeof createTimelineRepo>;

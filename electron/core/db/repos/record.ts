import type { Db } from '@core/db/sqlite';
import type { SearchResult, TimelineItem } from '@shared/contract/record';

/**
 * Turns what the clinician typed into a safe FTS5 query: every word becomes a quoted
 * prefix term, so operators and quotes in the input are text, never syntax.
 */
export function ftsQuery(typed: string): string | null {
  const words = typed
    .split(/\s+/)
    .map((word) => word.replace(/["*^():{}[\]]/g, '').trim())
    .filter((word) => word.length > 0);
  if (words.length === 0) return null;
  return words.map((word) => `"${word}"*`).join(' ');
}

interface SearchRow {
  kind: SearchResult['kind'];
  ref_id: string;
  couple_id: string;
  title: string;
  snippet: string;
  rank: number;
  note_id: string | null;
}

export function createRecordRepo(db: Db) {
  /**
   * Ranks inside the FTS index first and joins the item rows only for the best `limit`
   * matches: reading every matching row's content (and decrypting its pages) just to
   * throw most of them away is what made a naive join slow.
   */
  function searchIndex(
    table: 'search_index' | 'process_search_index',
    match: string,
    limit: number,
  ): SearchRow[] {
    return db
      .prepare(`
        SELECT d.kind, d.ref_id, d.couple_id, d.title, m.snippet, m.rank,
          CASE d.kind WHEN 'note' THEN d.ref_id WHEN 'addendum' THEN (SELECT note_id FROM note_addenda WHERE id = d.ref_id) END AS note_id
        FROM (
          SELECT rowid AS id, snippet(${table}, 1, char(2), char(3), '…', 16) AS snippet, bm25(${table}, 2.0, 1.0) AS rank
          FROM ${table} WHERE ${table} MATCH ? ORDER BY rank LIMIT ?
        ) m
        JOIN search_docs d ON d.id = m.id
        ORDER BY m.rank`)
      .all(match, limit) as SearchRow[];
  }

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

    search(typed: string, options: { includeProcessNotes: boolean; limit: number }): SearchResult[] {
      const match = ftsQuery(typed);
      if (!match) return [];
      const found = [
        ...searchIndex('search_index', match, options.limit),
        ...(options.includeProcessNotes ? searchIndex('process_search_index', match, options.limit) : []),
      ];
      return found
        .sort((a, b) => a.rank - b.rank)
        .slice(0, options.limit)
        .map((row) => ({
          kind: row.kind,
          refId: row.ref_id,
          coupleId: row.couple_id,
          noteId: row.note_id,
          title: row.title,
          snippet: row.snippet,
          rank: row.rank,
        }));
    },
  };
}

export type RecordRepo = ReturnType<typeof createRecordRepo>;

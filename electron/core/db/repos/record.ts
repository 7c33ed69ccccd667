import type { SearchResult, TimelineItem } from '../../../../shared/contract/record';
import type { Db } from '../sqlite';

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
      const rows = db
        .prepare(`
          SELECT d.kind, d.ref_id, d.couple_id, d.title,
            snippet(search_index, 1, char(2), char(3), '…', 16) AS snippet,
            bm25(search_index, 2.0, 1.0) AS rank,
            CASE d.kind WHEN 'note' THEN d.ref_id WHEN 'addendum' THEN (SELECT note_id FROM note_addenda WHERE id = d.ref_id) END AS note_id
          FROM search_index JOIN search_docs d ON d.id = search_index.rowid
          WHERE search_index MATCH ? ${options.includeProcessNotes ? '' : "AND d.kind <> 'process'"}
          ORDER BY rank
          LIMIT ?`)
        .all(match, options.limit) as SearchRow[];
      return rows.map((row) => ({
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

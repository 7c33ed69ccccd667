import type { Db } from '@core/db/sqlite';
import type { SearchResult } from '@shared/contract/search';

export type SearchKind = SearchResult['kind'];

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

/**
 * The full-text index: every write that changes searchable text indexes it here, inside the
 * write's transaction, and `search:query` reads it.
 */
export function createSearchRepo(db: Db) {
  const upsertSearchDoc = db.prepare(`
    INSERT INTO search_docs (kind, ref_id, couple_id, title, body) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (kind, ref_id) DO UPDATE SET couple_id = excluded.couple_id, title = excluded.title, body = excluded.body`);

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
    /** Adds or replaces an item's entry in the full-text index (call inside the write's transaction). */
    index(kind: SearchKind, refId: string, coupleId: string, title: string, body: string): void {
      upsertSearchDoc.run(kind, refId, coupleId, title, body);
    },

    query(typed: string, options: { includeProcessNotes: boolean; limit: number }): SearchResult[] {
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

export type SearchRepo = ReturnType<typeof createSearchRepo>;

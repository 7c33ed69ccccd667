import type { Db } from '@core/db/sqlite';
import type { SafetyFlag } from '@shared/contract/safety';

interface FlagRow {
  id: string;
  couple_id: string;
  raised_at: string;
  source: 'assessment' | 'note';
  source_id: string;
  reasons: string;
  resolved_at: string | null;
  resolution: string | null;
}

function toFlag(row: FlagRow): SafetyFlag {
  return {
    id: row.id,
    coupleId: row.couple_id,
    raisedAt: row.raised_at,
    source: row.source,
    sourceId: row.source_id,
    reasons: JSON.parse(row.reasons) as string[],
    resolvedAt: row.resolved_at,
    resolution: row.resolution,
  };
}

/** Safety flags, mapped to the contract's `SafetyFlag`. Raised by assessments and notes. */
export function createSafetyRepo(db: Db) {
  return {
    insert(flag: Omit<SafetyFlag, 'resolvedAt' | 'resolution'>): void {
      db.prepare(
        'INSERT INTO safety_flags (id, couple_id, raised_at, source, source_id, reasons) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(flag.id, flag.coupleId, flag.raisedAt, flag.source, flag.sourceId, JSON.stringify(flag.reasons));
    },

    get(id: string): SafetyFlag | null {
      const row = db.prepare('SELECT * FROM safety_flags WHERE id = ?').get(id) as FlagRow | undefined;
      return row ? toFlag(row) : null;
    },

    list(filter: { coupleId?: string | undefined; openOnly: boolean }): SafetyFlag[] {
      const where: string[] = [];
      const params: string[] = [];
      if (filter.coupleId) {
        where.push('couple_id = ?');
        params.push(filter.coupleId);
      }
      if (filter.openOnly) where.push('resolved_at IS NULL');
      const sql = `SELECT * FROM safety_flags ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY raised_at DESC`;
      return (db.prepare(sql).all(...params) as FlagRow[]).map(toFlag);
    },

    resolve(id: string, resolution: string, at: string): void {
      db.prepare(
        'UPDATE safety_flags SET resolved_at = ?, resolution = ? WHERE id = ? AND resolved_at IS NULL',
      ).run(at, resolution, id);
    },
  };
}

export type SafetyRepo = ReturnType<typeof createSafetyRepo>;

import type { Db } from '@core/db/sqlite';
import type { AuditAction, AuditDetail } from '@shared/domain/audit';

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: AuditAction;
  entity: string | null;
  entityId: string | null;
  detail: AuditDetail | null;
}

interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: AuditAction;
  entity: string | null;
  entity_id: string | null;
  detail: string | null;
}

/** Rekindle is single-user: the actor is the clinician who holds the passphrase. */
const CLINICIAN = 'clinician';

export function createAuditRepo(db: Db, clock: () => Date) {
  const insert = db.prepare(
    'INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?, ?)',
  );
  return {
    record(action: AuditAction, target?: { entity: string; id: string }, detail?: AuditDetail): void {
      insert.run(
        clock().toISOString(),
        CLINICIAN,
        action,
        target?.entity ?? null,
        target?.id ?? null,
        detail ? JSON.stringify(detail) : null,
      );
    },
    /** Newest first, optionally for one couple, one action and a date range (inclusive). */
    list(
      filter: {
        limit?: number;
        coupleId?: string;
        action?: AuditAction;
        from?: string | null;
        to?: string | null;
      } = {},
    ): AuditEntry[] {
      const where: string[] = [];
      const params: (string | number)[] = [];
      if (filter.coupleId) {
        where.push("((entity = 'couple' AND entity_id = ?) OR json_extract(detail, '$.coupleId') = ?)");
        params.push(filter.coupleId, filter.coupleId);
      }
      if (filter.action) {
        where.push('action = ?');
        params.push(filter.action);
      }
      if (filter.from) {
        where.push('substr(at, 1, 10) >= ?');
        params.push(filter.from);
      }
      if (filter.to) {
        where.push('substr(at, 1, 10) <= ?');
        params.push(filter.to);
      }
      const sql = `SELECT * FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`;
      const rows = db.prepare(sql).all(...params, filter.limit ?? 200) as AuditRow[];
      return rows.map((row) => ({
        id: row.id,
        at: row.at,
        actor: row.actor,
        action: row.action,
        entity: row.entity,
        entityId: row.entity_id,
        detail: row.detail ? (JSON.parse(row.detail) as AuditDetail) : null,
      }));
    },
  };
}

export type AuditRepo = ReturnType<typeof createAuditRepo>;

import type { AuditAction, AuditDetail } from '../../../../shared/domain/audit';
import type { Db } from '../sqlite';

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
    /** Newest first. */
    list(limit = 200): AuditEntry[] {
      const rows = db.prepare('SELECT * FROM audit_log ORDER BY id DESC LIMIT ?').all(limit) as AuditRow[];
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

import type { Db } from '@core/db/sqlite';

export interface PlanVersionRow {
  id: string;
  couple_id: string;
  version: number;
  status: 'draft' | 'active' | 'superseded';
  source: 'proposal' | 'blank' | 'revision';
  based_on: string | null;
  assessment_id: string | null;
  document: string;
  review_date: string | null;
  created_at: string;
  updated_at: string;
  signed_at: string | null;
  signed_by: string | null;
  superseded_at: string | null;
}

export interface NewDraft {
  id: string;
  coupleId: string;
  source: PlanVersionRow['source'];
  basedOn: string | null;
  assessmentId: string | null;
  document: string;
  reviewDate: string | null;
  now: string;
}

export function createPlansRepo(db: Db) {
  const byId = db.prepare('SELECT * FROM plan_versions WHERE id = ?');
  const byStatus = db.prepare('SELECT * FROM plan_versions WHERE couple_id = ? AND status = ?');
  return {
    get(id: string): PlanVersionRow | null {
      return (byId.get(id) as PlanVersionRow | undefined) ?? null;
    },

    /** Every version of the couple's plan, newest first. */
    listForCouple(coupleId: string): PlanVersionRow[] {
      return db
        .prepare('SELECT * FROM plan_versions WHERE couple_id = ? ORDER BY version DESC')
        .all(coupleId) as PlanVersionRow[];
    },

    draftFor(coupleId: string): PlanVersionRow | null {
      return (byStatus.get(coupleId, 'draft') as PlanVersionRow | undefined) ?? null;
    },

    activeFor(coupleId: string): PlanVersionRow | null {
      return (byStatus.get(coupleId, 'active') as PlanVersionRow | undefined) ?? null;
    },

    insertDraft(draft: NewDraft): void {
      db.prepare(
        `INSERT INTO plan_versions (id, couple_id, version, status, source, based_on, assessment_id, document, review_date, created_at, updated_at)
         VALUES (@id, @coupleId, (SELECT coalesce(max(version), 0) + 1 FROM plan_versions WHERE couple_id = @coupleId),
                 'draft', @source, @basedOn, @assessmentId, @document, @reviewDate, @now, @now)`,
      ).run(draft);
    },

    /** Returns false when the row is no longer a draft (signed or discarded meanwhile). */
    updateDraft(id: string, document: string, reviewDate: string | null, now: string): boolean {
      return (
        db
          .prepare(
            "UPDATE plan_versions SET document = ?, review_date = ?, updated_at = ? WHERE id = ? AND status = 'draft'",
          )
          .run(document, reviewDate, now, id).changes === 1
      );
    },

    deleteDraft(id: string): boolean {
      return db.prepare("DELETE FROM plan_versions WHERE id = ? AND status = 'draft'").run(id).changes === 1;
    },

    supersede(id: string, at: string): void {
      db.prepare(
        "UPDATE plan_versions SET status = 'superseded', superseded_at = ? WHERE id = ? AND status = 'active'",
      ).run(at, id);
    },

    activate(id: string, signedAt: string, signedBy: string): boolean {
      return (
        db
          .prepare(
            "UPDATE plan_versions SET status = 'active', signed_at = ?, signed_by = ?, updated_at = ? WHERE id = ? AND status = 'draft'",
          )
          .run(signedAt, signedBy, signedAt, id).changes === 1
      );
    },
  };
}

export type PlansRepo = ReturnType<typeof createPlansRepo>;

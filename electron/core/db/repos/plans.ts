import type { Db } from '@core/db/sqlite';
import type { PlanVersion, PlanVersionSummary } from '@shared/contract/plans';
import { type PlanDocument, planDocumentSchema } from '@shared/domain/plan';

interface PlanVersionRow {
  id: string;
  couple_id: string;
  version: number;
  status: PlanVersionSummary['status'];
  source: PlanVersionSummary['source'];
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

function toSummary(row: Omit<PlanVersionRow, 'document' | 'assessment_id'>): PlanVersionSummary {
  return {
    id: row.id,
    coupleId: row.couple_id,
    version: row.version,
    status: row.status,
    source: row.source,
    basedOnId: row.based_on,
    reviewDate: row.review_date,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    signedAt: row.signed_at,
    signedBy: row.signed_by,
    supersededAt: row.superseded_at,
  };
}

/** Stored documents went through the same schema on the way in; parsing again fills defaults added since. */
function toVersion(row: PlanVersionRow): PlanVersion {
  return { ...toSummary(row), document: planDocumentSchema.parse(JSON.parse(row.document)) };
}

export interface NewDraft {
  id: string;
  coupleId: string;
  source: PlanVersionSummary['source'];
  basedOn: string | null;
  assessmentId: string | null;
  document: PlanDocument;
  reviewDate: string | null;
  now: string;
}

/** Every column but the document, which only whole versions parse. */
const SUMMARY_COLUMNS =
  'id, couple_id, version, status, source, based_on, review_date, created_at, updated_at, signed_at, signed_by, superseded_at';

export function createPlansRepo(db: Db) {
  const byId = db.prepare('SELECT * FROM plan_versions WHERE id = ?');
  const byStatus = db.prepare('SELECT * FROM plan_versions WHERE couple_id = ? AND status = ?');
  const one = (row: unknown): PlanVersion | null => (row ? toVersion(row as PlanVersionRow) : null);
  return {
    get(id: string): PlanVersion | null {
      return one(byId.get(id));
    },

    /** Every version of the couple's plan, newest first, without their documents. */
    listForCouple(coupleId: string): PlanVersionSummary[] {
      return (
        db
          .prepare(`SELECT ${SUMMARY_COLUMNS} FROM plan_versions WHERE couple_id = ? ORDER BY version DESC`)
          .all(coupleId) as Omit<PlanVersionRow, 'document' | 'assessment_id'>[]
      ).map(toSummary);
    },

    draftFor(coupleId: string): PlanVersion | null {
      return one(byStatus.get(coupleId, 'draft'));
    },

    activeFor(coupleId: string): PlanVersion | null {
      return one(byStatus.get(coupleId, 'active'));
    },

    /** The assessment a version's proposal came from (a revision keeps its predecessor's). */
    assessmentIdOf(id: string): string | null {
      return (
        (db.prepare('SELECT assessment_id FROM plan_versions WHERE id = ?').pluck().get(id) as
          | string
          | null
          | undefined) ?? null
      );
    },

    insertDraft(draft: NewDraft): void {
      db.prepare(
        `INSERT INTO plan_versions (id, couple_id, version, status, source, based_on, assessment_id, document, review_date, created_at, updated_at)
         VALUES (@id, @coupleId, (SELECT coalesce(max(version), 0) + 1 FROM plan_versions WHERE couple_id = @coupleId),
                 'draft', @source, @basedOn, @assessmentId, @document, @reviewDate, @now, @now)`,
      ).run({ ...draft, document: JSON.stringify(draft.document) });
    },

    /** Returns false when the row is no longer a draft (signed or discarded meanwhile). */
    updateDraft(id: string, document: PlanDocument, reviewDate: string | null, now: string): boolean {
      return (
        db
          .prepare(
            "UPDATE plan_versions SET document = ?, review_date = ?, updated_at = ? WHERE id = ? AND status = 'draft'",
          )
          .run(JSON.stringify(document), reviewDate, now, id).changes === 1
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

import type { Db } from '@core/db/sqlite';
import type { ReportRecord } from '@shared/contract/reports';
import type { ReportKind, ReportRecipient } from '@shared/domain/reports/options';

interface ReportRow {
  id: string;
  couple_id: string | null;
  kind: ReportKind;
  title: string;
  recipient: ReportRecipient | null;
  recipient_name: string | null;
  options: string;
  page_count: number;
  sha256: string;
  created_at: string;
  saved_at: string | null;
  printed_at: string | null;
}

function toRecord(row: ReportRow): ReportRecord {
  return {
    id: row.id,
    coupleId: row.couple_id,
    kind: row.kind,
    title: row.title,
    recipient: row.recipient,
    recipientName: row.recipient_name,
    options: JSON.parse(row.options) as Record<string, unknown>,
    pageCount: row.page_count,
    sha256: row.sha256,
    createdAt: row.created_at,
    savedAt: row.saved_at,
    printedAt: row.printed_at,
  };
}

export type NewReportRecord = Omit<ReportRecord, 'savedAt' | 'printedAt'>;

export function createReportsRepo(db: Db) {
  return {
    insert(record: NewReportRecord): void {
      db.prepare(
        `INSERT INTO reports (id, couple_id, kind, title, recipient, recipient_name, options, page_count, sha256, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        record.id,
        record.coupleId,
        record.kind,
        record.title,
        record.recipient,
        record.recipientName,
        JSON.stringify(record.options),
        record.pageCount,
        record.sha256,
        record.createdAt,
      );
    },
    get(id: string): ReportRecord | null {
      const row = db.prepare('SELECT * FROM reports WHERE id = ?').get(id) as ReportRow | undefined;
      return row ? toRecord(row) : null;
    },
    markSaved(id: string, at: string): void {
      db.prepare('UPDATE reports SET saved_at = ? WHERE id = ?').run(at, id);
    },
    markPrinted(id: string, at: string): void {
      db.prepare('UPDATE reports SET printed_at = ? WHERE id = ?').run(at, id);
    },
    /** Newest first. */
    listForCouple(coupleId: string): ReportRecord[] {
      return (
        db
          .prepare('SELECT * FROM reports WHERE couple_id = ? ORDER BY created_at DESC, rowid DESC')
          .all(coupleId) as ReportRow[]
      ).map(toRecord);
    },
  };
}

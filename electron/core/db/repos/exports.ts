import type { Db } from '@core/db/sqlite';
import { type ExportTable, exportRowSchemas } from '@shared/contract/exports';

/**
 * Whole rows in and out, for export and import. Table and column names come only from the
 * published schema's constants, never from an archive; values are always bound parameters.
 *
 * Deliberately raw rows, unlike every other repository, which maps rows to contract objects:
 * the published export format IS the rows (snake_case columns, `resources/export/`), so
 * mapping them to camelCase here only to map them back for the archive would add a second
 * format to keep in step. services/exports.ts is therefore the one service that reads columns.
 */

/** Which rows belong to one couple. Addenda belong to a note, so through it. */
const coupleFilter: { [T in ExportTable]: string } = {
  couples: 'id = @coupleId',
  partners: 'couple_id = @coupleId',
  assessments: 'couple_id = @coupleId',
  safety_flags: 'couple_id = @coupleId',
  sessions: 'couple_id = @coupleId',
  notes: 'couple_id = @coupleId',
  note_addenda: 'note_id IN (SELECT id FROM notes WHERE couple_id = @coupleId)',
  process_notes: 'couple_id = @coupleId',
  events: 'couple_id = @coupleId',
  // The clinician's own entries (and seed entries they edited) go with every export: plans
  // refer to them by id. Untouched seed entries ship with every copy of Rekindle.
  library_entries: "origin = 'clinician' OR edited = 1",
  plan_versions: 'couple_id = @coupleId',
  measurements: 'couple_id = @coupleId',
  recovery_days: 'couple_id = @coupleId',
  reports: 'couple_id = @coupleId',
  homework: 'couple_id = @coupleId',
  consents: 'couple_id = @coupleId',
  questionnaire_responses: 'couple_id = @coupleId',
  questionnaire_schedule: 'couple_id = @coupleId',
};

/** Stable order, and for plan versions the order their `based_on` references need. */
const orderBy: { [T in ExportTable]: string } = {
  couples: 'id',
  partners: 'couple_id, position',
  assessments: 'couple_id, version',
  safety_flags: 'id',
  sessions: 'couple_id, date, id',
  notes: 'id',
  note_addenda: 'note_id, created_at, id',
  process_notes: 'id',
  events: 'couple_id, occurred_on, id',
  library_entries: 'id',
  plan_versions: 'couple_id, version',
  measurements: 'id',
  recovery_days: 'couple_id, date',
  reports: 'created_at, id',
  homework: 'couple_id, due_date, id',
  consents: 'couple_id, partner, signed_on, id',
  questionnaire_responses: 'couple_id, answered_on, created_at, id',
  questionnaire_schedule: 'couple_id, partner, instrument',
};

function columnsOf(table: ExportTable): string[] {
  return Object.keys(exportRowSchemas[table].shape);
}

export function createExportsRepo(db: Db) {
  return {
    /** Every exported row of a table: the practice's (coupleId null) or one couple's. */
    rows(table: ExportTable, coupleId: string | null): Record<string, unknown>[] {
      const where =
        table === 'library_entries'
          ? coupleFilter.library_entries
          : coupleId === null
            ? '1'
            : coupleFilter[table];
      return db
        .prepare(
          `SELECT ${columnsOf(table).join(', ')} FROM ${table} WHERE ${where} ORDER BY ${orderBy[table]}`,
        )
        .all(coupleId === null ? {} : { coupleId }) as Record<string, unknown>[];
    },

    /**
     * Inserts rows as they are (ids, signatures and hashes included). Library entries replace a
     * seed entry of the same id: the archive holds the clinician's edited text.
     */
    insert(table: ExportTable, rows: readonly Record<string, unknown>[]): void {
      const columns = columnsOf(table);
      const upsert =
        table === 'library_entries'
          ? ` ON CONFLICT (id) DO UPDATE SET ${columns
              .filter((c) => c !== 'id')
              .map((c) => `${c} = excluded.${c}`)
              .join(', ')}`
          : '';
      const statement = db.prepare(
        `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})${upsert}`,
      );
      for (const row of rows) statement.run(row);
    },

    coupleCount(): number {
      return (db.prepare('SELECT count(*) AS n FROM couples').get() as { n: number }).n;
    },

    schemaVersion(): number {
      return db.pragma('user_version', { simple: true }) as number;
    },
  };
}

export type ExportsRepo = ReturnType<typeof createExportsRepo>;

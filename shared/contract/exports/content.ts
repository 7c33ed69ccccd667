import {
  ratingsSchema,
  storedAssessmentAnswersShape,
  storedAssessmentScoresSchema,
} from '@shared/contract/assessments';
import { noteContentSchema } from '@shared/contract/notes';
import { libraryEntrySchema } from '@shared/domain/library';
import { planDocumentSchema } from '@shared/domain/plan/document';
import { z } from 'zod';
import type { ExportTable, ExportTables } from './';

/**
 * What the JSON columns Rekindle reads must hold. The row schemas give them as plain JSON (so
 * rows round-trip exactly), but the app reads some with a bare cast (a note's content for
 * search, a session's check-ins) or strictly (a plan): a hand-edited archive is refused at the
 * door rather than break a screen later. Only checked, never applied, so stored values (and
 * the signature hashes over them) stay exactly as exported. The published schema documents
 * these same shapes.
 */
export const exportContentSchemas: {
  [T in ExportTable]?: Record<string, { what: string; schema: z.ZodType }>;
} = {
  partners: { substances: { what: 'a partner’s substances', schema: z.array(z.string()) } },
  // The read schemas, so an archive exported before safety items recorded asked/answer (booleans)
  // and before the DSM-5 "assessed" switch imports as it is and reads as the app reads its own.
  assessments: {
    answers: { what: 'an assessment', schema: storedAssessmentAnswersShape },
    scores: { what: 'an assessment’s scores', schema: storedAssessmentScoresSchema },
  },
  safety_flags: { reasons: { what: 'a safety flag’s reasons', schema: z.array(z.string()) } },
  sessions: {
    checkin_a: { what: 'a session check-in', schema: ratingsSchema.nullable() },
    checkin_b: { what: 'a session check-in', schema: ratingsSchema.nullable() },
  },
  notes: { content: { what: 'a session note', schema: noteContentSchema } },
  library_entries: { entry: { what: 'a library exercise', schema: libraryEntrySchema } },
  plan_versions: { document: { what: 'a treatment plan', schema: planDocumentSchema } },
  reports: { options: { what: 'a report record', schema: z.record(z.string(), z.unknown()) } },
};

/** What the first unreadable record is ("a treatment plan"), or null when all can be read. */
export function unreadableContent(tables: ExportTables): string | null {
  for (const [table, columns] of Object.entries(exportContentSchemas) as [
    ExportTable,
    Record<string, { what: string; schema: z.ZodType }>,
  ][]) {
    for (const row of tables[table] as Record<string, unknown>[]) {
      for (const [column, check] of Object.entries(columns)) {
        if (!check.schema.safeParse(row[column]).success) return check.what;
      }
    }
  }
  return null;
}

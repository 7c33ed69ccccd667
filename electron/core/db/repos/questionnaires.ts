import type { Db } from '@core/db/sqlite';
import type {
  QuestionnaireResponse,
  QuestionnaireScheduleEntry,
  ResponseMode,
  RiskAnswer,
} from '@shared/contract/questionnaires';
import { bandOf, instrumentById, isCase } from '@shared/domain/questionnaires';
import type { InstrumentId } from '@shared/domain/questionnaires/types';

interface ResponseRow {
  id: string;
  couple_id: string;
  partner: 'A' | 'B';
  instrument: InstrumentId;
  answered_on: string;
  session_id: string | null;
  answers: string;
  total: number;
  mode: ResponseMode;
  risk_answers: string;
  reviewed_at: string | null;
  created_at: string;
}

/**
 * Band and caseness are read from the stored total through the instrument's definition, so a
 * response, the chart and the report judge a score by the one published rule. Partners' sex is
 * not recorded, so AUDIT-C uses its lower cut-off (see `casenessCutOff`).
 */
function toResponse(row: ResponseRow): QuestionnaireResponse {
  const definition = instrumentById(row.instrument);
  return {
    id: row.id,
    coupleId: row.couple_id,
    partner: row.partner,
    instrument: row.instrument,
    answeredOn: row.answered_on,
    sessionId: row.session_id,
    answers: JSON.parse(row.answers) as Record<string, number>,
    total: row.total,
    band: bandOf(definition, row.total)?.label ?? null,
    isCase: isCase(definition, row.total),
    mode: row.mode,
    riskAnswers: JSON.parse(row.risk_answers) as RiskAnswer[],
    reviewedAt: row.reviewed_at,
    createdAt: row.created_at,
  };
}

export type NewResponse = Omit<QuestionnaireResponse, 'band' | 'isCase'>;

export function createQuestionnairesRepo(db: Db) {
  return {
    insert(response: NewResponse): void {
      db.prepare(`
        INSERT INTO questionnaire_responses (id, couple_id, partner, instrument, answered_on, session_id, answers,
          total, mode, risk_answers, reviewed_at, created_at)
        VALUES (@id, @coupleId, @partner, @instrument, @answeredOn, @sessionId, @answers, @total, @mode,
          @riskAnswers, @reviewedAt, @createdAt)`).run({
        ...response,
        answers: JSON.stringify(response.answers),
        riskAnswers: JSON.stringify(response.riskAnswers),
      });
    },

    get(id: string): QuestionnaireResponse | null {
      const row = db.prepare('SELECT * FROM questionnaire_responses WHERE id = ?').get(id) as
        | ResponseRow
        | undefined;
      return row ? toResponse(row) : null;
    },

    /** A couple's responses, newest first (same day: the later entry first). */
    listForCouple(coupleId: string): QuestionnaireResponse[] {
      const rows = db
        .prepare(
          'SELECT * FROM questionnaire_responses WHERE couple_id = ? ORDER BY answered_on DESC, created_at DESC',
        )
        .all(coupleId) as ResponseRow[];
      return rows.map(toResponse);
    },

    /** Private responses not yet reviewed, for one couple or (no id) every couple. */
    listUnreviewed(coupleId?: string): QuestionnaireResponse[] {
      const rows = db
        .prepare(
          `SELECT * FROM questionnaire_responses WHERE reviewed_at IS NULL AND (@c IS NULL OR couple_id = @c)
           ORDER BY answered_on, created_at`,
        )
        .all({ c: coupleId ?? null }) as ResponseRow[];
      return rows.map(toResponse);
    },

    /** Marks these responses reviewed; returns how many were waiting. */
    markReviewed(ids: readonly string[], at: string): number {
      return db
        .prepare(
          `UPDATE questionnaire_responses SET reviewed_at = ?
           WHERE reviewed_at IS NULL AND id IN (SELECT value FROM json_each(?))`,
        )
        .run(at, JSON.stringify(ids)).changes;
    },

    /** Couples with any response, for Today's deterioration check. */
    couplesWithResponses(): { coupleId: string; displayName: string }[] {
      return db
        .prepare(`
          SELECT DISTINCT c.id AS coupleId, c.display_name AS displayName
          FROM questionnaire_responses r JOIN couples c ON c.id = r.couple_id
          WHERE c.archived_at IS NULL ORDER BY c.display_name`)
        .all() as { coupleId: string; displayName: string }[];
    },

    schedule(coupleId: string): QuestionnaireScheduleEntry[] {
      return db
        .prepare(
          `SELECT instrument, partner, cadence FROM questionnaire_schedule WHERE couple_id = ?
           ORDER BY partner, CASE instrument WHEN 'phq9' THEN 1 WHEN 'gad7' THEN 2 WHEN 'pcl5' THEN 3 ELSE 4 END`,
        )
        .all(coupleId) as QuestionnaireScheduleEntry[];
    },

    replaceSchedule(coupleId: string, entries: readonly QuestionnaireScheduleEntry[]): void {
      db.prepare('DELETE FROM questionnaire_schedule WHERE couple_id = ?').run(coupleId);
      const insert = db.prepare(
        'INSERT INTO questionnaire_schedule (couple_id, instrument, partner, cadence) VALUES (?, ?, ?, ?)',
      );
      for (const entry of entries) insert.run(coupleId, entry.instrument, entry.partner, entry.cadence);
    },
  };
}

export type QuestionnairesRepo = ReturnType<typeof createQuestionnairesRepo>;

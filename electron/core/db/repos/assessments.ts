import type { Db } from '@core/db/sqlite';
import {
  type Assessment,
  type AssessmentFields,
  type PartnerScores,
  storedAssessmentAnswersSchema,
  storedAssessmentScoresSchema,
} from '@shared/contract/assessments';
import { unaskedSafetyItems } from '@shared/domain/assessment';

interface AssessmentRow {
  id: string;
  couple_id: string;
  version: number;
  kind: 'intake' | 'review';
  assessed_on: string;
  created_at: string;
  answers: string;
  scores: string;
  safety_positive: 0 | 1;
  flag_id: string | null;
}

type StoredAnswers = Pick<AssessmentFields, 'relationship' | 'partnerA' | 'partnerB'>;

/**
 * Stored JSON is parsed, not cast: assessments written before each safety item recorded
 * asked/answer and before the DSM-5 "assessed" switch are read into today's shape here (see
 * `storedAssessmentAnswersSchema` for how), and their scores completed from those answers.
 */
function toAssessment(row: AssessmentRow): Assessment {
  const answers = storedAssessmentAnswersSchema.parse(JSON.parse(row.answers));
  const stored = storedAssessmentScoresSchema.parse(JSON.parse(row.scores));
  const complete = (key: 'partnerA' | 'partnerB'): PartnerScores => ({
    ...stored[key],
    dsm5Assessed: stored[key].dsm5Assessed ?? answers[key].dsm5Assessed,
    unaskedSafety: stored[key].unaskedSafety ?? unaskedSafetyItems(answers[key].safety),
  });
  const scores = { partnerA: complete('partnerA'), partnerB: complete('partnerB') };
  return {
    id: row.id,
    coupleId: row.couple_id,
    version: row.version,
    kind: row.kind,
    assessedOn: row.assessed_on,
    createdAt: row.created_at,
    ...answers,
    scores,
    safetyFlagId: row.flag_id,
  };
}

const SELECT_ASSESSMENT = `
  SELECT a.*, (SELECT f.id FROM safety_flags f WHERE f.source = 'assessment' AND f.source_id = a.id) AS flag_id
  FROM assessments a`;

export function createAssessmentsRepo(db: Db) {
  return {
    nextVersion(coupleId: string): number {
      const max = db
        .prepare('SELECT max(version) FROM assessments WHERE couple_id = ?')
        .pluck()
        .get(coupleId) as number | null;
      return (max ?? 0) + 1;
    },

    insert(row: {
      id: string;
      fields: AssessmentFields;
      version: number;
      createdAt: string;
      scores: Assessment['scores'];
      safetyPositive: boolean;
    }): void {
      const { coupleId, kind, assessedOn, relationship, partnerA, partnerB } = row.fields;
      db.prepare(
        `INSERT INTO assessments (id, couple_id, version, kind, assessed_on, created_at, answers, scores, safety_positive)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        row.id,
        coupleId,
        row.version,
        kind,
        assessedOn,
        row.createdAt,
        JSON.stringify({ relationship, partnerA, partnerB } satisfies StoredAnswers),
        JSON.stringify(row.scores),
        row.safetyPositive ? 1 : 0,
      );
    },

    get(id: string): Assessment | null {
      const row = db.prepare(`${SELECT_ASSESSMENT} WHERE a.id = ?`).get(id) as AssessmentRow | undefined;
      return row ? toAssessment(row) : null;
    },

    listForCouple(coupleId: string) {
      const rows = db
        .prepare(`${SELECT_ASSESSMENT} WHERE a.couple_id = ? ORDER BY a.assessed_on DESC, a.version DESC`)
        .all(coupleId) as AssessmentRow[];
      return rows.map((row) => {
        const { scores } = toAssessment(row);
        return {
          id: row.id,
          kind: row.kind,
          version: row.version,
          assessedOn: row.assessed_on,
          safetyPositive: row.safety_positive === 1,
          safetyNotDone: scores.partnerA.unaskedSafety.length + scores.partnerB.unaskedSafety.length > 0,
        };
      });
    },
  };
}

export type AssessmentsRepo = ReturnType<typeof createAssessmentsRepo>;

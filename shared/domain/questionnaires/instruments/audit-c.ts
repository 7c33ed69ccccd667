/**
 * AUDIT-C as a measure: the three alcohol consumption questions the intake assessment already
 * asks (`auditCQuestions`) and its scoring (`scoreAuditC`), reused from assessment.ts so the
 * wording, the never-drinks rule and the sex-specific cut-offs exist in one place only.
 */
import { type AuditCAnswers, auditCQuestions, scoreAuditC } from '@shared/domain/assessment';
import type { InstrumentDefinition, MeasureItem, RespondentSex } from '@shared/domain/questionnaires/types';

const items: readonly MeasureItem[] = auditCQuestions.map((question) => ({
  id: question.id,
  text: question.text,
  // The assessment stores the answer's position (0-4), which is the points it scores.
  options: question.options.map((label, value) => ({ label, value })),
}));

/** The three answers as `scoreAuditC` takes them (answers are checked before this runs). */
function auditCAnswers(answers: Readonly<Record<string, number>>): AuditCAnswers {
  return {
    frequency: answers.frequency ?? 0,
    typicalQuantity: answers.typicalQuantity ?? 0,
    heavyEpisodes: answers.heavyEpisodes ?? 0,
  };
}

const neverDrinks: AuditCAnswers = { frequency: 0, typicalQuantity: 0, heavyEpisodes: 0 };

const bush1998 =
  'Bush K, Kivlahan DR, McDonell MB, Fihn SD, Bradley KA. The AUDIT alcohol consumption questions (AUDIT-C): an effective brief screening test for problem drinking. Arch Intern Med. 1998;158(16):1789-1795. doi:10.1001/archinte.158.16.1789';

export const auditC: InstrumentDefinition = {
  id: 'auditC',
  name: 'Alcohol Use Disorders Identification Test - Consumption',
  shortName: 'AUDIT-C',
  // Each question names its own time frame ("in the past year"); there is no common stem.
  timeframe: null,
  instructions: null,
  items,
  wordingSource:
    'shared/domain/assessment.ts (auditCQuestions), from the WHO AUDIT questions 1-3 (Babor et al., WHO 2001)',
  min: 0,
  max: 12,
  // scoreAuditC's total does not depend on sex; only its cut-off does.
  total: (answers) => scoreAuditC(auditCAnswers(answers), 'unspecified').total,
  severity: {
    bands: null,
    reason:
      'No sex-independent severity bands are published for AUDIT-C totals; the published thresholds are the sex-specific screening cut-offs, kept as the caseness line.',
  },
  reliableChange: {
    points: null,
    reason:
      'No published reliable-change threshold for AUDIT-C totals was found (published work reports test-retest stability and screening cut-offs, not a reliable-change index). Changes are shown without a reliable-change judgment rather than against an invented number.',
  },
  caseness: {
    cutOff: {
      kind: 'bySex',
      // The cut-off lives in scoreAuditC (4 for men, 3 for women and where sex is not recorded,
      // so nobody is screened out by a missing answer); it is read from there, not copied.
      atLeast: (sex: RespondentSex) => scoreAuditC(neverDrinks, sex).cutOff,
    },
    label: 'Positive screen for unhealthy alcohol use',
    source: `${bush1998}; US validation: positive at 4 or more for men and 3 or more for women`,
    why: 'The published sex-specific cut-offs the intake assessment already uses; where sex is not recorded the lower one applies.',
  },
  lowerIsBetter: true,
  safetyItems: [],
  attribution: `AUDIT-C: ${bush1998}. Questions 1-3 of the WHO Alcohol Use Disorders Identification Test (Babor TF, Higgins-Biddle JC, Saunders JB, Monteiro MG. WHO 2001).`,
  citation: bush1998,
};

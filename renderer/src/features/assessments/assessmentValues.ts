import { type FieldErrors, placeFieldErrors } from '@renderer/ui/fieldErrors';
import {
  type AssessmentInput,
  assessmentInputSchema,
  type PartnerAssessmentInput,
} from '@shared/contract/assessments';
import { issuesToFieldErrors } from '@shared/contract/field-issues';
import {
  type AuditCQuestionId,
  type AuditCResult,
  type AuditCSex,
  auditCQuestions,
  type CodependencyId,
  type Dsm5CriterionId,
  positiveSafetyItems,
  type RatingArea,
  ratingAreas,
  type SafetyAnswer,
  type SafetyItemId,
  safetyItems,
  scoreAuditC,
  substanceUseSeverity,
  type TrustHistoryId,
  type UseDisorderSeverity,
  unaskedSafetyItems,
} from '@shared/domain/assessment';

/** What the form holds, as typed: strings for numbers, '' for "not answered". */
export interface PartnerAssessmentValues {
  ratings: Record<RatingArea, string>;
  substances: string;
  /** Unticked, the checklist is hidden and no criteria are sent (they are kept here, so ticking again restores them). */
  dsm5Assessed: boolean;
  dsm5Criteria: Dsm5CriterionId[];
  yearsOfUse: string;
  lastUseDate: string;
  priorTreatment: string;
  medicationAssistedTreatment: string;
  trustHistory: TrustHistoryId[];
  codependency: CodependencyId[];
  commitment: '' | '1' | '2' | '3' | '4' | '5';
  ownGoal: string;
  intent: '' | 'improve' | 'decide' | 'unsure';
  safety: Record<SafetyItemId, SafetyAnswer>;
  auditC: Record<AuditCQuestionId, string>;
  auditCSex: AuditCSex;
}

export interface AssessmentFormValues {
  kind: 'intake' | 'review';
  assessedOn: string;
  yearsTogether: string;
  livingTogether: '' | 'yes' | 'no';
  children: string;
  partnerA: PartnerAssessmentValues;
  partnerB: PartnerAssessmentValues;
}

export type PartnerKey = 'partnerA' | 'partnerB';

export function emptyPartnerAssessment(): PartnerAssessmentValues {
  return {
    ratings: Object.fromEntries(ratingAreas.map((area) => [area, ''])) as Record<RatingArea, string>,
    substances: '',
    // Unassessed until the clinician says otherwise: "assessed" is a finding, not a default.
    dsm5Assessed: false,
    dsm5Criteria: [],
    yearsOfUse: '',
    lastUseDate: '',
    priorTreatment: '',
    medicationAssistedTreatment: '',
    trustHistory: [],
    codependency: [],
    commitment: '',
    ownGoal: '',
    intent: '',
    // Every item starts "not asked": only the clinician's answer makes it yes or no.
    safety: Object.fromEntries(safetyItems.map((item) => [item.id, 'notAsked'])) as Record<
      SafetyItemId,
      SafetyAnswer
    >,
    auditC: Object.fromEntries(auditCQuestions.map((q) => [q.id, ''])) as Record<AuditCQuestionId, string>,
    auditCSex: 'unspecified',
  };
}

export function emptyAssessmentForm(
  kind: 'intake' | 'review',
  assessedOn: string,
  substances: { A: string[]; B: string[] },
): AssessmentFormValues {
  return {
    kind,
    assessedOn,
    yearsTogether: '',
    livingTogether: '',
    children: '',
    partnerA: { ...emptyPartnerAssessment(), substances: substances.A.join(', ') },
    partnerB: { ...emptyPartnerAssessment(), substances: substances.B.join(', ') },
  };
}

/** Accepts "2.5" and "2,5"; anything else becomes NaN so the schema names the problem. */
function parseNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  return /^-?\d+([.,]\d+)?$/.test(trimmed) ? Number(trimmed.replace(',', '.')) : Number.NaN;
}

/** A required number: blank is `undefined`, so the schema says "Rate from 0 to 10". */
function requiredNumber(text: string): number | undefined {
  return parseNumber(text) ?? undefined;
}

function auditCInput(values: PartnerAssessmentValues): PartnerAssessmentInput['auditC'] {
  const answers = auditCQuestions.map((q) => values.auditC[q.id]);
  if (answers.every((answer) => answer === '')) return null;
  return Object.fromEntries(
    auditCQuestions.map((q) => [q.id, values.auditC[q.id] === '' ? -1 : Number(values.auditC[q.id])]),
  ) as Record<AuditCQuestionId, number>;
}

/** The criteria the form sends: none while the checklist is switched off as not assessed. */
function assessedCriteria(values: PartnerAssessmentValues): Dsm5CriterionId[] {
  return values.dsm5Assessed ? values.dsm5Criteria : [];
}

/** What the form would send for one partner; unanswered required answers stay undefined for the schema to name. */
type PartnerDraft = Omit<PartnerAssessmentInput, 'ratings' | 'commitment' | 'intent'> & {
  ratings: Record<RatingArea, number | undefined>;
  commitment: number | undefined;
  intent: PartnerAssessmentInput['intent'] | undefined;
};

function partnerInput(values: PartnerAssessmentValues): PartnerDraft {
  return {
    ratings: Object.fromEntries(
      ratingAreas.map((area) => [area, requiredNumber(values.ratings[area])]),
    ) as Record<RatingArea, number | undefined>,
    substances: values.substances
      .split(',')
      .map((substance) => substance.trim())
      .filter(Boolean),
    dsm5Assessed: values.dsm5Assessed,
    dsm5Criteria: assessedCriteria(values),
    yearsOfUse: parseNumber(values.yearsOfUse),
    lastUseDate: values.lastUseDate,
    priorTreatment: values.priorTreatment,
    medicationAssistedTreatment: values.medicationAssistedTreatment,
    trustHistory: values.trustHistory,
    codependency: values.codependency,
    commitment: values.commitment === '' ? undefined : Number(values.commitment),
    ownGoal: values.ownGoal,
    intent: values.intent === '' ? undefined : values.intent,
    safety: values.safety,
    auditC: auditCInput(values),
    auditCSex: values.auditCSex,
  };
}

export function toAssessmentDraft(coupleId: string, values: AssessmentFormValues) {
  return {
    coupleId,
    kind: values.kind,
    assessedOn: values.assessedOn,
    relationship: {
      yearsTogether: parseNumber(values.yearsTogether),
      livingTogether: values.livingTogether === '' ? null : values.livingTogether === 'yes',
      children: parseNumber(values.children),
    },
    partnerA: partnerInput(values.partnerA),
    partnerB: partnerInput(values.partnerB),
  };
}

const PARTNER_FIELDS = [
  ...ratingAreas.map((area) => `ratings.${area}`),
  'substances',
  'dsm5Assessed',
  'dsm5Criteria',
  'yearsOfUse',
  'lastUseDate',
  'priorTreatment',
  'medicationAssistedTreatment',
  'trustHistory',
  'codependency',
  'commitment',
  'ownGoal',
  'intent',
  'safety',
  ...safetyItems.map((item) => `safety.${item.id}`),
  ...auditCQuestions.map((q) => `auditC.${q.id}`),
  'auditC',
  'auditCSex',
];

/** The form's fields in screen order, as dotted contract paths. */
export const ASSESSMENT_FIELD_ORDER: readonly string[] = [
  'kind',
  'assessedOn',
  'relationship.yearsTogether',
  'relationship.livingTogether',
  'relationship.children',
  ...PARTNER_FIELDS.map((field) => `partnerA.${field}`),
  ...PARTNER_FIELDS.map((field) => `partnerB.${field}`),
];

export function placeAssessmentErrors(errors: Readonly<Record<string, string>>): FieldErrors {
  return placeFieldErrors(errors, ASSESSMENT_FIELD_ORDER);
}

/** Validates with the contract's own schema, so the form and the core can never disagree. */
export function validateAssessmentForm(
  coupleId: string,
  values: AssessmentFormValues,
): { input: AssessmentInput | null; errors: FieldErrors } {
  const parsed = assessmentInputSchema.safeParse(toAssessmentDraft(coupleId, values));
  if (parsed.success) return { input: parsed.data, errors: {} };
  return { input: null, errors: placeAssessmentErrors(issuesToFieldErrors(parsed.error.issues)) };
}

/** Live scores shown while the clinician fills the form: the same functions the core uses. */
export interface LiveScores {
  dsm5Assessed: boolean;
  criteriaMet: number;
  severity: UseDisorderSeverity;
  /** Null until all three AUDIT-C questions are answered. */
  auditC: AuditCResult | null;
  positiveSafety: SafetyItemId[];
  unaskedSafety: SafetyItemId[];
}

export function liveScores(values: PartnerAssessmentValues): LiveScores {
  const answers = auditCQuestions.map((q) => values.auditC[q.id]);
  const complete = answers.every((answer) => answer !== '');
  const criteria = assessedCriteria(values);
  return {
    dsm5Assessed: values.dsm5Assessed,
    criteriaMet: criteria.length,
    severity: substanceUseSeverity(criteria.length),
    auditC: complete
      ? scoreAuditC(
          {
            frequency: Number(values.auditC.frequency),
            typicalQuantity: Number(values.auditC.typicalQuantity),
            heavyEpisodes: Number(values.auditC.heavyEpisodes),
          },
          values.auditCSex,
        )
      : null,
    positiveSafety: positiveSafetyItems(values.safety),
    unaskedSafety: unaskedSafetyItems(values.safety),
  };
}

export const severityWords: Record<UseDisorderSeverity, string> = {
  none: 'No use disorder (fewer than 2 criteria)',
  mild: 'Mild (2–3 criteria)',
  moderate: 'Moderate (4–5 criteria)',
  severe: 'Severe (6 or more criteria)',
};

/**
 * Scoring for the intake and review assessment. Pure: the screens show the same results the
 * core stores and the plan engine reads.
 */

export const intimacyTypes = ['emotional', 'physical', 'intellectual', 'experiential'] as const;
export type IntimacyType = (typeof intimacyTypes)[number];

/** The six 0-10 ratings recorded per partner at assessment and at each session check-in. */
export const ratingAreas = [...intimacyTypes, 'trust', 'communication'] as const;
export type RatingArea = (typeof ratingAreas)[number];

export const ratingAreaLabels: Record<RatingArea, string> = {
  emotional: 'Emotional intimacy',
  physical: 'Physical intimacy',
  intellectual: 'Intellectual intimacy',
  experiential: 'Experiential intimacy',
  trust: 'Trust',
  communication: 'Communication',
};

/**
 * The eleven DSM-5 substance use disorder criteria, paraphrased for a checklist. The
 * wording is ours; the criteria themselves are the published diagnostic facts.
 */
export const dsm5Criteria = [
  { id: 'largerAmounts', label: 'Used in larger amounts or for longer than intended' },
  { id: 'cutDownAttempts', label: 'Wanted or tried to cut down without success' },
  { id: 'timeSpent', label: 'A great deal of time spent obtaining, using or recovering' },
  { id: 'craving', label: 'Craving or strong urges to use' },
  { id: 'roleFailure', label: 'Failing major obligations at work, school or home' },
  { id: 'socialProblems', label: 'Kept using despite social or relationship problems caused by use' },
  { id: 'activitiesGivenUp', label: 'Important activities given up or reduced' },
  { id: 'hazardousUse', label: 'Repeated use in physically hazardous situations' },
  { id: 'physicalPsychProblems', label: 'Kept using despite physical or psychological problems' },
  { id: 'tolerance', label: 'Tolerance' },
  { id: 'withdrawal', label: 'Withdrawal' },
] as const;
export type Dsm5CriterionId = (typeof dsm5Criteria)[number]['id'];

export type UseDisorderSeverity = 'none' | 'mild' | 'moderate' | 'severe';

/** DSM-5: 2-3 criteria mild, 4-5 moderate, 6 or more severe; fewer than 2 is no disorder. */
export function substanceUseSeverity(criteriaMet: number): UseDisorderSeverity {
  if (criteriaMet >= 6) return 'severe';
  if (criteriaMet >= 4) return 'moderate';
  if (criteriaMet >= 2) return 'mild';
  return 'none';
}

/**
 * Trust history, recorded per partner. Each item in a partner's section describes that
 * partner's OWN behavior that hurt trust (the demo practice and the fixtures have always put
 * "deception about use" on the partner in recovery); what the other partner did belongs in
 * the other partner's section. The wording says so wherever the items are shown, because a
 * bare "Infidelity" under partner B reads as either "B was unfaithful" or "B was betrayed".
 */
export const trustHistoryItems = [
  { id: 'deceptionAboutUse', label: 'Deception about use' },
  { id: 'infidelity', label: 'Infidelity' },
  { id: 'financialSecrecy', label: 'Financial secrecy' },
  { id: 'brokenPromises', label: 'Broken promises' },
] as const;
export type TrustHistoryId = (typeof trustHistoryItems)[number]['id'];

/** The heading over one partner's trust-history items: "Behavior by partner A that hurt trust". */
export function trustHistoryHeading(position: 'A' | 'B'): string {
  return `Behavior by partner ${position} that hurt trust`;
}

export const codependencyItems = [
  { id: 'coversForPartner', label: 'Covers for the partner’s use (excuses, lies to others)' },
  { id: 'takesOverResponsibilities', label: 'Takes over the partner’s responsibilities' },
  { id: 'neglectsOwnNeeds', label: 'Neglects own needs, health or friendships' },
  { id: 'moodDependsOnPartner', label: 'Own mood depends on the partner’s use or mood' },
  { id: 'avoidsConflictToKeepPeace', label: 'Avoids any conflict to keep the peace' },
  { id: 'providesMoneyOrSubstances', label: 'Provides money or substances' },
] as const;
export type CodependencyId = (typeof codependencyItems)[number]['id'];

export const safetyItems = [
  { id: 'physicalViolencePastYear', label: 'Physical violence in the past year' },
  { id: 'fearOfPartner', label: 'Fear of the partner' },
  { id: 'coerciveControl', label: 'Coercive control (monitoring, isolating, controlling money)' },
  { id: 'suicidalThoughts', label: 'Suicidal thoughts' },
  { id: 'intoxicatedAtSessions', label: 'Currently intoxicated at sessions' },
] as const;
export type SafetyItemId = (typeof safetyItems)[number]['id'];

/**
 * Each safety item records whether it was asked and what was answered: "no" (asked and
 * denied) must never be confused with "notAsked", or an unasked screen reads as negative.
 */
export const safetyAnswers = ['yes', 'no', 'notAsked'] as const;
export type SafetyAnswer = (typeof safetyAnswers)[number];
export type SafetyScreen = Partial<Record<SafetyItemId, SafetyAnswer>>;

/** Any "yes" raises the couple's safety flag; an item missing from the screen was not asked. */
export function positiveSafetyItems(screen: SafetyScreen): SafetyItemId[] {
  return safetyItems.map((item) => item.id).filter((id) => screen[id] === 'yes');
}

/** The items nobody asked (missing counts as not asked): the screen is not done while any remain. */
export function unaskedSafetyItems(screen: SafetyScreen): SafetyItemId[] {
  return safetyItems.map((item) => item.id).filter((id) => (screen[id] ?? 'notAsked') === 'notAsked');
}

/**
 * How a stored safety answer from before answers were recorded per item reads today. Those
 * screens were a row of checkboxes ("tick every positive answer") with every box unticked by
 * default and nothing that made the clinician go through each item, and the core filled a
 * missing item with `false`. So `true` was a positive answer, but `false` is either "asked and
 * denied" or "never asked", and nothing stored tells them apart: it reads as "notAsked", the
 * honest reading, so an old screen never claims a denial nobody recorded.
 */
export function legacySafetyAnswer(stored: boolean | SafetyAnswer | undefined): SafetyAnswer {
  if (stored === true) return 'yes';
  if (stored === false || stored === undefined) return 'notAsked';
  return stored;
}

/**
 * Whether a partner stored before the DSM-5 checklist had an "assessed" switch had the criteria
 * assessed: yes when any criterion is ticked or a substance (or behavior) was recorded, since
 * then the clinician was working through the addiction profile and an empty checklist is a
 * real "none met". A partner with neither was most likely never assessed (a partner not in
 * recovery), and "no use disorder" would claim a finding nobody made.
 */
export function legacyDsm5Assessed(partner: {
  dsm5Criteria: readonly string[];
  substances: readonly string[];
}): boolean {
  return partner.dsm5Criteria.length > 0 || partner.substances.length > 0;
}

const severityNames: Record<UseDisorderSeverity, string> = {
  none: 'No use disorder',
  mild: 'Mild use disorder',
  moderate: 'Moderate use disorder',
  severe: 'Severe use disorder',
};

/**
 * The DSM-5 result in words, the same on every screen and paper: "Moderate use disorder, 4 of
 * 11 criteria", or "Not assessed" when the criteria were not gone through for this partner.
 */
export function dsm5ResultText(result: {
  dsm5Assessed: boolean;
  criteriaMet: number;
  severity: UseDisorderSeverity;
}): string {
  if (!result.dsm5Assessed) return 'Not assessed';
  return `${severityNames[result.severity]}, ${result.criteriaMet} of ${dsm5Criteria.length} criteria`;
}

/**
 * One partner's safety screen in a line: positive (any "yes") wins, then "not done" while any
 * item is unasked, and only a screen with every item asked and denied is negative.
 */
export function safetyScreenText(result: {
  positiveSafety: readonly string[];
  unaskedSafety: readonly string[];
}): {
  status: 'positive' | 'notDone' | 'negative';
  text: string;
} {
  const labels = (ids: readonly string[]) =>
    ids.map((id) => safetyItems.find((item) => item.id === id)?.label ?? id).join('; ');
  if (result.positiveSafety.length > 0) {
    const unasked =
      result.unaskedSafety.length > 0
        ? ` (${result.unaskedSafety.length} of ${safetyItems.length} items not asked)`
        : '';
    return { status: 'positive', text: `Positive safety screen: ${labels(result.positiveSafety)}${unasked}` };
  }
  if (result.unaskedSafety.length > 0) {
    return {
      status: 'notDone',
      text: `Safety screen not done: ${result.unaskedSafety.length} of ${safetyItems.length} items not asked — ${labels(result.unaskedSafety)}`,
    };
  }
  return { status: 'negative', text: 'Safety screen negative (all asked and denied)' };
}

/**
 * AUDIT-C (alcohol consumption questions of the WHO AUDIT; public domain). Three
 * questions scored 0-4; total 0-12. Published cut-offs for a positive screen: 4 or more
 * for men, 3 or more for women. Where sex is not recorded the lower cut-off is used, so
 * nobody is screened out by a missing answer.
 */
export const auditCQuestions = [
  {
    id: 'frequency',
    text: 'How often did you have a drink containing alcohol in the past year?',
    options: ['Never', 'Monthly or less', '2-4 times a month', '2-3 times a week', '4 or more times a week'],
  },
  {
    id: 'typicalQuantity',
    text: 'How many drinks containing alcohol did you have on a typical day when you were drinking in the past year?',
    options: ['1 or 2', '3 or 4', '5 or 6', '7 to 9', '10 or more'],
  },
  {
    id: 'heavyEpisodes',
    text: 'How often did you have six or more drinks on one occasion in the past year?',
    options: ['Never', 'Less than monthly', 'Monthly', 'Weekly', 'Daily or almost daily'],
  },
] as const;
export type AuditCQuestionId = (typeof auditCQuestions)[number]['id'];
export type AuditCAnswers = Record<AuditCQuestionId, number>;
export type AuditCSex = 'male' | 'female' | 'unspecified';

export interface AuditCResult {
  total: number;
  cutOff: number;
  positive: boolean;
}

export function scoreAuditC(answers: AuditCAnswers, sex: AuditCSex): AuditCResult {
  const values = [answers.frequency, answers.typicalQuantity, answers.heavyEpisodes];
  for (const value of values) {
    if (!Number.isInteger(value) || value < 0 || value > 4) throw new RangeError('AUDIT-C answers are 0-4');
  }
  // Someone who never drinks scores 0 on every question, whatever else was ticked.
  const total = answers.frequency === 0 ? 0 : values.reduce((sum, value) => sum + value, 0);
  const cutOff = sex === 'male' ? 4 : 3;
  return { total, cutOff, positive: total >= cutOff };
}

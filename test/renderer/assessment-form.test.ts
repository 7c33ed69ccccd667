import {
  emptyAssessmentForm,
  liveScores,
  validateAssessmentForm,
} from '@renderer/features/assessments/assessmentValues';
import { ratingAreas } from '@shared/domain/assessment';
import { describe, expect, it } from 'vitest';

const COUPLE = '5b2b8a4e-8f1e-4c0a-9a53-2b1f0c3d4e5f';

function filled() {
  const values = emptyAssessmentForm('intake', '2026-10-01', { A: ['alcohol'], B: [] });
  for (const key of ['partnerA', 'partnerB'] as const) {
    for (const area of ratingAreas) values[key].ratings[area] = '5';
    values[key].commitment = '4';
    values[key].intent = 'improve';
  }
  return values;
}

describe('assessment form', () => {
  it('names each unanswered required field by its contract path', () => {
    const { input, errors } = validateAssessmentForm(
      COUPLE,
      emptyAssessmentForm('intake', '2026-10-01', { A: [], B: [] }),
    );
    expect(input).toBeNull();
    expect(errors['partnerA.ratings.emotional']).toBe('Rate from 0 to 10');
    expect(errors['partnerB.commitment']).toBe('Rate commitment from 1 to 5');
    expect(errors['partnerA.intent']).toBe('Choose why this partner has come');
  });

  it('sends AUDIT-C only when asked, and a half-answered AUDIT-C is an error on the question', () => {
    const values = filled();
    expect(validateAssessmentForm(COUPLE, values).input?.partnerA.auditC).toBeNull();
    values.partnerA.auditC.frequency = '2';
    const { errors } = validateAssessmentForm(COUPLE, values);
    expect(errors['partnerA.auditC.typicalQuantity']).toBe('Choose an answer');
  });

  it('scores live with the shared domain functions', () => {
    const values = filled().partnerA;
    values.dsm5Assessed = true;
    values.dsm5Criteria = ['craving', 'tolerance', 'withdrawal', 'timeSpent'];
    values.auditC = { frequency: '3', typicalQuantity: '1', heavyEpisodes: '0' };
    values.safety.fearOfPartner = 'yes';
    values.safety.suicidalThoughts = 'no';
    const scores = liveScores(values);
    expect(scores.severity).toBe('moderate');
    expect(scores.auditC).toEqual({ total: 4, cutOff: 3, positive: true });
    expect(scores.positiveSafety).toEqual(['fearOfPartner']);
    expect(scores.unaskedSafety).toEqual([
      'physicalViolencePastYear',
      'coerciveControl',
      'intoxicatedAtSessions',
    ]);
  });

  it('starts every safety item as not asked and the DSM-5 criteria as not assessed', () => {
    const values = filled();
    expect(Object.values(values.partnerB.safety)).toEqual(Array(5).fill('notAsked'));
    const { input } = validateAssessmentForm(COUPLE, values);
    expect(input?.partnerB.dsm5Assessed).toBe(false);
    expect(input?.partnerB.safety.fearOfPartner).toBe('notAsked');
  });

  it('sends no criteria while "assessed" is unticked, and keeps them for when it is ticked again', () => {
    const values = filled();
    values.partnerA.dsm5Criteria = ['craving', 'tolerance'];
    expect(liveScores(values.partnerA)).toMatchObject({ dsm5Assessed: false, criteriaMet: 0 });
    expect(validateAssessmentForm(COUPLE, values).input?.partnerA.dsm5Criteria).toEqual([]);
    values.partnerA.dsm5Assessed = true;
    expect(validateAssessmentForm(COUPLE, values).input?.partnerA).toMatchObject({
      dsm5Assessed: true,
      dsm5Criteria: ['craving', 'tolerance'],
    });
  });
});

import { describe, expect, it } from 'vitest';
import {
  emptyAssessmentForm,
  liveScores,
  validateAssessmentForm,
} from '../../renderer/src/features/assessments/assessmentForm';
import { ratingAreas } from '../../shared/domain/assessment';

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
    values.dsm5Criteria = ['craving', 'tolerance', 'withdrawal', 'timeSpent'];
    values.auditC = { frequency: '3', typicalQuantity: '1', heavyEpisodes: '0' };
    values.safety.fearOfPartner = true;
    const scores = liveScores(values);
    expect(scores.severity).toBe('moderate');
    expect(scores.auditC).toEqual({ total: 4, cutOff: 3, positive: true });
    expect(scores.positiveSafety).toEqual(['fearOfPartner']);
  });
});

import { safetyReasonLabel } from '@renderer/features/safety/labels';
import { describe, expect, it } from 'vitest';

describe('safety flag reasons in words', () => {
  it('names the questionnaire item a risk answer was given to, by number and wording', () => {
    expect(safetyReasonLabel('questionnaire.B.phq9.selfHarmThoughts')).toBe(
      'Partner B, PHQ-9 item 9: Thoughts that you would be better off dead or of hurting yourself in some way',
    );
    expect(safetyReasonLabel('A.fearOfPartner')).toMatch(/^Partner A: /);
    // An unknown instrument or item is shown as stored, never guessed.
    expect(safetyReasonLabel('questionnaire.A.toString.x')).toBe('questionnaire.A.toString.x');
    expect(safetyReasonLabel('questionnaire.A.phq9.nope')).toBe('questionnaire.A.phq9.nope');
  });
});

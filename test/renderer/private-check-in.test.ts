import { checkInOffered, offerLines } from '@renderer/features/questionnaires/private/handOverOffer';
import {
  answerLabel,
  type PrivateOffer,
  partCount,
  privateSteps,
  privateSubmission,
  questionLabel,
  questionSteps,
  unansweredQuestions,
} from '@renderer/features/questionnaires/private/privateSteps';
import { ratingAreas } from '@shared/domain/assessment';
import { gad7, phq9 } from '@shared/domain/questionnaires';
import { describe, expect, it } from 'vitest';

const both: PrivateOffer = { instruments: ['phq9', 'gad7'], checkIn: true };

/** Every question answered with `value` (the check-in's ratings too). */
function answeredAll(offer: PrivateOffer, value: number): Record<string, number> {
  return Object.fromEntries(questionSteps(offer).map((step) => [step.key, value]));
}

describe('private check-in steps', () => {
  it('asks each instrument’s items in order, then the six ratings, between an introduction and a review', () => {
    const steps = privateSteps(both);
    expect(steps[0]).toEqual({ kind: 'intro' });
    expect(steps.at(-1)).toEqual({ kind: 'review' });
    const questions = questionSteps(both);
    expect(steps.slice(1, -1)).toEqual(questions);
    expect(questions.map((step) => step.key)).toEqual([
      ...phq9.items.map((item) => `phq9.${item.id}`),
      ...gad7.items.map((item) => `gad7.${item.id}`),
      ...ratingAreas.map((area) => `checkIn.${area}`),
    ]);
    // "Question 3 of 9" counts within each part; the check-in is the last part.
    expect(questions[2]).toMatchObject({ number: 3, of: 9, part: 1 });
    expect(questions[9]).toMatchObject({ instrument: 'gad7', number: 1, of: 7, part: 2 });
    expect(questions.at(-1)).toMatchObject({ kind: 'rating', number: 6, of: 6, part: 3 });
    expect(partCount(both)).toBe(3);
  });

  it('offers the ratings only when the check-in is due, and nothing but the ratings when no instrument is', () => {
    expect(
      questionSteps({ instruments: ['phq9'], checkIn: false }).every((step) => step.kind === 'item'),
    ).toBe(true);
    const ratingsOnly = questionSteps({ instruments: [], checkIn: true });
    expect(ratingsOnly.map((step) => step.kind)).toEqual(ratingAreas.map(() => 'rating'));
    expect(ratingsOnly[0]?.options.map((option) => option.value)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('names every unanswered question, in the order asked', () => {
    const answers = answeredAll(both, 1);
    delete answers['phq9.selfHarmThoughts'];
    delete answers['checkIn.trust'];
    const missing = unansweredQuestions(both, answers);
    expect(missing.map(questionLabel)).toEqual([
      `PHQ-9, question 9: ${phq9.items[8]?.text}`,
      'Your check-in, question 5: Trust',
    ]);
    // A 0 is an answer, not a gap.
    expect(unansweredQuestions(both, answeredAll(both, 0))).toEqual([]);
  });

  it('sends nothing while a question is unanswered: a missing 0 could hide a risk', () => {
    const answers = answeredAll(both, 2);
    delete answers['phq9.interest'];
    const result = privateSubmission(both, answers);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.missing.map((step) => step.key)).toEqual(['phq9.interest']);
  });

  it('sends each instrument’s answers by item id, and the ratings by area', () => {
    const answers = { ...answeredAll(both, 1), 'phq9.selfHarmThoughts': 2, 'checkIn.trust': 7 };
    const result = privateSubmission(both, answers);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.input.responses).toEqual([
      {
        instrument: 'phq9',
        answers: { ...Object.fromEntries(phq9.items.map((item) => [item.id, 1])), selfHarmThoughts: 2 },
      },
      { instrument: 'gad7', answers: Object.fromEntries(gad7.items.map((item) => [item.id, 1])) },
    ]);
    expect(result.input.checkIn).toEqual({
      ...Object.fromEntries(ratingAreas.map((area) => [area, 1])),
      trust: 7,
    });
    const noCheckIn = privateSubmission({ instruments: ['phq9'], checkIn: false }, answers);
    expect(noCheckIn.ok && noCheckIn.input.checkIn).toBeNull();
  });

  it('shows an answer as the partner chose it', () => {
    const [first] = questionSteps(both);
    if (!first) throw new Error('no question');
    expect(answerLabel(first, { [first.key]: 2 })).toBe('More than half the days');
    expect(answerLabel(first, {})).toBeNull();
  });
});

describe('what a partner is offered when handed the laptop', () => {
  const held = {
    outcome: 'held',
    attendance: { A: 'present', B: 'late' },
    checkIn: { A: null, B: null },
  } as const;

  it('offers the check-in only at a held session the partner came to, before anybody rated it', () => {
    expect(checkInOffered(held, 'A')).toBe(true);
    expect(checkInOffered(held, 'B')).toBe(true);
    expect(checkInOffered({ ...held, outcome: 'booked' }, 'A')).toBe(false);
    expect(checkInOffered({ ...held, attendance: { A: 'absent', B: 'present' } }, 'A')).toBe(false);
    const rated = { emotional: 5, physical: 5, intellectual: 5, experiential: 5, trust: 5, communication: 5 };
    expect(checkInOffered({ ...held, checkIn: { A: rated, B: null } }, 'A')).toBe(false);
  });

  it('says each questionnaire due by name and length, then the check-in', () => {
    const due = [
      {
        instrument: 'phq9',
        partner: 'A',
        cadence: 'everySession',
        lastAnswered: null,
        reason: 'never answered',
      },
    ] as const;
    expect(offerLines(due, true)).toEqual([
      'PHQ-9 (Patient Health Questionnaire-9), 9 questions',
      'This session’s check-in: six ratings from 0 to 10',
    ]);
    expect(offerLines([], false)).toEqual([]);
  });
});

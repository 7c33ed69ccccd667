import type { Input } from '@shared/contract';
import type { PrivateCheckIn } from '@shared/contract/questionnaires';
import { type RatingArea, ratingAreaLabels, ratingAreas } from '@shared/domain/assessment';
import { instrumentById } from '@shared/domain/questionnaires/registry';
import type { AnswerOption, InstrumentId } from '@shared/domain/questionnaires/types';

/**
 * The order of a partner's private check-in, and what "complete" means for it. Pure, so the
 * step order and the completeness rules are tested without a browser.
 *
 * One question per screen: a partner on a borrowed laptop, perhaps by touch, sees one radio
 * group at a time with large targets, and "Question 3 of 9" says how far along they are.
 */

/** One question: an instrument's item, or one area of the session check-in. */
export type QuestionStep =
  | {
      kind: 'item';
      /** Where its answer is kept: `${instrument}.${itemId}`; also the error summary's link. */
      key: string;
      instrument: InstrumentId;
      itemId: string;
      text: string;
      options: readonly AnswerOption[];
      /** 1-based within its part ("Question 3 of 9"). */
      number: number;
      of: number;
      /** 1-based part (one per instrument, then the check-in). */
      part: number;
    }
  | {
      kind: 'rating';
      key: string;
      area: RatingArea;
      text: string;
      options: readonly AnswerOption[];
      number: number;
      of: number;
      part: number;
    };

export type PrivateStep = { kind: 'intro' } | QuestionStep | { kind: 'review' };

/** What the partner's screen offers: exactly what the core said is due. */
export type PrivateOffer = Pick<PrivateCheckIn, 'instruments' | 'checkIn'>;

/** Answers by question key (`phq9.interest`, `checkIn.trust`). */
export type PrivateAnswers = Readonly<Record<string, number>>;

/** The check-in's scale: 0 to 10, every point a choice of its own. */
export const RATING_OPTIONS: readonly AnswerOption[] = Array.from({ length: 11 }, (_, value) => ({
  label: String(value),
  value,
}));

export const CHECK_IN_TITLE = 'Your check-in';
export const CHECK_IN_INSTRUCTIONS =
  'How is each of these in your relationship right now? 0 is the worst it could be, 10 the best.';

/** How many parts the check-in has: one per instrument, and one for the ratings if offered. */
export function partCount(offer: PrivateOffer): number {
  return offer.instruments.length + (offer.checkIn ? 1 : 0);
}

/** Every question of the offer, in the order asked: each instrument's items, then the ratings. */
export function questionSteps(offer: PrivateOffer): QuestionStep[] {
  const steps: QuestionStep[] = [];
  offer.instruments.forEach((instrument, index) => {
    const { items } = instrumentById(instrument);
    items.forEach((item, itemIndex) => {
      steps.push({
        kind: 'item',
        key: `${instrument}.${item.id}`,
        instrument,
        itemId: item.id,
        text: item.text,
        options: item.options,
        number: itemIndex + 1,
        of: items.length,
        part: index + 1,
      });
    });
  });
  if (offer.checkIn) {
    const part = offer.instruments.length + 1;
    ratingAreas.forEach((area, index) => {
      steps.push({
        kind: 'rating',
        key: `checkIn.${area}`,
        area,
        text: ratingAreaLabels[area],
        options: RATING_OPTIONS,
        number: index + 1,
        of: ratingAreas.length,
        part,
      });
    });
  }
  return steps;
}

/** The screens in order: a short introduction, one per question, then the review with Finish. */
export function privateSteps(offer: PrivateOffer): PrivateStep[] {
  return [{ kind: 'intro' }, ...questionSteps(offer), { kind: 'review' }];
}

/** The questions still without an answer, in the order asked. */
export function unansweredQuestions(offer: PrivateOffer, answers: PrivateAnswers): QuestionStep[] {
  return questionSteps(offer).filter((step) => answers[step.key] === undefined);
}

/** The heading of a question's part: the instrument's short name, or the check-in. */
export function partTitle(step: QuestionStep): string {
  return step.kind === 'item' ? instrumentById(step.instrument).shortName : CHECK_IN_TITLE;
}

/** "PHQ-9, question 9: Thoughts that you…": what the error summary names. */
export function questionLabel(step: QuestionStep): string {
  return `${partTitle(step)}, question ${step.number}: ${step.text}`;
}

/** The chosen answer as the partner saw it, or null if none. */
export function answerLabel(step: QuestionStep, answers: PrivateAnswers): string | null {
  const value = answers[step.key];
  if (value === undefined) return null;
  return step.options.find((option) => option.value === value)?.label ?? String(value);
}

export type PrivateSubmission =
  | { ok: true; input: Input<'questionnaires:submitPrivate'> }
  | { ok: false; missing: QuestionStep[] };

/**
 * What Finish sends: every instrument's answers by item id and the six ratings, or the
 * questions still unanswered. Nothing partial is sent: a missing answer scored as 0 would
 * lower a total and could hide a risk.
 */
export function privateSubmission(offer: PrivateOffer, answers: PrivateAnswers): PrivateSubmission {
  const missing = unansweredQuestions(offer, answers);
  if (missing.length > 0) return { ok: false, missing };
  const steps = questionSteps(offer);
  const responses = offer.instruments.map((instrument) => ({
    instrument,
    answers: Object.fromEntries(
      steps.flatMap((step) =>
        step.kind === 'item' && step.instrument === instrument ? [[step.itemId, answers[step.key] ?? 0]] : [],
      ),
    ),
  }));
  const checkIn = offer.checkIn
    ? (Object.fromEntries(ratingAreas.map((area) => [area, answers[`checkIn.${area}`] ?? 0])) as Record<
        RatingArea,
        number
      >)
    : null;
  return { ok: true, input: { responses, checkIn } };
}

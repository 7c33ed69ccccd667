import { type InstrumentId, instruments } from '@shared/domain/questionnaires';

/**
 * The paper-form entry's values: answers kept as the radio buttons give them (strings, '' for
 * none), turned into the contract's answers, and every unanswered item named, because a
 * missing answer scored as 0 would lower the total and could hide a case.
 */

export type AnswerChoices = Readonly<Record<string, string>>;

/** The field that shows an item's answer (and the core's error about it): `answers.interest`. */
export function answerField(itemId: string): string {
  return `answers.${itemId}`;
}

/** The form's fields in screen order, for the error summary. */
export function responseFieldOrder(instrument: InstrumentId | ''): string[] {
  const items = instrument === '' ? [] : instruments[instrument].items;
  return ['partner', 'instrument', 'answeredOn', ...items.map((item) => answerField(item.id))];
}

/** The answers given, as numbers; unanswered items are left out (and named by `unansweredErrors`). */
export function answerValues(instrument: InstrumentId, choices: AnswerChoices): Record<string, number> {
  const answers: Record<string, number> = {};
  for (const item of instruments[instrument].items) {
    const choice = choices[item.id];
    if (choice !== undefined && choice !== '') answers[item.id] = Number(choice);
  }
  return answers;
}

/** "Answer question 9", for each item not yet answered. */
export function unansweredErrors(instrument: InstrumentId, choices: AnswerChoices): Record<string, string> {
  const errors: Record<string, string> = {};
  instruments[instrument].items.forEach((item, index) => {
    const choice = choices[item.id];
    if (choice === undefined || choice === '') errors[answerField(item.id)] = `Answer question ${index + 1}`;
  });
  return errors;
}

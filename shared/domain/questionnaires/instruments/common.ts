/**
 * What the PHQ screeners share: the answer scale of the PHQ-9 and GAD-7, their attribution,
 * and the plain sum most instruments are scored by.
 */
import type { AnswerOption, MeasureItem } from '@shared/domain/questionnaires/types';

/**
 * The answers of the PHQ-9 and GAD-7, as printed on the Pfizer forms: how often over the last
 * 2 weeks, scored 0-3.
 */
export const twoWeekFrequency: readonly AnswerOption[] = [
  { label: 'Not at all', value: 0 },
  { label: 'Several days', value: 1 },
  { label: 'More than half the days', value: 2 },
  { label: 'Nearly every day', value: 3 },
];

/**
 * The line the PHQ screeners' forms print under the items. The terms of use are in it ("No
 * permission required..."), so reports reproduce it whole.
 */
export const phqScreenersAttribution =
  'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.';

/** The total as the sum of every item's answer (answers are checked before this runs). */
export function sumOfItems(
  items: readonly MeasureItem[],
): (answers: Readonly<Record<string, number>>) => number {
  return (answers) => items.reduce((sum, item) => sum + (answers[item.id] ?? 0), 0);
}

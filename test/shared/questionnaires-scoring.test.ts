import {
  gad7,
  type InstrumentDefinition,
  instrumentIds,
  instruments,
  type MeasureAnswers,
  pcl5,
  phq9,
  scoreMeasure,
} from '@shared/domain/questionnaires';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

function allAnswered(definition: InstrumentDefinition, value: number): Record<string, number> {
  return Object.fromEntries(definition.items.map((item) => [item.id, value]));
}

/** Any complete, valid set of answers to `definition`. */
function answersTo(definition: InstrumentDefinition): fc.Arbitrary<Record<string, number>> {
  return fc.record(
    Object.fromEntries(
      definition.items.map((item) => [
        item.id,
        fc.constantFrom(...item.options.map((option) => option.value)),
      ]),
    ),
  );
}

describe('scoreMeasure refuses incomplete or wrong answers, naming the item', () => {
  it('an unanswered item (missing or null) is refused, not scored as 0', () => {
    const { sleep: _left, ...missing } = allAnswered(phq9, 1);
    expect(() => scoreMeasure(phq9, missing)).toThrow(new RangeError('PHQ-9 item 3 (sleep) is not answered'));
    expect(() => scoreMeasure(phq9, { ...allAnswered(phq9, 1), mood: null })).toThrow(
      'PHQ-9 item 2 (mood) is not answered',
    );
  });

  it('an answer the item does not offer is refused, with the allowed answers', () => {
    expect(() => scoreMeasure(phq9, { ...allAnswered(phq9, 0), interest: 4 })).toThrow(
      new RangeError('PHQ-9 item 1 (interest) has answer 4, which is not one of 0, 1, 2, 3'),
    );
    expect(() => scoreMeasure(pcl5, { ...allAnswered(pcl5, 0), sleep: 1.5 })).toThrow(
      'PCL-5 item 20 (sleep) has answer 1.5, which is not one of 0, 1, 2, 3, 4',
    );
    expect(() => scoreMeasure(gad7, { ...allAnswered(gad7, 0), afraid: -1 })).toThrow(RangeError);
  });

  it('answers filed under the wrong instrument are refused rather than half-scored', () => {
    expect(() => scoreMeasure(phq9, allAnswered(gad7, 1))).toThrow(
      new RangeError('PHQ-9 has no item "nervous"'),
    );
    expect(() => scoreMeasure(gad7, { ...allAnswered(gad7, 1), interest: 0 })).toThrow(
      'GAD-7 has no item "interest"',
    );
  });

  it('an empty questionnaire names its first item', () => {
    const empty: MeasureAnswers = {};
    expect(() => scoreMeasure(pcl5, empty)).toThrow('PCL-5 item 1 (memories) is not answered');
  });
});

describe('PHQ-9 item 9 is a safety signal on its own', () => {
  it('any answer above "Not at all" is reported with what was asked and answered, whatever the total', () => {
    const answers = { ...allAnswered(phq9, 0), selfHarmThoughts: 1 };
    const score = scoreMeasure(phq9, answers);
    expect(score.total).toBe(1);
    expect(score.band?.label).toBe('Minimal');
    expect(score.riskItems).toEqual([
      {
        itemId: 'selfHarmThoughts',
        itemNumber: 9,
        text: 'Thoughts that you would be better off dead or of hurting yourself in some way',
        value: 1,
        answer: 'Several days',
        meaning: expect.stringMatching(/safety flag/),
      },
    ]);
    expect(scoreMeasure(phq9, { ...answers, selfHarmThoughts: 3 }).riskItems[0]?.answer).toBe(
      'Nearly every day',
    );
  });

  it('"Not at all" on item 9 raises nothing, even at the top of every other item', () => {
    expect(scoreMeasure(phq9, { ...allAnswered(phq9, 3), selfHarmThoughts: 0 }).riskItems).toEqual([]);
  });

  it('the instruments without a risk item never report one', () => {
    for (const definition of [gad7, pcl5]) {
      expect(
        scoreMeasure(definition, allAnswered(definition, definition === pcl5 ? 4 : 3)).riskItems,
      ).toEqual([]);
    }
  });

  it('PHQ-9 risk is reported exactly when item 9 is above 0', () => {
    fc.assert(
      fc.property(answersTo(phq9), (answers) => {
        const risky = (answers.selfHarmThoughts ?? 0) > 0;
        expect(scoreMeasure(phq9, answers).riskItems.length).toBe(risky ? 1 : 0);
      }),
    );
  });
});

describe('scores of every instrument', () => {
  it('stay within the published range, and a higher answer never lowers the total', () => {
    for (const id of instrumentIds) {
      const definition = instruments[id];
      fc.assert(
        fc.property(answersTo(definition), fc.nat(definition.items.length - 1), (answers, index) => {
          const score = scoreMeasure(definition, answers);
          expect(score.total).toBeGreaterThanOrEqual(definition.min);
          expect(score.total).toBeLessThanOrEqual(definition.max);
          const item = definition.items[index];
          if (!item) return;
          const higher = item.options.map((o) => o.value).find((value) => value > (answers[item.id] ?? 0));
          if (higher === undefined) return;
          expect(scoreMeasure(definition, { ...answers, [item.id]: higher }).total).toBeGreaterThanOrEqual(
            score.total,
          );
        }),
        { numRuns: 50 },
      );
    }
  });
});

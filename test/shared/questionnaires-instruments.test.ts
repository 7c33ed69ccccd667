import { type AuditCSex, auditCQuestions, scoreAuditC } from '@shared/domain/assessment';
import {
  auditC,
  casenessCutOff,
  gad7,
  type InstrumentDefinition,
  instrumentById,
  instrumentIds,
  instruments,
  pcl5,
  phq9,
  scoreMeasure,
} from '@shared/domain/questionnaires';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** Every item of `definition` answered with `value`. */
function allAnswered(definition: InstrumentDefinition, value: number): Record<string, number> {
  return Object.fromEntries(definition.items.map((item) => [item.id, value]));
}

describe('instrument definitions', () => {
  it.each(instrumentIds)('%s is registered under its own id', (id) => {
    expect(instruments[id].id).toBe(id);
    expect(instrumentById(id)).toBe(instruments[id]);
  });

  it('refuses an unknown instrument id, including names every object has', () => {
    expect(() => instrumentById('bdi2')).toThrow(/Unknown instrument "bdi2"/);
    expect(() => instrumentById('toString')).toThrow(RangeError);
  });

  it.each(instrumentIds)('%s: published item counts and total ranges', (id) => {
    const expected = { phq9: [9, 27], gad7: [7, 21], pcl5: [20, 80], auditC: [3, 12] }[id];
    const definition = instruments[id];
    expect([definition.items.length, definition.max]).toEqual(expected);
    expect(definition.min).toBe(0);
    expect(new Set(definition.items.map((item) => item.id)).size).toBe(definition.items.length);
  });

  it.each(instrumentIds)(
    '%s: the lowest and highest answers give the published minimum and maximum',
    (id) => {
      const definition = instruments[id];
      const lowest = Object.fromEntries(
        definition.items.map((item) => [item.id, Math.min(...item.options.map((o) => o.value))]),
      );
      const highest = Object.fromEntries(
        definition.items.map((item) => [item.id, Math.max(...item.options.map((o) => o.value))]),
      );
      expect(scoreMeasure(definition, lowest).total).toBe(definition.min);
      expect(scoreMeasure(definition, highest).total).toBe(definition.max);
    },
  );

  it.each(instrumentIds)('%s: severity bands, where published, cover every total exactly once', (id) => {
    const definition = instruments[id];
    const { bands } = definition.severity;
    if (bands === null) return;
    for (let total = definition.min; total <= definition.max; total += 1) {
      expect(bands.filter((band) => total >= band.from && total <= band.to)).toHaveLength(1);
    }
  });

  it('says why there are no bands or no reliable-change threshold, never leaving a bare gap', () => {
    expect(pcl5.severity).toMatchObject({
      bands: null,
      reason: expect.stringMatching(/National Center for PTSD/),
    });
    expect(auditC.severity).toMatchObject({ bands: null, reason: expect.stringMatching(/sex-specific/) });
    expect(auditC.reliableChange).toMatchObject({
      points: null,
      reason: expect.stringMatching(/No published reliable-change threshold/),
    });
  });

  it('carries each published threshold with its source', () => {
    expect(phq9.reliableChange).toMatchObject({ points: 6, source: expect.stringMatching(/McMillan/) });
    expect(gad7.reliableChange).toMatchObject({ points: 4, source: expect.stringMatching(/Toussaint/) });
    expect(pcl5.reliableChange).toMatchObject({
      points: 10,
      source: expect.stringMatching(/National Center/),
    });
    expect(phq9.caseness).toMatchObject({ cutOff: { kind: 'single', atLeast: 10 }, source: /Kroenke/ });
    expect(gad7.caseness).toMatchObject({ cutOff: { kind: 'single', atLeast: 10 }, source: /Spitzer/ });
    expect(pcl5.caseness).toMatchObject({ cutOff: { kind: 'single', atLeast: 33 } });
  });

  it('every symptom measure is better lower, and prints the attribution its form requires', () => {
    for (const id of instrumentIds) expect(instruments[id].lowerIsBetter).toBe(true);
    expect(phq9.attribution).toMatch(
      /No permission required to reproduce, translate, display or distribute\./,
    );
    expect(gad7.attribution).toBe(phq9.attribution);
    expect(pcl5.attribution).toMatch(/^Weathers FW, Litz BT, Keane TM, Palmieri PA, Marx BP, Schnurr PP/);
  });

  it('shows the respondent the published stem', () => {
    expect(phq9.timeframe).toBe(
      'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
    );
    expect(gad7.timeframe).toBe(
      'Over the last 2 weeks, how often have you been bothered by the following problems?',
    );
    expect(pcl5.timeframe).toBe('In the past month, how much were you bothered by:');
    expect(auditC.timeframe).toBeNull();
  });
});

describe('PHQ-9 scored as published (Kroenke, Spitzer & Williams 2001)', () => {
  it('keeps the form’s wording of item 9, the risk item', () => {
    expect(phq9.items[8]?.text).toBe(
      'Thoughts that you would be better off dead or of hurting yourself in some way',
    );
    expect(phq9.safetyItems).toEqual([
      expect.objectContaining({ itemId: phq9.items[8]?.id, text: phq9.items[8]?.text, riskAtOrAbove: 1 }),
    ]);
  });

  it.each([
    // "PHQ-9 scores of 5, 10, 15, and 20 represented mild, moderate, moderately severe, and severe."
    [0, 'Minimal', false],
    [4, 'Minimal', false],
    [5, 'Mild', false],
    [9, 'Mild', false],
    [10, 'Moderate', true],
    [14, 'Moderate', true],
    [15, 'Moderately severe', true],
    [19, 'Moderately severe', true],
    [20, 'Severe', true],
    [27, 'Severe', true],
  ] as const)('a total of %i is %s (clinical range: %s)', (total, band, isCase) => {
    // Fill items 1-8 up to the total, leaving item 9 at 0 so no risk item is involved.
    const answers = allAnswered(phq9, 0);
    let left = Math.min(total, 24);
    for (const item of phq9.items.slice(0, 8)) {
      const value = Math.min(3, left);
      answers[item.id] = value;
      left -= value;
    }
    if (total > 24) answers[phq9.items[8]?.id ?? ''] = total - 24;
    const score = scoreMeasure(phq9, answers);
    expect(score.total).toBe(total);
    expect(score.band?.label).toBe(band);
    expect(score.caseness.isCase).toBe(isCase);
  });

  it('"Several days" to every problem is 9, mild; "More than half the days" to every one is 18', () => {
    expect(scoreMeasure(phq9, allAnswered(phq9, 1))).toMatchObject({ total: 9, band: { label: 'Mild' } });
    expect(scoreMeasure(phq9, allAnswered(phq9, 2))).toMatchObject({
      total: 18,
      band: { label: 'Moderately severe' },
    });
  });
});

describe('GAD-7 scored as published (Spitzer et al. 2006)', () => {
  it.each([
    // "Scores of 5, 10, and 15 represent cut points for mild, moderate, and severe anxiety."
    [1, 7, 'Mild', false],
    [2, 14, 'Moderate', true],
    [3, 21, 'Severe', true],
  ] as const)('every item at %i is %i, %s', (value, total, band, isCase) => {
    expect(scoreMeasure(gad7, allAnswered(gad7, value))).toMatchObject({
      total,
      band: { label: band },
      caseness: { cutOff: 10, isCase },
    });
  });

  it('10 is the first total in the clinical range and the moderate band; 9 is mild', () => {
    const answers = { ...allAnswered(gad7, 1), nervous: 3, uncontrolledWorry: 2 };
    expect(scoreMeasure(gad7, answers)).toMatchObject({ total: 10, band: { label: 'Moderate' } });
    expect(scoreMeasure(gad7, { ...answers, uncontrolledWorry: 1 })).toMatchObject({
      total: 9,
      band: { label: 'Mild' },
      caseness: { isCase: false },
    });
  });
});

describe('PCL-5 scored as published (20 items 0-4, total 0-80)', () => {
  it('"Moderately" to every item is 40, probable PTSD; 32 is below the cut-off and 33 at it', () => {
    expect(scoreMeasure(pcl5, allAnswered(pcl5, 2))).toMatchObject({
      total: 40,
      band: null,
      caseness: { cutOff: 33, isCase: true, label: 'Probable PTSD (33 or more)' },
    });
    const answers = allAnswered(pcl5, 2);
    for (const item of pcl5.items.slice(0, 8)) answers[item.id] = 1;
    expect(scoreMeasure(pcl5, answers)).toMatchObject({ total: 32, caseness: { isCase: false } });
    answers[pcl5.items[0]?.id ?? ''] = 2;
    expect(scoreMeasure(pcl5, answers)).toMatchObject({ total: 33, caseness: { isCase: true } });
  });

  it('uses the five published answers', () => {
    expect(pcl5.items[0]?.options.map((o) => o.label)).toEqual([
      'Not at all',
      'A little bit',
      'Moderately',
      'Quite a bit',
      'Extremely',
    ]);
  });
});

describe('AUDIT-C as a measure reuses the intake assessment’s questions and scoring', () => {
  it('asks the very questions of auditCQuestions, with their answers in order', () => {
    expect(auditC.items.map((item) => [item.id, item.text])).toEqual(
      auditCQuestions.map((q) => [q.id, q.text]),
    );
    auditC.items.forEach((item, index) => {
      expect(item.options.map((o) => o.label)).toEqual(auditCQuestions[index]?.options);
      expect(item.options.map((o) => o.value)).toEqual([0, 1, 2, 3, 4]);
    });
  });

  it('totals and cut-offs agree with scoreAuditC for every answer and every recorded sex', () => {
    const answer = fc.integer({ min: 0, max: 4 });
    const sex = fc.constantFrom<AuditCSex>('male', 'female', 'unspecified');
    fc.assert(
      fc.property(answer, answer, answer, sex, (frequency, typicalQuantity, heavyEpisodes, s) => {
        const answers = { frequency, typicalQuantity, heavyEpisodes };
        const expected = scoreAuditC(answers, s);
        expect(scoreMeasure(auditC, answers, { sex: s })).toMatchObject({
          total: expected.total,
          caseness: { cutOff: expected.cutOff, isCase: expected.positive },
        });
      }),
    );
  });

  it('screens positive at 4 for men and 3 for women; unrecorded sex takes the lower cut-off', () => {
    expect(casenessCutOff(auditC, 'male')).toBe(4);
    expect(casenessCutOff(auditC, 'female')).toBe(3);
    expect(casenessCutOff(auditC, 'unspecified')).toBe(3);
    expect(casenessCutOff(auditC)).toBe(3);
    const three = { frequency: 1, typicalQuantity: 1, heavyEpisodes: 1 };
    expect(scoreMeasure(auditC, three, { sex: 'male' }).caseness.isCase).toBe(false);
    expect(scoreMeasure(auditC, three).caseness.isCase).toBe(true);
  });

  it('scores 0 for someone who never drinks, whatever else was ticked (the assessment’s rule)', () => {
    expect(scoreMeasure(auditC, { frequency: 0, typicalQuantity: 3, heavyEpisodes: 2 }).total).toBe(0);
  });
});

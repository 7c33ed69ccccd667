import { partnerAssessmentSchema, storedPartnerAssessmentSchema } from '@shared/contract/assessments';
import {
  type AuditCSex,
  dsm5Criteria,
  dsm5ResultText,
  legacyDsm5Assessed,
  legacySafetyAnswer,
  positiveSafetyItems,
  safetyItems,
  safetyScreenText,
  scoreAuditC,
  substanceUseSeverity,
  trustHistoryHeading,
  unaskedSafetyItems,
} from '@shared/domain/assessment';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const severityOrder = ['none', 'mild', 'moderate', 'severe'];

describe('DSM-5 use-disorder severity', () => {
  it.each([
    [0, 'none'],
    [1, 'none'],
    [2, 'mild'],
    [3, 'mild'],
    [4, 'moderate'],
    [5, 'moderate'],
    [6, 'severe'],
    [11, 'severe'],
  ])('%i criteria is %s', (count, severity) => {
    expect(substanceUseSeverity(count)).toBe(severity);
  });

  it('has eleven criteria', () => {
    expect(dsm5Criteria).toHaveLength(11);
  });

  it('never gets milder when another criterion is met', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 }), (n) => {
        expect(severityOrder.indexOf(substanceUseSeverity(n + 1))).toBeGreaterThanOrEqual(
          severityOrder.indexOf(substanceUseSeverity(n)),
        );
      }),
    );
  });
});

describe('AUDIT-C', () => {
  it.each([
    [{ frequency: 1, typicalQuantity: 1, heavyEpisodes: 1 }, 'male', 3, false],
    [{ frequency: 1, typicalQuantity: 1, heavyEpisodes: 1 }, 'female', 3, true],
    [{ frequency: 2, typicalQuantity: 1, heavyEpisodes: 1 }, 'male', 4, true],
    [{ frequency: 1, typicalQuantity: 1, heavyEpisodes: 0 }, 'unspecified', 2, false],
    [{ frequency: 1, typicalQuantity: 1, heavyEpisodes: 1 }, 'unspecified', 3, true],
    [{ frequency: 4, typicalQuantity: 4, heavyEpisodes: 4 }, 'female', 12, true],
  ] as const)('scores %j for %s as %i (positive %s)', (answers, sex, total, positive) => {
    expect(scoreAuditC(answers, sex)).toMatchObject({ total, positive });
  });

  it('scores 0 for someone who never drinks, whatever else was ticked', () => {
    expect(scoreAuditC({ frequency: 0, typicalQuantity: 3, heavyEpisodes: 2 }, 'male')).toMatchObject({
      total: 0,
      positive: false,
    });
  });

  it('refuses answers outside 0-4', () => {
    expect(() => scoreAuditC({ frequency: 5, typicalQuantity: 0, heavyEpisodes: 0 }, 'male')).toThrow(
      RangeError,
    );
  });

  it('stays within 0-12, and a higher answer never lowers the total', () => {
    const answer = fc.integer({ min: 0, max: 4 });
    const sex = fc.constantFrom<AuditCSex>('male', 'female', 'unspecified');
    fc.assert(
      fc.property(answer, answer, answer, sex, (frequency, typicalQuantity, heavyEpisodes, s) => {
        const base = scoreAuditC({ frequency, typicalQuantity, heavyEpisodes }, s);
        expect(base.total).toBeGreaterThanOrEqual(0);
        expect(base.total).toBeLessThanOrEqual(12);
        if (heavyEpisodes < 4) {
          const more = scoreAuditC({ frequency, typicalQuantity, heavyEpisodes: heavyEpisodes + 1 }, s);
          expect(more.total).toBeGreaterThanOrEqual(base.total);
        }
      }),
    );
  });

  it('is positive at a lower total for women and unspecified than for men', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 0, max: 4 }),
        (f, q, h) => {
          const answers = { frequency: f, typicalQuantity: q, heavyEpisodes: h };
          if (scoreAuditC(answers, 'male').positive) {
            expect(scoreAuditC(answers, 'female').positive).toBe(true);
            expect(scoreAuditC(answers, 'unspecified').positive).toBe(true);
          }
        },
      ),
    );
  });
});

describe('safety screen', () => {
  it('lists every item answered yes, and none for an all-clear screen', () => {
    expect(
      positiveSafetyItems({ fearOfPartner: 'yes', suicidalThoughts: 'no', coerciveControl: 'yes' }),
    ).toEqual(['fearOfPartner', 'coerciveControl']);
    expect(positiveSafetyItems({})).toEqual([]);
  });

  it('counts an item as unasked when it says so or is missing, never when answered no', () => {
    expect(
      unaskedSafetyItems({ fearOfPartner: 'no', suicidalThoughts: 'notAsked', coerciveControl: 'yes' }),
    ).toEqual(['physicalViolencePastYear', 'suicidalThoughts', 'intoxicatedAtSessions']);
    const allNo = Object.fromEntries(safetyItems.map((item) => [item.id, 'no' as const]));
    expect(unaskedSafetyItems(allNo)).toEqual([]);
  });

  it('reads a stored boolean: true is yes, false (or missing) is not asked, since the old checkboxes could not tell', () => {
    expect(legacySafetyAnswer(true)).toBe('yes');
    expect(legacySafetyAnswer(false)).toBe('notAsked');
    expect(legacySafetyAnswer(undefined)).toBe('notAsked');
    expect(legacySafetyAnswer('no')).toBe('no');
  });

  it('words the screen: positive wins, then not done, and negative only when all were asked and denied', () => {
    expect(safetyScreenText({ positiveSafety: [], unaskedSafety: [] })).toEqual({
      status: 'negative',
      text: 'Safety screen negative (all asked and denied)',
    });
    expect(safetyScreenText({ positiveSafety: [], unaskedSafety: ['suicidalThoughts'] })).toEqual({
      status: 'notDone',
      text: 'Safety screen not done: 1 of 5 items not asked — Suicidal thoughts',
    });
    expect(
      safetyScreenText({ positiveSafety: ['fearOfPartner'], unaskedSafety: ['suicidalThoughts'] }),
    ).toEqual({
      status: 'positive',
      text: 'Positive safety screen: Fear of the partner (1 of 5 items not asked)',
    });
  });
});

describe('DSM-5 assessed', () => {
  it('reads a legacy partner as assessed iff a criterion is ticked or a substance recorded', () => {
    expect(legacyDsm5Assessed({ dsm5Criteria: [], substances: [] })).toBe(false);
    expect(legacyDsm5Assessed({ dsm5Criteria: ['craving'], substances: [] })).toBe(true);
    expect(legacyDsm5Assessed({ dsm5Criteria: [], substances: ['alcohol'] })).toBe(true);
  });

  it('says "Not assessed" rather than "no use disorder" when the criteria were not gone through', () => {
    expect(dsm5ResultText({ dsm5Assessed: false, criteriaMet: 0, severity: 'none' })).toBe('Not assessed');
    expect(dsm5ResultText({ dsm5Assessed: true, criteriaMet: 0, severity: 'none' })).toBe(
      'No use disorder, 0 of 11 criteria',
    );
    expect(dsm5ResultText({ dsm5Assessed: true, criteriaMet: 4, severity: 'moderate' })).toBe(
      'Moderate use disorder, 4 of 11 criteria',
    );
  });
});

describe('trust history', () => {
  it('is headed as the behavior of the partner whose section it is in', () => {
    expect(trustHistoryHeading('A')).toBe('Behavior by partner A that hurt trust');
    expect(trustHistoryHeading('B')).toBe('Behavior by partner B that hurt trust');
  });
});

describe('partner assessment schema', () => {
  const base = {
    ratings: { emotional: 5, physical: 5, intellectual: 5, experiential: 5, trust: 5, communication: 5 },
    commitment: 3,
    intent: 'improve' as const,
    safety: {},
  };

  it('defaults a new partner to not assessed and every safety item to not asked', () => {
    const parsed = partnerAssessmentSchema.parse(base);
    expect(parsed.dsm5Assessed).toBe(false);
    expect(Object.values(parsed.safety)).toEqual(Array(safetyItems.length).fill('notAsked'));
  });

  it('refuses criteria when not assessed, on the criteria field', () => {
    const result = partnerAssessmentSchema.safeParse({ ...base, dsm5Criteria: ['craving'] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['dsm5Criteria']);
    expect(
      partnerAssessmentSchema.safeParse({ ...base, dsm5Assessed: true, dsm5Criteria: ['craving'] }).success,
    ).toBe(true);
  });

  it('refuses a boolean safety answer on a new write; only the stored reader accepts one', () => {
    expect(partnerAssessmentSchema.safeParse({ ...base, safety: { fearOfPartner: false } }).success).toBe(
      false,
    );
    const stored = storedPartnerAssessmentSchema.parse({
      ...base,
      substances: ['alcohol'],
      dsm5Criteria: [],
      safety: { fearOfPartner: false, suicidalThoughts: true },
    });
    expect(stored.safety.fearOfPartner).toBe('notAsked');
    expect(stored.safety.suicidalThoughts).toBe('yes');
    expect(stored.dsm5Assessed).toBe(true);
  });

  it('keeps an explicit dsm5Assessed when reading a stored partner written with one', () => {
    const stored = storedPartnerAssessmentSchema.parse({
      ...base,
      substances: ['alcohol'],
      dsm5Assessed: false,
      safety: { fearOfPartner: 'no' },
    });
    expect(stored.dsm5Assessed).toBe(false);
    expect(stored.safety.fearOfPartner).toBe('no');
  });
});

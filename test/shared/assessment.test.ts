import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AuditCSex,
  dsm5Criteria,
  positiveSafetyItems,
  scoreAuditC,
  substanceUseSeverity,
} from '../../shared/domain/assessment';

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
  it('lists every positive answer, and none for an all-clear screen', () => {
    expect(
      positiveSafetyItems({ fearOfPartner: true, suicidalThoughts: false, coerciveControl: true }),
    ).toEqual(['fearOfPartner', 'coerciveControl']);
    expect(positiveSafetyItems({})).toEqual([]);
  });
});

import {
  auditC,
  type ChangeClassification,
  classifyChange,
  gad7,
  type InstrumentDefinition,
  measureSeries,
  pcl5,
  phq9,
} from '@shared/domain/questionnaires';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** The instruments with a published reliable-change threshold. */
const withThreshold = [phq9, gad7, pcl5] as const;

/** A higher-is-better scale (as a satisfaction scale would be), to check direction is not assumed. */
const higherIsBetter: InstrumentDefinition = { ...phq9, lowerIsBetter: false };

const totalOf = (definition: InstrumentDefinition) =>
  fc.integer({ min: definition.min, max: definition.max });

/** An instrument and two totals on its scale. */
const pairs = fc
  .constantFrom<InstrumentDefinition>(...withThreshold, auditC, higherIsBetter)
  .chain((definition) => fc.tuple(fc.constant(definition), totalOf(definition), totalOf(definition)));

const mirror: Record<ChangeClassification['reliableChange'], ChangeClassification['reliableChange']> = {
  reliableImprovement: 'reliableDeterioration',
  reliableDeterioration: 'reliableImprovement',
  noReliableChange: 'noReliableChange',
  noPublishedThreshold: 'noPublishedThreshold',
};

describe('reliable change (Jacobson & Truax 1991), properties', () => {
  it('is symmetric: first-to-latest improvement is latest-to-first deterioration, and recovery is becoming a case', () => {
    fc.assert(
      fc.property(pairs, ([definition, first, latest]) => {
        const forward = classifyChange(definition, first, latest);
        const back = classifyChange(definition, latest, first);
        expect(back.reliableChange).toBe(mirror[forward.reliableChange]);
        expect(back.difference + forward.difference).toBe(0);
        const casenessMirror = { recovered: 'becameCase', becameCase: 'recovered' } as const;
        expect(back.casenessChange).toBe(
          forward.casenessChange === 'recovered' || forward.casenessChange === 'becameCase'
            ? casenessMirror[forward.casenessChange]
            : forward.casenessChange,
        );
      }),
    );
  });

  it('is reliable exactly at the threshold and not one point below it, in either direction', () => {
    fc.assert(
      fc.property(fc.constantFrom(...withThreshold), fc.nat(80), fc.boolean(), (definition, seed, up) => {
        const threshold = definition.reliableChange.points ?? 0;
        const span = definition.max - definition.min - threshold;
        const low = definition.min + (seed % (span + 1));
        const [first, atThreshold, below] = up
          ? [low, low + threshold, low + threshold - 1]
          : [low + threshold, low, low + 1];
        expect(classifyChange(definition, first, atThreshold).reliableChange).toBe(
          up ? 'reliableDeterioration' : 'reliableImprovement',
        );
        expect(classifyChange(definition, first, below).reliableChange).toBe('noReliableChange');
      }),
    );
  });

  it('is never improvement and deterioration at once: the kind always matches the sign and size of the change', () => {
    fc.assert(
      fc.property(pairs, ([definition, first, latest]) => {
        const change = classifyChange(definition, first, latest);
        const threshold = definition.reliableChange.points;
        const better = definition.lowerIsBetter ? change.difference < 0 : change.difference > 0;
        if (threshold === null) {
          expect(change.reliableChange).toBe('noPublishedThreshold');
        } else if (Math.abs(change.difference) < threshold) {
          expect(change.reliableChange).toBe('noReliableChange');
        } else {
          expect(change.reliableChange).toBe(better ? 'reliableImprovement' : 'reliableDeterioration');
        }
      }),
    );
  });

  it('a score compared with itself is never a reliable change and never crosses the cut-off', () => {
    fc.assert(
      fc.property(
        fc
          .constantFrom<InstrumentDefinition>(...withThreshold, auditC, higherIsBetter)
          .chain((definition) => fc.tuple(fc.constant(definition), totalOf(definition))),
        ([definition, total]) => {
          const change = classifyChange(definition, total, total);
          expect(change.reliableChange).not.toMatch(/^reliable/);
          expect(['stayedCase', 'stayedNonCase']).toContain(change.casenessChange);
          expect(change.reliableRecovery).toBe(false);
        },
      ),
    );
  });

  it('calls it reliable recovery only for reliable improvement that leaves the clinical range', () => {
    fc.assert(
      fc.property(pairs, ([definition, first, latest]) => {
        const change = classifyChange(definition, first, latest);
        expect(change.reliableRecovery).toBe(
          change.reliableChange === 'reliableImprovement' && change.casenessChange === 'recovered',
        );
      }),
    );
  });
});

describe('reliable change, examples', () => {
  it('PHQ-9 from 17 to 8: reliable improvement out of the clinical range, so reliable recovery', () => {
    expect(classifyChange(phq9, 17, 8)).toEqual({
      first: 17,
      latest: 8,
      difference: -9,
      threshold: 6,
      reliableChange: 'reliableImprovement',
      casenessChange: 'recovered',
      reliableRecovery: true,
    });
  });

  it('PHQ-9 from 12 to 9: out of the clinical range but within measurement error, so no recovery claimed', () => {
    expect(classifyChange(phq9, 12, 9)).toMatchObject({
      reliableChange: 'noReliableChange',
      casenessChange: 'recovered',
      reliableRecovery: false,
    });
  });

  it('GAD-7 from 6 to 10 is reliable deterioration into the clinical range', () => {
    expect(classifyChange(gad7, 6, 10)).toMatchObject({
      reliableChange: 'reliableDeterioration',
      casenessChange: 'becameCase',
    });
  });

  it('PCL-5 from 45 to 36 is no reliable change and still probable PTSD; to 35, reliable improvement', () => {
    expect(classifyChange(pcl5, 45, 36)).toMatchObject({
      reliableChange: 'noReliableChange',
      casenessChange: 'stayedCase',
    });
    expect(classifyChange(pcl5, 45, 35).reliableChange).toBe('reliableImprovement');
  });

  it('AUDIT-C reports the difference and caseness but no reliable-change judgment', () => {
    expect(classifyChange(auditC, 8, 1)).toMatchObject({
      difference: -7,
      threshold: null,
      reliableChange: 'noPublishedThreshold',
      casenessChange: 'recovered',
      reliableRecovery: false,
    });
  });

  it('AUDIT-C caseness follows the respondent’s recorded sex', () => {
    expect(classifyChange(auditC, 3, 4, { sex: 'male' }).casenessChange).toBe('becameCase');
    expect(classifyChange(auditC, 3, 4, { sex: 'female' }).casenessChange).toBe('stayedCase');
  });

  it('refuses totals outside the instrument’s range', () => {
    expect(() => classifyChange(phq9, 28, 3)).toThrow(
      new RangeError('PHQ-9 first total must be a whole number from 0 to 27, got 28'),
    );
    expect(() => classifyChange(gad7, 3, 2.5)).toThrow(/latest total/);
  });
});

describe('one partner’s series on one instrument', () => {
  it('sorts the scores, compares the latest with the first and gives the band around the first', () => {
    const series = measureSeries(phq9, [
      { date: '2026-12-14', total: 8 },
      { date: '2026-11-02', total: 17 },
      { date: '2026-11-16', total: 13 },
    ]);
    expect(series).toMatchObject({
      instrument: 'phq9',
      first: { date: '2026-11-02', total: 17 },
      latest: { date: '2026-12-14', total: 8 },
      change: { reliableChange: 'reliableImprovement', reliableRecovery: true },
      band: { lower: 11, upper: 23 },
    });
    expect(series?.scores.map((s) => s.date)).toEqual(['2026-11-02', '2026-11-16', '2026-12-14']);
  });

  it('the band’s edges are reliable change and its inside is not, at both ends of the scale', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...withThreshold).chain((d) => fc.tuple(fc.constant(d), totalOf(d), totalOf(d))),
        ([definition, first, later]) => {
          const series = measureSeries(definition, [
            { date: '2026-11-02', total: first },
            { date: '2026-11-30', total: later },
          ]);
          const inside = (series?.band?.lower ?? 0) < later && later < (series?.band?.upper ?? 0);
          expect(series?.change?.reliableChange === 'noReliableChange').toBe(inside);
        },
      ),
    );
  });

  it('with one score there is a first and a latest but no change yet', () => {
    expect(measureSeries(gad7, [{ date: '2026-11-02', total: 12 }])).toMatchObject({
      first: { total: 12 },
      latest: { total: 12 },
      change: null,
      band: { lower: 8, upper: 16 },
    });
  });

  it('the latest of two same-day scores is the one given last', () => {
    const series = measureSeries(gad7, [
      { date: '2026-11-02', total: 12 },
      { date: '2026-11-09', total: 5 },
      { date: '2026-11-09', total: 7 },
    ]);
    expect(series?.latest.total).toBe(7);
  });

  it('has no band where no threshold is published, and nothing at all before a first score', () => {
    expect(measureSeries(auditC, [{ date: '2026-11-02', total: 6 }])?.band).toBeNull();
    expect(measureSeries(phq9, [])).toBeNull();
  });

  it('refuses a score with an unreadable date or an impossible total', () => {
    expect(() => measureSeries(phq9, [{ date: '2026-11-31', total: 5 }])).toThrow(/score 0 date/);
    expect(() => measureSeries(pcl5, [{ date: '2026-11-02', total: 81 }])).toThrow(/score 0 total/);
  });
});

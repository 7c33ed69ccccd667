import { measuredByText, milestoneMeasure, outOfScaleError, scaleFor } from '@shared/domain/plan/measure';
import { describe, expect, it } from 'vitest';

const legacy = (key: string, description = '', target: number | null = 5) => ({
  key,
  description,
  method: 'coupleLog' as const,
  baseline: 0,
  target,
});

describe('the measure of a milestone signed before measures were stored', () => {
  it.each([
    ['milestone:trust:A:halfway', '', { kind: 'checkIn', partner: 'A', area: 'trust' }, 'rating'],
    ['milestone:emotional:maintain:B', '', { kind: 'checkIn', partner: 'B', area: 'emotional' }, 'rating'],
    [
      'milestone:trust:accountability:log',
      '',
      { kind: 'calendar', field: 'trustDiscussion', partner: null },
      'daysPerWeek',
    ],
    [
      'milestone:triggers:A:abstinence',
      '',
      { kind: 'calendar', field: 'abstinence', partner: 'A' },
      'daysPerWeek',
    ],
    ['milestone:triggers:B:log', '', { kind: 'entry', method: 'coupleLog' }, 'daysPerWeek'],
    ['milestone:aftercare', '', { kind: 'entry', method: 'coupleLog' }, 'yesNo'],
    [
      'milestone:experiential:A:coupleLog',
      'Quality-time blocks logged per week',
      { kind: 'entry', method: 'coupleLog' },
      'count',
    ],
    ['milestone:physical:B:partnerFeedback', '', { kind: 'entry', method: 'coupleLog' }, 'rung'],
  ] as const)('%s is %o on a %s scale', (key, description, source, unit) => {
    expect(milestoneMeasure(legacy(key, description))).toEqual({
      source,
      scale: scaleFor(unit),
      inferred: true,
    });
  });

  it('reads a safety milestone as yes/no, or as a count of sessions where its target is above 1', () => {
    expect(milestoneMeasure(legacy('milestone:safety:A', '', 1)).scale.unit).toBe('yesNo');
    expect(milestoneMeasure(legacy('milestone:safety:A', '', 2)).scale.unit).toBe('count');
  });

  it('leaves a milestone the clinician wrote on its old bounds, so nothing recorded under them is called out of range', () => {
    const measure = milestoneMeasure(legacy('milestone:custom:1', 'Evenings out together'));
    expect(measure.scale).toEqual({ unit: 'count', min: 0, max: 1000 });
    expect(outOfScaleError(999, measure.scale)).toBeNull();
  });

  it('prefers what the document stores to what the key suggests', () => {
    const stored = {
      ...legacy('milestone:trust:A:halfway'),
      scale: scaleFor('percent'),
      recordedBy: { kind: 'entry', method: 'therapistEvaluation' } as const,
    };
    expect(milestoneMeasure(stored)).toEqual({
      scale: scaleFor('percent'),
      source: stored.recordedBy,
      inferred: false,
    });
  });
});

describe('values on the scale', () => {
  it.each([
    [11, 'rating', 'Enter a number from 0 to 10'],
    [-1, 'rating', 'Enter a number from 0 to 10'],
    [6.5, 'rating', null],
    [8, 'daysPerWeek', 'Enter a number from 0 to 7'],
    [2.5, 'daysPerWeek', 'Enter a whole number from 0 to 7'],
    [0.5, 'yesNo', 'Enter a whole number from 0 to 1'],
    [Number.NaN, 'percent', 'Enter a number from 0 to 100'],
  ] as const)('%d on a %s scale: %s', (value, unit, error) => {
    expect(outOfScaleError(value, scaleFor(unit))).toBe(error);
  });
});

describe('measured by, as the plan outline and the printed plan say it', () => {
  it('names the source and the range, with the partners’ names where given', () => {
    const trust = legacy('milestone:trust:A:halfway');
    expect(measuredByText(trust)).toBe("Partner A's check-in ratings (0 to 10)");
    expect(measuredByText(trust, { A: 'Zoë', B: 'Łukasz' })).toBe("Zoë's check-in ratings (0 to 10)");
    expect(measuredByText(legacy('milestone:triggers:B:abstinence'), { A: 'Zoë', B: 'Łukasz' })).toBe(
      'Recovery calendar: days abstinent, Łukasz (0 to 7)',
    );
    expect(measuredByText({ ...legacy('milestone:aftercare'), method: 'therapistEvaluation' })).toBe(
      'Therapist evaluation in session (0 to 1)',
    );
  });
});

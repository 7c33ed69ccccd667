import {
  emptyMeasurementForm,
  entryKindFor,
  feedbackPartners,
  type MeasurementFormValues,
  validateMeasurementEdit,
  validateMeasurementForm,
} from '@renderer/features/measurements/measurementForm';
import {
  measureScale,
  parseMeasure,
  RATING_SCALE,
  usesRubric,
} from '@renderer/features/measurements/milestones';
import { anchorFor, RATING_RUBRIC } from '@renderer/features/measurements/rubric';
import { describe, expect, it } from 'vitest';

const coupleId = '00000000-0000-4000-8000-000000000001';
const sessionId = '00000000-0000-4000-8000-000000000002';
const measurementId = '00000000-0000-4000-8000-000000000003';
const milestone = {
  key: 'm-1',
  description: 'Emotional check-ins rated open and two-sided (0-10)',
  method: 'therapistEvaluation' as const,
  baseline: 3,
  target: 6,
};
const countMilestone = {
  key: 'm-2',
  description: 'Promises kept per week',
  method: 'coupleLog' as const,
  baseline: 0,
  target: 5,
};

function form(patch: Partial<MeasurementFormValues>): MeasurementFormValues {
  return { ...emptyMeasurementForm('coupleLog', '2026-11-19'), ...patch };
}

describe('entry kind and scale', () => {
  it('enters partner feedback for either partner on one form, other methods as themselves', () => {
    expect(entryKindFor('partnerFeedbackA')).toBe('partnerFeedback');
    expect(entryKindFor('partnerFeedbackB')).toBe('partnerFeedback');
    expect(entryKindFor('therapistEvaluation')).toBe('therapistEvaluation');
    expect(entryKindFor('sessionObservation')).toBe('sessionObservation');
  });

  it('checks values on the milestone’s own scale, stored or inferred, whatever the source', () => {
    expect(measureScale('coupleLog', milestone)).toEqual(RATING_SCALE);
    expect(measureScale('therapistEvaluation', countMilestone)).toMatchObject({ max: 1000, integer: false });
    expect(measureScale('coupleLog', countMilestone)).toMatchObject({ max: 1000, integer: false });
    expect(
      measureScale('coupleLog', { ...countMilestone, scale: { unit: 'daysPerWeek', min: 0, max: 7 } }),
    ).toEqual({ min: 0, max: 7, integer: true, noun: 'value' });
    expect(usesRubric('therapistEvaluation', milestone)).toBe(true);
    expect(usesRubric('therapistEvaluation', countMilestone)).toBe(false);
  });

  it('reads typed values: blank, decimal comma, and refuses text, negatives and values off the scale', () => {
    expect(parseMeasure('  ', RATING_SCALE)).toEqual({ ok: true, value: null });
    expect(parseMeasure('7', RATING_SCALE)).toEqual({ ok: true, value: 7 });
    expect(parseMeasure('2,5', measureScale('coupleLog', countMilestone))).toEqual({ ok: true, value: 2.5 });
    expect(parseMeasure('11', RATING_SCALE)).toEqual({
      ok: false,
      message: 'Enter a whole number from 0 to 10',
    });
    expect(parseMeasure('6.5', RATING_SCALE)).toMatchObject({ ok: false });
    expect(parseMeasure('-1', RATING_SCALE)).toMatchObject({ ok: false });
    expect(parseMeasure('1e3', RATING_SCALE)).toMatchObject({ ok: false });
    expect(parseMeasure('seven', RATING_SCALE)).toEqual({
      ok: false,
      message: 'Enter a whole number from 0 to 10',
    });
  });

  it('has an anchor for every point of the 0-10 rubric and finds the one typed', () => {
    expect(RATING_RUBRIC.map((a) => a.value)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(anchorFor('10')?.title).toBe('Fully established');
    expect(anchorFor('0')?.title).toBe('Absent');
    expect(anchorFor('11')).toBeNull();
    expect(anchorFor('')).toBeNull();
  });
});

describe('validating a new measurement', () => {
  it('builds a therapist evaluation with its comment', () => {
    const result = validateMeasurementForm(
      form({ kind: 'therapistEvaluation', value: '4', comment: 'Names feelings with prompting' }),
      { coupleId, milestone },
    );
    expect(result).toEqual({
      ok: true,
      creates: [
        {
          prefix: '',
          input: {
            coupleId,
            milestoneKey: 'm-1',
            source: 'therapistEvaluation',
            measuredOn: '2026-11-19',
            value: 4,
            comment: 'Names feelings with prompting',
            sessionId: null,
          },
        },
      ],
    });
  });

  it('refuses 11 on the rubric and a blank value, with the field they belong to', () => {
    expect(
      validateMeasurementForm(form({ kind: 'therapistEvaluation', value: '11' }), { coupleId, milestone }),
    ).toEqual({
      ok: false,
      errors: { value: 'Enter a whole number from 0 to 10' },
    });
    expect(
      validateMeasurementForm(form({ kind: 'coupleLog', value: '' }), {
        coupleId,
        milestone: countMilestone,
      }),
    ).toEqual({
      ok: false,
      errors: { value: 'Enter the value' },
    });
  });

  it('needs the session for an observation, and links it when chosen', () => {
    expect(
      validateMeasurementForm(form({ kind: 'sessionObservation', value: '3' }), {
        coupleId,
        milestone: countMilestone,
      }),
    ).toEqual({ ok: false, errors: { sessionId: 'Choose the session the observation was made in' } });
    const ok = validateMeasurementForm(form({ kind: 'sessionObservation', value: '3', sessionId }), {
      coupleId,
      milestone: countMilestone,
    });
    expect(ok.ok && ok.creates[0]?.input).toMatchObject({ source: 'sessionObservation', sessionId });
  });

  it('keeps a session chosen earlier out of a measurement that is not an observation', () => {
    const result = validateMeasurementForm(form({ kind: 'coupleLog', value: '3', sessionId }), {
      coupleId,
      milestone: countMilestone,
    });
    expect(result.ok && result.creates[0]?.input.sessionId).toBeNull();
  });

  it('records partner feedback as one measurement per partner who gave it, errors under that partner', () => {
    const both = validateMeasurementForm(
      form({
        kind: 'partnerFeedback',
        partnerA: { value: '2', comment: 'Hugs feel safe' },
        partnerB: { value: '', comment: '' },
      }),
      { coupleId, milestone: countMilestone },
    );
    expect(
      both.ok && both.creates.map((c) => [c.prefix, c.input.source, c.input.value, c.input.comment]),
    ).toEqual([['partnerA.', 'partnerFeedbackA', 2, 'Hugs feel safe']]);
    expect(
      validateMeasurementForm(form({ kind: 'partnerFeedback', partnerB: { value: '12', comment: '' } }), {
        coupleId,
        milestone,
      }),
    ).toEqual({ ok: false, errors: { 'partnerB.value': 'Enter a whole number from 0 to 10' } });
    expect(validateMeasurementForm(form({ kind: 'partnerFeedback' }), { coupleId, milestone })).toEqual({
      ok: false,
      errors: { 'partnerA.value': 'Enter the feedback of at least one partner' },
    });
  });

  it('asks only the partner a "feedback from B" milestone is about', () => {
    const onlyB = {
      key: 'm-3',
      description: 'Partner B’s rating of closeness (0-10)',
      method: 'partnerFeedbackB' as const,
      baseline: 2,
      target: 6,
    };
    expect(feedbackPartners('partnerFeedbackB')).toEqual(['B']);
    expect(feedbackPartners('coupleLog')).toEqual(['A', 'B']);
    const result = validateMeasurementForm(
      form({
        kind: 'partnerFeedback',
        partnerA: { value: '5', comment: '' },
        partnerB: { value: '4', comment: '' },
      }),
      { coupleId, milestone: onlyB },
    );
    expect(result.ok && result.creates.map((c) => c.input.source)).toEqual(['partnerFeedbackB']);
    expect(
      validateMeasurementForm(form({ kind: 'partnerFeedback' }), { coupleId, milestone: onlyB }),
    ).toEqual({
      ok: false,
      errors: { 'partnerB.value': 'Enter the feedback' },
    });
  });

  it('refuses a date that is not a real date, and a comment that is too long', () => {
    const result = validateMeasurementForm(
      form({ kind: 'coupleLog', value: '1', measuredOn: '2026-02-30', comment: 'x'.repeat(1001) }),
      { coupleId, milestone: countMilestone },
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        measuredOn: 'The date must be a real date (YYYY-MM-DD)',
        comment: 'Comment must be at most 1000 characters',
      },
    });
  });
});

describe('validating an edit', () => {
  it('builds the update, and refuses a rating off the rubric or an observation without its session', () => {
    const values = { measuredOn: '2026-11-18', value: '6', comment: ' corrected ', sessionId: '' };
    const saved = { id: measurementId, source: 'therapistEvaluation' as const, value: 4 };
    expect(validateMeasurementEdit(values, saved, countMilestone)).toEqual({
      ok: true,
      input: { id: measurementId, measuredOn: '2026-11-18', value: 6, comment: 'corrected', sessionId: null },
    });
    expect(validateMeasurementEdit({ ...values, value: '11' }, saved, milestone)).toEqual({
      ok: false,
      errors: { value: 'Enter a whole number from 0 to 10' },
    });
    // A value recorded off the scale before it was checked can stay while the comment is corrected.
    expect(
      validateMeasurementEdit({ ...values, value: '12' }, { ...saved, value: 12 }, milestone),
    ).toMatchObject({
      ok: true,
      input: { value: 12 },
    });
    expect(
      validateMeasurementEdit(values, { ...saved, source: 'sessionObservation' }, countMilestone),
    ).toEqual({ ok: false, errors: { sessionId: 'Choose the session the observation was made in' } });
  });
});

import {
  buildWeekPayloads,
  emptyWeekCells,
  mondayOf,
  placeWeekErrors,
  savedWeekValues,
  weekDates,
  withCell,
  withRowCleared,
} from '@renderer/features/measurements/weekGrid';
import { describe, expect, it } from 'vitest';

const coupleId = '00000000-0000-4000-8000-000000000001';
const countMilestone = {
  key: 'm-count',
  description: 'Daily check-ins logged per week',
  method: 'coupleLog' as const,
  baseline: 0,
  target: 5,
};
const ratedMilestone = {
  key: 'm-rated',
  description: 'Closeness rated by each partner (0-10)',
  method: 'coupleLog' as const,
  baseline: 3,
  target: 6,
};

function typed(rows: Partial<Record<'coupleLog' | 'partnerFeedbackA' | 'partnerFeedbackB', string[]>>) {
  let cells = emptyWeekCells();
  for (const [source, values] of Object.entries(rows) as [keyof typeof cells, string[]][])
    values.forEach((text, day) => {
      cells = withCell(cells, source, day, text);
    });
  return cells;
}

describe('week dates', () => {
  it('starts a paper log week on the Monday on or before a date', () => {
    expect(mondayOf('2026-11-19')).toBe('2026-11-16'); // a Thursday
    expect(mondayOf('2026-11-16')).toBe('2026-11-16'); // a Monday
    expect(mondayOf('2026-11-22')).toBe('2026-11-16'); // a Sunday
    expect(mondayOf('2027-01-01')).toBe('2026-12-28'); // across a year
    expect(weekDates('2026-12-28')).toEqual([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
    ]);
  });
});

describe('building the week payload', () => {
  it('sends one call per row with a value, blanks as null, and skips empty rows', () => {
    const cells = typed({
      coupleLog: ['1', '', '2', ' 2 ', '', '3', '4'],
      partnerFeedbackB: ['', '', '', '', '', '', '2,5'],
    });
    const result = buildWeekPayloads({
      coupleId,
      milestone: countMilestone,
      weekStart: '2026-11-09',
      today: '2026-11-20',
      cells,
    });
    expect(result).toEqual({
      ok: true,
      payloads: [
        {
          coupleId,
          milestoneKey: 'm-count',
          source: 'coupleLog',
          weekStart: '2026-11-09',
          values: [1, null, 2, 2, null, 3, 4],
        },
        {
          coupleId,
          milestoneKey: 'm-count',
          source: 'partnerFeedbackB',
          weekStart: '2026-11-09',
          values: [null, null, null, null, null, null, 2.5],
        },
      ],
    });
  });

  it('names each bad cell: off the 0-10 scale, not a number, or a day in the future', () => {
    const cells = typed({
      partnerFeedbackA: ['11', 'abc', '', '', '', '', ''],
      coupleLog: ['', '', '', '', '', '', '1'],
    });
    const result = buildWeekPayloads({
      coupleId,
      milestone: ratedMilestone,
      weekStart: '2026-11-16',
      today: '2026-11-21',
      cells,
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        'coupleLog.6': 'This day is in the future',
        'partnerFeedbackA.0': 'Enter a whole number from 0 to 10',
        'partnerFeedbackA.1': 'Enter a whole number from 0 to 10',
      },
    });
  });

  it('asks for at least one value when the grid is empty', () => {
    expect(
      buildWeekPayloads({
        coupleId,
        milestone: countMilestone,
        weekStart: '2026-11-09',
        today: '2026-11-20',
        cells: emptyWeekCells(),
      }),
    ).toEqual({ ok: false, errors: { '': 'Type at least one value in the grid' } });
  });

  it('places the core’s per-day errors on the cells of the row that was sent', () => {
    expect(
      placeWeekErrors('partnerFeedbackB', { 'values.5': 'This day is in the future', weekStart: 'Bad' }),
    ).toEqual({
      'partnerFeedbackB.5': 'This day is in the future',
      '': 'Bad',
    });
  });

  it('clears a saved row without touching the others', () => {
    const cells = typed({ coupleLog: ['1'], partnerFeedbackA: ['2'] });
    const cleared = withRowCleared(cells, 'coupleLog');
    expect(cleared.coupleLog).toEqual(['', '', '', '', '', '', '']);
    expect(cleared.partnerFeedbackA[0]).toBe('2');
    expect(cells.coupleLog[0]).toBe('1');
  });
});

describe('values already on record', () => {
  it('shows saved values of this milestone in their source row and day, ignoring other weeks and milestones', () => {
    const saved = savedWeekValues(
      [
        { milestoneKey: 'm-count', source: 'coupleLog', measuredOn: '2026-11-10', value: 3 },
        { milestoneKey: 'm-count', source: 'partnerFeedbackA', measuredOn: '2026-11-15', value: 1 },
        { milestoneKey: 'm-count', source: 'therapistEvaluation', measuredOn: '2026-11-11', value: 7 },
        { milestoneKey: 'm-count', source: 'coupleLog', measuredOn: '2026-11-16', value: 9 },
        { milestoneKey: 'other', source: 'coupleLog', measuredOn: '2026-11-09', value: 5 },
      ],
      'm-count',
      '2026-11-09',
    );
    expect(saved.coupleLog).toEqual([null, 3, null, null, null, null, null]);
    expect(saved.partnerFeedbackA).toEqual([null, null, null, null, null, null, 1]);
    expect(saved.partnerFeedbackB.every((v) => v === null)).toBe(true);
  });
});

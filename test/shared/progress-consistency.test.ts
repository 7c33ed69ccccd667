import type { AttendanceRecord } from '@shared/domain/attendance';
import {
  attendanceConsistency,
  consistency,
  type HomeworkRecord,
  homeworkConsistency,
} from '@shared/domain/progress';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const session = (
  outcome: AttendanceRecord['outcome'],
  A: AttendanceRecord['attendance']['A'] = 'present',
  B: AttendanceRecord['attendance']['B'] = 'present',
): AttendanceRecord => ({ outcome, attendance: { A, B } });

const hw = (date: string, outcome: HomeworkRecord['outcome']): HomeworkRecord => ({ date, outcome });

describe('attendance consistency', () => {
  it.each([
    ['no sessions', [], { due: 0, attended: 0, rate: null }],
    ['only cancellations', [session('cancelled')], { due: 0, attended: 0, rate: null }],
    [
      'late counts, an absent partner and a no-show do not, cancellations are ignored',
      [
        session('held'),
        session('held', 'late', 'present'),
        session('held', 'present', 'absent'),
        session('noShow', 'absent', 'absent'),
        session('cancelled'),
      ],
      { due: 4, attended: 2, rate: 0.5 },
    ],
    [
      'an individual session for A',
      [session('held', 'present', 'notExpected')],
      { due: 1, attended: 1, rate: 1 },
    ],
  ])('%s', (_label, sessions, expected) => {
    expect(attendanceConsistency(sessions)).toEqual(expected);
  });
});

describe('homework consistency', () => {
  it('is null when nothing was assigned', () => {
    expect(homeworkConsistency([])).toEqual({
      assigned: 0,
      reported: 0,
      done: 0,
      partly: 0,
      rate: null,
      reportedRate: null,
    });
  });

  it('counts unreported homework as not done, and reports the share reported separately', () => {
    const items = [
      hw('2025-01-02', 'done'),
      hw('2025-01-04', 'notDone'),
      hw('2025-01-06', null),
      hw('2025-01-08', 'done'),
    ];
    expect(homeworkConsistency(items)).toEqual({
      assigned: 4,
      reported: 3,
      done: 2,
      partly: 0,
      rate: 0.5,
      reportedRate: 0.75,
    });
  });

  it('counts partly done homework as reported, and half toward the rate', () => {
    const items = [
      hw('2025-01-02', 'done'),
      hw('2025-01-04', 'partly'),
      hw('2025-01-06', null),
      hw('2025-01-08', 'notDone'),
    ];
    expect(homeworkConsistency(items)).toEqual({
      assigned: 4,
      reported: 3,
      done: 1,
      partly: 1,
      rate: 1.5 / 4,
      reportedRate: 0.75,
    });
  });

  it('keeps to the period (inclusive), across a year end', () => {
    const items = [
      hw('2024-12-30', 'notDone'),
      hw('2024-12-31', 'done'),
      hw('2025-01-01', 'done'),
      hw('2025-01-02', 'notDone'),
      hw('2025-01-03', null),
    ];
    expect(homeworkConsistency(items, { from: '2024-12-31', to: '2025-01-02' })).toMatchObject({
      assigned: 3,
      done: 2,
    });
    expect(homeworkConsistency(items, { from: '2025-01-02' })).toMatchObject({
      assigned: 2,
      done: 0,
      rate: 0,
    });
    expect(homeworkConsistency(items, { to: '2024-12-30' })).toMatchObject({ assigned: 1, done: 0 });
  });

  it('refuses a date that is not a real date', () => {
    expect(() => homeworkConsistency([hw('2025-02-30', 'done')])).toThrow(RangeError);
  });

  it('keeps done + partly <= reported <= assigned and both rates within [0, 1]', () => {
    const item = fc.record({
      date: fc.integer({ min: 1, max: 28 }).map((d) => `2025-02-${String(d).padStart(2, '0')}`),
      outcome: fc.constantFrom('done' as const, 'partly' as const, 'notDone' as const, null),
    });
    fc.assert(
      fc.property(fc.array(item), (items) => {
        const result = homeworkConsistency(items);
        expect(result.done + result.partly).toBeLessThanOrEqual(result.reported);
        expect(result.reported).toBeLessThanOrEqual(result.assigned);
        if (result.rate === null || result.reportedRate === null) {
          expect(result.assigned).toBe(0);
        } else {
          expect(result.rate).toBeGreaterThanOrEqual(0);
          expect(result.rate).toBeLessThanOrEqual(result.reportedRate);
          expect(result.reportedRate).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});

describe('consistency', () => {
  it('gives both at once, homework filtered by the period', () => {
    expect(
      consistency(
        {
          sessions: [session('held'), session('noShow')],
          homework: [hw('2025-01-01', 'done'), hw('2025-03-01', 'done')],
        },
        { from: '2025-02-01' },
      ),
    ).toEqual({
      attendance: { due: 2, attended: 1, rate: 0.5 },
      homework: { assigned: 1, reported: 1, done: 1, partly: 0, rate: 1, reportedRate: 1 },
    });
  });
});

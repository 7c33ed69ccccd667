import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AttendanceRecord, attendanceRate } from '../../shared/domain/attendance';

const held = (
  A: AttendanceRecord['attendance']['A'],
  B: AttendanceRecord['attendance']['B'],
): AttendanceRecord => ({
  outcome: 'held',
  attendance: { A, B },
});

describe('attendance rate', () => {
  it('is null until a session was due', () => {
    expect(attendanceRate([])).toBeNull();
    expect(attendanceRate([{ outcome: 'cancelled', attendance: { A: 'absent', B: 'absent' } }])).toBeNull();
  });

  it('counts late as attended, an absent partner or a no-show as missed, and ignores cancellations', () => {
    const sessions: AttendanceRecord[] = [
      held('present', 'late'),
      held('present', 'absent'),
      held('notExpected', 'present'),
      { outcome: 'noShow', attendance: { A: 'absent', B: 'absent' } },
      { outcome: 'cancelled', attendance: { A: 'absent', B: 'absent' } },
    ];
    expect(attendanceRate(sessions)).toBe(2 / 4);
  });

  it('stays between 0 and 1', () => {
    const value = fc.constantFrom('present', 'late', 'absent', 'notExpected') as fc.Arbitrary<
      AttendanceRecord['attendance']['A']
    >;
    const record = fc.record({
      outcome: fc.constantFrom('held', 'cancelled', 'noShow') as fc.Arbitrary<AttendanceRecord['outcome']>,
      attendance: fc.record({ A: value, B: value }),
    });
    fc.assert(
      fc.property(fc.array(record), (sessions) => {
        const rate = attendanceRate(sessions);
        if (rate !== null) expect(rate >= 0 && rate <= 1).toBe(true);
      }),
    );
  });
});

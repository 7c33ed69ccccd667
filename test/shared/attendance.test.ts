import {
  type AttendanceRecord,
  attendanceRate,
  isLateCancellation,
  wasAttended,
  wasDue,
} from '@shared/domain/attendance';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

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

const attendanceValue = fc.constantFrom('present', 'late', 'absent', 'notExpected') as fc.Arbitrary<
  AttendanceRecord['attendance']['A']
>;
const anySession: fc.Arbitrary<AttendanceRecord> = fc.record({
  outcome: fc.constantFrom('booked', 'held', 'cancelled', 'noShow') as fc.Arbitrary<
    AttendanceRecord['outcome']
  >,
  cancelledBy: fc.constantFrom(null, 'partnerA', 'partnerB', 'both', 'clinician') as fc.Arbitrary<
    AttendanceRecord['cancelledBy']
  >,
  noticeHours: fc.option(fc.integer({ min: 0, max: 400 })),
  attendance: fc.record({ A: attendanceValue, B: attendanceValue }),
});

describe('attendance with bookings', () => {
  it('never counts a booked session as held, attended or due, whatever else it claims', () => {
    fc.assert(
      fc.property(anySession, (session) => {
        const booked = { ...session, outcome: 'booked' as const };
        expect(wasDue(booked)).toBe(false);
        expect(wasAttended(booked)).toBe(false);
      }),
    );
  });

  it('leaves the rate unchanged when bookings are added to any record', () => {
    fc.assert(
      fc.property(fc.array(anySession), fc.array(anySession), (record, extra) => {
        const bookings = extra.map((s) => ({ ...s, outcome: 'booked' as const }));
        expect(attendanceRate([...record, ...bookings])).toBe(attendanceRate(record));
      }),
    );
  });

  it('counts a partner’s cancellation under 24 hours as due and missed; the clinician’s or a timely one as excused', () => {
    const cancelled = (
      cancelledBy: AttendanceRecord['cancelledBy'],
      noticeHours: number | null,
    ): AttendanceRecord => ({
      outcome: 'cancelled',
      cancelledBy,
      noticeHours,
      attendance: { A: 'notExpected', B: 'notExpected' },
    });
    expect(isLateCancellation(cancelled('partnerB', 23))).toBe(true);
    expect(isLateCancellation(cancelled('both', 0))).toBe(true);
    expect(isLateCancellation(cancelled('partnerA', 24))).toBe(false);
    expect(isLateCancellation(cancelled('clinician', 1))).toBe(false);
    expect(isLateCancellation(cancelled(null, null))).toBe(false);
    expect(attendanceRate([held('present', 'present'), cancelled('partnerB', 3)])).toBe(1 / 2);
    expect(attendanceRate([held('present', 'present'), cancelled('clinician', 3)])).toBe(1);
    expect(attendanceRate([held('present', 'present'), cancelled('partnerA', 48)])).toBe(1);
  });

  it('stays between 0 and 1 with every kind of session', () => {
    fc.assert(
      fc.property(fc.array(anySession), (sessions) => {
        const rate = attendanceRate(sessions);
        if (rate !== null) expect(rate >= 0 && rate <= 1).toBe(true);
        if (sessions.every((s) => s.outcome === 'booked')) expect(rate).toBeNull();
      }),
    );
  });
});

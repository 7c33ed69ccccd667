import { exportRowSchemas } from '@shared/contract/exports';
import { bookingDates, overlaps } from '@shared/domain/bookings';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('booking dates', () => {
  it('repeats weekly or fortnightly across month and year ends', () => {
    expect(bookingDates('2026-12-21', null)).toEqual(['2026-12-21']);
    expect(bookingDates('2026-12-21', { every: 'week', count: 3 })).toEqual([
      '2026-12-21',
      '2026-12-28',
      '2027-01-04',
    ]);
    expect(bookingDates('2027-02-15', { every: 'fortnight', count: 2 })).toEqual([
      '2027-02-15',
      '2027-03-01',
    ]);
  });
});

describe('overlapping bookings', () => {
  const slot = (startTime: string | null, durationMinutes = 50, date = '2026-11-23') => ({
    date,
    startTime,
    durationMinutes,
  });

  it('clashes when times overlap on the same day, not back to back, not on another day, not without a time', () => {
    expect(overlaps(slot('14:00'), slot('14:30'))).toBe(true);
    expect(overlaps(slot('14:00', 60), slot('15:00'))).toBe(false);
    expect(overlaps(slot('14:00'), slot('14:00', 50, '2026-11-24'))).toBe(false);
    expect(overlaps(slot(null), slot('14:00'))).toBe(false);
  });

  it('is symmetric', () => {
    const time = fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
    const any = fc.record({
      date: fc.constant('2026-11-23'),
      startTime: time,
      durationMinutes: fc.integer({ min: 5, max: 480 }),
    });
    fc.assert(fc.property(any, any, (a, b) => overlaps(a, b) === overlaps(b, a)));
  });
});

describe('an export written before bookings', () => {
  it('reads its sessions with no canceller, notice or series', () => {
    const row = {
      id: 's1',
      couple_id: 'c1',
      date: '2026-02-01',
      start_time: '10:00',
      duration_minutes: 50,
      type: 'joint',
      place: 'office',
      outcome: 'cancelled',
      outcome_reason: 'Ill',
      attendance_a: 'notExpected',
      attendance_b: 'notExpected',
      checkin_a: null,
      checkin_b: null,
      created_at: '2026-02-01',
      updated_at: '2026-02-01',
    };
    expect(exportRowSchemas.sessions.parse(row)).toMatchObject({
      cancelled_by: null,
      notice_hours: null,
      series_id: null,
    });
  });
});

import { groupByDay, isNotSeen } from '@shared/domain/agenda';
import { describe, expect, it } from 'vitest';

describe('isNotSeen', () => {
  const today = '2026-11-30';
  it('counts a couple never seen and never booked', () => {
    expect(isNotSeen({ lastHeld: null, hasBookingAhead: false }, today)).toBe(true);
  });
  it('counts a couple last seen more than 21 days ago, not one seen 21 days ago', () => {
    expect(isNotSeen({ lastHeld: '2026-11-08', hasBookingAhead: false }, today)).toBe(true); // 22 days
    expect(isNotSeen({ lastHeld: '2026-11-09', hasBookingAhead: false }, today)).toBe(false); // 21 days
  });
  it('never counts a couple with a booking ahead', () => {
    expect(isNotSeen({ lastHeld: null, hasBookingAhead: true }, today)).toBe(false);
    expect(isNotSeen({ lastHeld: '2026-01-01', hasBookingAhead: true }, today)).toBe(false);
  });
});

describe('groupByDay', () => {
  it('gives every day, empty ones included, across a month end, keeping the order given', () => {
    const items = [
      { date: '2026-12-01', id: 'a' },
      { date: '2026-12-01', id: 'b' },
      { date: '2026-11-29', id: 'c' },
      { date: '2026-12-09', id: 'outside' },
    ];
    expect(groupByDay(items, '2026-11-29', 4)).toEqual([
      { date: '2026-11-29', items: [{ date: '2026-11-29', id: 'c' }] },
      { date: '2026-11-30', items: [] },
      {
        date: '2026-12-01',
        items: [
          { date: '2026-12-01', id: 'a' },
          { date: '2026-12-01', id: 'b' },
        ],
      },
      { date: '2026-12-02', items: [] },
    ]);
  });
});

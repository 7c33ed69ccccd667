import { futureNoteRefusal, futureSessionErrors, type SessionClaims } from '@shared/domain/session-date';
import { describe, expect, it } from 'vitest';

const TODAY = '2026-11-20';
const ratings = { emotional: 5, physical: 5, intellectual: 5, experiential: 5, trust: 5, communication: 5 };

function claims(overrides: Partial<SessionClaims> = {}): SessionClaims {
  return {
    date: '2026-11-21',
    outcome: 'held',
    attendance: { A: 'present', B: 'present' },
    checkIn: { A: null, B: null },
    ...overrides,
  };
}

describe('a session dated after today', () => {
  it('cannot be held: one error, on the date', () => {
    expect(futureSessionErrors(claims({ checkIn: { A: ratings, B: null } }), TODAY)).toEqual({
      date: 'This date is after today: record the session once it has taken place',
    });
  });

  it('canceled ahead, has nobody attending and nothing rated, per partner', () => {
    expect(
      futureSessionErrors(
        claims({
          outcome: 'cancelled',
          attendance: { A: 'present', B: 'notExpected' },
          checkIn: { A: null, B: ratings },
        }),
        TODAY,
      ),
    ).toEqual({
      'attendance.A':
        'Partner A’s attendance is recorded once the session has taken place: choose “Not expected”',
      'checkIn.B': 'Partner B’s check-in is recorded once the session has taken place',
    });
  });

  it('cannot be a no-show yet', () => {
    const errors = futureSessionErrors(
      claims({ outcome: 'noShow', attendance: { A: 'absent', B: 'absent' } }),
      TODAY,
    );
    expect(errors.outcome).toBe('A session after today cannot be a no-show yet');
  });

  it('may be recorded as canceled ahead, with nobody expected', () => {
    expect(
      futureSessionErrors(
        claims({ outcome: 'cancelled', attendance: { A: 'notExpected', B: 'notExpected' } }),
        TODAY,
      ),
    ).toEqual({});
  });

  it('takes no note', () => {
    expect(futureNoteRefusal({ date: '2026-11-21', outcome: 'cancelled' }, TODAY)).toMatch(/after today/);
  });
});

describe('a session dated today or before', () => {
  it.each(['2026-11-20', '2026-11-19', '2025-01-01'])('on %s may be held and noted', (date) => {
    expect(futureSessionErrors(claims({ date, checkIn: { A: ratings, B: ratings } }), TODAY)).toEqual({});
    expect(futureNoteRefusal({ date, outcome: 'held' }, TODAY)).toBeNull();
  });

  it('takes no note while still booked, even once its day has passed', () => {
    expect(futureNoteRefusal({ date: '2026-11-19', outcome: 'booked' }, TODAY)).toMatch(/record its outcome/);
  });
});

import type { BookingInput } from '@shared/contract/sessions';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fictionalCouple } from '../fixtures/couples';
import { fictionalDapNote, fictionalSession } from '../fixtures/sessions';
import { makeUnlockedCore, type TestCore, withDirectSql } from '../support/core';

// The test clock starts at 2026-11-20 09:00 UTC: "today" is 2026-11-20.
const DAY = 86_400_000;
let t: TestCore;
let coupleId: string;

function booking(overrides: Partial<BookingInput> = {}): BookingInput {
  return {
    coupleId,
    date: '2026-11-23',
    startTime: '14:00',
    durationMinutes: 50,
    type: 'joint',
    place: 'office',
    repeat: null,
    ...overrides,
  };
}

beforeEach(async () => {
  t = await makeUnlockedCore();
  coupleId = (await t.ok('couples:create', fictionalCouple())).id;
});
afterEach(async () => {
  await t.dispose();
});

describe('booking sessions', () => {
  it('books a session ahead with nobody expected and nothing rated yet', async () => {
    const { items, clashes } = await t.ok('sessions:book', booking());
    expect(clashes).toEqual([]);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      date: '2026-11-23',
      startTime: '14:00',
      outcome: 'booked',
      attendance: { A: 'notExpected', B: 'notExpected' },
      checkIn: { A: null, B: null },
      seriesId: null,
      noteId: null,
    });
    const listed = await t.ok('sessions:list', { coupleId });
    expect(listed.items.map((s) => s.outcome)).toEqual(['booked']);
  });

  it('books a weekly or fortnightly series, one session per date, sharing a series id', async () => {
    const weekly = await t.ok('sessions:book', booking({ repeat: { every: 'week', count: 4 } }));
    expect(weekly.items.map((s) => s.date)).toEqual(['2026-11-23', '2026-11-30', '2026-12-07', '2026-12-14']);
    const series = new Set(weekly.items.map((s) => s.seriesId));
    expect(series.size).toBe(1);
    expect([...series][0]).not.toBeNull();

    const fortnightly = await t.ok(
      'sessions:book',
      booking({ date: '2026-11-24', repeat: { every: 'fortnight', count: 3 } }),
    );
    expect(fortnightly.items.map((s) => s.date)).toEqual(['2026-11-24', '2026-12-08', '2026-12-22']);
  });

  it('refuses a booking dated before today: a past session is recorded, not booked', async () => {
    const result = await t.core.dispatch('sessions:book', booking({ date: '2026-11-19' }));
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { date: expect.any(String) } },
    });
  });

  it('refuses a booking without a time, and a repeat of one session', async () => {
    const { startTime: _dropped, ...noTime } = booking();
    expect(await t.core.dispatch('sessions:book', noTime)).toMatchObject({ ok: false });
    expect(
      await t.core.dispatch('sessions:book', booking({ repeat: { every: 'week', count: 1 } })),
    ).toMatchObject({
      ok: false,
    });
  });

  it('warns, and still books, when a booking overlaps another couple’s at the same time', async () => {
    const other = (await t.ok('couples:create', fictionalCouple({ displayName: 'Other couple' }))).id;
    const first = await t.ok(
      'sessions:book',
      booking({ coupleId: other, startTime: '14:30', durationMinutes: 50 }),
    );
    const second = await t.ok('sessions:book', booking({ repeat: { every: 'week', count: 2 } }));
    expect(second.items).toHaveLength(2);
    expect(second.clashes).toEqual([
      {
        sessionId: second.items[0]?.id,
        date: '2026-11-23',
        startTime: '14:00',
        other: {
          sessionId: first.items[0]?.id,
          coupleId: other,
          coupleName: 'Other couple',
          startTime: '14:30',
          durationMinutes: 50,
        },
      },
    ]);
    // Back to back is how a day runs: ending at 14:50 and starting at 14:50 is no clash.
    const after = await t.ok(
      'sessions:book',
      booking({ coupleId: other, startTime: '14:50', date: '2026-11-30' }),
    );
    expect(after.clashes).toEqual([]);
  });
});

describe('recording the outcome of a booked session', () => {
  it('records a booked session as held, with attendance and check-ins, and a note can follow', async () => {
    const [booked] = (await t.ok('sessions:book', booking({ date: '2026-11-20', startTime: '08:00' }))).items;
    const held = await t.ok('sessions:recordOutcome', {
      ...fictionalSession(coupleId, { date: '2026-11-20', startTime: '08:00' }),
      id: booked?.id ?? '',
    });
    expect(held).toMatchObject({ outcome: 'held', attendance: { A: 'present', B: 'late' } });
    expect(held.checkIn.A?.trust).toBe(3);
    await t.ok('notes:saveDraft', { sessionId: held.id, content: fictionalDapNote() });
    // Recorded once: a second outcome is an edit of the session, not a new record.
    const again = await t.core.dispatch('sessions:recordOutcome', {
      ...fictionalSession(coupleId, { date: '2026-11-20' }),
      id: held.id,
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('records a late cancellation with who cancelled and the notice, and asks for both', async () => {
    const [booked] = (await t.ok('sessions:book', booking())).items;
    const cancelled = {
      ...fictionalSession(coupleId, {
        date: '2026-11-23',
        outcome: 'cancelled',
        outcomeReason: 'Work shift changed',
        attendance: { A: 'notExpected', B: 'notExpected' },
        checkIn: { A: null, B: null },
      }),
      id: booked?.id ?? '',
    };
    expect(await t.core.dispatch('sessions:recordOutcome', cancelled)).toMatchObject({
      ok: false,
      error: { fields: { cancelledBy: expect.any(String) } },
    });
    const recorded = await t.ok('sessions:recordOutcome', {
      ...cancelled,
      cancelledBy: 'partnerB',
      noticeHours: 3,
    });
    expect(recorded).toMatchObject({ outcome: 'cancelled', cancelledBy: 'partnerB', noticeHours: 3 });
  });

  it('refuses a held or no-show outcome for a booking still in the future', async () => {
    const [booked] = (await t.ok('sessions:book', booking())).items;
    const result = await t.core.dispatch('sessions:recordOutcome', {
      ...fictionalSession(coupleId, { date: '2026-11-23' }),
      id: booked?.id ?? '',
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { date: expect.any(String) } },
    });
  });

  it('does not let the ordinary edit turn a booking into a held session', async () => {
    const [booked] = (await t.ok('sessions:book', booking({ date: '2026-11-20' }))).items;
    const result = await t.core.dispatch('sessions:update', {
      ...fictionalSession(coupleId, { date: '2026-11-20' }),
      id: booked?.id ?? '',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('lists a booked session whose day has passed as to record, until its outcome is recorded', async () => {
    const other = (await t.ok('couples:create', fictionalCouple({ displayName: 'Other couple' }))).id;
    const mine = (
      await t.ok('sessions:book', booking({ date: '2026-11-20', repeat: { every: 'week', count: 2 } }))
    ).items;
    await t.ok('sessions:book', booking({ coupleId: other, date: '2026-11-21', startTime: '10:00' }));
    expect((await t.ok('sessions:toRecord', {})).items).toEqual([]);

    t.clock.advance(3 * DAY); // 2026-11-23
    const toRecord = (await t.ok('sessions:toRecord', {})).items;
    expect(toRecord.map((s) => [s.date, s.coupleName])).toEqual([
      ['2026-11-20', fictionalCouple().displayName],
      ['2026-11-21', 'Other couple'],
    ]);

    await t.ok('sessions:recordOutcome', {
      ...fictionalSession(coupleId, {
        date: '2026-11-20',
        startTime: '14:00',
        outcome: 'noShow',
        outcomeReason: 'No answer by phone',
        attendance: { A: 'absent', B: 'absent' },
        checkIn: { A: null, B: null },
      }),
      id: mine[0]?.id ?? '',
    });
    expect((await t.ok('sessions:toRecord', {})).items.map((s) => s.date)).toEqual(['2026-11-21']);
  });
});

describe('attendance counts bookings and their outcomes', () => {
  it('leaves bookings out, counts a partner’s late cancellation as missed and a clinician’s as excused', async () => {
    await t.ok('sessions:create', fictionalSession(coupleId, { date: '2026-11-18' }));
    const series = (
      await t.ok('sessions:book', booking({ date: '2026-11-20', repeat: { every: 'week', count: 3 } }))
    ).items;
    const before = await t.ok('dashboard:get', { coupleId });
    // One held session; the three bookings (today and the future) are not due yet.
    expect(before.attendance.reduce((n, m) => n + m.due, 0)).toBe(1);

    const cancel = (id: string, date: string, cancelledBy: 'partnerB' | 'clinician', noticeHours: number) =>
      t.ok('sessions:recordOutcome', {
        ...fictionalSession(coupleId, {
          date,
          outcome: 'cancelled',
          outcomeReason: 'Called off',
          cancelledBy,
          noticeHours,
          attendance: { A: 'notExpected', B: 'notExpected' },
          checkIn: { A: null, B: null },
        }),
        id,
      });
    await cancel(series[0]?.id ?? '', '2026-11-20', 'partnerB', 2);
    await cancel(series[1]?.id ?? '', '2026-11-27', 'clinician', 2);
    const after = await t.ok('dashboard:get', { coupleId });
    const total = after.attendance.reduce(
      (n, m) => ({ due: n.due + m.due, attended: n.attended + m.attended }),
      {
        due: 0,
        attended: 0,
      },
    );
    expect(total).toEqual({ due: 2, attended: 1 });
    expect(after.markers.filter((m) => m.kind === 'missedSession').map((m) => m.date)).toEqual([
      '2026-11-20',
    ]);
  });
});

describe('the database holds the line on bookings', () => {
  it('refuses a booked session that claims attendance, and cancellation details on a held one', async () => {
    const [booked] = (await t.ok('sessions:book', booking())).items;
    const held = await t.ok('sessions:create', fictionalSession(coupleId));
    await withDirectSql(t, (db) => {
      expect(() =>
        db.prepare("UPDATE sessions SET attendance_a = 'present' WHERE id = ?").run(booked?.id),
      ).toThrow(/CHECK/);
      expect(() =>
        db.prepare("UPDATE sessions SET cancelled_by = 'partnerA' WHERE id = ?").run(held.id),
      ).toThrow(/CHECK/);
    });
  });
});

describe('a booked session has no note', () => {
  it('refuses a note draft until the outcome is recorded', async () => {
    const [booked] = (await t.ok('sessions:book', booking({ date: '2026-11-20' }))).items;
    const result = await t.core.dispatch('notes:saveDraft', {
      sessionId: booked?.id ?? '',
      content: fictionalDapNote(),
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'validation', message: expect.stringMatching(/booked/) },
    });
  });
});

describe('the plan review', () => {
  it('lists what happened, not bookings, and counts only sessions due', async () => {
    await t.ok('sessions:create', fictionalSession(coupleId, { date: '2026-11-18' }));
    await t.ok('sessions:book', booking({ date: '2026-11-20', repeat: { every: 'week', count: 2 } }));
    const review = await t.ok('plans:review', { coupleId });
    expect(review.sessions.map((s) => s.date)).toEqual(['2026-11-18']);
    expect(review.attendance).toMatchObject({ due: 1, attended: 1 });
  });
});

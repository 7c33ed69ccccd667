import type { BookingInput } from '@shared/contract/sessions';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fictionalCouple } from '../fixtures/couples';
import { fictionalSession } from '../fixtures/sessions';
import { makeUnlockedCore, type TestCore } from '../support/core';

// The test clock starts at 2026-11-20 09:00 UTC: "today" is 2026-11-20.
const DAY = 86_400_000;
let t: TestCore;
let coupleId: string;

function booking(overrides: Partial<BookingInput> = {}): BookingInput {
  return {
    coupleId,
    date: '2026-11-20',
    startTime: '14:00',
    durationMinutes: 50,
    type: 'joint',
    place: 'office',
    repeat: null,
    ...overrides,
  };
}

async function newCouple(name: string): Promise<string> {
  return (await t.ok('couples:create', fictionalCouple({ displayName: name, status: 'active' }))).id;
}

beforeEach(async () => {
  t = await makeUnlockedCore();
  coupleId = await newCouple('Ada & Ben');
});
afterEach(async () => {
  await t.dispose();
});

describe('today:overview agenda', () => {
  it('lists today’s bookings in time order and the next 7 days by day', async () => {
    const other = await newCouple('Cleo & Dan');
    await t.ok('sessions:book', booking({ startTime: '15:00' }));
    await t.ok('sessions:book', booking({ coupleId: other, startTime: '09:30', place: 'telehealth' }));
    await t.ok('sessions:book', booking({ date: '2026-11-21', startTime: '10:00' }));
    await t.ok('sessions:book', booking({ date: '2026-11-27', startTime: '11:00' }));
    await t.ok('sessions:book', booking({ date: '2026-11-28', startTime: '11:00' })); // beyond the week

    const today = await t.ok('today:overview', {});
    expect(today.todaySessions).toMatchObject([
      { coupleId: other, displayName: 'Cleo & Dan', startTime: '09:30', place: 'telehealth', type: 'joint' },
      { coupleId, displayName: 'Ada & Ben', startTime: '15:00', place: 'office', durationMinutes: 50 },
    ]);
    expect(today.week.map((day) => day.date)).toEqual([
      '2026-11-21',
      '2026-11-22',
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
    ]);
    expect(today.week.map((day) => day.items.map((item) => item.startTime))).toEqual([
      ['10:00'],
      [],
      [],
      [],
      [],
      [],
      ['11:00'],
    ]);
  });

  it('lists past bookings never recorded as to record, not a booking tomorrow, and drops them once recorded', async () => {
    const past = (await t.ok('sessions:book', booking({ date: '2026-11-21' }))).items[0];
    await t.ok('sessions:book', booking({ date: '2026-11-23' }));
    t.clock.advance(2 * DAY); // today is 2026-11-22: the 21st passed, the 23rd is tomorrow
    let today = await t.ok('today:overview', {});
    expect(today.toRecord).toMatchObject([
      { sessionId: past?.id, date: '2026-11-21', displayName: 'Ada & Ben' },
    ]);
    expect(today.toRecord.map((item) => item.sessionId)).toEqual(
      (await t.ok('sessions:toRecord', {})).items.map((item) => item.id),
    );
    expect(today.todaySessions).toEqual([]);
    expect(today.week[0]?.items.map((item) => item.date)).toEqual(['2026-11-23']);

    if (!past) throw new Error('no booking');
    await t.ok('sessions:recordOutcome', {
      ...fictionalSession(coupleId, { date: '2026-11-21' }),
      id: past.id,
    });
    today = await t.ok('today:overview', {});
    expect(today.toRecord).toEqual([]);
  });

  it('lists couples in care not seen for more than 21 days and not booked, with when they were last seen', async () => {
    const seenLongAgo = await newCouple('Eve & Finn');
    await t.ok('sessions:create', fictionalSession(seenLongAgo, { date: '2026-10-29' })); // 22 days ago
    const seenRecently = await newCouple('Gus & Hal');
    await t.ok('sessions:create', fictionalSession(seenRecently, { date: '2026-10-30' })); // 21 days ago
    const booked = await newCouple('Ida & Jo');
    await t.ok('sessions:create', fictionalSession(booked, { date: '2026-09-01' }));
    await t.ok('sessions:book', booking({ coupleId: booked, date: '2026-12-15' }));
    const archived = await newCouple('Kai & Lou');
    await t.ok('couples:archive', { id: archived });

    const today = await t.ok('today:overview', {});
    expect(today.notSeen).toEqual([
      { coupleId, displayName: 'Ada & Ben', lastSeen: null },
      { coupleId: seenLongAgo, displayName: 'Eve & Finn', lastSeen: '2026-10-29' },
    ]);
  });

  it('leaves archived couples’ bookings off the agenda', async () => {
    await t.ok('sessions:book', booking());
    await t.ok('sessions:book', booking({ date: '2026-11-22' }));
    await t.ok('couples:archive', { id: coupleId });
    const today = await t.ok('today:overview', {});
    expect(today.todaySessions).toEqual([]);
    expect(today.week.flatMap((day) => day.items)).toEqual([]);
    expect(today.notSeen).toEqual([]);
  });
});

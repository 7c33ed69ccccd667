import { addDaysIso, daysBetweenIso, epochDay, isIsoDate } from '@shared/domain/dates';
import { REVIEW_LOOKAHEAD_DAYS, reviewHorizon, reviewStatus } from '@shared/domain/plan';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';

describe('addDaysIso', () => {
  it.each<[string, number, string]>([
    ['2026-11-10', 0, '2026-11-10'],
    ['2026-11-10', 1, '2026-11-11'],
    ['2026-11-10', -1, '2026-11-09'],
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2028-03-01', -1, '2028-02-29'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2100-02-28', 1, '2100-03-01'],
    ['2000-02-28', 1, '2000-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2026-11-10', 56, '2027-01-05'],
    ['2026-11-10', 366, '2027-11-11'],
    ['2028-01-01', 366, '2029-01-01'],
    ['2026-01-01', -365, '2025-01-01'],
    ['2026-01-01', 36_524, '2126-01-01'],
    // Daylight-saving changes in America (03-08, 11-01) and Europe (03-29, 10-25) do not matter.
    ['2026-03-07', 1, '2026-03-08'],
    ['2026-03-08', 1, '2026-03-09'],
    ['2026-03-29', 1, '2026-03-30'],
    ['2026-10-25', 1, '2026-10-26'],
    ['2026-11-01', 7, '2026-11-08'],
  ])('%s + %i days = %s', (from, days, expected) => {
    expect(addDaysIso(from, days)).toBe(expected);
  });

  describe.each([
    'America/New_York',
    'Europe/Berlin',
    'Australia/Lord_Howe',
    'Pacific/Kiritimati',
    'Etc/GMT+12',
  ])('in the %s time zone', (zone) => {
    const original = process.env.TZ;
    afterEach(() => {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    });
    it('counts calendar days across both clock changes of the year', () => {
      process.env.TZ = zone;
      const days: string[] = [];
      for (let n = 0; n < 366; n++) days.push(addDaysIso('2026-01-01', n));
      expect(days[0]).toBe('2026-01-01');
      expect(days[365]).toBe('2027-01-01');
      expect(new Set(days).size).toBe(366);
      expect([...days].sort()).toEqual(days);
      for (const day of days) expect(isIsoDate(day)).toBe(true);
      expect(daysBetweenIso('2026-03-01', '2026-04-01')).toBe(31);
      expect(daysBetweenIso('2026-10-01', '2026-11-30')).toBe(60);
    });
  });
});

describe('daysBetweenIso', () => {
  it.each<[string, string, number]>([
    ['2026-11-10', '2026-11-10', 0],
    ['2026-11-10', '2026-11-11', 1],
    ['2026-11-11', '2026-11-10', -1],
    ['2026-02-01', '2026-03-01', 28],
    ['2028-02-01', '2028-03-01', 29],
    ['2026-12-31', '2027-01-01', 1],
    ['2026-01-01', '2027-01-01', 365],
    ['2028-01-01', '2029-01-01', 366],
    ['2026-03-01', '2026-04-01', 31],
    ['2026-10-01', '2026-11-01', 31],
    ['2027-01-05', '2026-11-10', -56],
  ])('%s to %s is %i days', (from, to, expected) => {
    expect(daysBetweenIso(from, to)).toBe(expected);
  });
});

const isoDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const days = fc.integer({ min: -40_000, max: 40_000 });

describe('date properties', () => {
  it('adding days gives a real date, and daysBetweenIso measures the same distance back', () => {
    fc.assert(
      fc.property(isoDate, days, (from, n) => {
        const to = addDaysIso(from, n);
        expect(isIsoDate(to)).toBe(true);
        expect(daysBetweenIso(from, to)).toBe(n);
        expect(addDaysIso(to, -n)).toBe(from);
      }),
      { numRuns: 500 },
    );
  });

  it('adding days in two steps is adding them at once', () => {
    fc.assert(
      fc.property(isoDate, days, days, (from, m, n) => {
        expect(addDaysIso(addDaysIso(from, m), n)).toBe(addDaysIso(from, m + n));
      }),
    );
  });

  it('string order of ISO dates agrees with the sign of the distance', () => {
    fc.assert(
      fc.property(isoDate, isoDate, (a, b) => {
        const d = daysBetweenIso(a, b);
        expect(Math.sign(d)).toBe(a < b ? 1 : a > b ? -1 : 0);
        expect(daysBetweenIso(b, a) + d).toBe(0);
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with plain millisecond arithmetic in UTC', () => {
    fc.assert(
      fc.property(isoDate, days, (from, n) => {
        const expected = new Date(Date.parse(`${from}T00:00:00Z`) + n * 86_400_000)
          .toISOString()
          .slice(0, 10);
        expect(addDaysIso(from, n)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});

/**
 * The date functions count days with integer arithmetic for speed; these pin them to the
 * Date-based definitions they replace, over every year an ISO date can name.
 */
describe('date arithmetic agrees with Date over years 100 to 9999', () => {
  const anyIsoDate = fc
    .date({
      min: new Date('0100-01-01T00:00:00Z'),
      max: new Date('9999-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));
  const byDate = (value: string) =>
    Date.UTC(Number(value.slice(0, 4)), Number(value.slice(5, 7)) - 1, Number(value.slice(8, 10)));

  it('epochDay is the UTC day number', () => {
    fc.assert(
      fc.property(anyIsoDate, (date) => {
        expect(epochDay(date)).toBe(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
      }),
      { numRuns: 2000 },
    );
    expect(epochDay('1970-01-01')).toBe(0);
    expect(epochDay('0100-03-01')).toBe(byDate('0100-03-01') / 86_400_000);
  });

  it('addDaysIso moves by whole UTC days, including past year 9999 and before year 100 as Date does', () => {
    fc.assert(
      fc.property(anyIsoDate, fc.integer({ min: -100_000, max: 100_000 }), (date, n) => {
        const expected = new Date(byDate(date) + n * 86_400_000).toISOString().slice(0, 10);
        expect(addDaysIso(date, n)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
    expect(addDaysIso('9999-12-31', 1)).toBe('+010000-01');
    expect(addDaysIso('0100-01-01', -1)).toBe(
      new Date(byDate('0100-01-01') - 86_400_000).toISOString().slice(0, 10),
    );
  });

  it('isIsoDate accepts exactly the real dates written YYYY-MM-DD', () => {
    const byRule = (value: string) => {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
      if (!match) return false;
      const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
      const date = new Date(Date.UTC(y, m - 1, d));
      return (
        y >= 100 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
      );
    };
    const digit = fc.constantFrom('0', '1', '2', '3', '9', '/', ':', '-', 'a', ' ', '٣');
    const nearDates = fc.oneof(
      anyIsoDate,
      fc
        .tuple(
          fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.constantFrom(99, 100, 1900, 2000, 2024, 2100, 2400)),
          fc.integer({ min: 0, max: 13 }),
          fc.integer({ min: 0, max: 32 }),
        )
        .map(
          ([y, m, d]) =>
            `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
        ),
      // The shape of a date with any character in each place (a colon is the code after 9).
      fc
        .tuple(
          fc.array(digit, { minLength: 4, maxLength: 4 }),
          fc.array(digit, { minLength: 2, maxLength: 2 }),
          fc.array(digit, { minLength: 2, maxLength: 2 }),
        )
        .map(([y, m, d]) => `${y.join('')}-${m.join('')}-${d.join('')}`),
      fc.array(digit, { minLength: 8, maxLength: 12 }).map((chars) => chars.join('')),
      fc.string(),
    );
    fc.assert(
      fc.property(nearDates, (value) => {
        expect(isIsoDate(value)).toBe(byRule(value));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('reviewStatus', () => {
  it('looks seven days ahead', () => {
    expect(REVIEW_LOOKAHEAD_DAYS).toBe(7);
    expect(reviewHorizon('2026-11-10')).toBe('2026-11-17');
    expect(reviewHorizon('2026-12-28')).toBe('2027-01-04');
  });

  it.each<[string, string, ReturnType<typeof reviewStatus>]>([
    ['2026-11-10', '2020-01-01', 'overdue'],
    ['2026-11-10', '2026-11-09', 'overdue'],
    ['2026-11-10', '2026-11-10', 'dueSoon'],
    ['2026-11-10', '2026-11-11', 'dueSoon'],
    ['2026-11-10', '2026-11-17', 'dueSoon'],
    ['2026-11-10', '2026-11-18', 'scheduled'],
    ['2026-11-10', '2027-11-10', 'scheduled'],
    // Across a month end, a year end and a leap day.
    ['2026-01-28', '2026-02-04', 'dueSoon'],
    ['2026-01-28', '2026-02-05', 'scheduled'],
    ['2026-12-28', '2026-12-27', 'overdue'],
    ['2026-12-28', '2027-01-04', 'dueSoon'],
    ['2026-12-28', '2027-01-05', 'scheduled'],
    ['2028-02-25', '2028-03-03', 'dueSoon'],
    ['2028-02-25', '2028-03-04', 'scheduled'],
    ['2027-02-25', '2027-03-04', 'dueSoon'],
    ['2027-02-25', '2027-03-05', 'scheduled'],
  ])('today %s, review %s: %s', (today, reviewDate, expected) => {
    expect(reviewStatus(reviewDate, today)).toBe(expected);
  });

  it('is overdue before today, due soon for the next seven days, scheduled after (property)', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -400, max: 400 }), (today, offset) => {
        const status = reviewStatus(addDaysIso(today, offset), today);
        expect(status).toBe(offset < 0 ? 'overdue' : offset <= 7 ? 'dueSoon' : 'scheduled');
      }),
      { numRuns: 500 },
    );
  });
});

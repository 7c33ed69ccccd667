import { partnerFullName, suggestDisplayName } from '@shared/domain/couple';
import { formatInstant, formatIsoDate, isIsoDate, toIsoDate, yearsBetween } from '@shared/domain/dates';
import { foldForSearch } from '@shared/domain/text';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('foldForSearch', () => {
  it.each([
    ['Zoë Müller-Ñúñez', 'zoe muller-nunez'],
    ['Łukasz Żółć', 'lukasz zolc'],
    ['Øystein Strauß', 'oystein strauss'],
    ['  ÅSA   Lindqvist ', 'asa lindqvist'],
    ['Đorđe Þórsson', 'dorde thorsson'],
  ])('folds %j to %j', (input, expected) => {
    expect(foldForSearch(input)).toBe(expected);
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string(), (text) => foldForSearch(foldForSearch(text)) === foldForSearch(text)));
  });
});

describe('dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2100-02-29', false],
    ['2026-04-31', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['0099-01-01', false],
    ['2026:01-01', false],
    ['2026-01-0:', false],
    ['2026-01-01 ', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['not a date', false],
  ])('isIsoDate(%j) is %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it('computes whole years, counting the birthday itself', () => {
    expect(yearsBetween('1990-06-15', '2026-06-14')).toBe(35);
    expect(yearsBetween('1990-06-15', '2026-06-15')).toBe(36);
  });

  it('round-trips a local date and formats without shifting the day', () => {
    expect(toIsoDate(new Date(2026, 0, 31, 23, 59))).toBe('2026-01-31');
    expect(formatIsoDate('2026-01-01')).toBe('Jan 1, 2026');
    // One style whatever the machine's locale: US English, as the documents print.
    expect(formatIsoDate('2026-12-06')).toBe('Dec 6, 2026');
    // An instant in the same style, in local time on a 24-hour clock.
    expect(formatInstant(new Date(2026, 11, 6, 14, 5).toISOString())).toBe('Dec 6, 2026, 14:05');
    expect(formatInstant('not a time')).toBe('not a time');
  });
});

describe('partner names', () => {
  it('shows a preferred name only when it differs from the first name', () => {
    expect(partnerFullName({ firstName: 'Zoë', lastName: 'Müller', preferredName: 'Zo' })).toBe(
      'Zoë (Zo) Müller',
    );
    expect(partnerFullName({ firstName: 'Zoë', lastName: 'Müller', preferredName: 'Zoë' })).toBe(
      'Zoë Müller',
    );
  });

  it('suggests a display name from what each partner is called', () => {
    expect(
      suggestDisplayName(
        { firstName: 'Zoë', preferredName: null },
        { firstName: 'Łukasz', preferredName: 'Luk' },
      ),
    ).toBe('Zoë & Luk');
    expect(
      suggestDisplayName({ firstName: 'Zoë', preferredName: null }, { firstName: ' ', preferredName: null }),
    ).toBe('Zoë');
  });
});

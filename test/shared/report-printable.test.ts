import {
  describeCharacter,
  isPrintable,
  unprintableCharacters,
  unprintableNames,
} from '@shared/domain/reports/printable';
import { describe, expect, it } from 'vitest';

const partner = (firstName: string, lastName: string, preferredName: string | null = null) => ({
  firstName,
  lastName,
  preferredName,
});

describe('printable names', () => {
  it('knows the scripts the bundled fonts cover', () => {
    for (const char of ['A', 'ë', 'Ł', 'Д', 'Ω', 'ד', 'م', '王', '陳', 'さ', 'カ', '김'])
      expect(isPrintable(char.codePointAt(0) ?? 0), char).toBe(true);
  });

  it('finds the characters no bundled font covers, each once, in order', () => {
    expect(unprintableCharacters('สมชาย สม')).toEqual(['ส', 'ม', 'ช', 'า', 'ย']);
    expect(unprintableCharacters('Zoë 王小明 דוד כהן محمد 김민준')).toEqual([]);
    expect(unprintableCharacters('𓂀x')).toEqual(['𓂀']);
  });

  it('does not count spaces, format marks and variation selectors, which draw nothing', () => {
    expect(unprintableCharacters('Ann\u200d\u2068Lee\u2069\ufe0f\u00a0')).toEqual([]);
  });

  it("names each of the couple's names that would print boxes, and nothing for names that print", () => {
    const couple = {
      displayName: 'Somchai & Alex',
      partnerA: partner('Somchai', 'สมชาย'),
      partnerB: partner('Alex', 'Example', '王'),
    };
    expect(unprintableNames(couple)).toEqual([
      { label: "Partner A's name", characters: ['ส', 'ม', 'ช', 'า', 'ย'] },
    ]);
    expect(unprintableNames({ ...couple, partnerA: partner('דוד', 'כהן') })).toEqual([]);
    expect(describeCharacter('ส')).toBe('ส (U+0E2A)');
  });
});

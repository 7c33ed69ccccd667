import {
  nameInitials,
  nameScreen,
  partnerInitials,
  reportCoupleLabel,
  reportPartnerName,
} from '@shared/domain/reports/identifiers';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const person = (firstName: string, lastName: string, preferredName: string | null = null) => ({
  firstName,
  lastName,
  preferredName,
});

describe('partnerInitials', () => {
  it.each([
    ['plain', person('Alex', 'Example'), 'A. E.'],
    ['accented first and hyphenated last name', person('Zoë', 'Exemple-Dupont'), 'Z. E.-D.'],
    ['a letter that does not decompose', person('Łukasz', 'Testowy'), 'Ł. T.'],
    ['a decomposed accent stays with its letter', person('E\u0301mile', 'Sample'), 'É. S.'],
    ['multi-word first and last names, particles upper-cased', person('Mary Ann', 'van Berg'), 'M. A. V. B.'],
    ['lower-case names', person('ana', 'de la cruz'), 'A. D. L. C.'],
    ['extra spaces', person('  Rowan  ', ' Sample '), 'R. S.'],
    ['apostrophe', person('Siobhán', "O'Sample"), 'S. O.'],
    ['Cyrillic', person('Дмитрий', 'Образцов'), 'Д. О.'],
    ['Greek', person('Νίκος', 'Δείγμα'), 'Ν. Δ.'],
    ['Arabic', person('سلمى', 'مثال'), 'س. م.'],
    ['two-character Chinese names', person('明华', '欧阳'), '明. 欧.'],
    ['the preferred name is not an initial of its own', person('Alexandra', 'Example', 'Sasha'), 'A. E.'],
  ])('%s', (_case, partner, expected) => {
    expect(partnerInitials(partner, 'A')).toBe(expected);
  });

  it.each([
    ['one-character Chinese names, whose initials would be the names', person('明', '李')],
    ['a surname of one letter', person('Rowan', 'X')],
    ['a name with no letters at all', person('—', '…')],
  ])('falls back to the partner’s position for %s', (_case, partner) => {
    expect(partnerInitials(partner, 'B')).toBe('Partner B');
  });

  it('never contains a name of two or more letters (property)', () => {
    const word = fc.stringMatching(/^[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ]{2,10}$/);
    fc.assert(
      fc.property(word, word, (first, last) => {
        const initials = partnerInitials(person(first, last), 'A');
        return !initials.includes(first) && !initials.includes(last);
      }),
    );
  });

  it('nameInitials is empty for a name with no letters', () => {
    expect(nameInitials(' - ')).toBe('');
  });
});

describe('reportPartnerName and reportCoupleLabel', () => {
  const couple = {
    displayName: 'The Example-Sample household',
    partnerA: person('Alexandra', 'Example', 'Alex'),
    partnerB: person('Rowan', 'Sample', ''),
  };

  it('in full: first name, preferred name in parentheses when it differs, last name; the display name for the couple', () => {
    expect(reportPartnerName(couple.partnerA, 'A', 'full')).toBe('Alexandra (Alex) Example');
    expect(reportPartnerName(couple.partnerB, 'B', 'full')).toBe('Rowan Sample');
    expect(reportPartnerName(person('Rowan', 'Sample', 'Rowan'), 'B', 'full')).toBe('Rowan Sample');
    expect(reportPartnerName(person('Rowan', 'Sample', '   '), 'B', 'full')).toBe('Rowan Sample');
    expect(reportCoupleLabel(couple, 'full')).toBe('The Example-Sample household');
  });

  it('with initials: never the display name, which usually carries a surname', () => {
    expect(reportCoupleLabel(couple, 'initials')).toBe('A. E. & R. S.');
  });
});

describe('nameScreen', () => {
  const couple = {
    displayName: 'Zoë & Łukasz',
    partnerA: person('Zoë', 'Exemple-Dupont', 'Zo'),
    partnerB: person('Łukasz', 'Exemple-Dupont'),
  };
  const screen = nameScreen(couple, { A: 'Z. E.-D.', B: 'Ł. E.-D.', couple: 'Z. E.-D. & Ł. E.-D.' });

  it.each([
    ['a full name, once', 'Zoë Exemple-Dupont called', 'Z. E.-D. called'],
    ['the display name as a whole', 'Zoë & Łukasz came together', 'Z. E.-D. & Ł. E.-D. came together'],
    ['a possessive', "Łukasz's turn", "Ł. E.-D.'s turn"],
    ['the unaccented spelling', 'Zoe and Lukasz', 'Z. E.-D. and Ł. E.-D.'],
    ['capitals', 'ZOË SPOKE', 'Z. E.-D. SPOKE'],
    ['the preferred name', 'says Zo', 'says Z. E.-D.'],
    ['a shared surname by the couple label', 'the Exemple-Dupont home', 'the Z. E.-D. & Ł. E.-D. home'],
    ['half of a hyphenated surname', 'the Dupont side', 'the Z. E.-D. & Ł. E.-D. side'],
  ])('replaces %s', (_case, text, expected) => {
    expect(screen.redact(text)).toBe(expected);
  });

  it('leaves a name inside a longer word alone', () => {
    expect(screen.redact('Zoology and Zone work')).toBe('Zoology and Zone work');
  });

  it('matches case-sensitively, so a name that is also a word does not swallow the word', () => {
    const will = nameScreen(
      { displayName: 'Will & Hope', partnerA: person('Will', 'Example'), partnerB: person('Hope', 'Sample') },
      { A: 'W. E.', B: 'H. S.', couple: 'W. E. & H. S.' },
    );
    expect(will.redact('Will hopes he will keep hope')).toBe('W. E. hopes he will keep hope');
  });

  it('finds a name with no spaces around it in Chinese text', () => {
    const chinese = nameScreen(
      { displayName: '明华和欧阳', partnerA: person('明华', '王'), partnerB: person('欧阳', '李') },
      { A: 'Partner A', B: 'Partner B', couple: 'Partner A & Partner B' },
    );
    expect(chinese.redact('王明华说')).toBe('Partner APartner A说');
  });

  it('says whether a text mentions a name (for a warning about the narrative)', () => {
    expect(screen.mentions('Zoë kept every session')).toBe(true);
    expect(screen.mentions('Both partners kept every session')).toBe(false);
  });
});

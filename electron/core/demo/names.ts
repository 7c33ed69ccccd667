/**
 * Obviously fictional people. First names come from many languages (accents and non-Latin
 * letters exercise the screens and the PDF fonts); every family name carries a marker that
 * no reader could take for a real person (Sample, Démo, Placeholder, Example...). Contact
 * details use the reserved example.org domain and 555-01xx numbers.
 */
import { foldForSearch } from '@shared/domain/text';
import type { Rng } from './prng';

export const DEMO_FIRST_NAMES = [
  'Avery',
  'Zoë',
  'Kiri',
  'Łukasz',
  'Amélie',
  'Søren',
  'Ngozi',
  'Mateus',
  'Siobhán',
  'Yūki',
  'Ana-María',
  'Björn',
  'Chiara',
  'Dev',
  'Émile',
  'Farah',
  'Hoang',
  'Inès',
  'Jonas',
  'Leilani',
  'Malik',
  'Nadia',
  'Oisín',
  'Priya',
  'Rafael',
  'Sasha',
  'Tomasz',
  'Uma',
  'Wen',
  'Xóchitl',
  'Yara',
  'Zainab',
  'Blake',
  'Casey',
  'Jordan',
  'Riley',
  'Noor',
  'Mei',
  'Aroha',
  'Dagny',
] as const;

export const DEMO_LAST_NAMES = [
  'Sampleton',
  'Démo-Lindqvist',
  'Placeholder-Ngata',
  'Exampleton',
  'Mockridge',
  'Fauxley',
  'Fictório',
  'Sampleby-Okafor',
  'Démo-Nakamura',
  'Placeholdt',
  'Testwood',
  'Example-Kowalczyk',
  'Mockingham-Reyes',
  'Samplewicz',
  'Imaginário',
  'Fictive-Haddad',
  'Demonstrand',
  'Sample-Ó Briain',
  'Placeholder-Søndergaard',
  'Exemplar-Oyelaran',
  'Trialson',
  'Mocksley-Ferreira',
  'Démo-Dubois',
  'Fauxberg',
] as const;

/** Where the demo couples were referred from: all invented. */
export const DEMO_REFERRALS = [
  'Example Recovery Program (fictional)',
  'Example Recovery Program (fictional)',
  'Sample County Family Court (fictional)',
  'Demo Health Plan EAP (fictional)',
  'Self-referral (demo)',
] as const;

/** The clinician who signs every demo note and plan. */
export const DEMO_CLINICIAN = 'Dr. Robin Example, LMFT (demo)';

export interface DemoIdentity {
  firstName: string;
  lastName: string;
  pronouns: string;
  email: string;
  phone: string;
}

const PRONOUNS = ['she/her', 'he/him', 'they/them', 'she/her', 'he/him'] as const;

function emailPart(text: string): string {
  return foldForSearch(text)
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.+|\.+$/g, '');
}

/** A fictional person; `serial` keeps the 555-01xx numbers and addresses varied. */
export function demoIdentity(rng: Rng, serial: number, avoidFirst?: string): DemoIdentity {
  let firstName: string = rng.pick(DEMO_FIRST_NAMES);
  while (firstName === avoidFirst) firstName = rng.pick(DEMO_FIRST_NAMES);
  const lastName = rng.pick(DEMO_LAST_NAMES);
  return {
    firstName,
    lastName,
    pronouns: rng.pick(PRONOUNS),
    email: `${emailPart(firstName)}.${emailPart(lastName)}.${serial}@example.org`,
    phone: `+1 555 01${String(serial % 100).padStart(2, '0')}`,
  };
}

/** True when a display name is made only of the generator's name parts ("Avery & Zoë"). */
export function isDemoDisplayName(displayName: string): boolean {
  const parts = displayName.split(' & ');
  return parts.length === 2 && parts.every((part) => (DEMO_FIRST_NAMES as readonly string[]).includes(part));
}

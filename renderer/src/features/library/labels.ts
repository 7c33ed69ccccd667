import type { LibraryItem } from '@shared/contract/library';
import { type Frequency, formatFrequency, type LibraryWho } from '@shared/domain/library';
import type { FrequencyPeriod } from './libraryForm';

export const whoLabels: Record<LibraryWho, string> = {
  both: 'Both partners together',
  partnerA: 'Partner A',
  partnerB: 'Partner B',
  inSession: 'In session, with the therapist',
  eitherPartner: 'Each partner on their own',
};

/** How the period reads after a count: "3 times a week", "once a session". */
export const periodLabels: Record<FrequencyPeriod, string> = {
  day: 'a day',
  week: 'a week',
  fortnight: 'every two weeks',
  month: 'a month',
  session: 'a session',
};

/** The rungs docs/DOMAIN.md names; every rung after the third needs both partners' consent. */
const NAMED_RUNGS: Record<number, string> = { 1: 'holding hands', 2: 'hugging', 3: 'gentle touch' };

export const STAGE_MAX = 12;

export function stageLabel(stage: number): string {
  return `Rung ${stage}: ${NAMED_RUNGS[stage] ?? 'onward, only with consent'}`;
}

/** The list's narrow column: the named rungs in full, later ones by number (their name says the rest). */
export function shortStageLabel(stage: number): string {
  const named = NAMED_RUNGS[stage];
  return named ? `Rung ${stage}: ${named}` : `Rung ${stage}`;
}

export type LibraryBadge = 'own' | 'edited' | 'touch' | 'conflict';

export const badgeLabels: Record<LibraryBadge, string> = {
  own: 'Your entry',
  edited: 'Edited',
  touch: 'Touch',
  conflict: 'Conflict work',
};

/** The badges an item carries, in a fixed order. */
export function itemBadges(item: Pick<LibraryItem, 'origin' | 'edited' | 'entry'>): LibraryBadge[] {
  const badges: LibraryBadge[] = [];
  if (item.origin === 'clinician') badges.push('own');
  if (item.origin === 'seed' && item.edited) badges.push('edited');
  if (item.entry.involvesTouch) badges.push('touch');
  if (item.entry.involvesConflict) badges.push('conflict');
  return badges;
}

/** "3 times a week", "As needed": the frequency as a sentence-case phrase. */
export function frequencyText(frequency: Frequency): string {
  const text = formatFrequency(frequency);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

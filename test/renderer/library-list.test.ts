import { itemBadges, stageLabel } from '@renderer/features/library/labels';
import { filterLibrary, isAreaFilter } from '@renderer/features/library/libraryList';
import type { LibraryItem } from '@shared/contract/library';
import { type LibraryEntry, libraryEntrySchema } from '@shared/domain/library';
import { describe, expect, it } from 'vitest';

function item(overrides: Partial<LibraryEntry>, meta: Partial<Omit<LibraryItem, 'entry'>> = {}): LibraryItem {
  const touch = overrides.involvesTouch ?? false;
  const entry = libraryEntrySchema.parse({
    id: 'placeholder',
    name: 'Placeholder',
    areas: ['emotional'],
    purpose: 'A fictional exercise for tests.',
    steps: ['Do the first thing.', 'Do the second thing.'],
    who: 'both',
    frequency: { times: 1, per: 'week' },
    stage: null,
    involvesTouch: false,
    conjoint: true,
    involvesConflict: false,
    alcoholSetting: false,
    contraindications: touch ? ['Needs the consent of both partners.', 'Not where safety is in doubt.'] : [],
    ...overrides,
  });
  return { entry, origin: 'seed', edited: false, updatedAt: '2026-11-20T10:00:00.000Z', ...meta };
}

const LIBRARY: LibraryItem[] = [
  item({
    id: 'rung-3',
    name: 'Touch ladder, rung 3: gentle touch',
    areas: ['physical'],
    involvesTouch: true,
    stage: 3,
  }),
  item({ id: 'affection-signals', name: 'Affection signals', areas: ['physical', 'emotional'] }),
  item({
    id: 'rung-1',
    name: 'Touch ladder, rung 1: holding hands',
    areas: ['physical'],
    involvesTouch: true,
    stage: 1,
  }),
  item({
    id: 'reconciliacion',
    name: 'Reconciliación después de una discusión',
    areas: ['communication'],
    purpose: 'Calmer repair after an argument.',
    involvesConflict: true,
  }),
  item({
    id: 'rung-2',
    name: 'Touch ladder, rung 2: hugging',
    areas: ['physical'],
    involvesTouch: true,
    stage: 2,
  }),
  item({
    id: 'zoe-walk',
    name: 'Zoë’s Sunday walk',
    areas: ['experiential'],
    steps: ['Walk along the Łódź canal path.', 'Name one thing you enjoyed.'],
  }),
];

const names = (items: LibraryItem[]) => items.map((found) => found.entry.name);

describe('filterLibrary', () => {
  it('lists everything by name when nothing is filtered', () => {
    expect(names(filterLibrary(LIBRARY, { query: '', area: 'all' }))).toEqual([
      'Affection signals',
      'Reconciliación después de una discusión',
      'Touch ladder, rung 1: holding hands',
      'Touch ladder, rung 2: hugging',
      'Touch ladder, rung 3: gentle touch',
      'Zoë’s Sunday walk',
    ]);
  });

  it('shows the touch ladder first and in rung order under Physical intimacy, then the rest by name', () => {
    const shuffled = [LIBRARY[2], LIBRARY[0], LIBRARY[1], LIBRARY[4]].filter((found) => found !== undefined);
    expect(names(filterLibrary(shuffled, { query: '', area: 'physical' }))).toEqual([
      'Touch ladder, rung 1: holding hands',
      'Touch ladder, rung 2: hugging',
      'Touch ladder, rung 3: gentle touch',
      'Affection signals',
    ]);
  });

  it('folds accents and capitals both ways, and looks in purpose and steps too', () => {
    expect(names(filterLibrary(LIBRARY, { query: 'RECONCILIACION', area: 'all' }))).toEqual([
      'Reconciliación después de una discusión',
    ]);
    expect(names(filterLibrary(LIBRARY, { query: 'zoe', area: 'all' }))).toEqual(['Zoë’s Sunday walk']);
    expect(names(filterLibrary(LIBRARY, { query: 'lodz canal', area: 'all' }))).toEqual([
      'Zoë’s Sunday walk',
    ]);
    expect(names(filterLibrary(LIBRARY, { query: 'repair argument', area: 'all' }))).toHaveLength(1);
  });

  it('needs every word of the search, and combines search with the area', () => {
    expect(filterLibrary(LIBRARY, { query: 'touch hugging', area: 'all' })).toHaveLength(1);
    expect(filterLibrary(LIBRARY, { query: 'touch nowhere', area: 'all' })).toHaveLength(0);
    expect(filterLibrary(LIBRARY, { query: 'walk', area: 'physical' })).toHaveLength(0);
    expect(filterLibrary(LIBRARY, { query: 'sunday walk', area: 'experiential' })).toHaveLength(1);
  });

  it('leaves the list it was given untouched', () => {
    const before = names(LIBRARY);
    filterLibrary(LIBRARY, { query: '', area: 'physical' });
    expect(names(LIBRARY)).toEqual(before);
  });
});

describe('library labels', () => {
  it('accepts only known areas from the URL', () => {
    expect(isAreaFilter('physical')).toBe(true);
    expect(isAreaFilter('all')).toBe(true);
    expect(isAreaFilter('Physical')).toBe(false);
    expect(isAreaFilter(null)).toBe(false);
  });

  it('names the first three rungs and marks the rest as consent-only', () => {
    expect(stageLabel(1)).toBe('Rung 1: holding hands');
    expect(stageLabel(3)).toBe('Rung 3: gentle touch');
    expect(stageLabel(5)).toBe('Rung 5: onward, only with consent');
  });

  it('badges own entries, edited shipped entries, touch and conflict work', () => {
    expect(itemBadges(LIBRARY[0] as LibraryItem)).toEqual(['touch']);
    expect(itemBadges(LIBRARY[3] as LibraryItem)).toEqual(['conflict']);
    expect(itemBadges({ ...(LIBRARY[1] as LibraryItem), edited: true })).toEqual(['edited']);
    // A clinician's own entry is "Your entry" even after later edits; "Edited" is for shipped text.
    expect(itemBadges({ ...(LIBRARY[1] as LibraryItem), origin: 'clinician', edited: true })).toEqual([
      'own',
    ]);
  });
});

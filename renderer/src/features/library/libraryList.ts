import type { LibraryItem } from '@shared/contract/library';
import { type LibraryArea, libraryAreas } from '@shared/domain/library';
import { foldForSearch } from '@shared/domain/text';

export type AreaFilter = LibraryArea | 'all';

export interface LibraryFilters {
  query: string;
  area: AreaFilter;
}

export function isAreaFilter(value: string | null): value is AreaFilter {
  return value === 'all' || libraryAreas.some((area) => area === value);
}

/** Everything a search looks in: the name first, then the id, purpose, steps and contraindications. */
function haystack(item: LibraryItem): string {
  const { entry } = item;
  return foldForSearch(
    [entry.name, entry.id.replace(/-/g, ' '), entry.purpose, ...entry.steps, ...entry.contraindications].join(
      ' \n ',
    ),
  );
}

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * The entries matching the filters. Every word of the search must appear somewhere in the
 * entry; accents and capitals do not matter ("reconciliacion" finds "Reconciliación").
 * Entries are listed by name, except under Physical intimacy, where the touch ladder comes
 * first in rung order (the order a couple climbs it), then the rest by name.
 */
export function filterLibrary(items: readonly LibraryItem[], filters: LibraryFilters): LibraryItem[] {
  const words = foldForSearch(filters.query).split(' ').filter(Boolean);
  const matches = items.filter((item) => {
    if (filters.area !== 'all' && !item.entry.areas.includes(filters.area)) return false;
    if (words.length === 0) return true;
    const text = haystack(item);
    return words.every((word) => text.includes(word));
  });
  return matches.sort((a, b) => {
    if (filters.area === 'physical') {
      const stageA = a.entry.stage ?? Number.POSITIVE_INFINITY;
      const stageB = b.entry.stage ?? Number.POSITIVE_INFINITY;
      if (stageA !== stageB) return stageA - stageB;
    }
    return byName.compare(a.entry.name, b.entry.name) || a.entry.id.localeCompare(b.entry.id);
  });
}

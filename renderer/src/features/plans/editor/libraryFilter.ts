import { type LibraryArea, type LibraryEntry, libraryAreaLabels } from '@shared/domain/library';

/** Lower case without accents, so "reflexion" finds "Réflexion" and "zoe" finds "Zoë". */
export function searchable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/**
 * Library entries for the picker: in the chosen area ('all' for every area) and matching every
 * word of the query in the name, purpose or area names. Name matches come first.
 */
export function filterLibrary(
  entries: readonly LibraryEntry[],
  query: string,
  area: LibraryArea | 'all',
): LibraryEntry[] {
  const words = searchable(query).split(/\s+/).filter(Boolean);
  const inArea = area === 'all' ? entries : entries.filter((entry) => entry.areas.includes(area));
  const scored = inArea.flatMap((entry) => {
    const name = searchable(entry.name);
    const rest = searchable(
      [entry.purpose, ...entry.areas.map((value) => libraryAreaLabels[value])].join(' '),
    );
    if (!words.every((word) => name.includes(word) || rest.includes(word))) return [];
    const nameHits = words.filter((word) => name.includes(word)).length;
    return [{ entry, nameHits }];
  });
  return scored
    .sort((a, b) => b.nameHits - a.nameHits || a.entry.name.localeCompare(b.entry.name))
    .map(({ entry }) => entry);
}

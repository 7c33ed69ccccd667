import type { LibraryItem } from '@shared/contract/library';
import { useQuery } from '@tanstack/react-query';
import { useLocation } from 'react-router';
import { libraryQuery } from './queries';

/** One entry, picked from the cached library (the core lists the whole library in one call). */
export function useLibraryItem(id: string) {
  return useQuery({
    ...libraryQuery,
    select: (library): LibraryItem | null => library.items.find((item) => item.entry.id === id) ?? null,
  });
}

/** A one-line confirmation passed by the page that navigated here ("Changes saved."). */
export function useFlash(): string | null {
  const state: unknown = useLocation().state;
  if (state && typeof state === 'object' && 'flash' in state && typeof state.flash === 'string')
    return state.flash;
  return null;
}

import { createContext, type ReactNode, useContext, useState } from 'react';
import type { CoupleListFilters } from './queries';

type FiltersState = [CoupleListFilters, (filters: CoupleListFilters) => void];

const FiltersContext = createContext<FiltersState | null>(null);

/**
 * Remembers the list's search and status filter while the records are open, so returning
 * from a couple shows the same list. Kept in React state under the app shell, not in the
 * URL: a search is often a client's name, and the shell (with this state) is dropped on lock.
 */
export function CoupleListFiltersProvider({ children }: { children: ReactNode }) {
  const state = useState<CoupleListFilters>({ query: '', status: 'open' });
  return <FiltersContext.Provider value={state}>{children}</FiltersContext.Provider>;
}

export function useCoupleListFilters(): FiltersState {
  const state = useContext(FiltersContext);
  if (!state) throw new Error('useCoupleListFilters needs a CoupleListFiltersProvider');
  return state;
}

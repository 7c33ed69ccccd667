import { invoke } from '@renderer/api/client';
import type { LibraryItem } from '@shared/contract/library';
import type { LibraryEntryInput } from '@shared/domain/library';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';

/** Cache keys by channel, so a write can refresh exactly what it made stale. */
export const libraryKeys = {
  all: ['library'] as const,
  list: ['library', 'list'] as const,
};

/** The whole library (a few dozen entries): the list filters it and a detail page picks from it. */
export const libraryListQuery = queryOptions({
  queryKey: libraryKeys.list,
  queryFn: async () => (await invoke('library:list', {})).items,
});

/** After a save the list holds the saved item at once, then is fetched again to be sure. */
function useStoreSaved() {
  const queryClient = useQueryClient();
  return (saved: LibraryItem) => {
    queryClient.setQueryData<LibraryItem[]>(libraryKeys.list, (items) => {
      if (!items) return items;
      const found = items.some((item) => item.entry.id === saved.entry.id);
      return found
        ? items.map((item) => (item.entry.id === saved.entry.id ? saved : item))
        : [...items, saved];
    });
    void queryClient.invalidateQueries({ queryKey: libraryKeys.all });
  };
}

export function useCreateLibraryEntry() {
  const storeSaved = useStoreSaved();
  return useMutation({
    mutationFn: (entry: LibraryEntryInput) => invoke('library:create', { entry }),
    onSuccess: storeSaved,
  });
}

export function useUpdateLibraryEntry() {
  const storeSaved = useStoreSaved();
  return useMutation({
    mutationFn: (entry: LibraryEntryInput) => invoke('library:update', { entry }),
    onSuccess: storeSaved,
  });
}

import { channelKey, channelQuery, invalidateKeys } from '@renderer/api/channelQuery';
import { invoke } from '@renderer/api/client';
import type { Output } from '@shared/contract';
import type { LibraryItem } from '@shared/contract/library';
import type { LibraryEntryInput } from '@shared/domain/library';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';

/**
 * The whole library (a few dozen entries) in one answer: the list filters it, a detail page
 * picks from it, the plan editor adds from it. One key and one shape for all of them.
 */
export const libraryQuery = channelQuery('library:list', {});

/** The entries alone, for the list page (the same cached answer). */
export const libraryListQuery = queryOptions({
  ...libraryQuery,
  select: (library: Output<'library:list'>) => library.items,
});

/** After a save the library holds the saved item at once, then is fetched again to be sure. */
function useStoreSaved() {
  const queryClient = useQueryClient();
  return (saved: LibraryItem) => {
    queryClient.setQueryData(libraryQuery.queryKey, (library) => {
      if (!library) return library;
      const found = library.items.some((item) => item.entry.id === saved.entry.id);
      const items = found
        ? library.items.map((item) => (item.entry.id === saved.entry.id ? saved : item))
        : [...library.items, saved];
      return { ...library, items };
    });
    invalidateKeys(queryClient, channelKey('library:list'));
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

import { channelKey, channelQuery, invalidateKeys } from '@renderer/api/channelQuery';
import { invoke } from '@renderer/api/client';
import type { Output } from '@shared/contract';
import type { Couple, CoupleInput, CoupleStatusFilter } from '@shared/contract/couples';
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';

export interface CoupleListFilters {
  query: string;
  status: CoupleStatusFilter;
}

/** The whole caseload in one list: the table renders only the rows on screen. */
const LIST_LIMIT = 10_000;

export function couplesListQuery(filters: CoupleListFilters) {
  const query = filters.query.trim();
  return queryOptions({
    ...channelQuery('couples:list', {
      status: filters.status,
      limit: LIST_LIMIT,
      ...(query ? { query } : {}),
    }),
    // Keep showing the last results while the next search runs, instead of flashing a spinner.
    placeholderData: keepPreviousData,
  });
}

/**
 * How many couples the practice has at all: tells "no couples yet" from "none match". Its own
 * input (one row), so its key never holds a list a screen shows.
 */
export const couplesCountQuery = queryOptions({
  ...channelQuery('couples:list', { status: 'all', limit: 1 }),
  select: (list: Output<'couples:list'>) => list.total,
});

export function coupleQuery(id: string) {
  return channelQuery('couples:get', { id });
}

/** After any write: the saved record is fresh, every list and the count are stale. */
function useStoreSaved() {
  const queryClient = useQueryClient();
  return (couple: Couple) => {
    queryClient.setQueryData(coupleQuery(couple.id).queryKey, couple);
    invalidateKeys(queryClient, channelKey('couples:list'));
  };
}

export function useCreateCouple() {
  const storeSaved = useStoreSaved();
  return useMutation({
    mutationFn: (input: CoupleInput) => invoke('couples:create', input),
    onSuccess: storeSaved,
  });
}

export function useUpdateCouple(id: string) {
  const storeSaved = useStoreSaved();
  return useMutation({
    mutationFn: (input: CoupleInput) => invoke('couples:update', { ...input, id }),
    onSuccess: storeSaved,
  });
}

export function useArchiveCouple(id: string) {
  const storeSaved = useStoreSaved();
  return useMutation({
    mutationFn: () => invoke('couples:archive', { id }),
    onSuccess: storeSaved,
  });
}

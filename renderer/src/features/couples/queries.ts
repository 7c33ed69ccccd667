import { invoke } from '@renderer/api/client';
import type { Couple, CoupleInput, CoupleStatusFilter } from '@shared/contract/couples';
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';

export interface CoupleListFilters {
  query: string;
  status: CoupleStatusFilter;
}

/** Cache keys by channel, so a write can invalidate exactly what it made stale. */
export const coupleKeys = {
  all: ['couples'] as const,
  lists: ['couples', 'list'] as const,
  list: (filters: CoupleListFilters) => ['couples', 'list', filters] as const,
  /** How many couples the practice has at all: tells "no couples yet" from "none match". */
  count: ['couples', 'count'] as const,
  detail: (id: string) => ['couples', 'detail', id] as const,
};

/** The whole caseload in one list: the table renders only the rows on screen. */
const LIST_LIMIT = 10_000;

export function couplesListQuery(filters: CoupleListFilters) {
  const query = filters.query.trim();
  return queryOptions({
    queryKey: coupleKeys.list({ query, status: filters.status }),
    queryFn: () =>
      invoke('couples:list', { status: filters.status, limit: LIST_LIMIT, ...(query ? { query } : {}) }),
    // Keep showing the last results while the next search runs, instead of flashing a spinner.
    placeholderData: keepPreviousData,
  });
}

export const couplesCountQuery = queryOptions({
  queryKey: coupleKeys.count,
  queryFn: async () => (await invoke('couples:list', { status: 'all', limit: 1 })).total,
});

export function coupleQuery(id: string) {
  return queryOptions({
    queryKey: coupleKeys.detail(id),
    queryFn: () => invoke('couples:get', { id }),
  });
}

/** After any write: the saved record is fresh, every list and the count are stale. */
function useStoreSaved() {
  const queryClient = useQueryClient();
  return (couple: Couple) => {
    queryClient.setQueryData(coupleKeys.detail(couple.id), couple);
    void queryClient.invalidateQueries({ queryKey: coupleKeys.lists });
    void queryClient.invalidateQueries({ queryKey: coupleKeys.count });
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

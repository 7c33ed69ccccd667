import { invoke } from '@renderer/api/client';
import { invalidateCoupleRecord } from '@renderer/api/recordKeys';
import { coupleKeys } from '@renderer/features/couples/queries';
import type { Input, Output } from '@shared/contract';
import type { PlanVersion } from '@shared/contract/plans';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';

/** Cache keys of treatment plans, by channel. */
export const planKeys = {
  all: ['plans'] as const,
  couple: (coupleId: string) => ['plans', 'couple', coupleId] as const,
  version: (id: string) => ['plans', 'version', id] as const,
  diff: (fromId: string, toId: string) => ['plans', 'diff', fromId, toId] as const,
  review: (coupleId: string) => ['plans', 'review', coupleId] as const,
  today: ['today'] as const,
  library: ['library'] as const,
};

export function couplePlanQuery(coupleId: string) {
  return queryOptions({
    queryKey: planKeys.couple(coupleId),
    queryFn: () => invoke('plans:get', { coupleId }),
  });
}

export function planVersionQuery(id: string) {
  return queryOptions({
    queryKey: planKeys.version(id),
    queryFn: () => invoke('plans:version', { id }),
  });
}

export function planDiffQuery(fromId: string, toId: string) {
  return queryOptions({
    queryKey: planKeys.diff(fromId, toId),
    queryFn: () => invoke('plans:diff', { fromId, toId }),
    staleTime: 0,
  });
}

export function planReviewQuery(coupleId: string) {
  return queryOptions({
    queryKey: planKeys.review(coupleId),
    queryFn: () => invoke('plans:review', { coupleId }),
  });
}

export const todayQuery = queryOptions({
  queryKey: planKeys.today,
  queryFn: () => invoke('today:overview', {}),
  // The day's list changes with the clock as well as with writes: ask again on every visit.
  staleTime: 0,
});

export const libraryQuery = queryOptions({
  queryKey: planKeys.library,
  queryFn: () => invoke('library:list', {}),
  staleTime: 5 * 60_000,
});

type PlanOverview = Output<'plans:get'>;

/** After a write that changes which versions exist or their status. */
function useInvalidatePlans() {
  const queryClient = useQueryClient();
  return (coupleId: string) => {
    void queryClient.invalidateQueries({ queryKey: planKeys.couple(coupleId) });
    void queryClient.invalidateQueries({ queryKey: planKeys.review(coupleId) });
    void queryClient.invalidateQueries({ queryKey: planKeys.today });
    invalidateCoupleRecord(queryClient, coupleId);
  };
}

export function useStartDraft(coupleId: string) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidatePlans();
  return useMutation({
    mutationFn: (from: Input<'plans:startDraft'>['from']) => invoke('plans:startDraft', { coupleId, from }),
    onSuccess: (draft) => {
      queryClient.setQueryData(planKeys.version(draft.id), draft);
      queryClient.setQueryData(planKeys.couple(coupleId), (current: PlanOverview | undefined) =>
        current ? { ...current, draft } : current,
      );
      invalidate(coupleId);
    },
  });
}

/**
 * Saves the draft. A plain function rather than a mutation bound to a component: the
 * autosave also runs while the editor unmounts and before a lock.
 */
export function useSaveDraft(coupleId: string) {
  const queryClient = useQueryClient();
  return async (input: Input<'plans:saveDraft'>): Promise<PlanVersion> => {
    const draft = await invoke('plans:saveDraft', input);
    queryClient.setQueryData(planKeys.version(draft.id), draft);
    queryClient.setQueryData(planKeys.couple(coupleId), (current: PlanOverview | undefined) =>
      current ? { ...current, draft } : current,
    );
    return draft;
  };
}

export function useSignPlan(coupleId: string) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidatePlans();
  return useMutation({
    mutationFn: (input: { id: string; signedBy: string }) => invoke('plans:sign', { ...input, attest: true }),
    onSuccess: (signed) => {
      queryClient.setQueryData(planKeys.version(signed.id), signed);
      // The version it superseded changed status too.
      void queryClient.invalidateQueries({ queryKey: ['plans', 'version'] });
      // A first signed plan moves the couple from Intake to Active: the header and lists show it.
      void queryClient.invalidateQueries({ queryKey: coupleKeys.detail(coupleId) });
      void queryClient.invalidateQueries({ queryKey: coupleKeys.lists });
      invalidate(coupleId);
    },
  });
}

export function useDiscardDraft(coupleId: string) {
  const invalidate = useInvalidatePlans();
  return useMutation({
    mutationFn: (id: string) => invoke('plans:discardDraft', { id }),
    onSuccess: () => invalidate(coupleId),
  });
}

import { channelKey, channelQuery, invalidateKeys } from '@renderer/api/channelQuery';
import { invoke } from '@renderer/api/client';
import { invalidateCoupleRecord } from '@renderer/api/coupleRecord';
import type { Input, Output } from '@shared/contract';
import type { PlanVersion } from '@shared/contract/plans';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';

export function couplePlanQuery(coupleId: string) {
  return channelQuery('plans:get', { coupleId });
}

export function planVersionQuery(id: string) {
  return channelQuery('plans:version', { id });
}

export function planDiffQuery(fromId: string, toId: string) {
  return queryOptions({ ...channelQuery('plans:diff', { fromId, toId }), staleTime: 0 });
}

export function planReviewQuery(coupleId: string) {
  return channelQuery('plans:review', { coupleId });
}

type PlanOverview = Output<'plans:get'>;

/** After a write that changes which versions exist or their status. */
function useInvalidatePlans() {
  const queryClient = useQueryClient();
  return (coupleId: string) => {
    invalidateKeys(
      queryClient,
      channelKey('plans:get', { coupleId }),
      channelKey('plans:review', { coupleId }),
      channelKey('today:overview'),
    );
    invalidateCoupleRecord(queryClient, coupleId);
  };
}

/** The draft the core just returned, as the version it is and as the couple's current draft. */
function useStoreDraft(coupleId: string) {
  const queryClient = useQueryClient();
  return (draft: PlanVersion) => {
    queryClient.setQueryData(planVersionQuery(draft.id).queryKey, draft);
    queryClient.setQueryData(couplePlanQuery(coupleId).queryKey, (current: PlanOverview | undefined) =>
      current ? { ...current, draft } : current,
    );
  };
}

export function useStartDraft(coupleId: string) {
  const storeDraft = useStoreDraft(coupleId);
  const invalidate = useInvalidatePlans();
  return useMutation({
    mutationFn: (from: Input<'plans:startDraft'>['from']) => invoke('plans:startDraft', { coupleId, from }),
    onSuccess: (draft) => {
      storeDraft(draft);
      invalidate(coupleId);
    },
  });
}

/**
 * Saves the draft. A plain function rather than a mutation bound to a component: the
 * autosave also runs while the editor unmounts and before a lock.
 */
export function useSaveDraft(coupleId: string) {
  const storeDraft = useStoreDraft(coupleId);
  return async (input: Input<'plans:saveDraft'>): Promise<PlanVersion> => {
    const draft = await invoke('plans:saveDraft', input);
    storeDraft(draft);
    return draft;
  };
}

export function useSignPlan(coupleId: string) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidatePlans();
  return useMutation({
    mutationFn: (input: { id: string; signedBy: string }) => invoke('plans:sign', { ...input, attest: true }),
    onSuccess: (signed) => {
      queryClient.setQueryData(planVersionQuery(signed.id).queryKey, signed);
      // The version it superseded changed status too. A first signed plan also moves the couple
      // from Intake to Active: the couple's record (below) covers its header and the lists.
      invalidateKeys(queryClient, channelKey('plans:version'));
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

import { invoke } from '@renderer/api/client';
import { invalidateCoupleRecord } from '@renderer/api/recordKeys';
import { dashboardKeys } from '@renderer/features/dashboard/queries';
import { workspaceKeys } from '@renderer/features/workspace/queries';
import type { HomeworkAssignInput, HomeworkReviewStatus } from '@shared/contract/homework';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';

export const homeworkKeys = {
  options: (coupleId: string) => ['homework', 'options', coupleId] as const,
  list: (coupleId: string) => ['homework', 'list', coupleId] as const,
};

export function homeworkOptionsQuery(coupleId: string) {
  return queryOptions({
    queryKey: homeworkKeys.options(coupleId),
    queryFn: () => invoke('homework:options', { coupleId }),
  });
}

/** After a homework write: the workspace's lists, the couple's homework and its record are stale. */
function useHomeworkStale(sessionId: string, coupleId: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: workspaceKeys.workspace(sessionId) });
    void queryClient.invalidateQueries({ queryKey: homeworkKeys.list(coupleId) });
    void queryClient.invalidateQueries({ queryKey: dashboardKeys.dashboard(coupleId) });
    invalidateCoupleRecord(queryClient, coupleId);
  };
}

export function useReviewHomework(sessionId: string, coupleId: string) {
  const stale = useHomeworkStale(sessionId, coupleId);
  return async (input: { id: string; status: HomeworkReviewStatus; comment: string }) => {
    const saved = await invoke('homework:review', { ...input, sessionId });
    stale();
    return saved;
  };
}

export function useAssignHomework(sessionId: string, coupleId: string) {
  const stale = useHomeworkStale(sessionId, coupleId);
  return useMutation({
    mutationFn: (input: HomeworkAssignInput) => invoke('homework:assign', input),
    onSuccess: stale,
  });
}

export function useWithdrawHomework(sessionId: string, coupleId: string) {
  const stale = useHomeworkStale(sessionId, coupleId);
  return useMutation({
    mutationFn: (id: string) => invoke('homework:withdraw', { id }),
    onSuccess: stale,
  });
}

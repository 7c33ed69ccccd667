import { channelKey, channelQuery, invalidateKeys } from '@renderer/api/channelQuery';
import { invoke } from '@renderer/api/client';
import { invalidateCoupleRecord } from '@renderer/api/coupleRecord';
import type { HomeworkAssignInput, HomeworkReviewStatus } from '@shared/contract/homework';
import { useMutation, useQueryClient } from '@tanstack/react-query';

export function homeworkOptionsQuery(coupleId: string) {
  return channelQuery('homework:options', { coupleId });
}

/** After a homework write: the workspace's lists, the couple's progress and its record are stale. */
function useHomeworkStale(sessionId: string, coupleId: string) {
  const queryClient = useQueryClient();
  return () => {
    invalidateKeys(
      queryClient,
      channelKey('workspace:get', { sessionId }),
      channelKey('dashboard:get', { coupleId }),
    );
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

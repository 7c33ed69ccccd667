import { invoke } from '@renderer/api/client';
import { progressKeys } from '@renderer/features/progress/queries';
import { invalidateCoupleRecord, recordKeys } from '@renderer/features/record/keys';
import type { HomeworkAssignInput, HomeworkReviewStatus } from '@shared/contract/homework';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';

export const workspaceKeys = {
  workspace: (sessionId: string) => ['sessions', 'workspace', sessionId] as const,
  homeworkOptions: (coupleId: string) => ['homework', 'options', coupleId] as const,
  homework: (coupleId: string) => ['homework', 'list', coupleId] as const,
};

export function workspaceQuery(sessionId: string) {
  return queryOptions({
    queryKey: workspaceKeys.workspace(sessionId),
    queryFn: () => invoke('sessions:workspace', { sessionId }),
    // Written to from every part of the screen and from other screens: ask again on each visit.
    staleTime: 0,
  });
}

export function homeworkOptionsQuery(coupleId: string) {
  return queryOptions({
    queryKey: workspaceKeys.homeworkOptions(coupleId),
    queryFn: () => invoke('homework:options', { coupleId }),
  });
}

/** After a homework write: the workspace's lists, the couple's homework and its record are stale. */
function useHomeworkStale(sessionId: string, coupleId: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: workspaceKeys.workspace(sessionId) });
    void queryClient.invalidateQueries({ queryKey: workspaceKeys.homework(coupleId) });
    void queryClient.invalidateQueries({ queryKey: progressKeys.dashboard(coupleId) });
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

/** After a write to the session itself (its outcome, attendance, check-in, next booking). */
export function useWorkspaceStale(sessionId: string, coupleId: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: workspaceKeys.workspace(sessionId) });
    void queryClient.invalidateQueries({ queryKey: recordKeys.sessions(coupleId) });
    void queryClient.invalidateQueries({ queryKey: progressKeys.dashboard(coupleId) });
    invalidateCoupleRecord(queryClient, coupleId);
  };
}

import { invoke } from '@renderer/api/client';
import { invalidateCoupleRecord, recordKeys } from '@renderer/api/recordKeys';
import { dashboardKeys } from '@renderer/features/dashboard/queries';
import { queryOptions, useQueryClient } from '@tanstack/react-query';

export const workspaceKeys = {
  workspace: (sessionId: string) => ['sessions', 'workspace', sessionId] as const,
};

export function workspaceQuery(sessionId: string) {
  return queryOptions({
    queryKey: workspaceKeys.workspace(sessionId),
    queryFn: () => invoke('workspace:get', { sessionId }),
    // Written to from every part of the screen and from other screens: ask again on each visit.
    staleTime: 0,
  });
}

/** After a write to the session itself (its outcome, attendance, check-in, next booking). */
export function useWorkspaceStale(sessionId: string, coupleId: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: workspaceKeys.workspace(sessionId) });
    void queryClient.invalidateQueries({ queryKey: recordKeys.sessions(coupleId) });
    void queryClient.invalidateQueries({ queryKey: dashboardKeys.dashboard(coupleId) });
    invalidateCoupleRecord(queryClient, coupleId);
  };
}

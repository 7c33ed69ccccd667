import { channelKey, channelQuery, invalidateKeys } from '@renderer/api/channelQuery';
import { invalidateCoupleRecord } from '@renderer/api/coupleRecord';
import { queryOptions, useQueryClient } from '@tanstack/react-query';

export function workspaceQuery(sessionId: string) {
  return queryOptions({
    ...channelQuery('workspace:get', { sessionId }),
    // Written to from every part of the screen and from other screens: ask again on each visit.
    staleTime: 0,
  });
}

/** After a write to the session itself (its outcome, attendance, check-in, next booking). */
export function useWorkspaceStale(sessionId: string, coupleId: string) {
  const queryClient = useQueryClient();
  return () => {
    invalidateKeys(
      queryClient,
      channelKey('workspace:get', { sessionId }),
      channelKey('sessions:list', { coupleId }),
      channelKey('dashboard:get', { coupleId }),
    );
    invalidateCoupleRecord(queryClient, coupleId);
  };
}

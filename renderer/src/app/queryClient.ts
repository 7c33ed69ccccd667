import { QueryClient } from '@tanstack/react-query';

/**
 * The cache for everything read from the core. Calls are local IPC, so a failure will not
 * fix itself by retrying (and a `locked` answer must never be retried): fail fast and let
 * the screen offer "Try again". Window focus does not refetch: the data only changes here.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
}

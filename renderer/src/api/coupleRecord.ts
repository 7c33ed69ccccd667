import type { QueryClient } from '@tanstack/react-query';
import { channelKey, invalidateKeys } from './channelQuery';

/**
 * After a write that touches a couple's record: its timeline, search results and the
 * audit log are stale, and so is the couple itself (its open safety flags count) in its own
 * page and in every list of couples.
 */
export function invalidateCoupleRecord(queryClient: QueryClient, coupleId: string): void {
  invalidateKeys(
    queryClient,
    channelKey('timeline:get', { coupleId }),
    channelKey('safety:list', { coupleId }),
    channelKey('couples:get', { id: coupleId }),
    channelKey('couples:list'),
    channelKey('search:query'),
    channelKey('audit:list'),
  );
}

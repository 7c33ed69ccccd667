import { channelKey, channelQueryWhenReady, invalidateKeys } from '@renderer/api/channelQuery';
import { isIsoDate } from '@shared/domain/dates';
import type { QueryClient } from '@tanstack/react-query';

/** What a period holds, asked only once both dates are complete and in order. */
export function periodCheckQuery(coupleId: string, from: string, to: string) {
  const ready = isIsoDate(from) && isIsoDate(to) && from <= to;
  return channelQueryWhenReady('reports:checkPeriod', ready ? { coupleId, from, to } : null);
}

/**
 * Making, saving or printing a report adds to the couple's report history: every cached answer
 * about reports (the period check is the one the screens read) is asked again.
 */
export function invalidateReports(queryClient: QueryClient): void {
  invalidateKeys(queryClient, channelKey('reports:checkPeriod'));
}

import type { Channel, Input } from '@shared/contract';
import { type QueryClient, type QueryKey, queryOptions, skipToken } from '@tanstack/react-query';
import { invoke } from './client';

/**
 * The cache key of a channel's answers: the channel name, then its input. A key built with part
 * of the input (or none) is a prefix that TanStack matches against every cached input that
 * agrees with it, so `channelKey('calendar:get', { coupleId })` invalidates every range fetched
 * for that couple. One key shape everywhere means an invalidation names a channel, never a guess.
 */
export function channelKey<C extends Channel>(channel: C, input?: Partial<Input<C>>) {
  return input === undefined ? ([channel] as const) : ([channel, input] as const);
}

/**
 * A query of one channel: keyed by channel and input, fetched through `invoke`, typed from the
 * contract. The key holds the channel's answer as the contract gives it: a screen that wants a
 * part of it says so with `select`, so one key never holds two shapes.
 */
export function channelQuery<C extends Channel>(channel: C, input: Input<C>) {
  return queryOptions({
    queryKey: [channel, input] as const,
    queryFn: () => invoke(channel, input),
  });
}

/**
 * A query that waits for its input (a search not yet submitted, a period not yet complete):
 * while `input` is null it fetches nothing, under `[channel, null]`, a key no real input
 * shares, so the idle query neither shows nor keeps a real answer.
 */
export function channelQueryWhenReady<C extends Channel>(channel: C, input: Input<C> | null) {
  return queryOptions({
    queryKey: [channel, input] as const,
    queryFn: input === null ? skipToken : () => invoke(channel, input),
  });
}

/** Marks every query under these keys stale (those on screen fetch again): one call per write. */
export function invalidateKeys(queryClient: QueryClient, ...keys: readonly QueryKey[]): void {
  for (const queryKey of keys) void queryClient.invalidateQueries({ queryKey });
}

import type { Channel, Input } from '@shared/contract';
import { queryOptions } from '@tanstack/react-query';
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

/** A query of one channel: keyed by channel and input, fetched through `invoke`, typed from the contract. */
export function channelQuery<C extends Channel>(channel: C, input: Input<C>) {
  return queryOptions({
    queryKey: [channel, input] as const,
    queryFn: () => invoke(channel, input),
  });
}

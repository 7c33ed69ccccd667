import type { Channel, Output, ParsedInput } from '@shared/contract';
import type { practiceContract } from '@shared/contract/practice';

/** A channel's handler: receives input already parsed by the contract schema. */
export type Handler<C extends Channel> = (input: ParsedInput<C>) => Promise<Output<C>> | Output<C>;

/** One feature's handlers, typed against the contract (`satisfies HandlerMap<...>`). */
export type HandlerMap<K extends Channel> = { [C in K]: Handler<C> };

/** Every channel's handler: what dispatch looks up. */
export type AllHandlers = HandlerMap<Channel>;

/** The channels the practice host answers itself (practice/host.ts) before any core sees them. */
export type PracticeChannel = keyof typeof practiceContract;

/**
 * Every other channel's handler: what `createCore` assembles. Typed as a complete map so a
 * channel added to the contract without a handler fails to compile instead of answering
 * `unknown_channel` at run time.
 */
export type CoreHandlers = HandlerMap<Exclude<Channel, PracticeChannel>>;

/** The channels named by any one of the maps (distributes over the union of map types). */
type ChannelsOf<M> = M extends unknown ? Extract<keyof M, Channel> : never;

/**
 * Merges per-feature handler maps into one, refusing a channel claimed twice so two
 * features can never silently shadow each other. The result's type names exactly the
 * channels the maps bring, so assigning it to `CoreHandlers` checks that none is missing.
 */
export function mergeHandlers<M extends Partial<AllHandlers>[]>(
  ...maps: M
): HandlerMap<ChannelsOf<M[number]>> {
  const merged: Partial<AllHandlers> = {};
  for (const map of maps) {
    for (const channel of Object.keys(map) as Channel[]) {
      if (Object.hasOwn(merged, channel)) throw new Error(`Channel ${channel} has two handlers`);
      Object.assign(merged, { [channel]: map[channel] });
    }
  }
  // Every key of every map was copied above, so the merged object has exactly these channels.
  return merged as HandlerMap<ChannelsOf<M[number]>>;
}

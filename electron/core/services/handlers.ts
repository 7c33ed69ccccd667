import type { Channel, Output, ParsedInput } from '../../../shared/contract';

/** A channel's handler: receives input already parsed by the contract schema. */
export type Handler<C extends Channel> = (input: ParsedInput<C>) => Promise<Output<C>> | Output<C>;

/** One feature's handlers, typed against the contract (`satisfies HandlerMap<...>`). */
export type HandlerMap<K extends Channel> = { [C in K]: Handler<C> };

/** Every channel's handler: what `createCore` assembles and dispatch looks up. */
export type AllHandlers = HandlerMap<Channel>;

/**
 * Merges per-feature handler maps into one, refusing a channel claimed twice so two
 * features can never silently shadow each other.
 */
export function mergeHandlers(...maps: Partial<AllHandlers>[]): Partial<AllHandlers> {
  const merged: Partial<AllHandlers> = {};
  for (const map of maps) {
    for (const channel of Object.keys(map) as Channel[]) {
      if (Object.hasOwn(merged, channel)) throw new Error(`Channel ${channel} has two handlers`);
      Object.assign(merged, { [channel]: map[channel] });
    }
  }
  return merged;
}

import {
  type CoreHandlers,
  type Handler,
  mergeHandlers,
  type PracticeChannel,
} from '@core/services/handlers';
import { type Channel, channels } from '@shared/contract';
import { isPracticeChannel } from '@shared/contract/practice';
import { describe, expect, it } from 'vitest';

type CoreChannel = Exclude<Channel, PracticeChannel>;

/** A stand-in handler per core channel: only the map's keys matter here, never a call. */
function stubHandlers(): CoreHandlers {
  const stub: Handler<Channel> = () => {
    throw new Error('not called');
  };
  const entries = channels.filter((channel) => !isPracticeChannel(channel)).map((c) => [c, stub]);
  return Object.fromEntries(entries) as CoreHandlers;
}

describe('the handler map', () => {
  it('is complete only when every core channel has a handler (checked by the compiler)', () => {
    const { 'couples:list': couplesList, ...allButOne } = stubHandlers();

    // @ts-expect-error: couples:list has no handler, so this is not a complete map.
    const incomplete: CoreHandlers = mergeHandlers(allButOne);
    const complete: CoreHandlers = mergeHandlers(allButOne, { 'couples:list': couplesList });

    expect(Object.hasOwn(incomplete, 'couples:list')).toBe(false);
    const coreChannels = channels.filter((channel): channel is CoreChannel => !isPracticeChannel(channel));
    expect(Object.keys(complete).sort()).toEqual([...coreChannels].sort());
  });

  it('refuses a channel claimed by two maps', () => {
    const all = stubHandlers();
    expect(() => mergeHandlers(all, { 'couples:list': all['couples:list'] })).toThrow(
      'Channel couples:list has two handlers',
    );
  });
});

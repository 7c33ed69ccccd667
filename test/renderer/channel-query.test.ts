import { channelKey, channelQuery, channelQueryWhenReady, invalidateKeys } from '@renderer/api/channelQuery';
import { invalidateCoupleRecord } from '@renderer/api/coupleRecord';
import { couplesCountQuery, couplesListQuery } from '@renderer/features/couples/queries';
import { libraryListQuery, libraryQuery } from '@renderer/features/library/queries';
import { periodCheckQuery } from '@renderer/features/reports/queries';
import { hashKey, QueryClient, type QueryKey, skipToken } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';

/** A cache holding an (empty) answer under each key, none of them on screen. */
function cacheWith(...keys: readonly QueryKey[]): QueryClient {
  const queryClient = new QueryClient();
  for (const key of keys) queryClient.setQueryData(key, {});
  return queryClient;
}

function invalidated(queryClient: QueryClient, key: QueryKey): boolean {
  return queryClient.getQueryState(key)?.isInvalidated ?? false;
}

const MARCH = { coupleId: 'couple-a', from: '2026-03-01', to: '2026-03-31' };
const APRIL = { coupleId: 'couple-a', from: '2026-04-01', to: '2026-04-30' };
const OTHER = { coupleId: 'couple-b', from: '2026-03-01', to: '2026-03-31' };

describe('a channel key is the channel, then its input', () => {
  it('is the channel alone without an input, and the channel and input with one', () => {
    expect(channelKey('couples:list')).toEqual(['couples:list']);
    expect(channelKey('calendar:get', { coupleId: 'couple-a' })).toEqual([
      'calendar:get',
      { coupleId: 'couple-a' },
    ]);
  });

  it('names the entry its query is cached under, whatever the order of the input’s fields', () => {
    const query = channelQuery('calendar:get', MARCH);
    const reordered = { to: MARCH.to, from: MARCH.from, coupleId: MARCH.coupleId };
    expect(hashKey(channelKey('calendar:get', reordered))).toBe(hashKey(query.queryKey));
  });
});

describe('an invalidation by channel key matches by prefix', () => {
  const keys = [
    channelQuery('calendar:get', MARCH).queryKey,
    channelQuery('calendar:get', APRIL).queryKey,
    channelQuery('calendar:get', OTHER).queryKey,
    channelQuery('dashboard:get', { coupleId: 'couple-a', maxPoints: 200 }).queryKey,
  ];

  it('with part of the input: every cached input that agrees with it, and no other', () => {
    const queryClient = cacheWith(...keys);
    invalidateKeys(queryClient, channelKey('calendar:get', { coupleId: 'couple-a' }));
    expect(keys.map((key) => invalidated(queryClient, key))).toEqual([true, true, false, false]);
  });

  it('with no input: every input of that channel, and no other channel', () => {
    const queryClient = cacheWith(...keys);
    invalidateKeys(queryClient, channelKey('calendar:get'));
    expect(keys.map((key) => invalidated(queryClient, key))).toEqual([true, true, true, false]);
  });

  it('with the whole input: that entry only', () => {
    const queryClient = cacheWith(...keys);
    invalidateKeys(queryClient, channelKey('calendar:get', MARCH));
    expect(keys.map((key) => invalidated(queryClient, key))).toEqual([true, false, false, false]);
  });

  it('one key per channel, each applied', () => {
    const queryClient = cacheWith(...keys);
    invalidateKeys(
      queryClient,
      channelKey('calendar:get', { coupleId: 'couple-b' }),
      channelKey('dashboard:get'),
    );
    expect(keys.map((key) => invalidated(queryClient, key))).toEqual([false, false, true, true]);
  });
});

describe('a query that waits for its input', () => {
  it('fetches nothing, under a key of its own, while the input is missing', () => {
    const idle = channelQueryWhenReady('search:query', null);
    expect(idle.queryKey).toEqual(['search:query', null]);
    expect(idle.queryFn).toBe(skipToken);
    const ready = channelQueryWhenReady('search:query', { query: 'trust', includeProcessNotes: false });
    expect(ready.queryFn).not.toBe(skipToken);
    expect(hashKey(ready.queryKey)).not.toBe(hashKey(idle.queryKey));
  });

  it('is not matched by a real input’s key, and is by its channel’s', () => {
    const idle = channelQueryWhenReady('search:query', null).queryKey;
    const queryClient = cacheWith(idle);
    invalidateKeys(queryClient, channelKey('search:query', { query: 'trust' }));
    expect(invalidated(queryClient, idle)).toBe(false);
    invalidateKeys(queryClient, channelKey('search:query'));
    expect(invalidated(queryClient, idle)).toBe(true);
  });

  it('a report period waits until both dates are complete and in order', () => {
    expect(periodCheckQuery('couple-a', '2026-03-01', '2026-03-3').queryKey).toEqual([
      'reports:checkPeriod',
      null,
    ]);
    expect(periodCheckQuery('couple-a', '2026-04-01', '2026-03-31').queryKey).toEqual([
      'reports:checkPeriod',
      null,
    ]);
    expect(periodCheckQuery('couple-a', '2026-03-01', '2026-03-31').queryKey).toEqual([
      'reports:checkPeriod',
      { coupleId: 'couple-a', from: '2026-03-01', to: '2026-03-31' },
    ]);
  });
});

describe('one key holds one shape of answer', () => {
  it('the couples count asks for its own input, so it never shares an entry with a list on screen', () => {
    const count = hashKey(couplesCountQuery.queryKey);
    expect(count).not.toBe(hashKey(couplesListQuery({ query: '', status: 'all' }).queryKey));
    expect(count).not.toBe(hashKey(couplesListQuery({ query: '', status: 'open' }).queryKey));
    // A write to any couple still reaches it, through the channel.
    const queryClient = cacheWith(couplesCountQuery.queryKey);
    invalidateKeys(queryClient, channelKey('couples:list'));
    expect(invalidated(queryClient, couplesCountQuery.queryKey)).toBe(true);
  });

  it('the library list and the plan editor read the same cached answer, each picking what it needs', () => {
    expect(hashKey(libraryListQuery.queryKey)).toBe(hashKey(libraryQuery.queryKey));
    const items = [{ entry: { id: 'x' } }];
    expect(libraryListQuery.select?.({ items } as never)).toBe(items);
  });
});

describe('a write to a couple’s record', () => {
  it('refreshes its timeline, open flags, the couple and every list, search and the audit log', () => {
    const mine = [
      channelQuery('timeline:get', { coupleId: 'couple-a' }).queryKey,
      channelQuery('safety:list', { coupleId: 'couple-a', openOnly: true }).queryKey,
      channelQuery('couples:get', { id: 'couple-a' }).queryKey,
      couplesListQuery({ query: '', status: 'open' }).queryKey,
      couplesCountQuery.queryKey,
      channelQuery('search:query', { query: 'trust', includeProcessNotes: false }).queryKey,
      channelQuery('audit:list', { from: null, to: null }).queryKey,
    ];
    const theirs = [
      channelQuery('timeline:get', { coupleId: 'couple-b' }).queryKey,
      channelQuery('safety:list', { coupleId: 'couple-b', openOnly: true }).queryKey,
      channelQuery('couples:get', { id: 'couple-b' }).queryKey,
    ];
    const queryClient = cacheWith(...mine, ...theirs);
    invalidateCoupleRecord(queryClient, 'couple-a');
    expect(mine.map((key) => invalidated(queryClient, key))).toEqual(mine.map(() => true));
    expect(theirs.map((key) => invalidated(queryClient, key))).toEqual(theirs.map(() => false));
  });
});

import { channelQuery } from '@renderer/api/channelQuery';
import { queryOptions } from '@tanstack/react-query';

export const todayQuery = queryOptions({
  ...channelQuery('today:overview', {}),
  // The day's list changes with the clock as well as with writes: ask again on every visit.
  staleTime: 0,
});

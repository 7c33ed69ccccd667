import { channelQuery } from '@renderer/api/channelQuery';
import { queryOptions } from '@tanstack/react-query';

/** Preferences are not clinical data, but are read through the same cache for one code path. */
export const settingsQuery = channelQuery('settings:get', {});

/** Whether the shell sees the OS screen lock. Its watch can start or stop while the app runs: ask each time. */
export const screenLockQuery = queryOptions({ ...channelQuery('settings:screenLock', {}), staleTime: 0 });

import { queryOptions } from '@tanstack/react-query';
import { invoke } from '../../api/client';

/** Preferences are not clinical data, but are read through the same cache for one code path. */
export const settingsQuery = queryOptions({
  queryKey: ['settings'],
  queryFn: () => invoke('settings:get', {}),
});

/** Whether the shell sees the OS screen lock. Its watch can start or stop while the app runs: ask each time. */
export const screenLockQuery = queryOptions({
  queryKey: ['settings', 'screenLock'],
  queryFn: () => invoke('settings:screenLock', {}),
  staleTime: 0,
});

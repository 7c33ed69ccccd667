import { queryOptions } from '@tanstack/react-query';
import { invoke } from '../../api/client';

/** Preferences are not clinical data, but are read through the same cache for one code path. */
export const settingsQuery = queryOptions({
  queryKey: ['settings'],
  queryFn: () => invoke('settings:get', {}),
});

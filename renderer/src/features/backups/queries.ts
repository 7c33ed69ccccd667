import { queryOptions } from '@tanstack/react-query';
import { invoke } from '../../api/client';

/** Where backups go, how often, and the ones in the folder. Not clinical data. */
export const backupsStatusQuery = queryOptions({
  queryKey: ['backups', 'status'],
  queryFn: () => invoke('backups:status', {}),
});

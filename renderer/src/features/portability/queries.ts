import { queryOptions } from '@tanstack/react-query';
import { invoke } from '../../api/client';

/** Whether this practice can receive an import (it has no couples yet). */
export const importStatusQuery = queryOptions({
  queryKey: ['exports', 'importStatus'],
  queryFn: () => invoke('exports:importStatus', {}),
});

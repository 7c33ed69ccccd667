import { queryOptions } from '@tanstack/react-query';
import { channelQuery } from '../../api/channelQuery';

/** Whether this practice can receive an import (it has no couples yet). */
export const importStatusQuery = queryOptions({
  ...channelQuery('exports:importStatus', {}),
});

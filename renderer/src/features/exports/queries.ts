import { channelQuery } from '@renderer/api/channelQuery';
import { queryOptions } from '@tanstack/react-query';

/** Whether this practice can receive an import (it has no couples yet). */
export const importStatusQuery = queryOptions({
  ...channelQuery('exports:importStatus', {}),
});

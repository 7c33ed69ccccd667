import { channelQuery } from '@renderer/api/channelQuery';

/** Whether this practice can receive an import (it has no couples yet). */
export const importStatusQuery = channelQuery('exports:importStatus', {});

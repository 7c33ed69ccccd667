import { channelQuery } from '@renderer/api/channelQuery';

/** Where backups go, how often, and the ones in the folder. Not clinical data. */
export const backupsStatusQuery = channelQuery('backups:status', {});

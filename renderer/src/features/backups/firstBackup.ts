import { invoke } from '@renderer/api/client';
import type { BackupEntry } from '@shared/contract/backups';

export type FirstBackupResult =
  | { kind: 'canceled' }
  | { kind: 'backed-up'; folder: string; backup: BackupEntry };

/**
 * Chooses a backup folder and makes the first backup in it at once: the records are protected
 * from that moment, the drive is proven writable, and Today has nothing left to ask. A failed
 * first backup throws (the folder stays chosen; Today then offers "Back up now").
 */
export async function chooseFolderAndBackUp(): Promise<FirstBackupResult> {
  const status = await invoke('backups:configure', { chooseFolder: true });
  if (status.folder === null) return { kind: 'canceled' };
  const backup = await invoke('backups:create', {});
  return { kind: 'backed-up', folder: status.folder, backup };
}

/** What the clinician is told once the first backup is made. */
export function firstBackupNotice(folder: string): string {
  return `Backups go to ${folder}. The first one is made and checked; from now on Rekindle backs up when you lock or quit, on the schedule set under Backups.`;
}

/**
 * Backup file names: `rekindle-backup-YYYYMMDD-HHMMSS.db`, stamped in UTC so names sort in
 * time order and never repeat or jump across a daylight-saving change. Only files matching
 * this exact pattern are ever listed, verified or deleted in the clinician's folder.
 *
 * A safety backup, made of the current records just before a restore replaces them, adds
 * `-before-restore`: it is the way back from that restore, so retention never deletes it.
 *
 * Each backup has a key file beside it, `rekindle-backup-YYYYMMDD-HHMMSS.vault.json`: the
 * vault file (wrapped keys only) as it was when the backup was made, so the backup still
 * opens when the computer that made it is gone.
 */
export const BACKUP_FILE_PATTERN =
  /^rekindle-backup-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})(-before-restore)?\.db$/;

export type BackupKind = 'scheduled' | 'before-restore';

const SAFETY_SUFFIX = '-before-restore';
const pad = (value: number, width = 2) => String(value).padStart(width, '0');

export function backupFileName(instant: Date, kind: BackupKind = 'scheduled'): string {
  const date = `${pad(instant.getUTCFullYear(), 4)}${pad(instant.getUTCMonth() + 1)}${pad(instant.getUTCDate())}`;
  const time = `${pad(instant.getUTCHours())}${pad(instant.getUTCMinutes())}${pad(instant.getUTCSeconds())}`;
  return `rekindle-backup-${date}-${time}${kind === 'before-restore' ? SAFETY_SUFFIX : ''}.db`;
}

/** Which kind of backup a (valid) backup file name names. */
export function backupKind(fileName: string): BackupKind {
  return fileName.endsWith(`${SAFETY_SUFFIX}.db`) ? 'before-restore' : 'scheduled';
}

/** The key file that goes with a backup: the same name with `.vault.json` for `.db`. */
export function backupKeyFileName(backupFile: string): string {
  return `${backupFile.replace(/\.db$/, '')}.vault.json`;
}

/** The instant a backup was made, read from its name; null for any other name or an impossible time. */
export function backupCreatedAt(fileName: string): string | null {
  const match = BACKUP_FILE_PATTERN.exec(fileName);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const instant = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  // Date.UTC rolls 2026-02-31 over to March: such a name was not written by Rekindle.
  if (backupFileName(instant, backupKind(fileName)) !== fileName) return null;
  return instant.toISOString();
}

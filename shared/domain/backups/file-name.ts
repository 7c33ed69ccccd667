/**
 * Backup file names: `rekindle-backup-YYYYMMDD-HHMMSS.db`, stamped in UTC so names sort in
 * time order and never repeat or jump across a daylight-saving change. Only files matching
 * this exact pattern are ever listed, verified or deleted in the clinician's folder.
 */
export const BACKUP_FILE_PATTERN = /^rekindle-backup-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})\.db$/;

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

export function backupFileName(instant: Date): string {
  const date = `${pad(instant.getUTCFullYear(), 4)}${pad(instant.getUTCMonth() + 1)}${pad(instant.getUTCDate())}`;
  const time = `${pad(instant.getUTCHours())}${pad(instant.getUTCMinutes())}${pad(instant.getUTCSeconds())}`;
  return `rekindle-backup-${date}-${time}.db`;
}

/** The instant a backup was made, read from its name; null for any other name or an impossible time. */
export function backupCreatedAt(fileName: string): string | null {
  const match = BACKUP_FILE_PATTERN.exec(fileName);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const instant = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  // Date.UTC rolls 2026-02-31 over to March: such a name was not written by Rekindle.
  if (backupFileName(instant) !== fileName) return null;
  return instant.toISOString();
}

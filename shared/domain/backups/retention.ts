/**
 * Which backups to keep. Clinically, damage to a record is often noticed late: a note
 * found garbled at the next review, a deletion spotted weeks on. Keeping only the latest
 * copies would by then hold the damage too, so the policy keeps a run of recent days and
 * a thinner run of older weeks, and always the newest backup of all.
 *
 * Days and ISO weeks are counted in UTC, the same clock the backup file names use, so the
 * answer does not move with the computer's time zone or a daylight-saving change.
 */

export interface RetentionPolicy {
  /** How many of the most recent days that have a backup keep their newest one. */
  daily: number;
  /** How many of the most recent ISO weeks that have a backup keep their newest one. */
  weekly: number;
}

export interface BackupStamp {
  fileName: string;
  /** An ISO instant (`2026-11-20T09:00:00.000Z`). */
  createdAt: string;
}

export interface RetentionDecision {
  keep: string[];
  remove: string[];
}

const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` of an instant in UTC. */
function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The ISO week (`2026-W47`) holding an instant in UTC: the week of its Thursday. */
export function isoWeekKey(ms: number): string {
  const day = Math.floor(ms / DAY_MS);
  // 1970-01-01 was a Thursday; ISO weeks start on Monday (0 = Monday here).
  const weekday = (((day + 3) % 7) + 7) % 7;
  const thursday = day - weekday + 3;
  const year = new Date(thursday * DAY_MS).getUTCFullYear();
  const januaryFirst = Date.UTC(year, 0, 1) / DAY_MS;
  const januaryFirstWeekday = (((januaryFirst + 3) % 7) + 7) % 7;
  // Week 1 is the week holding the year's first Thursday.
  const week1Thursday = januaryFirst + ((3 - januaryFirstWeekday + 7) % 7);
  const week = Math.floor((thursday - week1Thursday) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Keeps the newest backup of each of the `limit` most recent groups (input sorted newest first). */
function newestPerGroup(
  sorted: readonly { fileName: string; ms: number }[],
  groupOf: (ms: number) => string,
  limit: number,
): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const backup of sorted) {
    if (seen.size >= limit) break;
    const group = groupOf(backup.ms);
    if (seen.has(group)) continue;
    seen.add(group);
    kept.push(backup.fileName);
  }
  return kept;
}

/**
 * Splits backups into those the policy keeps and those it lets go. Every input file name
 * lands in exactly one list; the newest backup is always kept, and running the policy again
 * on what it kept removes nothing. Timestamps that cannot be read are kept: never delete a
 * file whose age is unknown.
 */
export function applyRetention(backups: readonly BackupStamp[], policy: RetentionPolicy): RetentionDecision {
  const readable: { fileName: string; ms: number }[] = [];
  const unreadable: string[] = [];
  for (const backup of backups) {
    const ms = Date.parse(backup.createdAt);
    if (Number.isFinite(ms)) readable.push({ fileName: backup.fileName, ms });
    else unreadable.push(backup.fileName);
  }
  // Newest first; the file name breaks ties so the answer never depends on input order.
  readable.sort((a, b) => b.ms - a.ms || (a.fileName < b.fileName ? 1 : a.fileName > b.fileName ? -1 : 0));

  const kept = new Set<string>(unreadable);
  const newest = readable[0];
  if (newest) kept.add(newest.fileName);
  for (const name of newestPerGroup(readable, utcDay, policy.daily)) kept.add(name);
  for (const name of newestPerGroup(readable, isoWeekKey, policy.weekly)) kept.add(name);

  const keep: string[] = [];
  const remove: string[] = [];
  for (const backup of backups) (kept.has(backup.fileName) ? keep : remove).push(backup.fileName);
  return { keep, remove };
}

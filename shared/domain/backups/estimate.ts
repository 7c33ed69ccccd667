/**
 * How long a backup will take, estimated from the last one. A backup copies and then checks
 * the whole database in one step of the main process, so there is nothing to poll while it
 * runs: the screen shows progress against this estimate, and the real end when it comes.
 */

/** How long the last backup took, and how large the database was then. */
export interface BackupTiming {
  ms: number;
  bytes: number;
}

/** Below this a backup feels instant: no estimate is worth showing. */
const SHORTEST_WORTH_SHOWING_MS = 1_500;

/**
 * The expected duration of a backup of a database of `bytes`, scaled from the last one (time
 * grows with size: every page is copied and checked), or null without a usable last backup or
 * when it would be over too quickly to show.
 */
export function estimateBackupMs(last: BackupTiming | null, bytes: number): number | null {
  if (!last || last.ms <= 0 || last.bytes <= 0 || bytes <= 0) return null;
  const estimate = Math.round((last.ms * bytes) / last.bytes);
  return estimate >= SHORTEST_WORTH_SHOWING_MS ? estimate : null;
}

/**
 * The share of the bar to fill after `elapsedMs` of an estimated `estimateMs`: in step with
 * the estimate up to 90 %, then creeping towards 99 % when it runs long, so the bar never
 * claims to be done before the backup is.
 */
export function estimatedFraction(elapsedMs: number, estimateMs: number): number {
  if (estimateMs <= 0) return 0;
  const share = Math.max(0, elapsedMs) / estimateMs;
  if (share <= 0.9) return share;
  // Past 90 %: each further estimate's worth of time closes most of the gap to 99 %.
  return 0.99 - 0.09 * Math.exp(-(share - 0.9) / 0.5);
}

/** Words for what is left: "about 12 seconds left", or "almost done" once past the estimate. */
export function remainingText(elapsedMs: number, estimateMs: number): string {
  const seconds = Math.ceil((estimateMs - elapsedMs) / 1000);
  if (seconds <= 1) return 'almost done';
  if (seconds < 90) return `about ${seconds} seconds left`;
  return `about ${Math.round(seconds / 60)} minutes left`;
}

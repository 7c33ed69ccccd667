/**
 * The recovery status in words, as the report prints it: one line per partner in recovery and
 * a short statement for recipients who get no charts. Built from `ReportRecoveryStatus` only,
 * so the words can never say more, or other, than the derived facts.
 */
import { formatIsoDate } from '@shared/domain/dates';
import type { RecoveryEpisode, ReportRecoveryStatus } from './recovery-status';

const date = formatIsoDate;

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** "lapse on May 1, 2026" or "relapse May 1, 2026 to May 3, 2026 (3 days)". */
export function episodeText(e: RecoveryEpisode): string {
  return e.days === 1
    ? `${e.kind} on ${date(e.from)}`
    : `${e.kind} ${date(e.from)} to ${date(e.to)} (${e.days} days)`;
}

/** "1 lapse and 1 relapse" for the episodes of a period. */
function episodeCounts(episodes: readonly RecoveryEpisode[]): string {
  const lapses = episodes.filter((e) => e.kind === 'lapse').length;
  const relapses = episodes.length - lapses;
  return [lapses > 0 ? plural(lapses, 'lapse') : '', relapses > 0 ? plural(relapses, 'relapse') : '']
    .filter(Boolean)
    .join(' and ');
}

/**
 * "In recovery: alcohol; severity moderate. Last recorded use: May 3, 2026. In this period:
 * relapse May 1, 2026 to May 3, 2026 (3 days). Abstinent 85 of 88 days recorded (97%); 2 days
 * unknown, not counted. Support meetings: 12."
 */
export function recoveryStatusLine(status: ReportRecoveryStatus): string {
  const head = [
    status.substances.length > 0 ? `In recovery: ${status.substances.join(', ')}` : 'In recovery',
  ];
  if (status.severity) head.push(`severity ${status.severity}`);
  const sentences = [head.join('; ')];
  if (status.soberSince) sentences.push(`Sober since ${date(status.soberSince)}, no use recorded since`);
  sentences.push(status.lastUse ? `Last recorded use: ${date(status.lastUse)}` : 'No use recorded');
  sentences.push(
    status.episodes.length > 0
      ? `In this period: ${status.episodes.map(episodeText).join('; ')}`
      : 'No lapse or relapse recorded in this period',
  );
  if (status.daysRecorded > 0 && status.abstinentRate !== null) {
    sentences.push(
      `Abstinent ${status.abstinentDays} of ${plural(status.daysRecorded, 'day')} recorded (${Math.round(status.abstinentRate * 100)}%)`,
    );
  } else {
    sentences.push('No abstinence recorded on the calendar in this period');
  }
  if (status.unknownDays > 0)
    sentences.push(`${plural(status.unknownDays, 'day')} marked unknown, not counted`);
  // Left out when nothing says either way: "0" would claim no meeting was attended.
  if (status.meetings !== null) sentences.push(`Support meetings: ${status.meetings}`);
  return `${sentences.join('. ')}.`;
}

/**
 * The short statement for recipients who see no charts: "Alex Example: 1 relapse in this period
 * (May 1, 2026 to May 3, 2026); last recorded use May 3, 2026." or "no lapse or relapse recorded
 * in this period; abstinent 88 of 88 days recorded."
 */
export function lapseStatement(name: string, status: ReportRecoveryStatus): string {
  if (status.episodes.length === 0) {
    const days =
      status.daysRecorded > 0
        ? `; abstinent ${status.abstinentDays} of ${plural(status.daysRecorded, 'day')} recorded`
        : '; no abstinence recorded on the calendar';
    return `${name}: no lapse or relapse recorded in this period${days}.`;
  }
  const dates = status.episodes
    .map((e) => (e.days === 1 ? date(e.from) : `${date(e.from)} to ${date(e.to)}`))
    .join('; ');
  // Episodes come from the use days up to the period's end, so the last use is always set here.
  const last = status.lastUse ? `; last recorded use ${date(status.lastUse)}` : '';
  return `${name}: ${episodeCounts(status.episodes)} in this period (${dates})${last}.`;
}

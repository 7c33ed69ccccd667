/**
 * Each partner in recovery's status over a report's period, derived from the recovery calendar
 * and the recorded events, never from a date someone once typed.
 *
 * Clinical why: a report reader (a court, a referring program) takes "sober since" as a fact.
 * A sobriety date on the partner's profile is kept by hand and goes stale the day use is
 * recorded on the calendar; printed beside a relapse inside the period it is a false statement
 * on a document that can decide custody or a sentence. So the record decides: the last
 * recorded use, each lapse and relapse in the period with its dates, how many recorded days
 * were abstinent, and meetings. "Sober since" is printed only while no use at all is recorded
 * after that date (the whole record, not just the period: a later report must not be
 * contradicted by an earlier one still in circulation either).
 *
 * Rules:
 * - A use day is a calendar day with the partner's abstinence marked `no`, or a relapse event
 *   recorded for the partner (or for neither partner by name, which cannot be ruled out for
 *   this one).
 * - Use days on consecutive dates form one episode. An episode of one day is a lapse (a slip
 *   after which abstinence resumed the next day); two or more days in a row is a relapse (a
 *   return to use). The calendar cannot tell more than that, so the report says no more.
 * - A relapse event is a use day whatever the calendar says for that date (never counted both
 *   as abstinent and as a relapse).
 * - Abstinent days are counted over days recorded `yes` or `no`; a day marked `unknown` is
 *   neither abstinent nor a use day: it is left out of the share and counted on its own, so
 *   0 use days and 2 unknown days read "100% of 28 days recorded; 2 days unknown", never 92%.
 * - Meetings are calendar days in the period with a support meeting attended.
 */
import { addDaysIso } from '@shared/domain/dates';
import { type RecoveryDay, withRecordedRelapses } from '@shared/domain/progress';

type Position = 'A' | 'B';

export interface RecoveryEpisode {
  kind: 'lapse' | 'relapse';
  from: string;
  to: string;
  /** Days of use in the episode. */
  days: number;
}

export interface ReportRecoveryStatus {
  position: Position;
  substances: string[];
  severity: string | null;
  /** The last day of use recorded on or before the period's end; null with none recorded. */
  lastUse: string | null;
  /** Lapses and relapses within the period, oldest first. */
  episodes: RecoveryEpisode[];
  /** Period days recorded `yes` or `no` (a known answer). */
  daysRecorded: number;
  abstinentDays: number;
  /** Period days marked `unknown`: neither abstinent nor use, counted apart. */
  unknownDays: number;
  /** abstinentDays / daysRecorded; null with no day recorded. */
  abstinentRate: number | null;
  /**
   * Days in the period with a support meeting attended; null when no day of the period says
   * either way (meetings not tracked, or withheld with another partner's information).
   */
  meetings: number | null;
  /** The profile's sobriety date, only when it is on or before the period's end and no use is recorded after it. */
  soberSince: string | null;
}

export interface RecoveryPartner {
  inRecovery: boolean;
  substances: readonly string[];
  severity: string | null;
  sobrietyDate: string | null;
}

export interface RecoveryRecord {
  /** The couple's whole calendar (every date the core holds), so "sober since" is checked against all of it. */
  calendar: readonly RecoveryDay[];
  events: readonly { occurredOn: string; kind: string; partner: Position | null }[];
}

/** Every date with use recorded for the partner, oldest first, without duplicates. */
export function usageDates(record: RecoveryRecord, position: Position): string[] {
  const dates = new Set<string>();
  for (const day of record.calendar) if (day.abstinence[position] === 'no') dates.add(day.date);
  for (const event of record.events) {
    if (event.kind === 'relapse' && (event.partner === position || event.partner === null)) {
      dates.add(event.occurredOn);
    }
  }
  return [...dates].sort();
}

/** Consecutive use dates grouped: one day a lapse, two or more a relapse. */
export function usageEpisodes(dates: readonly string[]): RecoveryEpisode[] {
  const episodes: RecoveryEpisode[] = [];
  for (const date of dates) {
    const last = episodes.at(-1);
    if (last && addDaysIso(last.to, 1) === date) {
      last.to = date;
      last.days += 1;
      last.kind = 'relapse';
    } else {
      episodes.push({ kind: 'lapse', from: date, to: date, days: 1 });
    }
  }
  return episodes;
}

export function recoveryStatus(
  partner: RecoveryPartner,
  position: Position,
  record: RecoveryRecord,
  period: { from: string; asOf: string },
): ReportRecoveryStatus | null {
  if (!partner.inRecovery) return null;
  const all = usageDates(record, position);
  const untilEnd = all.filter((date) => date <= period.asOf);
  // An episode that began before the period and ran into it counts, clipped to the period.
  const episodes = usageEpisodes(untilEnd)
    .filter((e) => e.to >= period.from)
    // Its day count is clipped too: "Mar 1 to Mar 2 (5 days)" would contradict its own dates.
    .map((e) =>
      e.from < period.from
        ? { ...e, from: period.from, days: untilEnd.filter((d) => d >= period.from && d <= e.to).length }
        : e,
    );
  let abstinentDays = 0;
  let usedDays = 0;
  let unknownDays = 0;
  let meetings = 0;
  let meetingDaysRecorded = 0;
  // A relapse event is a use day even on a day the calendar marks abstinent: counted once, as use.
  for (const day of withRecordedRelapses(record.calendar, record.events)) {
    if (day.date < period.from || day.date > period.asOf) continue;
    const mark = day.abstinence[position];
    if (mark === 'yes') abstinentDays += 1;
    else if (mark === 'no') usedDays += 1;
    else if (mark === 'unknown') unknownDays += 1;
    if (day.supportMeeting !== null) meetingDaysRecorded += 1;
    if (day.supportMeeting === true) meetings += 1;
  }
  const daysRecorded = abstinentDays + usedDays;
  const sobriety = partner.sobrietyDate;
  const soberSince =
    sobriety !== null && sobriety <= period.asOf && !all.some((date) => date >= sobriety) ? sobriety : null;
  return {
    position,
    substances: partner.substances.map((s) => s.trim()).filter(Boolean),
    severity: partner.severity,
    lastUse: untilEnd.at(-1) ?? null,
    episodes,
    daysRecorded,
    abstinentDays,
    unknownDays,
    abstinentRate: daysRecorded === 0 ? null : abstinentDays / daysRecorded,
    meetings: meetingDaysRecorded > 0 ? meetings : null,
    soberSince,
  };
}

/** A 0-1 share of abstinent days that leaves `unknown` days out: yes / (yes + no). */
export function knownAbstinenceRate(counts: { yes: number; no: number }): number | null {
  const known = counts.yes + counts.no;
  return known === 0 ? null : counts.yes / known;
}

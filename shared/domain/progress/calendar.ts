/**
 * The recovery calendar, in the spirit of behavioural couples therapy's recovery contract:
 * each day, whether the couple held their trust discussion, whether each partner in recovery
 * abstained, whether a support meeting was attended, and an optional screen result.
 *
 * Clinical why: streaks make the daily work visible and worth celebrating; monthly adherence
 * shows whether the contract is being kept; use days need the therapist's attention. Streaks
 * follow the conservative rule: only a day positively recorded as done extends a streak, and
 * a day recorded as `unknown`, left blank or not recorded at all breaks it. A streak the
 * couple cannot vouch for is not shown as unbroken. The one allowance is today: the day is
 * not over, so today not being filled in yet does not end the current streak.
 */
import { addDaysIso, monthOf } from '@shared/domain/dates';
import type { PartnerKey } from '@shared/domain/plan-engine/types';
import { requireIsoDate } from './values';

export type AbstinenceMark = 'yes' | 'no' | 'unknown';

/** One day of the calendar; matches `CalendarDay` in the progress contract. */
export interface RecoveryDay {
  date: string;
  trustDiscussion: boolean | null;
  /** Null for a partner who is not in recovery (or not recorded that day). */
  abstinence: { A: AbstinenceMark | null; B: AbstinenceMark | null };
  supportMeeting: boolean | null;
  screen: 'negative' | 'positive' | null;
}

export interface Streak {
  days: number;
  /** First and last day of the streak; null when it is 0 days long. */
  from: string | null;
  to: string | null;
}

export interface StreakSummary {
  /** The streak ending today, or yesterday while today is not filled in yet. */
  current: Streak;
  /** The longest streak on record (the most recent one when two are equally long). */
  longest: Streak;
}

export interface Streaks {
  /** Null for a partner with no abstinence recorded on any day (not in recovery). */
  abstinence: Record<PartnerKey, StreakSummary | null>;
  trustDiscussion: StreakSummary;
}

const noStreak: Streak = { days: 0, from: null, to: null };

/** One entry per date (a later entry for the same date replaces an earlier one), oldest first. */
export function calendarByDate(days: readonly RecoveryDay[]): RecoveryDay[] {
  const map = new Map<string, RecoveryDay>();
  for (const day of days) {
    requireIsoDate('calendar date', day.date);
    map.set(day.date, day);
  }
  return [...map.values()].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

/** A recorded event, as far as the calendar needs it. */
export interface RecoveryEventRecord {
  occurredOn: string;
  kind: string;
  partner: PartnerKey | null;
}

/**
 * The calendar as every figure reads it: a relapse recorded as an event is a day of use for
 * that partner, whatever the calendar says for the day (a day marked abstinent, `unknown`,
 * blank, or not entered at all).
 *
 * Clinical why: the event and the calendar are two ways of recording the same fact. Read apart,
 * a relapse entered only as an event left the day counted as abstinent, so a report could list
 * the relapse and count that same day among the abstinent ones, and the dashboard's streak ran
 * straight through it. An event naming no partner counts for each partner whose abstinence the
 * calendar tracks (it cannot be ruled out for either); a partner never tracked is not made into
 * one in recovery by it. The last entry for a date wins, as in `calendarByDate`.
 */
export function withRecordedRelapses(
  days: readonly RecoveryDay[],
  events: readonly RecoveryEventRecord[],
): RecoveryDay[] {
  const relapses = events.filter((event) => event.kind === 'relapse');
  if (relapses.length === 0) return calendarByDate(days);
  const byDate = new Map(calendarByDate(days).map((day) => [day.date, day]));
  const tracked = (['A', 'B'] as const).filter((p) => days.some((day) => day.abstinence[p] !== null));
  for (const event of relapses) {
    requireIsoDate('event date', event.occurredOn);
    const partners = event.partner === null ? tracked : [event.partner];
    if (partners.length === 0) continue;
    const day: RecoveryDay = byDate.get(event.occurredOn) ?? {
      date: event.occurredOn,
      trustDiscussion: null,
      abstinence: { A: null, B: null },
      supportMeeting: null,
      screen: null,
    };
    const abstinence = { ...day.abstinence };
    for (const p of partners) abstinence[p] = 'no';
    byDate.set(day.date, { ...day, abstinence });
  }
  return [...byDate.values()].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

/**
 * Rules: a streak is a run of consecutive calendar days on each of which the mark is `yes`
 * (abstinence) or `true` (trust discussion). `no`, `unknown`, a blank mark and a missing day all
 * end it. Days after `today` are ignored. The current streak is the run that ends on `today`; if
 * today has no entry, or today's mark is still blank, the run ending yesterday counts.
 */
export function streaks(days: readonly RecoveryDay[], today: string): Streaks {
  requireIsoDate('today', today);
  const known = calendarByDate(days).filter((day) => day.date <= today);
  const partnerStreak = (partner: PartnerKey) =>
    known.some((day) => day.abstinence[partner] !== null)
      ? summarize(known, today, (day) => day.abstinence[partner])
      : null;
  return {
    abstinence: { A: partnerStreak('A'), B: partnerStreak('B') },
    trustDiscussion: summarize(known, today, (day) =>
      day.trustDiscussion === null ? null : day.trustDiscussion ? 'yes' : 'no',
    ),
  };
}

function summarize(
  sorted: readonly RecoveryDay[],
  today: string,
  mark: (day: RecoveryDay) => AbstinenceMark | null,
): StreakSummary {
  const runs: Streak[] = [];
  let run: Streak | null = null;
  for (const day of sorted) {
    if (mark(day) !== 'yes') {
      run = null;
      continue;
    }
    if (run && run.to === addDaysIso(day.date, -1)) {
      run.days += 1;
      run.to = day.date;
    } else {
      run = { days: 1, from: day.date, to: day.date };
      runs.push(run);
    }
  }
  const longest = runs.reduce<Streak>((best, r) => (r.days >= best.days ? r : best), noStreak);
  const last = runs.at(-1);
  const todayEntry = sorted.at(-1)?.date === today ? (sorted.at(-1) as RecoveryDay) : null;
  const todayOpen = todayEntry === null || mark(todayEntry) === null;
  const endsCurrent = last && (last.to === today || (todayOpen && last.to === addDaysIso(today, -1)));
  return { current: endsCurrent ? { ...last } : { ...noStreak }, longest: { ...longest } };
}

export interface PartnerAbstinence {
  yes: number;
  no: number;
  unknown: number;
  /** yes / (yes + no + unknown): an unknown day is not counted as abstinent. Null with none recorded. */
  rate: number | null;
}

export interface MonthAdherence {
  /** `YYYY-MM`. */
  month: string;
  /** Days of the month with an entry. */
  daysRecorded: number;
  trustDiscussion: {
    done: number;
    /** Days where the trust discussion was marked either way. */
    recorded: number;
    /** done / recorded; null with none recorded. */
    rate: number | null;
  };
  /** Null for a partner with no abstinence recorded that month. */
  abstinence: Record<PartnerKey, PartnerAbstinence | null>;
  /** Days with a support meeting attended. */
  supportMeetings: number;
  screens: { taken: number; positive: number };
}

/**
 * Rules, per calendar month with at least one entry (oldest first): trust-discussion rate =
 * days marked done / days marked either way; abstinence rate per partner = `yes` days / days
 * marked `yes`, `no` or `unknown`; support meetings = days marked attended; screens = days with
 * a result, and how many were positive.
 */
export function adherence(days: readonly RecoveryDay[]): MonthAdherence[] {
  const months = new Map<string, RecoveryDay[]>();
  for (const day of calendarByDate(days)) {
    const month = monthOf(day.date);
    const list = months.get(month) ?? [];
    list.push(day);
    months.set(month, list);
  }
  return [...months.entries()].map(([month, list]) => {
    const trustRecorded = list.filter((d) => d.trustDiscussion !== null).length;
    const trustDone = list.filter((d) => d.trustDiscussion === true).length;
    const partner = (p: PartnerKey): PartnerAbstinence | null => {
      const count = (m: AbstinenceMark) => list.filter((d) => d.abstinence[p] === m).length;
      const yes = count('yes');
      const no = count('no');
      const unknown = count('unknown');
      const recorded = yes + no + unknown;
      return recorded === 0 ? null : { yes, no, unknown, rate: yes / recorded };
    };
    return {
      month,
      daysRecorded: list.length,
      trustDiscussion: {
        done: trustDone,
        recorded: trustRecorded,
        rate: trustRecorded === 0 ? null : trustDone / trustRecorded,
      },
      abstinence: { A: partner('A'), B: partner('B') },
      supportMeetings: list.filter((d) => d.supportMeeting === true).length,
      screens: {
        taken: list.filter((d) => d.screen !== null).length,
        positive: list.filter((d) => d.screen === 'positive').length,
      },
    };
  });
}

export interface UseDay {
  date: string;
  /** Who recorded use that day. */
  partners: PartnerKey[];
}

/** Rule: the days where abstinence is `no` for either partner, oldest first. */
export function useDays(days: readonly RecoveryDay[]): UseDay[] {
  return calendarByDate(days)
    .map((day) => ({
      date: day.date,
      partners: (['A', 'B'] as const).filter((p) => day.abstinence[p] === 'no'),
    }))
    .filter((day) => day.partners.length > 0);
}

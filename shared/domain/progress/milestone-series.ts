/**
 * One series per milestone, derived from wherever its values arise.
 *
 * Clinical why: a couple rates trust at every session check-in; a milestone about trust that
 * waits for someone to type the same rating again on another screen is a milestone nobody
 * measures. So a milestone's values are read at the time they are asked for, from the source
 * the plan names (see `plan/measure.ts`), never copied into the measurements table:
 *
 * - `checkIn` {partner, area}: that partner's own rating of the area at every held session's
 *   check-in and at every assessment, each dated on its day;
 * - `calendar` {field, partner}: per complete week, the number of days the recovery-calendar
 *   field was marked yes. A week runs Monday to Sunday and is dated on its Sunday; it counts
 *   once it is over (its Sunday is on or before `today`) and only if all seven of its days
 *   were recorded for that field ("unknown" abstinence is not a record): a day nobody filled
 *   in is not a day of use or a missed discussion, so a week with gaps is a gap, not a low
 *   count, and the week in progress is not judged half-way;
 * - `entry`: nothing is derived.
 *
 * Values entered by hand for the milestone's key are always merged in (sorted by date), so an
 * observation the clinician chose to add beside a derived series still counts. Everything
 * dated after `today` is left out: a report speaks as of its period's end.
 *
 * The dashboard, the plan review, Today and the progress reports all call this module through
 * `milestoneProgress`, so they can never disagree about a milestone.
 */
import type { RatingArea } from '@shared/domain/assessment';
import { epochDay } from '@shared/domain/dates';
import {
  type CalendarField,
  type MeasuredMilestone,
  type MilestoneMeasure,
  milestoneMeasure,
  outOfScaleError,
} from '@shared/domain/plan/measure';
import type { RecoveryDay } from './calendar';
import type { DatedValue } from './values';

type Ratings = Record<RatingArea, number>;

/** What the series are derived from: the couple's record as `DashboardInput` has it. */
export interface MilestoneRecord {
  today: string;
  assessments: readonly { assessedOn: string; ratings: { A: Ratings; B: Ratings } }[];
  sessions: readonly {
    date: string;
    outcome: 'booked' | 'held' | 'cancelled' | 'noShow';
    checkIn: { A: Ratings | null; B: Ratings | null };
  }[];
  calendar: readonly RecoveryDay[];
  measurements: readonly { milestoneKey: string; measuredOn: string; value: number }[];
}

export interface MilestoneSeries {
  measure: MilestoneMeasure;
  /** Every value, derived and entered, oldest first. */
  values: DatedValue[];
  /** How many of them the source derived (check-ins and assessments, or calendar weeks). */
  derived: number;
  /** How many were entered by hand for this milestone. */
  entered: number;
  /** Values entered by hand outside the milestone's scale: kept as recorded, shown to the clinician. */
  outOfRange: DatedValue[];
}

/** Monday 0 … Sunday 6 (1970-01-01 was a Thursday). */
function weekday(date: string): number {
  return (((epochDay(date) + 3) % 7) + 7) % 7;
}

/** The Sunday that ends the Monday-to-Sunday week of `date`. */
export function weekEnding(date: string): string {
  const day = epochDay(date) + 6 - weekday(date);
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

const byDate = (x: DatedValue, y: DatedValue) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0);

/**
 * Whether a calendar day is marked yes for the field (true), marked otherwise (false), or not
 * recorded for it (null). Abstinence without a partner means every partner recorded that day
 * abstained. The calendar keeps one support-meeting mark a day, so its partner is not asked.
 */
function dayMark(day: RecoveryDay, field: CalendarField, partner: 'A' | 'B' | null): boolean | null {
  if (field === 'trustDiscussion') return day.trustDiscussion;
  if (field === 'supportMeeting') return day.supportMeeting;
  // "Unknown" says nobody knows: it is no more a day of use than a blank is.
  const known = (mark: 'yes' | 'no' | 'unknown' | null) =>
    mark === null || mark === 'unknown' ? null : mark;
  if (partner) {
    const mark = known(day.abstinence[partner]);
    return mark === null ? null : mark === 'yes';
  }
  const marks = [day.abstinence.A, day.abstinence.B].filter((mark) => mark !== null);
  if (marks.length === 0 || marks.some((mark) => mark === 'unknown')) return null;
  return marks.every((mark) => mark === 'yes');
}

/** One entry per date (a later one replaces an earlier), only days up to today. */
function latestDays(calendar: readonly RecoveryDay[], today: string): RecoveryDay[] {
  const days = new Map<string, RecoveryDay>();
  for (const day of calendar) if (day.date <= today) days.set(day.date, day);
  return [...days.values()];
}

/** Days marked yes per complete, fully recorded Monday-to-Sunday week, dated on its Sunday. */
function weekCounts(
  days: readonly RecoveryDay[],
  today: string,
  field: CalendarField,
  partner: 'A' | 'B' | null,
): DatedValue[] {
  const weeks = new Map<string, { recorded: number; yes: number }>();
  for (const day of days) {
    const mark = dayMark(day, field, partner);
    if (mark === null) continue;
    const end = weekEnding(day.date);
    // The week in progress is not over: it is judged once its Sunday has passed.
    if (end > today) continue;
    const week = weeks.get(end) ?? { recorded: 0, yes: 0 };
    week.recorded += 1;
    if (mark) week.yes += 1;
    weeks.set(end, week);
  }
  return [...weeks]
    .filter(([, week]) => week.recorded === 7)
    .map(([date, week]) => ({ date, value: week.yes }))
    .sort(byDate);
}

/**
 * Days a week each partner was abstinent lately: the mean of the last (up to) four complete
 * weeks of the calendar, rounded down; null for a partner the calendar does not say about.
 * The plan engine starts a new abstinence milestone there, from the same weeks the milestone
 * will be measured by.
 */
export function recentAbstinence(
  calendar: readonly RecoveryDay[],
  today: string,
): { A: number | null; B: number | null } {
  const days = latestDays(calendar, today);
  const lately = (partner: 'A' | 'B') => {
    const weeks = weekCounts(days, today, 'abstinence', partner).slice(-4);
    if (weeks.length === 0) return null;
    return Math.floor(weeks.reduce((sum, week) => sum + week.value, 0) / weeks.length);
  };
  return { A: lately('A'), B: lately('B') };
}

/** Indexes the record once; each milestone's series is then a lookup and a merge. */
export function indexMilestoneRecord(record: MilestoneRecord): (m: MeasuredMilestone) => MilestoneSeries {
  const { today } = record;
  const ratings = new Map<string, DatedValue[]>();
  const addRatings = (date: string, partner: 'A' | 'B', given: Ratings | null) => {
    if (!given || date > today) return;
    for (const [area, value] of Object.entries(given)) {
      const key = `${partner}:${area}`;
      const list = ratings.get(key);
      if (list) list.push({ date, value });
      else ratings.set(key, [{ date, value }]);
    }
  };
  for (const a of record.assessments) {
    addRatings(a.assessedOn, 'A', a.ratings.A);
    addRatings(a.assessedOn, 'B', a.ratings.B);
  }
  for (const s of record.sessions) {
    if (s.outcome !== 'held') continue;
    addRatings(s.date, 'A', s.checkIn.A);
    addRatings(s.date, 'B', s.checkIn.B);
  }
  for (const list of ratings.values()) list.sort(byDate);

  // One entry per date (a later one replaces an earlier), only days up to today.
  const days = latestDays(record.calendar, today);
  const weekly = new Map<string, DatedValue[]>();
  const weeksOf = (field: CalendarField, partner: 'A' | 'B' | null): DatedValue[] => {
    const key = `${field}:${partner ?? '-'}`;
    const cached = weekly.get(key);
    if (cached) return cached;
    const list = weekCounts(days, today, field, partner);
    weekly.set(key, list);
    return list;
  };

  const entered = new Map<string, DatedValue[]>();
  for (const m of record.measurements) {
    if (m.measuredOn > today) continue;
    const list = entered.get(m.milestoneKey);
    const point = { date: m.measuredOn, value: m.value };
    if (list) list.push(point);
    else entered.set(m.milestoneKey, [point]);
  }

  return (milestone) => {
    const measure = milestoneMeasure(milestone);
    const { source, scale } = measure;
    const derived =
      source.kind === 'checkIn'
        ? (ratings.get(`${source.partner}:${source.area}`) ?? [])
        : source.kind === 'calendar'
          ? weeksOf(source.field, source.partner)
          : [];
    const own = entered.get(milestone.key) ?? [];
    const values = own.length === 0 ? [...derived] : [...derived, ...own].sort(byDate);
    return {
      measure,
      values,
      derived: derived.length,
      entered: own.length,
      outOfRange: own.filter((v) => outOfScaleError(v.value, scale) !== null).sort(byDate),
    };
  };
}

/** One milestone's series from the record (index the record once when there are several). */
export function milestoneSeries(milestone: MeasuredMilestone, record: MilestoneRecord): MilestoneSeries {
  return indexMilestoneRecord(record)(milestone);
}

/**
 * "Values outside this milestone's range: 12 on Mar 3, 2026 (range 0 to 10)": what the clinician
 * is shown about values recorded before scales were checked. They are never changed for them.
 */
export function outOfRangeSentence(
  values: readonly DatedValue[],
  scale: { min: number; max: number },
  formatDate: (iso: string) => string,
): string | null {
  if (values.length === 0) return null;
  const listed = values.map((v) => `${v.value} on ${formatDate(v.date)}`).join(', ');
  return `${values.length === 1 ? 'A value' : 'Values'} outside this milestone's range: ${listed} (range ${scale.min} to ${scale.max})`;
}

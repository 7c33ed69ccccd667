/**
 * The couple's record cut down to a report's period, ready for `buildDashboard`.
 *
 * Why this shape: a report speaks "as of the end of the period". Milestones keep their whole
 * history up to that day (latest value, progress, trend and stall need what came before the
 * period), while everything the report shows per date (chart points, markers, sessions,
 * calendar days) is cut to the period itself before the dashboard sees it. Cutting before
 * rather than after has two effects the paper needs: a chart is downsampled over the period's
 * own points (not thinned over two years and then mostly thrown away), and a month that the
 * period enters half-way counts only its sessions and days inside the period. Milestones get
 * their own cut (`milestoneRecord`): everything up to the period's end, so their series are
 * derived exactly as the dashboard derives them. Without substance-use details the calendar
 * keeps only the trust discussion there too, so no abstinence week reaches the paper.
 */
import type { DashboardInput } from '@shared/domain/dashboard/types';
import { formatIsoDate, isIsoDate } from '@shared/domain/dates';
import type { RecoveryDay } from '@shared/domain/progress';

/** Most points per chart series on paper: a page is about 120 points wide at a readable size. */
export const reportMaxPoints = 120;

export interface ReportPeriod {
  from: string;
  to: string;
  /** The last day the report can speak for: the end of the period, or today if that is earlier. */
  asOf: string;
}

export function reportPeriod(from: string, to: string, generatedOn: string): ReportPeriod {
  return { from, to, asOf: to < generatedOn ? to : generatedOn };
}

/** What a period is checked against: the core's today and the day the couple's treatment began. */
export interface PeriodBounds {
  today: string;
  /** The couple's start date; null when none was recorded (then only the future is refused). */
  startDate: string | null;
}

/**
 * Why a report period is impossible, per end (`from`, `to`); empty when it is possible. A period
 * that ends after today would print today's statuses as if they were the future's, and one that
 * starts before treatment began would speak for months the clinician never saw. The dialog and
 * the core ask the same function, so they refuse with the same words. Dates that are not real
 * dates are the contract's to refuse.
 */
export function periodProblems(
  from: string,
  to: string,
  { today, startDate }: PeriodBounds,
): Partial<Record<'from' | 'to', string>> {
  const problems: Partial<Record<'from' | 'to', string>> = {};
  if (isIsoDate(from)) {
    if (from > today) problems.from = `The period cannot start after today (${formatIsoDate(today)})`;
    else if (startDate && from < startDate) {
      problems.from = `The period cannot start before treatment began (${formatIsoDate(startDate)})`;
    }
  }
  if (isIsoDate(to) && to > today)
    problems.to = `The period cannot end after today (${formatIsoDate(today)})`;
  return problems;
}

/** What the record holds inside a period: what a report for it would have to show. */
export interface PeriodRecorded {
  sessions: number;
  assessments: number;
  calendarDays: number;
  measurements: number;
  homework: number;
}

/**
 * The dialog's sentence for a period with nothing recorded in it, or null when something is:
 * said before the report is made, so an empty report is a choice and not a surprise.
 */
export function emptyPeriodText(from: string, to: string, recorded: PeriodRecorded): string | null {
  if (Object.values(recorded).some((n) => n > 0)) return null;
  return `Nothing was recorded from ${formatIsoDate(from)} to ${formatIsoDate(to)}: no sessions, assessments, check-ins, calendar days or homework. A report for this period would have nothing to show; choose another period.`;
}

/** The trust discussion only: abstinence, meetings and screens all reveal recovery. */
function withoutSubstanceUse(day: RecoveryDay): RecoveryDay {
  return {
    date: day.date,
    trustDiscussion: day.trustDiscussion,
    abstinence: { A: null, B: null },
    supportMeeting: null,
    screen: null,
  };
}

/**
 * Without substance-use details, a day counts only when its trust discussion was marked:
 * a day recorded for abstinence alone would otherwise show up in "days recorded".
 */
function calendarFor(days: readonly RecoveryDay[], includeSubstanceUse: boolean): RecoveryDay[] {
  if (includeSubstanceUse) return [...days];
  return days.map(withoutSubstanceUse).filter((day) => day.trustDiscussion !== null);
}

export function periodDashboardInput(
  record: DashboardInput,
  period: ReportPeriod,
  includeSubstanceUse: boolean,
): DashboardInput {
  const inPeriod = (date: string) => date >= period.from && date <= period.asOf;
  return {
    today: period.asOf,
    assessments: record.assessments.filter((a) => inPeriod(a.assessedOn)),
    sessions: record.sessions.filter((s) => inPeriod(s.date)),
    plan: record.plan,
    planSignings: record.planSignings.filter(inPeriod),
    measurements: record.measurements.filter((m) => m.measuredOn <= period.asOf),
    calendar: calendarFor(
      record.calendar.filter((day) => inPeriod(day.date)),
      includeSubstanceUse,
    ),
    // Events only become relapse markers; without substance-use details none may be drawn.
    events: includeSubstanceUse ? record.events.filter((e) => inPeriod(e.occurredOn)) : [],
    openSafetyFlags: record.openSafetyFlags,
    // Homework due in the period, reviewed as of its end (see `homeworkRecords`).
    homework: record.homework.filter((h) => inPeriod(h.dueDate)),
    maxPoints: reportMaxPoints,
    // Milestones are judged on their whole history up to the period's end, from the same
    // derived series as the dashboard (check-ins, assessments, calendar weeks, entries).
    milestoneRecord: {
      today: period.asOf,
      assessments: record.assessments.filter((a) => a.assessedOn <= period.asOf),
      sessions: record.sessions.filter((s) => s.date <= period.asOf),
      calendar: calendarFor(
        record.calendar.filter((day) => day.date <= period.asOf),
        includeSubstanceUse,
      ),
      measurements: record.measurements.filter((m) => m.measuredOn <= period.asOf),
    },
  };
}

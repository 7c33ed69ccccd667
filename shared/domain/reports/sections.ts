/**
 * The report's sections, each from the dashboard built over the report's period (see
 * `period.ts`), so the paper shows the same numbers and series as the screen.
 */
import { wasAttended, wasDue } from '../attendance';
import type { Dashboard, DashboardInput, MilestoneProgress } from '../dashboard/types';
import { goalStanding } from './goal-status';
import type {
  ReportAttendance,
  ReportCalendarMonth,
  ReportChart,
  ReportGoal,
  ReportMilestone,
} from './model';
import type { ReportPlanGoal } from './plan-items';

/** Text the clinician typed, as the report may print it (names replaced under "initials"). */
export type Redact = (text: string) => string;

/** Sessions that were due in the period, and how many every expected partner came to. */
export function attendanceSection(
  sessions: DashboardInput['sessions'],
  byMonth: Dashboard['attendance'],
): ReportAttendance {
  const due = sessions.filter(wasDue);
  const attended = due.filter(wasAttended).length;
  return {
    due: due.length,
    attended,
    missed: due.length - attended,
    rate: due.length === 0 ? null : attended / due.length,
    byMonth: byMonth.map((month) => ({ ...month })),
  };
}

export function goalsSection(
  goals: readonly ReportPlanGoal[],
  milestones: ReadonlyMap<string, MilestoneProgress>,
  redact: Redact,
): ReportGoal[] {
  return goals.map((goal) => {
    const own = goal.milestoneKeys.flatMap((key) => milestones.get(key) ?? []);
    const { status, detail } = goalStanding(own);
    return { area: redact(goal.areaTitle), description: redact(goal.description), status, detail };
  });
}

export function milestonesSection(
  milestones: readonly MilestoneProgress[],
  redact: Redact,
): ReportMilestone[] {
  return milestones.map((m) => ({
    goal: redact(m.goal),
    description: redact(m.description),
    baseline: m.baseline,
    latest: m.latest ? { ...m.latest } : null,
    target: m.target,
    progress: m.progress,
    trend: m.trend,
    stalled: m.stalled,
  }));
}

/**
 * One chart per rating area with anything to draw in the period; relapse markers only reach
 * here when substance-use details are included (the period input leaves the events out).
 */
export function chartsSection(dashboard: Dashboard, includeSubstanceUse: boolean): ReportChart[] {
  const markers = dashboard.markers.filter((marker) => includeSubstanceUse || marker.kind !== 'relapse');
  return dashboard.areas
    .filter((area) => area.series.A.length > 0 || area.series.B.length > 0)
    .map((area) => ({
      label: area.label,
      series: { A: area.series.A.map((p) => ({ ...p })), B: area.series.B.map((p) => ({ ...p })) },
      target: { ...area.target },
      markers: markers.map((marker) => ({ ...marker })),
    }));
}

export function calendarSection(
  adherence: Dashboard['adherence'],
  includeSubstanceUse: boolean,
): ReportCalendarMonth[] {
  return adherence.map((month) => ({
    month: month.month,
    daysRecorded: month.daysRecorded,
    trustDiscussionRate: month.trustDiscussion.rate,
    abstinenceRate: includeSubstanceUse
      ? { A: month.abstinence.A?.rate ?? null, B: month.abstinence.B?.rate ?? null }
      : null,
    supportMeetings: includeSubstanceUse ? month.supportMeetings : null,
    screens: includeSubstanceUse ? { ...month.screens } : null,
  }));
}

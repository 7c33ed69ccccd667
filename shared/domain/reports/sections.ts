/**
 * The report's sections, each from the dashboard built over the report's period (see
 * `period.ts`), so the paper shows the same numbers and series as the screen.
 */

import { type RatingArea, ratingAreaLabels, ratingAreas } from '@shared/domain/assessment';
import { wasAttended, wasDue } from '@shared/domain/attendance';
import type { Dashboard, DashboardInput, MilestoneProgress } from '@shared/domain/dashboard/types';
import type { DatedValue } from '@shared/domain/progress/values';
import { goalStanding, type MilestoneStanding } from './goal-status';
import type {
  ReportAttendance,
  ReportCalendarMonth,
  ReportChart,
  ReportGoal,
  ReportMilestone,
} from './model';
import type { ReportPlanGoal } from './plan-items';
import { knownAbstinenceRate } from './recovery-status';

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

/** A partner's ratings of an area, all of them up to the period's end (what the charts draw from). */
export type AreaRatings = (area: RatingArea, partner: 'A' | 'B') => DatedValue[];

const isRatingArea = (area: string): area is RatingArea => (ratingAreas as readonly string[]).includes(area);

/**
 * What a goal in a rating area stands on when none of its milestones has a value: its
 * objectives' partners' ratings of the area, the series the area's chart draws. Without this a
 * goal could read "Not yet measured" while its chart, pages later, shows both partners at
 * target. Each objective's partner (both: each partner) is judged from the first rating on
 * record to the latest, against the objective's target on the 0-10 scale.
 */
function ratingStandings(goal: ReportPlanGoal, ratings: AreaRatings): MilestoneStanding[] {
  if (!isRatingArea(goal.area)) return [];
  const area = goal.area;
  const objectives =
    goal.objectives.length > 0 ? goal.objectives : [{ partner: 'both' as const, target: null }];
  return objectives.flatMap((objective) =>
    (objective.partner === 'both' ? (['A', 'B'] as const) : [objective.partner]).flatMap((partner) => {
      const series = ratings(area, partner);
      if (series.length === 0) return [];
      const target = objective.target !== null && objective.target <= 10 ? objective.target : null;
      return [{ baseline: series[0]?.value ?? null, target, latest: series.at(-1) ?? null, stalled: false }];
    }),
  );
}

export function goalsSection(
  goals: readonly ReportPlanGoal[],
  milestones: ReadonlyMap<string, MilestoneProgress>,
  redact: Redact,
  ratings: AreaRatings,
): ReportGoal[] {
  return goals.map((goal) => {
    const own = goal.milestoneKeys.flatMap((key) => milestones.get(key) ?? []);
    let standing = goalStanding(own);
    if (standing.status === 'notMeasured') {
      const fromRatings = ratingStandings(goal, ratings);
      if (fromRatings.length > 0) {
        const judged = goalStanding(fromRatings);
        const label = isRatingArea(goal.area) ? ratingAreaLabels[goal.area] : goal.areaTitle;
        standing = {
          status: judged.status,
          detail: `No milestone measured yet; from the ${label} ratings: ${judged.detail.replace(/milestones?/, (w) => (w === 'milestone' ? 'rating' : 'ratings'))}`,
        };
      }
    }
    return {
      area: redact(goal.areaTitle),
      description: redact(goal.description),
      status: standing.status,
      detail: standing.detail,
    };
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

function knownRate(counts: { yes: number; no: number } | null): number | null {
  return counts === null ? null : knownAbstinenceRate(counts);
}

export function calendarSection(
  adherence: Dashboard['adherence'],
  includeSubstanceUse: boolean,
): ReportCalendarMonth[] {
  return adherence.map((month) => ({
    month: month.month,
    daysRecorded: month.daysRecorded,
    trustDiscussionRate: month.trustDiscussion.rate,
    // Of the days with a known answer: an `unknown` day is not a day of use, so it is left out
    // of the share and counted beside it (0 use days and 2 unknown read 100%, not 92%).
    abstinenceRate: includeSubstanceUse
      ? { A: knownRate(month.abstinence.A), B: knownRate(month.abstinence.B) }
      : null,
    abstinenceUnknown: includeSubstanceUse
      ? { A: month.abstinence.A?.unknown ?? 0, B: month.abstinence.B?.unknown ?? 0 }
      : null,
    supportMeetings: includeSubstanceUse ? month.supportMeetings : null,
    screens: includeSubstanceUse ? { ...month.screens } : null,
  }));
}

/**
 * The couple's progress dashboard as data: both partners' ratings per area with targets and
 * discrepancies, event markers, baseline against latest, milestone progress, attendance and
 * recovery-calendar adherence. Pure: the screen draws it and the PDF report draws the same
 * series, so what the couple sees on paper matches the screen.
 */

import { attendanceRate, isLateCancellation } from '@shared/domain/attendance';
import { daysBetweenIso, toIsoDate } from '@shared/domain/dates';
import { homeworkRecords } from '@shared/domain/homework';
import { adherence, consistency, streaks, updatedTimelineEstimate } from '@shared/domain/progress';
import { sessionWins } from '@shared/domain/workspace/wins';
import { areaCharts, radar } from './areas';
import { heatmap, monthlyAttendance } from './calendar';
import { milestoneProgress } from './milestones';
import type { ChartMarker, Dashboard, DashboardInput } from './types';

export type * from './types';

/** The date of the last session held before `today`: wins count from the day after it. */
function lastHeldBefore(sessions: DashboardInput['sessions'], today: string): string | null {
  return sessions.reduce<string | null>(
    (last, session) =>
      session.outcome === 'held' && session.date < today && (last === null || session.date > last)
        ? session.date
        : last,
    null,
  );
}

function markers(input: DashboardInput): ChartMarker[] {
  const list: ChartMarker[] = [
    ...input.events
      .filter((event) => event.kind === 'relapse')
      .map((event) => ({
        date: event.occurredOn,
        kind: 'relapse' as const,
        label: event.partner ? `Relapse (partner ${event.partner})` : 'Relapse',
      })),
    ...input.planSignings.map((date) => ({ date, kind: 'planChange' as const, label: 'Plan signed' })),
    ...input.sessions
      // A partner's late cancellation was due and missed, as a no-show was.
      .filter((session) => session.outcome === 'noShow' || isLateCancellation(session))
      .map((session) => ({ date: session.date, kind: 'missedSession' as const, label: 'Missed session' })),
  ];
  return list.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

export function buildDashboard(input: DashboardInput): Dashboard {
  const areas = areaCharts(input);
  const milestones = milestoneProgress(input);
  const streakSummary = streaks(input.calendar, input.today);
  const measurable = milestones.filter((m) => m.baseline !== null && m.target !== null);
  const plan = input.plan;
  const timeline = plan
    ? updatedTimelineEstimate(plan.document.timeline, {
        // From the first signed version: the estimate covers the whole course of treatment.
        weeksElapsed: Math.max(
          0,
          daysBetweenIso(input.planSignings[0] ?? toIsoDate(new Date(plan.signedAt)), input.today) / 7,
        ),
        // Over every milestone with a baseline and a target, unmeasured ones counting as no
        // progress: three milestones reached out of thirty is not "nothing left to do".
        progressFraction: measurable.length
          ? measurable.reduce((sum, m) => sum + (m.progress ?? 0), 0) / measurable.length
          : 0,
        stalls: milestones.filter((m) => m.stalled).length,
        attendanceRate: attendanceRate(input.sessions),
      })
    : null;
  return {
    areas,
    markers: markers(input),
    radar: radar(input),
    milestones,
    attendance: monthlyAttendance(input),
    adherence: adherence(input.calendar),
    heatmap: heatmap(input),
    streaks: streakSummary,
    timeline,
    consistency: consistency({
      sessions: input.sessions,
      homework: homeworkRecords(input.homework, input.today),
    }),
    wins: sessionWins({
      since: lastHeldBefore(input.sessions, input.today),
      until: input.today,
      milestones,
      streaks: streakSummary,
      homework: input.homework,
      names: input.names ?? { A: 'Partner A', B: 'Partner B' },
    }),
    flags: {
      openSafetyFlags: input.openSafetyFlags,
      discrepancies: areas.filter((area) => area.discrepancyNow).length,
      stalledMilestones: milestones.filter((m) => m.stalled).length,
    },
  };
}

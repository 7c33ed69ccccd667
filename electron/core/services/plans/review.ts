import { notFound } from '@core/errors';
import type { ServiceContext } from '@core/services/context';
import { gatherDashboardInput } from '@core/services/dashboard';
import type { HandlerMap } from '@core/services/handlers';
import { coupleTrajectories } from '@core/services/questionnaires';
import type { PlanReview } from '@shared/contract/plans';
import type { Session as ClinicalSession } from '@shared/contract/sessions';
import { attendanceRate, partnerCame, wasAttended, wasDue } from '@shared/domain/attendance';
import { milestoneProgress } from '@shared/domain/dashboard/milestones';
import { toIsoDate } from '@shared/domain/dates';
import { type PlanMilestone, reviewStatus } from '@shared/domain/plan';
import { minChartPoints } from '@shared/domain/progress';
import { indexMilestoneRecord } from '@shared/domain/progress/milestone-series';
import { reliableDeteriorations } from '@shared/domain/questionnaires';
import { planSummary } from './versions';

function attendanceOf(session: ClinicalSession): PlanReview['sessions'][number]['attendance'] {
  if (session.outcome !== 'held') return 'missed';
  const a = partnerCame(session.attendance.A);
  const b = partnerCame(session.attendance.B);
  if (a && b) return 'both';
  if (a) return 'partnerA';
  if (b) return 'partnerB';
  return 'missed';
}

export function createPlanReviewHandlers(ctx: ServiceContext) {
  return {
    /**
     * What changed since the plan was last signed (its last review), next to its goals:
     * sessions and attendance, safety flags raised and resolved, recorded events, and each
     * goal's milestones against their due dates with their measurements, progress and stalls. Before a first signed plan, everything so far.
     */
    'plans:review': ({ coupleId }) => {
      const s = ctx.session();
      if (!s.couples.get(coupleId)) throw notFound('couple');
      const today = toIsoDate(ctx.clock());
      const active = s.plans.activeFor(coupleId);
      const since = active?.signedAt ?? null;
      const sinceDate = since ? toIsoDate(new Date(since)) : null;

      const sessions = s.sessions
        .listForCouple(coupleId)
        .filter((session) => sinceDate === null || session.date > sinceDate)
        // A booking has not happened (or its outcome is still to record): not part of what changed.
        .filter((session) => session.outcome !== 'booked')
        .reverse();
      const due = sessions.filter(wasDue);
      const flags = s.safety.list({ coupleId, openOnly: false });
      const document = active?.document ?? null;
      // The same record, and the same derived series, as the dashboard and the reports.
      const record = gatherDashboardInput(s, coupleId, today, minChartPoints);
      const progressByKey = new Map(
        milestoneProgress({
          ...record,
          plan: document && since ? { document, signedAt: since } : null,
          // The review shows no chart: the smallest series the downsampler allows.
          maxPoints: minChartPoints,
        }).map((progress) => [progress.key, progress]),
      );
      // Values since the last signing, from each milestone's derived series (indexed once).
      const seriesOf = indexMilestoneRecord(record);
      const sinceCount = (milestone: PlanMilestone) =>
        seriesOf(milestone).values.filter((v) => sinceDate === null || v.date >= sinceDate).length;

      s.audit.record('plan.reviewed', { entity: 'couple', id: coupleId }, { coupleId });
      return {
        active: active ? planSummary(active) : null,
        since,
        sessions: sessions.map((session) => ({
          id: session.id,
          date: session.date,
          type: session.type,
          attendance: attendanceOf(session),
        })),
        attendance: {
          due: due.length,
          attended: due.filter(wasAttended).length,
          rate: attendanceRate(sessions),
        },
        flagsRaised: flags.filter((flag) => since === null || flag.raisedAt >= since),
        flagsResolved: flags.filter(
          (flag) => flag.resolvedAt !== null && (since === null || flag.resolvedAt >= since),
        ),
        events: s.timeline.eventsAfter(coupleId, sinceDate),
        goals: (document?.problemAreas ?? []).flatMap((area) =>
          area.goals.map((goal) => ({
            key: goal.key,
            description: goal.description,
            area: area.title,
            milestones: goal.objectives.flatMap((objective) =>
              objective.milestones
                .filter((milestone) => milestone.dueDate !== '')
                .map((milestone) => {
                  const progress = progressByKey.get(milestone.key);
                  return {
                    key: milestone.key,
                    description: milestone.description,
                    dueDate: milestone.dueDate,
                    status: reviewStatus(milestone.dueDate, today),
                    baseline: milestone.baseline,
                    target: milestone.target,
                    measuredSince: sinceCount(milestone),
                    measurements: progress?.measurements ?? 0,
                    latest: progress?.latest ?? null,
                    progress: progress?.progress ?? null,
                    trendSummary: progress?.trendSummary ?? '',
                    stallReason: progress?.stallReason ?? null,
                  };
                }),
            ),
          })),
        ),
        deteriorations: reliableDeteriorations(coupleTrajectories(s, coupleId)).map((d) => ({
          coupleId,
          ...d,
        })),
      };
    },
  } satisfies HandlerMap<'plans:review'>;
}

import { notFound } from '@core/errors';
import type { PlanReview } from '@shared/contract/plans';
import type { Session as ClinicalSession } from '@shared/contract/sessions';
import { groupByDay, isNotSeen } from '@shared/domain/agenda';
import { attendanceRate, wasAttended, wasDue } from '@shared/domain/attendance';
import { milestoneProgress } from '@shared/domain/dashboard/milestones';
import { addDaysIso, toIsoDate } from '@shared/domain/dates';
import { type PlanMilestone, reviewHorizon, reviewStatus } from '@shared/domain/plan';
import { minChartPoints } from '@shared/domain/progress';
import { indexMilestoneRecord } from '@shared/domain/progress/milestone-series';
import type { ServiceContext } from './context';
import { gatherDashboardInput } from './dashboard';
import type { HandlerMap } from './handlers';
import { toSummary, toVersion } from './plan-versions';
import { agendaBriefLine } from './workspace';

/** The week view covers the 7 days after today (today has its own list). */
const WEEK_DAYS = 7;

const came = (value: string) => value === 'present' || value === 'late';

function attendanceOf(session: ClinicalSession): PlanReview['sessions'][number]['attendance'] {
  if (session.outcome !== 'held') return 'missed';
  const a = came(session.attendance.A);
  const b = came(session.attendance.B);
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
      const activeRow = s.plans.activeFor(coupleId);
      const since = activeRow?.signed_at ?? null;
      const sinceDate = since ? toIsoDate(new Date(since)) : null;

      const sessions = s.sessions
        .listForCouple(coupleId)
        .filter((session) => sinceDate === null || session.date > sinceDate)
        // A booking has not happened (or its outcome is still to record): not part of what changed.
        .filter((session) => session.outcome !== 'booked')
        .reverse();
      const due = sessions.filter(wasDue);
      const flags = s.assessments.listFlags({ coupleId, openOnly: false });
      const document = activeRow ? toVersion(activeRow).document : null;
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
        active: activeRow ? toSummary(activeRow) : null,
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
        events: s.record.eventsAfter(coupleId, sinceDate),
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
      };
    },

    'today:overview': () => {
      const s = ctx.session();
      const now = ctx.clock();
      const today = toIsoDate(now);
      const dayAgo = new Date(now.getTime() - 24 * 3_600_000).toISOString();
      const reviews = s.today.reviewsDue(reviewHorizon(today)).map(({ sortKey: _sortKey, ...row }) => {
        const due = reviewStatus(row.reviewDate, today);
        const status = due === 'overdue' ? due : row.relapseOn ? ('relapse' as const) : ('dueSoon' as const);
        return { ...row, status };
      });
      const safetyFlags = s.today.openFlagCouples().flatMap(({ flagId, coupleId, displayName }) => {
        const flag = s.assessments.getFlag(flagId);
        return flag ? [{ coupleId, displayName, flag }] : [];
      });
      const unsignedNotes = s.today.unsignedNotes(dayAgo);
      const booked = s.today.bookedBetween(today, addDaysIso(today, WEEK_DAYS));
      const todaySessions = booked
        .filter((row) => row.date === today)
        .map((row) => ({ ...row, brief: agendaBriefLine(s, row.sessionId, today) }));
      const week = groupByDay(booked, addDaysIso(today, 1), WEEK_DAYS);
      // The same list as `sessions:toRecord`, shaped as agenda items.
      const toRecord = s.sessions.listToRecord(today).map((session) => ({
        sessionId: session.id,
        coupleId: session.coupleId,
        displayName: session.coupleName,
        date: session.date,
        startTime: session.startTime,
        durationMinutes: session.durationMinutes,
        type: session.type,
        place: session.place,
      }));
      const notSeen = s.today
        .couplesLastSeen(today)
        .filter((couple) => isNotSeen(couple, today))
        .map(({ coupleId, displayName, lastHeld }) => ({ coupleId, displayName, lastSeen: lastHeld }));
      s.audit.record('today.viewed', undefined, {
        reviews: reviews.length,
        safetyFlags: safetyFlags.length,
        unsignedNotes: unsignedNotes.length,
        todaySessions: todaySessions.length,
        toRecord: toRecord.length,
        notSeen: notSeen.length,
      });
      return { today, todaySessions, toRecord, week, notSeen, reviews, safetyFlags, unsignedNotes };
    },
  } satisfies HandlerMap<'plans:review' | 'today:overview'>;
}

import { notFound } from '@core/errors';
import type { Session } from '@core/session';
import type { dashboardContract } from '@shared/contract/dashboard';
import { partnerCallName } from '@shared/domain/couple';
import { buildDashboard, type DashboardInput } from '@shared/domain/dashboard';
import { toIsoDate } from '@shared/domain/dates';
import { withRecordedRelapses } from '@shared/domain/progress';
import type { ServiceContext } from './context';
import type { HandlerMap } from './handlers';

/**
 * The couple's whole record as the pure dashboard builder takes it. Progress reports use
 * the same gathering, so a printed chart is drawn from exactly what the screen shows.
 */
export function gatherDashboardInput(
  s: Session,
  coupleId: string,
  today: string,
  maxPoints: number,
): DashboardInput {
  const couple = s.couples.get(coupleId);
  if (!couple) throw notFound('couple');
  const assessments = s.assessments
    .listForCouple(coupleId)
    .flatMap((summary) => {
      const a = s.assessments.get(summary.id);
      return a
        ? [{ assessedOn: a.assessedOn, ratings: { A: a.partnerA.ratings, B: a.partnerB.ratings } }]
        : [];
    })
    .reverse();
  const versions = s.plans.listForCouple(coupleId);
  const events = s.timeline.eventsAfter(coupleId, null);
  const active = s.plans.activeFor(coupleId);
  return {
    today,
    assessments,
    sessions: s.sessions.listForCouple(coupleId),
    plan: active?.signedAt ? { document: active.document, signedAt: active.signedAt } : null,
    planSignings: versions
      .flatMap((version) => (version.signedAt ? [toIsoDate(new Date(version.signedAt))] : []))
      .sort(),
    measurements: s.measurements.points(coupleId),
    // A recorded relapse is a day of use on every screen and report (see withRecordedRelapses).
    calendar: withRecordedRelapses(
      s.calendar.days(coupleId, '0000-01-01', today),
      events.filter((event) => event.occurredOn <= today),
    ),
    events,
    openSafetyFlags: s.safety.list({ coupleId, openOnly: true }).length,
    homework: s.homework.list(coupleId),
    names: { A: partnerCallName(couple.partnerA), B: partnerCallName(couple.partnerB) },
    maxPoints,
  };
}

export function createDashboardHandlers(ctx: ServiceContext) {
  return {
    /** Gathers the couple's record and hands it to the pure dashboard builder in shared/domain. */
    'dashboard:get': ({ coupleId, maxPoints }) => {
      const s = ctx.session();
      if (!s.couples.get(coupleId)) throw notFound('couple');
      const dashboard = buildDashboard(gatherDashboardInput(s, coupleId, toIsoDate(ctx.clock()), maxPoints));
      s.audit.record('dashboard.viewed', { entity: 'couple', id: coupleId }, { coupleId });
      return dashboard;
    },
  } satisfies HandlerMap<keyof typeof dashboardContract>;
}

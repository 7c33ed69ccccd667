import type { Session } from '@core/session';
import type { todayContract } from '@shared/contract/today';
import { groupByDay, isNotSeen } from '@shared/domain/agenda';
import { addDaysIso, toIsoDate } from '@shared/domain/dates';
import { reviewHorizon, reviewStatus } from '@shared/domain/plan';
import { reliableDeteriorations } from '@shared/domain/questionnaires';
import type { ServiceContext } from './context';
import type { HandlerMap } from './handlers';
import { coupleTrajectories, questionnairesDueAt } from './questionnaires';
import { agendaBriefLine } from './workspace';

/** The week view covers the 7 days after today (today has its own list). */
const WEEK_DAYS = 7;

/** Private answers not yet reviewed, one line per couple, partner and day; risk first. */
function unreviewedByPartner(s: Session) {
  const lines = new Map<
    string,
    {
      coupleId: string;
      displayName: string;
      partner: 'A' | 'B';
      answeredOn: string;
      count: number;
      risk: boolean;
    }
  >();
  for (const response of s.questionnaires.listUnreviewed()) {
    const key = `${response.coupleId}/${response.partner}/${response.answeredOn}`;
    const line = lines.get(key) ?? {
      coupleId: response.coupleId,
      displayName: s.couples.get(response.coupleId)?.displayName ?? '',
      partner: response.partner,
      answeredOn: response.answeredOn,
      count: 0,
      risk: false,
    };
    line.count += 1;
    line.risk ||= response.riskAnswers.length > 0;
    lines.set(key, line);
  }
  return [...lines.values()].sort((x, y) => Number(y.risk) - Number(x.risk));
}

export function createTodayHandlers(ctx: ServiceContext) {
  return {
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
        const flag = s.safety.get(flagId);
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
      const questionnairesDue = todaySessions.flatMap((row) => {
        const session = s.sessions.get(row.sessionId);
        if (!session) return [];
        const due = questionnairesDueAt(s, session);
        const items = [...due.A, ...due.B];
        return items.length > 0
          ? [{ sessionId: row.sessionId, coupleId: row.coupleId, displayName: row.displayName, items }]
          : [];
      });
      const withResponses = s.questionnaires.couplesWithResponses();
      const deteriorations = withResponses.flatMap(({ coupleId, displayName }) =>
        reliableDeteriorations(coupleTrajectories(s, coupleId)).map((d) => ({ coupleId, displayName, ...d })),
      );
      const unreviewedResponses = unreviewedByPartner(s);
      s.audit.record('today.viewed', undefined, {
        reviews: reviews.length,
        safetyFlags: safetyFlags.length,
        unsignedNotes: unsignedNotes.length,
        todaySessions: todaySessions.length,
        toRecord: toRecord.length,
        notSeen: notSeen.length,
      });
      return {
        today,
        todaySessions,
        toRecord,
        week,
        notSeen,
        reviews,
        safetyFlags,
        questionnairesDue,
        deteriorations,
        unreviewedResponses,
        unsignedNotes,
      };
    },
  } satisfies HandlerMap<keyof typeof todayContract>;
}

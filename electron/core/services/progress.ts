import { randomUUID } from 'node:crypto';
import type { CalendarDay, Measurement, progressContract } from '../../../shared/contract/progress';
import { addDaysIso, toIsoDate } from '../../../shared/domain/dates';
import { walkPlan } from '../../../shared/domain/plan';
import { CoreFailure, notFound } from '../errors';
import type { Session } from '../session';
import type { ServiceContext } from './context';
import type { HandlerMap } from './handlers';
import { toVersion } from './plan-versions';

function requireCouple(s: Session, coupleId: string): void {
  if (!s.couples.get(coupleId)) throw notFound('couple');
}

/** Measurements hang on milestone keys, which survive plan revisions: any version's milestone counts. */
function requireMilestone(s: Session, coupleId: string, key: string): void {
  for (const row of s.plans.listForCouple(coupleId)) {
    for (const walked of walkPlan(toVersion(row).document)) {
      if (walked.kind === 'milestone' && walked.item.key === key) return;
    }
  }
  throw notFound('milestone');
}

function fieldErrors(fields: Record<string, string>): CoreFailure {
  return new CoreFailure('validation', 'Some fields need attention.', { fields });
}

function checkMeasurement(
  s: Session,
  coupleId: string,
  input: { measuredOn: string; sessionId: string | null },
  today: string,
): void {
  if (input.measuredOn > today) throw fieldErrors({ measuredOn: 'The date cannot be in the future' });
  if (input.sessionId) {
    const session = s.sessions.get(input.sessionId);
    if (!session || session.coupleId !== coupleId) {
      throw fieldErrors({ sessionId: 'Choose one of this couple’s sessions' });
    }
  }
}

const changedFields = (before: Measurement, after: Partial<Measurement>) =>
  (['measuredOn', 'value', 'comment', 'sessionId'] as const).filter(
    (f) => f in after && after[f] !== before[f],
  );

export function createProgressHandlers(ctx: ServiceContext) {
  const today = () => toIsoDate(ctx.clock());
  const now = () => ctx.clock().toISOString();

  return {
    'measurements:list': ({ coupleId, milestoneKey }) => {
      const s = ctx.session();
      requireCouple(s, coupleId);
      s.audit.record('measurement.listed', { entity: 'couple', id: coupleId }, { coupleId });
      return { items: s.progress.listMeasurements(coupleId, milestoneKey) };
    },

    'measurements:create': (input) => {
      const s = ctx.session();
      requireCouple(s, input.coupleId);
      requireMilestone(s, input.coupleId, input.milestoneKey);
      checkMeasurement(s, input.coupleId, input, today());
      const id = randomUUID();
      s.db.transaction(() => {
        s.progress.insertMeasurement({ id, ...input }, now());
        s.audit.record(
          'measurement.created',
          { entity: 'measurement', id },
          { coupleId: input.coupleId, source: input.source },
        );
      })();
      return s.progress.getMeasurement(id) as Measurement;
    },

    'measurements:update': ({ id, ...fields }) => {
      const s = ctx.session();
      const before = s.progress.getMeasurement(id);
      if (!before) throw notFound('measurement');
      checkMeasurement(s, before.coupleId, fields, today());
      if (before.source === 'sessionObservation' && !fields.sessionId) {
        throw fieldErrors({ sessionId: 'Choose the session the observation was made in' });
      }
      s.db.transaction(() => {
        s.progress.updateMeasurement(id, fields, now());
        // Which fields changed, never their values: the log stays free of clinical content.
        s.audit.record(
          'measurement.updated',
          { entity: 'measurement', id },
          { coupleId: before.coupleId, fields: changedFields(before, fields) },
        );
      })();
      return s.progress.getMeasurement(id) as Measurement;
    },

    /**
     * A paper log typed in a week at a time. A value for a day that already has one from the
     * same source replaces it (the log was re-entered); a blank leaves the day as it was.
     */
    'measurements:recordWeek': ({ coupleId, milestoneKey, source, weekStart, values }) => {
      const s = ctx.session();
      requireCouple(s, coupleId);
      requireMilestone(s, coupleId, milestoneKey);
      const errors: Record<string, string> = {};
      values.forEach((value, i) => {
        if (value !== null && addDaysIso(weekStart, i) > today())
          errors[`values.${i}`] = 'This day is in the future';
      });
      if (Object.keys(errors).length > 0) throw fieldErrors(errors);
      const existing = new Map(
        s.progress
          .listMeasurements(coupleId, milestoneKey)
          .filter((m) => m.source === source)
          .map((m) => [m.measuredOn, m]),
      );
      const ids: string[] = [];
      s.db.transaction(() => {
        values.forEach((value, i) => {
          if (value === null) return;
          const measuredOn = addDaysIso(weekStart, i);
          const previous = existing.get(measuredOn);
          if (previous) {
            s.progress.updateMeasurement(previous.id, { ...previous, value }, now());
            ids.push(previous.id);
          } else {
            const id = randomUUID();
            s.progress.insertMeasurement(
              { id, coupleId, milestoneKey, source, measuredOn, value, comment: null, sessionId: null },
              now(),
            );
            ids.push(id);
          }
        });
        s.audit.record(
          'measurement.created',
          { entity: 'couple', id: coupleId },
          {
            coupleId,
            source,
            days: ids.length,
          },
        );
      })();
      return { items: ids.map((id) => s.progress.getMeasurement(id) as Measurement) };
    },

    'calendar:get': ({ coupleId, from, to }) => {
      const s = ctx.session();
      requireCouple(s, coupleId);
      s.audit.record('calendar.viewed', { entity: 'couple', id: coupleId }, { coupleId });
      return { days: s.progress.days(coupleId, from, to) };
    },

    'calendar:save': ({ coupleId, days }) => {
      const s = ctx.session();
      requireCouple(s, coupleId);
      const errors: Record<string, string> = {};
      const seen = new Set<string>();
      days.forEach((day, i) => {
        if (day.date > today()) errors[`days.${i}.date`] = 'This day is in the future';
        if (seen.has(day.date)) errors[`days.${i}.date`] = 'This day is listed twice';
        seen.add(day.date);
      });
      if (Object.keys(errors).length > 0) throw fieldErrors(errors);

      const useDays: { date: string; partner: 'A' | 'B' }[] = [];
      s.db.transaction(() => {
        for (const day of days) {
          const before: CalendarDay | null = s.progress.getDay(coupleId, day.date);
          s.progress.upsertDay(coupleId, day, now());
          for (const partner of ['A', 'B'] as const) {
            if (day.abstinence[partner] !== 'no' || before?.abstinence[partner] === 'no') continue;
            // A use day is a relapse on the timeline; Today then flags the plan for review.
            const id = randomUUID();
            s.record.insertEvent({
              id,
              coupleId,
              occurredOn: day.date,
              kind: 'relapse',
              partner,
              description: 'Use recorded on the recovery calendar.',
              createdAt: now(),
            });
            s.audit.record('event.created', { entity: 'event', id }, { coupleId, kind: 'relapse' });
            useDays.push({ date: day.date, partner });
          }
        }
        s.audit.record('calendar.saved', { entity: 'couple', id: coupleId }, { coupleId, days: days.length });
      })();
      return { saved: days.length, useDays };
    },
  } satisfies HandlerMap<keyof typeof progressContract>;
}

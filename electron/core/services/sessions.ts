import { randomUUID } from 'node:crypto';
import { CoreFailure, notFound } from '@core/errors';
import type { BookingClash, Session, SessionFields, sessionsContract } from '@shared/contract/sessions';
import { bookingDates, overlaps } from '@shared/domain/bookings';
import { toIsoDate } from '@shared/domain/dates';
import { futureSessionErrors } from '@shared/domain/session-date';
import type { ServiceContext } from './context';
import type { HandlerMap } from './handlers';

export function createSessionsHandlers(ctx: ServiceContext) {
  function load(id: string): Session {
    const session = ctx.session().sessions.get(id);
    if (!session) throw notFound('session');
    return session;
  }
  function requireCouple(coupleId: string): void {
    if (!ctx.session().couples.get(coupleId)) throw notFound('couple');
  }
  /** The core's clock decides what "today" is: a renderer's own date is not trusted. */
  function refuseFutureClaims(fields: SessionFields): void {
    const errors = futureSessionErrors(fields, toIsoDate(ctx.clock()));
    if (Object.keys(errors).length > 0) {
      throw new CoreFailure('validation', 'Some fields need attention.', { fields: errors });
    }
  }

  function refuse(field: string, message: string): never {
    throw new CoreFailure('validation', 'Some fields need attention.', { fields: { [field]: message } });
  }

  /**
   * Saves what happened at a session. One that did not take place (canceled, no-show) can
   * hold no homework review: reviews recorded in it go back to "not reviewed yet", to be
   * reviewed at the next session, so consistency and wins never count a review that never was.
   */
  function writeOutcome(
    id: string,
    fields: SessionFields,
    action: 'session.updated' | 'session.outcome_recorded',
  ): void {
    const s = ctx.session();
    s.db.transaction(() => {
      const now = ctx.clock().toISOString();
      s.sessions.update(id, fields, now);
      s.audit.record(action, { entity: 'session', id }, { coupleId: fields.coupleId });
      if (fields.outcome !== 'held' && s.homework.reopenReviewsIn(id, now) > 0)
        s.audit.record('homework.reopened', { entity: 'session', id }, { coupleId: fields.coupleId });
    })();
  }

  return {
    'sessions:create': (fields) => {
      const s = ctx.session();
      requireCouple(fields.coupleId);
      refuseFutureClaims(fields);
      const id = randomUUID();
      s.db.transaction(() => {
        s.sessions.insert(id, fields, ctx.clock().toISOString());
        s.audit.record('session.created', { entity: 'session', id }, { coupleId: fields.coupleId });
      })();
      return load(id);
    },
    'sessions:update': ({ id, ...fields }) => {
      const before = load(id);
      if (before.coupleId !== fields.coupleId) throw notFound('session');
      if (before.outcome === 'booked') {
        // Editing a booking as if it had happened would skip the outcome rules below.
        throw new CoreFailure('validation', 'This session is booked: record its outcome instead.');
      }
      if (before.noteStatus === 'signed') {
        throw new CoreFailure(
          'validation',
          'This session’s note is signed, so the session details cannot change. Add an addendum to the note instead.',
        );
      }
      refuseFutureClaims(fields);
      writeOutcome(id, fields, 'session.updated');
      return load(id);
    },
    'sessions:book': ({ repeat, ...slot }) => {
      const s = ctx.session();
      requireCouple(slot.coupleId);
      const today = toIsoDate(ctx.clock());
      if (slot.date < today) {
        refuse('date', 'This date is before today: record the session instead of booking it');
      }
      const dates = bookingDates(slot.date, repeat);
      const seriesId = repeat ? randomUUID() : null;
      const ids = dates.map(() => randomUUID());
      // Read before writing: a series never clashes with itself (its dates are a week apart).
      const existing = s.sessions.listTimedOnDates(dates);
      s.db.transaction(() => {
        const now = ctx.clock().toISOString();
        dates.forEach((date, index) => {
          const id = ids[index] as string;
          s.sessions.insertBooking(id, { ...slot, date }, seriesId, now);
          s.audit.record('session.booked', { entity: 'session', id }, { coupleId: slot.coupleId });
        });
      })();
      const clashes: BookingClash[] = [];
      dates.forEach((date, index) => {
        const mine = { date, startTime: slot.startTime, durationMinutes: slot.durationMinutes };
        for (const other of existing) {
          if (!overlaps(mine, other) || other.startTime === null) continue;
          clashes.push({
            sessionId: ids[index] as string,
            date,
            startTime: slot.startTime,
            other: {
              sessionId: other.id,
              coupleId: other.coupleId,
              coupleName: other.coupleName,
              startTime: other.startTime,
              durationMinutes: other.durationMinutes,
            },
          });
        }
      });
      return { items: ids.map(load), clashes };
    },
    'sessions:recordOutcome': ({ id, ...fields }) => {
      const before = load(id);
      if (before.coupleId !== fields.coupleId) throw notFound('session');
      if (before.outcome !== 'booked') {
        throw new CoreFailure(
          'validation',
          'This session’s outcome is already recorded: edit the session instead.',
        );
      }
      refuseFutureClaims(fields);
      if (fields.outcome === 'cancelled') {
        // Who cancelled and how much notice decide whether the cancellation counts as missed.
        if (!fields.cancelledBy) refuse('cancelledBy', 'Say who canceled the session');
        if (fields.noticeHours === null) refuse('noticeHours', 'Enter how many hours of notice were given');
      }
      writeOutcome(id, fields, 'session.outcome_recorded');
      return load(id);
    },
    'sessions:toRecord': () => ({ items: ctx.session().sessions.listToRecord(toIsoDate(ctx.clock())) }),
    'sessions:get': ({ id }) => load(id),
    'sessions:list': ({ coupleId }) => {
      requireCouple(coupleId);
      return { items: ctx.session().sessions.listForCouple(coupleId) };
    },
  } satisfies HandlerMap<keyof typeof sessionsContract>;
}

import { randomUUID } from 'node:crypto';
import type { Session, SessionFields, sessionsContract } from '../../../shared/contract/sessions';
import { toIsoDate } from '../../../shared/domain/dates';
import { futureSessionErrors } from '../../../shared/domain/session-date';
import { CoreFailure, notFound } from '../errors';
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
      const s = ctx.session();
      const before = load(id);
      if (before.coupleId !== fields.coupleId) throw notFound('session');
      if (before.noteStatus === 'signed') {
        throw new CoreFailure(
          'validation',
          'This session’s note is signed, so the session details cannot change. Add an addendum to the note instead.',
        );
      }
      refuseFutureClaims(fields);
      s.db.transaction(() => {
        s.sessions.update(id, fields, ctx.clock().toISOString());
        s.audit.record('session.updated', { entity: 'session', id }, { coupleId: fields.coupleId });
      })();
      return load(id);
    },
    'sessions:get': ({ id }) => load(id),
    'sessions:list': ({ coupleId }) => {
      requireCouple(coupleId);
      return { items: ctx.session().sessions.listForCouple(coupleId) };
    },
  } satisfies HandlerMap<keyof typeof sessionsContract>;
}

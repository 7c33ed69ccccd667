import { randomUUID } from 'node:crypto';
import type { Session, sessionsContract } from '../../../shared/contract/sessions';
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

  return {
    'sessions:create': (fields) => {
      const s = ctx.session();
      requireCouple(fields.coupleId);
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

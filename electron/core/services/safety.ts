import { notFound } from '@core/errors';
import type { SafetyFlag, safetyContract } from '@shared/contract/safety';
import type { ServiceContext } from './context';
import type { HandlerMap } from './handlers';

export function createSafetyHandlers(ctx: ServiceContext) {
  return {
    'safety:list': ({ coupleId, openOnly }) => ({
      items: ctx.session().safety.list({ coupleId, openOnly }),
    }),

    'safety:resolve': ({ id, resolution }) => {
      const session = ctx.session();
      const flag = session.safety.get(id);
      if (!flag) throw notFound('safety flag');
      if (flag.resolvedAt) return flag;
      session.db.transaction(() => {
        session.safety.resolve(id, resolution, ctx.clock().toISOString());
        session.audit.record(
          'safety.flag_resolved',
          { entity: 'safety_flag', id },
          { coupleId: flag.coupleId },
        );
      })();
      return session.safety.get(id) as SafetyFlag;
    },
  } satisfies HandlerMap<keyof typeof safetyContract>;
}

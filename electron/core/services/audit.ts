import type { auditContract } from '@shared/contract/audit';
import type { ServiceContext } from './context';
import type { HandlerMap } from './handlers';

export function createAuditHandlers(ctx: ServiceContext) {
  return {
    'audit:list': (filter) => ({
      items: ctx
        .session()
        .audit.list(filter)
        .map((entry) => ({
          ...entry,
          coupleId:
            entry.entity === 'couple'
              ? entry.entityId
              : typeof entry.detail?.coupleId === 'string'
                ? entry.detail.coupleId
                : null,
        })),
    }),
  } satisfies HandlerMap<keyof typeof auditContract>;
}

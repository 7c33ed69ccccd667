import { randomUUID } from 'node:crypto';
import { CoreFailure, notFound } from '@core/errors';
import type { Consent, consentsContract } from '@shared/contract/consents';
import { formatIsoDate, toIsoDate } from '@shared/domain/dates';
import type { ServiceContext } from './context';
import type { HandlerMap } from './handlers';

function refuse(field: string, message: string): never {
  throw new CoreFailure('validation', 'Some fields need attention.', { fields: { [field]: message } });
}

/**
 * 42 CFR Part 2 consents: recorded as signed, revoked once, never edited or deleted (the
 * migration's triggers hold that too). The contract checks each field and the dates against
 * each other; here the dates are checked against today, which only the core's clock knows.
 * The audit log records ids and the partner, never the recipient's name or the purpose.
 */
export function createConsentsHandlers(ctx: ServiceContext) {
  const today = () => toIsoDate(ctx.clock());

  return {
    'consents:list': ({ coupleId }) => {
      const s = ctx.session();
      if (!s.couples.get(coupleId)) throw notFound('couple');
      const items = s.consents.list(coupleId);
      s.audit.record('consent.listed', { entity: 'couple', id: coupleId }, { count: items.length });
      return { items };
    },

    'consents:record': (input) => {
      const s = ctx.session();
      if (!s.couples.get(input.coupleId)) throw notFound('couple');
      if (input.signedOn > today()) {
        refuse('signedOn', 'The date signed cannot be in the future: record the consent once it is signed');
      }
      const consent: Consent = {
        id: randomUUID(),
        coupleId: input.coupleId,
        partner: input.partner,
        recipientKind: input.recipientKind,
        // The couple is named by the record; a name typed for them is kept as written.
        recipientName: input.recipientName,
        purpose: input.purpose,
        scope: input.scope,
        signedOn: input.signedOn,
        expiresOn: input.expiresOn,
        expiryEvent: input.expiryEvent,
        revokedOn: null,
        createdAt: ctx.clock().toISOString(),
      };
      s.db.transaction(() => {
        s.consents.insert(consent);
        s.audit.record(
          'consent.recorded',
          { entity: 'consent', id: consent.id },
          { coupleId: consent.coupleId, partner: consent.partner, recipient: consent.recipientKind },
        );
      })();
      return consent;
    },

    'consents:revoke': ({ id, revokedOn }) => {
      const s = ctx.session();
      const consent = s.consents.get(id);
      if (!consent) throw notFound('consent');
      if (consent.revokedOn !== null) {
        throw new CoreFailure(
          'conflict',
          `This consent was already revoked on ${formatIsoDate(consent.revokedOn)}.`,
        );
      }
      if (revokedOn < consent.signedOn) {
        refuse(
          'revokedOn',
          `A consent cannot be revoked before it was signed (${formatIsoDate(consent.signedOn)})`,
        );
      }
      if (revokedOn > today()) refuse('revokedOn', 'The date revoked cannot be in the future');
      s.db.transaction(() => {
        s.consents.revoke(id, revokedOn);
        s.audit.record(
          'consent.revoked',
          { entity: 'consent', id },
          { coupleId: consent.coupleId, partner: consent.partner },
        );
      })();
      return { ...consent, revokedOn };
    },
  } satisfies HandlerMap<keyof typeof consentsContract>;
}

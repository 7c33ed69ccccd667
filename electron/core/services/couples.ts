import { randomUUID } from 'node:crypto';
import type { CoupleIndexing } from '@core/db/repos/couples';
import { CoreFailure, notFound } from '@core/errors';
import type { Session } from '@core/session';
import type { Couple, CoupleFields, couplesContract, PartnerFields } from '@shared/contract/couples';
import { toIsoDate, yearsBetween } from '@shared/domain/dates';
import { foldForSearch } from '@shared/domain/text';
import type { ServiceContext } from './context';
import type { HandlerMap } from './handlers';

const OLDEST_AGE_YEARS = 120;

/**
 * Date rules that need today's date, so they cannot live in the static contract schema:
 * nobody is born in the future or more than 120 years ago, and sobriety cannot start
 * tomorrow. Reported as field errors like the schema's own.
 */
function checkDates(fields: CoupleFields, today: string): void {
  const errors: Record<string, string> = {};
  for (const position of ['A', 'B'] as const) {
    const partner: PartnerFields = position === 'A' ? fields.partnerA : fields.partnerB;
    const prefix = `partner${position}`;
    if (partner.dateOfBirth) {
      if (partner.dateOfBirth > today)
        errors[`${prefix}.dateOfBirth`] = 'Date of birth cannot be in the future';
      else if (yearsBetween(partner.dateOfBirth, today) > OLDEST_AGE_YEARS)
        errors[`${prefix}.dateOfBirth`] = 'Check the year: that date of birth is more than 120 years ago';
    }
    if (partner.sobrietyDate) {
      if (partner.sobrietyDate > today)
        errors[`${prefix}.sobrietyDate`] = 'Sobriety date cannot be in the future';
      else if (partner.dateOfBirth && partner.sobrietyDate < partner.dateOfBirth)
        errors[`${prefix}.sobrietyDate`] = 'Sobriety date cannot be before the date of birth';
    }
  }
  if (Object.keys(errors).length > 0) {
    throw new CoreFailure('validation', 'Some fields need attention.', { fields: errors });
  }
}

function indexing(fields: CoupleFields): CoupleIndexing {
  const names = [fields.partnerA, fields.partnerB].flatMap((p) => [
    p.firstName,
    p.preferredName ?? '',
    p.lastName,
  ]);
  return {
    searchText: foldForSearch([fields.displayName, ...names].join(' ')),
    sortKey: foldForSearch(fields.displayName),
  };
}

/** Puts the couple in the full-text index so the clinician's search finds couples and notes alike. */
export function indexForSearch(
  session: Session,
  id: string,
  fields: Pick<CoupleFields, 'displayName' | 'partnerA' | 'partnerB'>,
): void {
  const names = [fields.partnerA, fields.partnerB].map((p) =>
    [p.firstName, p.preferredName ?? '', p.lastName].join(' '),
  );
  session.search.index('couple', id, id, fields.displayName, names.join('\n'));
}

/** Names of the fields that changed, never their values (for the audit log). */
function changedFields(before: Couple, after: CoupleFields): string[] {
  const changed: string[] = [];
  for (const key of ['displayName', 'status', 'referralSource', 'startDate'] as const) {
    if (before[key] !== after[key]) changed.push(key);
  }
  for (const position of ['partnerA', 'partnerB'] as const) {
    const old = before[position];
    const next = after[position];
    for (const key of Object.keys(next) as (keyof PartnerFields)[]) {
      if (JSON.stringify(old[key]) !== JSON.stringify(next[key])) changed.push(`${position}.${key}`);
    }
  }
  return changed;
}

export function createCouplesHandlers(ctx: ServiceContext) {
  function load(id: string): Couple {
    const couple = ctx.session().couples.get(id);
    if (!couple) throw notFound('couple');
    return couple;
  }

  return {
    'couples:create': (fields) => {
      const now = ctx.clock();
      checkDates(fields, toIsoDate(now));
      const session = ctx.session();
      const id = randomUUID();
      session.db.transaction(() => {
        session.couples.insert(
          { couple: id, partnerA: randomUUID(), partnerB: randomUUID() },
          fields,
          indexing(fields),
          now.toISOString(),
        );
        indexForSearch(session, id, fields);
        session.audit.record('couple.created', { entity: 'couple', id });
      })();
      return load(id);
    },

    'couples:list': ({ query, status, limit }) => {
      const folded = query ? foldForSearch(query) : '';
      return ctx.session().couples.list({ foldedQuery: folded || null, status, limit });
    },

    'couples:get': ({ id }) => {
      const couple = load(id);
      ctx.session().audit.record('couple.viewed', { entity: 'couple', id });
      return couple;
    },

    'couples:update': ({ id, ...fields }) => {
      const now = ctx.clock();
      checkDates(fields, toIsoDate(now));
      const session = ctx.session();
      const before = load(id);
      const changed = changedFields(before, fields);
      if (changed.length === 0) return before;
      const archivedAt = fields.status === 'archived' ? (before.archivedAt ?? now.toISOString()) : null;
      session.db.transaction(() => {
        session.couples.update(id, fields, indexing(fields), now.toISOString(), archivedAt);
        indexForSearch(session, id, fields);
        session.audit.record('couple.updated', { entity: 'couple', id }, { fields: changed });
      })();
      return load(id);
    },

    'couples:archive': ({ id }) => {
      const session = ctx.session();
      const before = load(id);
      if (before.status === 'archived') return before;
      session.db.transaction(() => {
        session.couples.archive(id, ctx.clock().toISOString());
        session.audit.record('couple.archived', { entity: 'couple', id }, { previousStatus: before.status });
      })();
      return load(id);
    },
  } satisfies HandlerMap<keyof typeof couplesContract>;
}

import type { searchContract } from '@shared/contract/search';
import { formatIsoDate, isIsoDate } from '@shared/domain/dates';
import type { ServiceContext } from './context';
import type { HandlerMap } from './handlers';

/**
 * A result's title as the clinician reads it: the index keeps a note's session date as stored
 * (`Zoë & Łukasz · 2026-11-18`, so typing the ISO date still finds it), the list shows it in
 * the one date style (`Zoë & Łukasz · Nov 18, 2026`).
 */
export function searchTitle(indexed: string): string {
  return indexed.replace(/ · (\d{4}-\d{2}-\d{2})$/, (whole, date: string) =>
    isIsoDate(date) ? ` · ${formatIsoDate(date)}` : whole,
  );
}

export function createSearchHandlers(ctx: ServiceContext) {
  return {
    'search:query': ({ query, includeProcessNotes, limit }) => {
      const s = ctx.session();
      const items = s.search
        .query(query, { includeProcessNotes, limit })
        .map((item) => ({ ...item, title: searchTitle(item.title) }));
      s.audit.record('search.performed', undefined, { results: items.length, includeProcessNotes });
      return { items };
    },
  } satisfies HandlerMap<keyof typeof searchContract>;
}

import { randomUUID } from 'node:crypto';
import { notFound } from '@core/errors';
import { eventKindLabels, type recordContract, type TimelineItem } from '@shared/contract/record';
import { sessionTypeLabels } from '@shared/contract/sessions';
import { formatIsoDate, isIsoDate } from '@shared/domain/dates';
import type { ServiceContext } from './context';
import type { HandlerMap } from './handlers';

const OUTCOME_LABELS: Record<string, string> = {
  booked: ' (booked)',
  held: '',
  cancelled: ' (canceled)',
  noShow: ' (no-show)',
};

/** Labels come from coded fields only, so the timeline never repeats note text. */
function timelineLabel(item: Omit<TimelineItem, 'label'>): string {
  switch (item.kind) {
    case 'session': {
      const [type = '', outcome = ''] = (item.detail ?? '').split('|');
      return `${sessionTypeLabels[type as keyof typeof sessionTypeLabels] ?? 'Session'}${OUTCOME_LABELS[outcome] ?? ''}`;
    }
    case 'assessment': {
      const [kind = '', version = ''] = (item.detail ?? '').split('|');
      return `${kind === 'intake' ? 'Intake assessment' : 'Review assessment'} (version ${version})`;
    }
    case 'safetyFlag':
      return 'Safety flag raised';
    case 'safetyResolved':
      return 'Safety flag addressed';
    case 'planSigned':
      return `Treatment plan version ${item.detail ?? ''} signed`;
    case 'event':
      return eventKindLabels[item.detail as keyof typeof eventKindLabels] ?? 'Event';
  }
}

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

export function createRecordHandlers(ctx: ServiceContext) {
  return {
    'timeline:addEvent': (input) => {
      const s = ctx.session();
      if (!s.couples.get(input.coupleId)) throw notFound('couple');
      const id = randomUUID();
      s.db.transaction(() => {
        s.record.insertEvent({ id, ...input, createdAt: ctx.clock().toISOString() });
        s.audit.record(
          'event.created',
          { entity: 'event', id },
          { coupleId: input.coupleId, kind: input.kind },
        );
      })();
      return { id };
    },

    'timeline:get': ({ coupleId }) => {
      const s = ctx.session();
      if (!s.couples.get(coupleId)) throw notFound('couple');
      return {
        items: s.record.timeline(coupleId).map((item) => ({
          ...item,
          label: timelineLabel(item),
          // Reason codes of a flag are shown; free text never is.
          detail: item.kind === 'safetyFlag' ? item.detail : null,
        })),
      };
    },

    'search:query': ({ query, includeProcessNotes, limit }) => {
      const s = ctx.session();
      const items = s.record
        .search(query, { includeProcessNotes, limit })
        .map((item) => ({ ...item, title: searchTitle(item.title) }));
      s.audit.record('search.performed', undefined, { results: items.length, includeProcessNotes });
      return { items };
    },

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
  } satisfies HandlerMap<keyof typeof recordContract>;
}

import { randomUUID } from 'node:crypto';
import { notFound } from '@core/errors';
import { sessionTypeLabels } from '@shared/contract/sessions';
import { eventKindLabels, type TimelineItem, type timelineContract } from '@shared/contract/timeline';
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

export function createTimelineHandlers(ctx: ServiceContext) {
  return {
    'timeline:addEvent': (input) => {
      const s = ctx.session();
      if (!s.couples.get(input.coupleId)) throw notFound('couple');
      const id = randomUUID();
      s.db.transaction(() => {
        s.timeline.insertEvent({ id, ...input, createdAt: ctx.clock().toISOString() });
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
        items: s.timeline.timeline(coupleId).map((item) => ({
          ...item,
          label: timelineLabel(item),
          // Reason codes of a flag are shown; free text never is.
          detail: item.kind === 'safetyFlag' ? item.detail : null,
        })),
      };
    },
  } satisfies HandlerMap<keyof typeof timelineContract>;
}

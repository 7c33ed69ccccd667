import { randomUUID } from 'node:crypto';
import { invalidFields } from '@core/errors';
import type { CalendarDay, calendarContract } from '@shared/contract/calendar';
import { toIsoDate } from '@shared/domain/dates';
import type { ServiceContext } from './context';
import { requireCouple } from './guards';
import type { HandlerMap } from './handlers';

export function createCalendarHandlers(ctx: ServiceContext) {
  const today = () => toIsoDate(ctx.clock());
  const now = () => ctx.clock().toISOString();

  return {
    'calendar:get': ({ coupleId, from, to }) => {
      const s = ctx.session();
      requireCouple(s, coupleId);
      s.audit.record('calendar.viewed', { entity: 'couple', id: coupleId }, { coupleId });
      return { days: s.calendar.days(coupleId, from, to) };
    },

    'calendar:save': ({ coupleId, days }) => {
      const s = ctx.session();
      requireCouple(s, coupleId);
      const errors: Record<string, string> = {};
      const seen = new Set<string>();
      days.forEach((day, i) => {
        if (day.date > today()) errors[`days.${i}.date`] = 'This day is in the future';
        if (seen.has(day.date)) errors[`days.${i}.date`] = 'This day is listed twice';
        seen.add(day.date);
      });
      if (Object.keys(errors).length > 0) throw invalidFields(errors);

      const useDays: { date: string; partner: 'A' | 'B' }[] = [];
      s.db.transaction(() => {
        for (const day of days) {
          const before: CalendarDay | null = s.calendar.getDay(coupleId, day.date);
          s.calendar.upsertDay(coupleId, day, now());
          for (const partner of ['A', 'B'] as const) {
            if (day.abstinence[partner] !== 'no' || before?.abstinence[partner] === 'no') continue;
            // A use day is a relapse on the timeline; Today then flags the plan for review.
            const id = randomUUID();
            s.timeline.insertEvent({
              id,
              coupleId,
              occurredOn: day.date,
              kind: 'relapse',
              partner,
              description: 'Use recorded on the recovery calendar.',
              createdAt: now(),
            });
            s.audit.record('event.created', { entity: 'event', id }, { coupleId, kind: 'relapse' });
            useDays.push({ date: day.date, partner });
          }
        }
        s.audit.record('calendar.saved', { entity: 'couple', id: coupleId }, { coupleId, days: days.length });
      })();
      return { saved: days.length, useDays };
    },
  } satisfies HandlerMap<keyof typeof calendarContract>;
}

import { randomUUID } from 'node:crypto';
import { CoreFailure, invalidFields, notFound } from '@core/errors';
import type { Session } from '@core/session';
import type { Measurement, measurementsContract } from '@shared/contract/measurements';
import { addDaysIso, toIsoDate } from '@shared/domain/dates';
import {
  isDerived,
  milestoneMeasure,
  outOfScaleError,
  type PlanMilestone,
  sourceLabel,
  walkPlan,
} from '@shared/domain/plan';
import type { ServiceContext } from './context';
import { requireCouple } from './guards';
import type { HandlerMap } from './handlers';

/**
 * Measurements hang on milestone keys, which survive plan revisions: any version's milestone
 * counts. The milestone is read from the active plan first, then the draft, then the newest
 * version that has it, since its scale (what a value may be) is the one the clinician works to now.
 */
function requireMilestone(s: Session, coupleId: string, key: string): PlanMilestone {
  const versions = s.plans.listForCouple(coupleId);
  const order = [
    ...versions.filter((version) => version.status === 'active'),
    ...versions.filter((version) => version.status === 'draft'),
    ...versions.filter((version) => version.status === 'superseded'),
  ];
  for (const { id } of order) {
    // Read one document at a time: the milestone is usually in the first.
    const document = s.plans.get(id)?.document;
    if (!document) continue;
    for (const walked of walkPlan(document)) {
      if (walked.kind === 'milestone' && walked.item.key === key && 'method' in walked.item)
        return walked.item;
    }
  }
  throw notFound('milestone');
}

/**
 * A milestone measured from check-ins or the calendar takes no entries: its values are read
 * where they arise, and a typed copy would count the same rating twice. (Entries made before
 * sources existed are kept and still shown.)
 */
function refuseDerived(milestone: PlanMilestone): void {
  const { source } = milestoneMeasure(milestone);
  if (!isDerived(source)) return;
  throw new CoreFailure(
    'validation',
    `Nothing to enter: this milestone is measured from what is already recorded (${sourceLabel(source)}).`,
    { fields: { milestoneKey: 'Measured from check-ins or the recovery calendar: nothing to enter' } },
  );
}

/** The field error for a value outside the milestone's scale ("Enter a number from 0 to 10"), or null. */
function scaleError(milestone: PlanMilestone, value: number): string | null {
  return outOfScaleError(value, milestoneMeasure(milestone).scale);
}

function checkMeasurement(
  s: Session,
  coupleId: string,
  input: { measuredOn: string; sessionId: string | null },
  today: string,
): void {
  if (input.measuredOn > today) throw invalidFields({ measuredOn: 'The date cannot be in the future' });
  if (input.sessionId) {
    const session = s.sessions.get(input.sessionId);
    if (!session || session.coupleId !== coupleId) {
      throw invalidFields({ sessionId: 'Choose one of this couple’s sessions' });
    }
    // Nothing is observed in a booking until someone records that it took place.
    if (session.outcome === 'booked') {
      throw invalidFields({ sessionId: 'This session is booked: record its outcome first' });
    }
  }
}

const changedFields = (before: Measurement, after: Partial<Measurement>) =>
  (['measuredOn', 'value', 'comment', 'sessionId'] as const).filter(
    (f) => f in after && after[f] !== before[f],
  );

export function createMeasurementsHandlers(ctx: ServiceContext) {
  const today = () => toIsoDate(ctx.clock());
  const now = () => ctx.clock().toISOString();

  return {
    'measurements:list': ({ coupleId, milestoneKey }) => {
      const s = ctx.session();
      requireCouple(s, coupleId);
      s.audit.record('measurement.listed', { entity: 'couple', id: coupleId }, { coupleId });
      return { items: s.measurements.list(coupleId, milestoneKey) };
    },

    'measurements:create': (input) => {
      const s = ctx.session();
      requireCouple(s, input.coupleId);
      const milestone = requireMilestone(s, input.coupleId, input.milestoneKey);
      refuseDerived(milestone);
      const outOfScale = scaleError(milestone, input.value);
      if (outOfScale) throw invalidFields({ value: outOfScale });
      checkMeasurement(s, input.coupleId, input, today());
      const id = randomUUID();
      s.db.transaction(() => {
        s.measurements.insert({ id, ...input }, now());
        s.audit.record(
          'measurement.created',
          { entity: 'measurement', id },
          { coupleId: input.coupleId, source: input.source },
        );
      })();
      return s.measurements.get(id) as Measurement;
    },

    'measurements:update': ({ id, ...fields }) => {
      const s = ctx.session();
      const before = s.measurements.get(id);
      if (!before) throw notFound('measurement');
      // A value recorded before scales were checked is kept as it is: its date or comment can
      // still be corrected; a changed value must fit the milestone's scale.
      if (fields.value !== before.value) {
        const outOfScale = scaleError(
          requireMilestone(s, before.coupleId, before.milestoneKey),
          fields.value,
        );
        if (outOfScale) throw invalidFields({ value: outOfScale });
      }
      checkMeasurement(s, before.coupleId, fields, today());
      if (before.source === 'sessionObservation' && !fields.sessionId) {
        throw invalidFields({ sessionId: 'Choose the session the observation was made in' });
      }
      s.db.transaction(() => {
        s.measurements.update(id, fields, now());
        // Which fields changed, never their values: the log stays free of clinical content.
        s.audit.record(
          'measurement.updated',
          { entity: 'measurement', id },
          { coupleId: before.coupleId, fields: changedFields(before, fields) },
        );
      })();
      return s.measurements.get(id) as Measurement;
    },

    /**
     * A paper log typed in a week at a time. A value for a day that already has one from the
     * same source replaces it (the log was re-entered); a blank leaves the day as it was.
     */
    'measurements:recordWeek': ({ coupleId, milestoneKey, source, weekStart, values }) => {
      const s = ctx.session();
      requireCouple(s, coupleId);
      const milestone = requireMilestone(s, coupleId, milestoneKey);
      refuseDerived(milestone);
      const errors: Record<string, string> = {};
      values.forEach((value, i) => {
        if (value === null) return;
        const outOfScale = scaleError(milestone, value);
        if (addDaysIso(weekStart, i) > today()) errors[`values.${i}`] = 'This day is in the future';
        else if (outOfScale) errors[`values.${i}`] = outOfScale;
      });
      if (Object.keys(errors).length > 0) throw invalidFields(errors);
      const existing = new Map(
        s.measurements
          .list(coupleId, milestoneKey)
          .filter((m) => m.source === source)
          .map((m) => [m.measuredOn, m]),
      );
      const ids: string[] = [];
      s.db.transaction(() => {
        values.forEach((value, i) => {
          if (value === null) return;
          const measuredOn = addDaysIso(weekStart, i);
          const previous = existing.get(measuredOn);
          if (previous) {
            s.measurements.update(previous.id, { ...previous, value }, now());
            ids.push(previous.id);
          } else {
            const id = randomUUID();
            s.measurements.insert(
              { id, coupleId, milestoneKey, source, measuredOn, value, comment: null, sessionId: null },
              now(),
            );
            ids.push(id);
          }
        });
        s.audit.record(
          'measurement.created',
          { entity: 'couple', id: coupleId },
          {
            coupleId,
            source,
            days: ids.length,
          },
        );
      })();
      return { items: ids.map((id) => s.measurements.get(id) as Measurement) };
    },
  } satisfies HandlerMap<keyof typeof measurementsContract>;
}

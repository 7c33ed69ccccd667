import {
  type MilestoneEntry,
  measureScale,
  parseMeasure,
  planMilestones,
  scaleText,
} from '@renderer/features/measurements/milestones';
import { measurementsQuery, useMeasurementWrites } from '@renderer/features/measurements/queries';
import { couplePlanQuery } from '@renderer/features/plans/queries';
import { allQueries, QueryView } from '@renderer/ui/states';
import { TextField } from '@renderer/ui/TextField';
import { useForm } from '@renderer/ui/useForm';
import type { Measurement } from '@shared/contract/measurements';
import type { Session } from '@shared/contract/sessions';
import { toIsoDate } from '@shared/domain/dates';
import { milestoneMeasure } from '@shared/domain/plan';
import type { MilestoneMethod } from '@shared/domain/plan-engine/types';
import { formatValue } from '@shared/domain/progress/values';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';

/** What is entered in the session it belongs to (logs and feedback go on the measurements page). */
const inSession = new Set<MilestoneMethod>(['therapistEvaluation', 'sessionObservation']);

const methodLabels: Record<string, string> = {
  therapistEvaluation: 'Your evaluation',
  sessionObservation: 'Observed in session',
};

/**
 * Therapist evaluations and in-session observations, entered in the session they belong to:
 * one value per milestone of the active plan measured that way, saved with this session's id and
 * date. Only for a session that was held and is not in the future.
 */
export function SessionMeasures({ session }: { session: Session }) {
  const today = toIsoDate(new Date());
  if (session.outcome !== 'held' || session.date > today) return null;
  return <SessionMeasuresBody session={session} />;
}

function SessionMeasuresBody({ session }: { session: Session }) {
  const plan = useQuery(couplePlanQuery(session.coupleId));
  const measurements = useQuery(measurementsQuery(session.coupleId));
  return (
    <section className="panel session-measures" aria-labelledby="session-measures-title">
      <h2 id="session-measures-title" className="session-measures__title">
        Evaluations and observations in this session
      </h2>
      <p className="field__hint">
        Milestones of the active plan measured by your evaluation or by what you observed in session. Each
        value is saved with this session and its date.
      </p>
      <QueryView
        query={allQueries([plan, measurements])}
        loading="Loading the plan’s milestones…"
        errorTitle="The plan’s milestones could not be loaded"
      >
        {([planData, measurementsData]) => {
          const active = planData.active;
          const entries = active
            ? planMilestones(active.document).filter((entry) => {
                const { source } = milestoneMeasure(entry.milestone);
                return source.kind === 'entry' && inSession.has(source.method);
              })
            : [];
          if (entries.length === 0)
            return (
              <p className="muted">
                {active
                  ? 'The active plan has no milestone measured by your evaluation or by observation in session.'
                  : 'No signed plan yet: evaluations and observations are recorded against its milestones.'}
              </p>
            );
          return (
            <ul className="session-measures__list">
              {entries.map((entry, index) => (
                <SessionMeasureItem
                  key={entry.milestone.key}
                  index={index}
                  entry={entry}
                  session={session}
                  recorded={measurementsData.items.filter(
                    (m) => m.sessionId === session.id && m.milestoneKey === entry.milestone.key,
                  )}
                />
              ))}
            </ul>
          );
        }}
      </QueryView>
    </section>
  );
}

function SessionMeasureItem({
  index,
  entry,
  session,
  recorded,
}: {
  index: number;
  entry: MilestoneEntry;
  session: Session;
  recorded: readonly Measurement[];
}) {
  const { milestone, number } = entry;
  const { source } = milestoneMeasure(milestone);
  const method = source.kind === 'entry' ? source.method : milestone.method;
  const scale = measureScale(method, milestone);
  const name = `measures.${index}.value`;
  const [status, setStatus] = useState<string | null>(null);
  const writes = useMeasurementWrites(session.coupleId);
  const form = useForm<{ value: string }, number>({
    initial: { value: '' },
    validate: ({ value }) => {
      setStatus(null);
      const parsed = parseMeasure(value, scale);
      if (!parsed.ok) return { ok: false, errors: { [name]: parsed.message } };
      if (parsed.value === null) return { ok: false, errors: { [name]: `Enter ${scaleText(scale)}` } };
      return { ok: true, input: parsed.value };
    },
    save: async (parsed) => {
      try {
        await writes.create({
          coupleId: session.coupleId,
          milestoneKey: milestone.key,
          source: method,
          measuredOn: session.date,
          value: parsed,
          comment: null,
          sessionId: session.id,
        });
      } finally {
        writes.refresh();
      }
      form.setValues({ value: '' });
      setStatus(`Saved ${formatValue(parsed)}.`);
    },
    // The core names the value; it is this milestone's only field.
    placeErrors: (fields) => (fields.value ? { [name]: fields.value } : {}),
    // One small form per milestone in a list: focus stays on the button that was pressed.
    focus: 'none',
    failureMessage: 'The value could not be saved. Try again.',
  });
  return (
    <li className="session-measures__item">
      <form onSubmit={form.submit} noValidate className="session-measures__form">
        <p className="session-measures__milestone">
          <span className="measure-nav__number">{number}</span> {milestone.description || '(not described)'}
          <span className="muted"> · {methodLabels[method] ?? 'Entered in session'}</span>
        </p>
        <p className="session-measures__recorded">
          {recorded.length === 0
            ? 'Nothing recorded in this session yet.'
            : `Recorded in this session: ${recorded.map((m) => formatValue(m.value)).join(', ')}`}
        </p>
        <div className="session-measures__row">
          <TextField
            {...form.bind('value', { path: name })}
            label={scale.noun === 'rating' ? 'Rating' : 'Value'}
            inputMode="decimal"
            autoComplete="off"
            className="input--number"
            hint={`Enter ${scaleText(scale)}.`}
          />
          <button type="submit" className="button button--secondary" disabled={form.saving}>
            {form.saving ? 'Saving…' : 'Save'}
          </button>
        </div>
        {form.formError ? (
          <p className="notice notice--error" role="alert">
            {form.formError}
          </p>
        ) : null}
        <p className="form__status" role="status">
          {status}
        </p>
      </form>
    </li>
  );
}

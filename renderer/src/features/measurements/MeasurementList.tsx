import { formatInstantDate } from '@renderer/features/couples/format';
import { sessionTitle } from '@renderer/features/sessions/labels';
import { ErrorSummary } from '@renderer/ui/ErrorSummary';
import { fieldIds } from '@renderer/ui/fieldIds';
import { useForm } from '@renderer/ui/useForm';
import type { Measurement } from '@shared/contract/measurements';
import type { Session } from '@shared/contract/sessions';
import { formatIsoDate } from '@shared/domain/dates';
import type { PlanMilestone } from '@shared/domain/plan';
import { formatValue } from '@shared/domain/progress/values';
import { Fragment, useEffect, useRef, useState } from 'react';
import { type PartnerNames, sourceLabel } from './labels';
import { MeasurementValueFields } from './MeasurementValueFields';
import {
  EDIT_FIELD_ORDER,
  editValuesFrom,
  type MeasurementEditValues,
  type UpdateInput,
  validateMeasurementEdit,
} from './measurementForm';
import { measureScale, scaleText, usesRubric } from './milestones';
import { useMeasurementWrites } from './queries';
import { summaryItems } from './summary';

const COLUMNS = 6;

/** The milestone's measurements, newest first, each correctable in place (the core audits the edit). */
export function MeasurementList({
  coupleId,
  milestone,
  measurements,
  sessions,
  partnerNames,
}: {
  coupleId: string;
  milestone: PlanMilestone;
  measurements: readonly Measurement[];
  sessions: readonly Session[];
  partnerNames: PartnerNames;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  // An edit's confirmation, shown until the list changes (another measurement saved).
  const [status, setStatus] = useState<{ text: string; count: number } | null>(null);
  const returnFocus = useRef<string | null>(null);
  const sorted = [...measurements].sort((a, b) =>
    a.measuredOn === b.measuredOn
      ? a.createdAt < b.createdAt
        ? 1
        : -1
      : a.measuredOn < b.measuredOn
        ? 1
        : -1,
  );
  const sessionById = new Map(sessions.map((s) => [s.id, s]));

  useEffect(() => {
    if (editing === null && returnFocus.current) {
      document.getElementById(`edit-measurement-${returnFocus.current}`)?.focus();
      returnFocus.current = null;
    }
  }, [editing]);

  const close = (id: string, message: string | null) => {
    returnFocus.current = id;
    setStatus(message ? { text: message, count: measurements.length } : null);
    setEditing(null);
  };

  return (
    <section className="panel measure-list" aria-labelledby="measure-list-heading">
      <h3 id="measure-list-heading" className="measure-list__title">
        Recorded measurements
      </h3>
      <p className="form__status" role="status">
        {status?.count === measurements.length ? status.text : null}
      </p>
      {sorted.length === 0 ? (
        <p className="muted">Nothing recorded for this milestone yet.</p>
      ) : (
        <div className="table-wrap">
          <table className="table measure-table">
            <colgroup>
              <col className="measure-table__col-date" />
              <col className="measure-table__col-source" />
              <col className="measure-table__col-value" />
              <col />
              <col className="measure-table__col-session" />
              <col className="measure-table__col-actions" />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Source</th>
                <th scope="col" className="measure-table__value">
                  Value
                </th>
                <th scope="col">Comment</th>
                <th scope="col">Session</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((m) => {
                const session = m.sessionId ? sessionById.get(m.sessionId) : undefined;
                return (
                  <Fragment key={m.id}>
                    <tr className={editing === m.id ? 'measure-table__row--editing' : undefined}>
                      <td className="table__date">{formatIsoDate(m.measuredOn)}</td>
                      <td>{sourceLabel(m.source, partnerNames)}</td>
                      <td className="measure-table__value">{formatValue(m.value)}</td>
                      <td className="measure-table__comment">
                        {m.comment ?? <span className="muted">—</span>}
                        {m.updatedAt !== m.createdAt ? (
                          <span className="measure-table__edited">
                            {' '}
                            Edited {formatInstantDate(m.updatedAt)}
                          </span>
                        ) : null}
                      </td>
                      <td>{session ? sessionTitle(session) : <span className="muted">—</span>}</td>
                      <td className="measure-table__actions">
                        <button
                          type="button"
                          id={`edit-measurement-${m.id}`}
                          className="button button--secondary button--small"
                          aria-expanded={editing === m.id}
                          aria-label={`Edit ${sourceLabel(m.source, partnerNames)} of ${formatIsoDate(m.measuredOn)}`}
                          onClick={() => {
                            setStatus(null);
                            setEditing(editing === m.id ? null : m.id);
                          }}
                        >
                          Edit
                        </button>
                      </td>
                    </tr>
                    {editing === m.id ? (
                      <tr className="measure-table__edit">
                        <td colSpan={COLUMNS}>
                          <EditMeasurementForm
                            coupleId={coupleId}
                            measurement={m}
                            milestone={milestone}
                            sessions={sessions}
                            partnerNames={partnerNames}
                            onDone={(message) => close(m.id, message)}
                          />
                        </td>
                      </tr>
                    ) : null}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function EditMeasurementForm({
  coupleId,
  measurement,
  milestone,
  sessions,
  partnerNames,
  onDone,
}: {
  coupleId: string;
  measurement: Measurement;
  milestone: PlanMilestone;
  sessions: readonly Session[];
  partnerNames: PartnerNames;
  onDone(message: string | null): void;
}) {
  const [initial] = useState(() => editValuesFrom(measurement));
  const writes = useMeasurementWrites(coupleId);
  const form = useForm<MeasurementEditValues, UpdateInput>({
    initial,
    validate: (values) => validateMeasurementEdit(values, measurement, milestone),
    save: async (input) => {
      const saved = await writes.update(input);
      writes.refresh();
      onDone(`Changes saved: ${formatValue(saved.value)} on ${formatIsoDate(saved.measuredOn)}.`);
    },
    fields: EDIT_FIELD_ORDER,
    // Ids apart from the entry form on the same screen.
    namePrefix: 'edit.',
    summaryItems: (errors, formError) =>
      summaryItems(errors, formError, EDIT_FIELD_ORDER, () => null, 'edit.'),
    failureMessage: 'The change could not be saved. Try again.',
  });

  useEffect(() => {
    document.getElementById(fieldIds('edit.measuredOn').inputId)?.focus();
  }, []);

  const scale = measureScale(measurement.source, milestone);
  return (
    <form
      className="form measure-edit"
      onSubmit={form.submit}
      noValidate
      aria-label={`Edit ${sourceLabel(measurement.source, partnerNames)} of ${formatIsoDate(measurement.measuredOn)}`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onDone(null);
        }
      }}
    >
      <ErrorSummary {...form.summary()} />
      <MeasurementValueFields
        fields={form.part()}
        sessions={sessions}
        withSession={measurement.source === 'sessionObservation'}
        valueInput={usesRubric(measurement.source, milestone) ? 'rubric' : 'typed'}
        scale={scale}
        valueHint={`Enter ${scaleText(scale)}`}
      />
      <p className="field__hint">
        The change is recorded in the audit log (which fields changed, not their values).
      </p>
      <div className="form__actions">
        <button type="submit" className="button button--primary button--small" disabled={form.saving}>
          {form.saving ? 'Saving…' : 'Save changes'}
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={form.saving}
          onClick={() => onDone(null)}
        >
          Cancel
        </button>
      </div>
    </form>
  );
}

import { ApiError, isApiError } from '@renderer/api/client';
import { ErrorSummary } from '@renderer/ui/ErrorSummary';
import { TextAreaField } from '@renderer/ui/TextAreaField';
import { TextField } from '@renderer/ui/TextField';
import { useForm } from '@renderer/ui/useForm';
import type { Session } from '@shared/contract/sessions';
import { formatIsoDate } from '@shared/domain/dates';
import { milestoneMeasure, type PlanMilestone } from '@shared/domain/plan';
import { formatValue } from '@shared/domain/progress/values';
import { useState } from 'react';
import { type PartnerNames, partnerName, sourceLabel } from './labels';
import { MeasurementValueFields } from './MeasurementValueFields';
import {
  clearedAfterSave,
  type EntryKind,
  emptyMeasurementForm,
  entryKindFor,
  entryKinds,
  feedbackPartners,
  MEASUREMENT_FIELD_ORDER,
  type MeasurementFormValues,
  type PlannedCreate,
  validateMeasurementForm,
} from './measurementForm';
import { measureScale, scaleText, usesRubric } from './milestones';
import { useMeasurementWrites } from './queries';
import { partnerOfPath, summaryItems } from './summary';

const KIND_LABELS: Record<EntryKind, string> = {
  coupleLog: 'Couple’s log or journal',
  therapistEvaluation: 'Therapist evaluation',
  partnerFeedback: 'Partner feedback',
  sessionObservation: 'Observation in session',
};

/** A field error from one partner's save, moved under that partner's fields on this form. */
function underPartner(error: unknown, prefix: PlannedCreate['prefix']): unknown {
  if (!prefix || !isApiError(error) || Object.keys(error.fields).length === 0) return error;
  const fields: Record<string, string> = {};
  for (const [path, message] of Object.entries(error.fields))
    fields[path === 'measuredOn' || path === 'sessionId' ? path : `${prefix}${path}`] = message;
  return new ApiError({ code: error.code, message: error.message, fields });
}

/**
 * Records one measurement of a milestone, shaped by how it is measured: a value from the
 * couple's log, a rating on the therapist's rubric, each partner's feedback, or an observation
 * linked to the session it was made in. The plan's method is chosen first; any can be chosen.
 */
export function MeasurementEntryForm({
  coupleId,
  milestone,
  sessions,
  partnerNames,
  today,
}: {
  coupleId: string;
  milestone: PlanMilestone;
  sessions: readonly Session[];
  partnerNames: PartnerNames;
  today: string;
}) {
  const measure = milestoneMeasure(milestone);
  const method = measure.source.kind === 'entry' ? measure.source.method : milestone.method;
  const [initial] = useState(() => emptyMeasurementForm(entryKindFor(method), today));
  const [status, setStatus] = useState<string | null>(null);
  const writes = useMeasurementWrites(coupleId);
  const form = useForm<MeasurementFormValues, PlannedCreate[]>({
    initial,
    validate: (values) => {
      setStatus(null);
      const checked = validateMeasurementForm(values, { coupleId, milestone });
      return checked.ok ? { ok: true, input: checked.creates } : checked;
    },
    save: async (creates) => {
      const saved: string[] = [];
      try {
        for (const planned of creates) {
          let measurement: Awaited<ReturnType<typeof writes.create>>;
          try {
            measurement = await writes.create(planned.input);
          } catch (error) {
            throw underPartner(error, planned.prefix);
          }
          saved.push(
            `${sourceLabel(measurement.source, partnerNames)}: ${formatValue(measurement.value)} on ${formatIsoDate(measurement.measuredOn)}`,
          );
          // Saved: clear this partner's part so a retry after the other partner's error cannot save it twice.
          if (planned.prefix === 'partnerA.' || planned.prefix === 'partnerB.') {
            const part = planned.prefix === 'partnerA.' ? 'partnerA' : 'partnerB';
            form.setValues((current) => ({ ...current, [part]: { value: '', comment: '' } }));
          }
        }
      } finally {
        if (saved.length > 0) {
          setStatus(`Saved. ${saved.join('; ')}.`);
          writes.refresh();
        }
      }
      form.setValues((current) => clearedAfterSave(current));
    },
    fields: MEASUREMENT_FIELD_ORDER,
    summaryItems: (errors, formError) =>
      summaryItems(errors, formError, MEASUREMENT_FIELD_ORDER, partnerOfPath(partnerNames)),
    failureMessage: 'The measurement could not be saved. Try again.',
  });
  const { values } = form;
  const kindField = form.bind('kind', { clears: ['value', 'sessionId', 'partnerA.value', 'partnerB.value'] });

  const scale = measureScale(values.kind === 'partnerFeedback' ? 'partnerFeedbackA' : values.kind, milestone);
  const target =
    milestone.target === null ? '' : ` Baseline ${milestone.baseline ?? '?'}, target ${milestone.target}.`;

  return (
    <form
      className="form panel measure-entry"
      onSubmit={form.submit}
      noValidate
      aria-labelledby="entry-heading"
    >
      <h3 id="entry-heading" className="measure-entry__title">
        Record a measurement
      </h3>
      <ErrorSummary {...form.summary()} />
      <fieldset className="measure-kinds">
        <legend className="field__label">Source</legend>
        <p className="field__hint">
          The plan measures this milestone by: {sourceLabel(method, partnerNames)}. Values go from{' '}
          {measure.scale.min} to {measure.scale.max}.
        </p>
        <div className="measure-kinds__options">
          {entryKinds.map((kind) => (
            <label key={kind} className="measure-kinds__option">
              <input
                type="radio"
                name={kindField.name}
                value={kind}
                checked={kindField.value === kind}
                onChange={() => {
                  setStatus(null);
                  kindField.onValueChange(kind);
                }}
              />
              {/* The rubric is offered only on a 0-10 rating; elsewhere the evaluation is a typed value. */}
              <span>
                {kind === 'therapistEvaluation' && usesRubric(kind, milestone)
                  ? 'Therapist evaluation (rubric)'
                  : KIND_LABELS[kind]}
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <MeasurementValueFields
        fields={form.part()}
        sessions={sessions}
        withSession={values.kind === 'sessionObservation'}
        valueInput={
          values.kind === 'therapistEvaluation' && usesRubric('therapistEvaluation', milestone)
            ? 'rubric'
            : values.kind === 'partnerFeedback'
              ? 'none'
              : 'typed'
        }
        scale={scale}
        valueHint={`Enter ${scaleText(scale)}.${target}`}
        maxDate={today}
        dateHint={
          values.kind === 'sessionObservation' ? 'The date of the session, unless you change it' : undefined
        }
      />

      {values.kind === 'partnerFeedback' ? (
        <div className="partners-grid">
          {feedbackPartners(method).map((position) => {
            const part = position === 'A' ? 'partnerA' : 'partnerB';
            return (
              <fieldset key={position} className="partner-fieldset">
                <legend className="partner-fieldset__legend">
                  <span className="partner-fieldset__position">Partner {position}</span>{' '}
                  {partnerNames[position]}
                </legend>
                <TextField
                  {...form.bind(`${part}.value`)}
                  label={`Feedback from ${partnerName(position, partnerNames)}`}
                  optional
                  inputMode="decimal"
                  autoComplete="off"
                  className="input--number"
                  hint={`Enter ${scaleText(scale)}, or leave blank if not given.${target}`}
                />
                <TextAreaField {...form.bind(`${part}.comment`)} label="In their words" optional rows={2} />
              </fieldset>
            );
          })}
        </div>
      ) : null}

      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={form.saving}>
          {form.saving ? 'Saving…' : values.kind === 'partnerFeedback' ? 'Save feedback' : 'Save measurement'}
        </button>
        <p className="form__status" role="status">
          {status}
        </p>
      </div>
    </form>
  );
}

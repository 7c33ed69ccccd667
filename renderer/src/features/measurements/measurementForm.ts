import type { FieldErrors } from '@renderer/ui/fieldErrors';
import type { Input } from '@shared/contract';
import { issuesToFieldErrors } from '@shared/contract/field-issues';
import { type Measurement, measurementsContract } from '@shared/contract/measurements';
import { type MeasuredMilestone, milestoneMeasure } from '@shared/domain/plan';
import type { MilestoneMethod } from '@shared/domain/plan-engine/types';
import { measureScale, parseMeasure } from './milestones';

/**
 * How a measurement is entered: one value from the couple's log, a rubric rating by the
 * therapist, feedback from each partner (both at once, kept as two measurements), or an
 * observation tied to the session it was made in.
 */
export const entryKinds = [
  'coupleLog',
  'therapistEvaluation',
  'partnerFeedback',
  'sessionObservation',
] as const;
export type EntryKind = (typeof entryKinds)[number];

/**
 * Whose feedback the partner-feedback form asks for: the one partner a "feedback from A (or B)"
 * milestone is about, or both when feedback is chosen for a milestone measured another way.
 */
export function feedbackPartners(method: MilestoneMethod): readonly ('A' | 'B')[] {
  if (method === 'partnerFeedbackA') return ['A'];
  if (method === 'partnerFeedbackB') return ['B'];
  return ['A', 'B'];
}

export function entryKindFor(method: MilestoneMethod): EntryKind {
  return method === 'partnerFeedbackA' || method === 'partnerFeedbackB' ? 'partnerFeedback' : method;
}

export type CreateInput = Input<'measurements:create'>;
export type UpdateInput = Input<'measurements:update'>;

export interface PartnerEntry {
  value: string;
  comment: string;
}

export interface MeasurementFormValues {
  kind: EntryKind;
  measuredOn: string;
  /** The value (or rating) of a single-source entry, as typed. */
  value: string;
  comment: string;
  sessionId: string;
  partnerA: PartnerEntry;
  partnerB: PartnerEntry;
}

export function emptyMeasurementForm(kind: EntryKind, today: string): MeasurementFormValues {
  return {
    kind,
    measuredOn: today,
    value: '',
    comment: '',
    sessionId: '',
    partnerA: { value: '', comment: '' },
    partnerB: { value: '', comment: '' },
  };
}

/** After a save: ready for the next entry of the same kind, same date and session. */
export function clearedAfterSave(values: MeasurementFormValues): MeasurementFormValues {
  return {
    ...values,
    value: '',
    comment: '',
    partnerA: { value: '', comment: '' },
    partnerB: { value: '', comment: '' },
  };
}

/** Fields in screen order, for the error summary. */
export const MEASUREMENT_FIELD_ORDER = [
  'sessionId',
  'measuredOn',
  'value',
  'partnerA.value',
  'partnerA.comment',
  'partnerB.value',
  'partnerB.comment',
  'comment',
] as const;

const createSchema = measurementsContract['measurements:create'].input;

/** One measurement to create, with the prefix its field errors carry on this form. */
export interface PlannedCreate {
  /** '' for a single-source entry; 'partnerA.' or 'partnerB.' for partner feedback. */
  prefix: '' | 'partnerA.' | 'partnerB.';
  input: CreateInput;
}

function checkOne(
  base: { coupleId: string; milestoneKey: string; measuredOn: string; sessionId: string | null },
  source: MilestoneMethod,
  entry: PartnerEntry,
  milestone: MeasuredMilestone,
  prefix: PlannedCreate['prefix'],
  errors: FieldErrors,
): PlannedCreate | null {
  const parsed = parseMeasure(entry.value, measureScale(source, milestone));
  if (!parsed.ok) {
    errors[`${prefix}value`] = parsed.message;
    return null;
  }
  if (parsed.value === null) return null;
  const result = createSchema.safeParse({
    ...base,
    source,
    value: parsed.value,
    comment: entry.comment,
  });
  if (!result.success) {
    for (const [path, message] of Object.entries(issuesToFieldErrors(result.error.issues))) {
      const shared = path === 'measuredOn' || path === 'sessionId';
      const key = shared ? path : `${prefix}${path}`;
      if (!(key in errors)) errors[key] = message;
    }
    return null;
  }
  return { prefix, input: result.data };
}

/**
 * Checks the form with the contract's schema plus the milestone's scale (a rubric rating is a
 * whole number from 0 to 10). Returns the measurements to create: one, or one per partner who
 * gave feedback. A value left blank is "Enter …", except that either partner may be blank.
 */
export function validateMeasurementForm(
  values: MeasurementFormValues,
  context: { coupleId: string; milestone: MeasuredMilestone },
): { ok: true; creates: PlannedCreate[] } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const base = {
    coupleId: context.coupleId,
    milestoneKey: context.milestone.key,
    measuredOn: values.measuredOn.trim(),
    sessionId: values.kind === 'sessionObservation' && values.sessionId ? values.sessionId : null,
  };
  const creates: PlannedCreate[] = [];
  if (values.kind === 'partnerFeedback') {
    const { source } = milestoneMeasure(context.milestone);
    const partners = feedbackPartners(source.kind === 'entry' ? source.method : context.milestone.method);
    for (const position of partners) {
      const source = position === 'A' ? 'partnerFeedbackA' : 'partnerFeedbackB';
      const prefix = `partner${position}.` as const;
      const planned = checkOne(base, source, values[`partner${position}`], context.milestone, prefix, errors);
      if (planned) creates.push(planned);
    }
    if (Object.keys(errors).length === 0 && creates.length === 0)
      errors[`partner${partners[0] ?? 'A'}.value`] =
        partners.length > 1 ? 'Enter the feedback of at least one partner' : 'Enter the feedback';
  } else {
    const entry = { value: values.value, comment: values.comment };
    const planned = checkOne(base, values.kind, entry, context.milestone, '', errors);
    if (planned) creates.push(planned);
    else if (!errors.value && values.value.trim() === '')
      errors.value = `Enter the ${measureScale(values.kind, context.milestone).noun}`;
  }
  if (!base.measuredOn) errors.measuredOn = 'Enter the date';
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, creates };
}

/** An edit of a saved measurement, as typed. */
export interface MeasurementEditValues {
  measuredOn: string;
  value: string;
  comment: string;
  sessionId: string;
}

export function editValuesFrom(measurement: Measurement): MeasurementEditValues {
  return {
    measuredOn: measurement.measuredOn,
    value: String(measurement.value),
    comment: measurement.comment ?? '',
    sessionId: measurement.sessionId ?? '',
  };
}

const updateSchema = measurementsContract['measurements:update'].input;

export function validateMeasurementEdit(
  values: MeasurementEditValues,
  measurement: Pick<Measurement, 'id' | 'source' | 'value'>,
  milestone: MeasuredMilestone,
): { ok: true; input: UpdateInput } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const scale = measureScale(measurement.source, milestone);
  // A value recorded before scales were checked may be kept as it is while the rest is corrected.
  const unchanged = Number(values.value.trim().replace(',', '.')) === measurement.value;
  const parsed = unchanged
    ? { ok: true as const, value: measurement.value }
    : parseMeasure(values.value, scale);
  if (!parsed.ok) errors.value = parsed.message;
  else if (parsed.value === null) errors.value = `Enter the ${scale.noun}`;
  if (measurement.source === 'sessionObservation' && !values.sessionId)
    errors.sessionId = 'Choose the session the observation was made in';
  const result = updateSchema.safeParse({
    id: measurement.id,
    measuredOn: values.measuredOn.trim(),
    value: parsed.ok ? (parsed.value ?? 0) : 0,
    comment: values.comment,
    sessionId: values.sessionId || null,
  });
  if (!result.success)
    for (const [path, message] of Object.entries(issuesToFieldErrors(result.error.issues)))
      if (!(path in errors)) errors[path] = message;
  if (Object.keys(errors).length > 0 || !result.success) return { ok: false, errors };
  return { ok: true, input: result.data };
}

export const EDIT_FIELD_ORDER = ['measuredOn', 'value', 'sessionId', 'comment'] as const;

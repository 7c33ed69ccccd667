import { type FormEvent, useState } from 'react';
import type { CoupleInput } from '../../../../shared/contract/couples';
import { coupleStatusLabels } from '../../../../shared/domain/couple';
import { isApiError } from '../../api/client';
import { ConfirmDialog } from '../../ui/Dialog';
import { ErrorSummary, type SummaryItem } from '../../ui/ErrorSummary';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import {
  type CoupleFormValues,
  changeDisplayName,
  changePartner,
  FIELD_ORDER,
  type FieldErrors,
  normaliseFieldErrors,
  statusOptions,
  validateCoupleForm,
} from './coupleForm';
import { today as todayIso } from './format';
import { PartnerFieldset } from './PartnerFieldset';

function summaryItems(errors: FieldErrors, formError: string | null): SummaryItem[] {
  const items: SummaryItem[] = [];
  if (formError) items.push({ path: null, message: formError });
  for (const path of FIELD_ORDER) {
    const message = errors[path];
    if (!message) continue;
    const prefix = path.startsWith('partnerA.')
      ? 'Partner A: '
      : path.startsWith('partnerB.')
        ? 'Partner B: '
        : '';
    items.push({ path, message: `${prefix}${message}` });
  }
  const unplaced = errors[''];
  if (unplaced) items.push({ path: null, message: unplaced });
  return items;
}

/**
 * The couple form, for adding and editing. Validates with the contract schema on submit,
 * shows the core's own field errors the same way, and keeps every keystroke through
 * errors. Cancelling with changes asks first.
 */
export function CoupleForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: CoupleFormValues;
  submitLabel: string;
  /** Saves; rejects with an ApiError whose fields are shown next to the form's fields. */
  onSubmit(input: CoupleInput): Promise<unknown>;
  onCancel(): void;
}) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);
  const [confirmingCancel, setConfirmingCancel] = useState(false);
  const [today] = useState(todayIso);
  const dirty = JSON.stringify(values) !== JSON.stringify(initial);

  function clearError(path: string) {
    setErrors((current) => {
      if (!(path in current)) return current;
      const { [path]: _removed, ...rest } = current;
      return rest;
    });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    setFormError(null);
    const { input, errors: found } = validateCoupleForm(values);
    if (Object.keys(found).length > 0) {
      setErrors(found);
      setAttempt((n) => n + 1);
      return;
    }
    setSaving(true);
    try {
      await onSubmit(input);
    } catch (error) {
      setErrors(isApiError(error) ? normaliseFieldErrors(error.fields) : {});
      const hasFields = isApiError(error) && Object.keys(error.fields).length > 0;
      setFormError(
        hasFields ? null : isApiError(error) ? error.message : 'The couple could not be saved. Try again.',
      );
      setAttempt((n) => n + 1);
    } finally {
      setSaving(false);
    }
  }

  const items = summaryItems(errors, formError);
  return (
    <form className="form form--wide" onSubmit={submit} noValidate aria-busy={saving}>
      <ErrorSummary
        items={items}
        attempt={attempt}
        title={formError && items.length === 1 ? 'Not saved' : 'There is a problem'}
      />
      <section className="form-section" aria-labelledby="couple-section-heading">
        <h2 id="couple-section-heading" className="form-section__heading">
          Couple
        </h2>
        <div className="field-grid field-grid--couple">
          <TextField
            name="displayName"
            label="Display name"
            value={values.displayName}
            onValueChange={(text) => {
              setValues(changeDisplayName(values, text));
              clearError('displayName');
            }}
            error={errors.displayName}
            hint={
              values.displayNameEdited
                ? 'How this couple appears in lists.'
                : 'Suggested from the partners’ first names until you change it.'
            }
            autoComplete="off"
          />
          <SelectField
            name="status"
            label="Status"
            value={values.status}
            options={statusOptions(initial.status).map((status) => ({
              value: status,
              label: coupleStatusLabels[status],
            }))}
            onValueChange={(status) => {
              setValues({ ...values, status });
              clearError('status');
            }}
            error={errors.status}
          />
          <TextField
            name="referralSource"
            label="Referral source"
            optional
            value={values.referralSource}
            onValueChange={(referralSource) => {
              setValues({ ...values, referralSource });
              clearError('referralSource');
            }}
            error={errors.referralSource}
            autoComplete="off"
          />
          <TextField
            name="startDate"
            label="Start date"
            optional
            type="date"
            value={values.startDate}
            onValueChange={(startDate) => {
              setValues({ ...values, startDate });
              clearError('startDate');
            }}
            error={errors.startDate}
          />
        </div>
      </section>
      <section className="form-section" aria-labelledby="partners-section-heading">
        <h2 id="partners-section-heading" className="form-section__heading">
          Partners
        </h2>
        <div className="partners-grid">
          {(['A', 'B'] as const).map((position) => (
            <PartnerFieldset
              key={position}
              position={position}
              values={position === 'A' ? values.partnerA : values.partnerB}
              errors={errors}
              today={today}
              onChange={(patch) => {
                setValues(changePartner(values, position, patch));
                for (const field of Object.keys(patch)) clearError(`partner${position}.${field}`);
              }}
            />
          ))}
        </div>
      </section>
      <div className="form__actions form__actions--bar">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? 'Saving…' : submitLabel}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => (dirty ? setConfirmingCancel(true) : onCancel())}
          disabled={saving}
        >
          Cancel
        </button>
      </div>
      <ConfirmDialog
        open={confirmingCancel}
        title="Discard your changes?"
        confirmLabel="Discard changes"
        cancelLabel="Keep editing"
        tone="danger"
        onConfirm={() => {
          setConfirmingCancel(false);
          onCancel();
        }}
        onCancel={() => setConfirmingCancel(false)}
      >
        <p>What you typed in this form has not been saved and will be lost.</p>
      </ConfirmDialog>
    </form>
  );
}

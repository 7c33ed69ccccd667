import { ErrorSummary } from '@renderer/ui/ErrorSummary';
import { errorSummaryItems } from '@renderer/ui/errorSummaryItems';
import { FormSection } from '@renderer/ui/FormSection';
import { SaveOrDiscardActions } from '@renderer/ui/SaveOrDiscardActions';
import { SelectField } from '@renderer/ui/SelectField';
import { TextField } from '@renderer/ui/TextField';
import { useFormSubmission } from '@renderer/ui/useFormSubmission';
import type { CoupleInput } from '@shared/contract/couples';
import { coupleStatusLabels } from '@shared/domain/couple';
import { useState } from 'react';
import {
  type CoupleFormValues,
  changeDisplayName,
  changePartner,
  FIELD_ORDER,
  normalizeFieldErrors,
  statusOptions,
  validateCoupleForm,
} from './coupleValues';
import { today as todayIso } from './format';
import { PartnerFieldset } from './PartnerFieldset';

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
  const [today] = useState(todayIso);
  const dirty = JSON.stringify(values) !== JSON.stringify(initial);
  const { errors, formError, attempt, saving, submit, clearErrors } = useFormSubmission<CoupleInput>({
    validate: () => {
      const { input, errors: found } = validateCoupleForm(values);
      return Object.keys(found).length > 0 ? { ok: false, errors: found } : { ok: true, input };
    },
    save: onSubmit,
    placeErrors: normalizeFieldErrors,
    failureMessage: 'The couple could not be saved. Try again.',
  });
  const clearError = (path: string) => clearErrors(path);

  const items = errorSummaryItems(errors, formError, FIELD_ORDER);
  return (
    <form className="form form--wide" onSubmit={submit} noValidate aria-busy={saving}>
      <ErrorSummary
        items={items}
        attempt={attempt}
        title={formError && items.length === 1 ? 'Not saved' : 'There is a problem'}
      />
      <FormSection headingId="couple-section-heading" heading="Couple">
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
      </FormSection>
      <FormSection headingId="partners-section-heading" heading="Partners">
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
      </FormSection>
      <SaveOrDiscardActions submitLabel={submitLabel} saving={saving} dirty={dirty} onCancel={onCancel} />
    </form>
  );
}

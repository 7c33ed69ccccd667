import { ErrorSummary } from '@renderer/ui/ErrorSummary';
import { FormSection } from '@renderer/ui/FormSection';
import { SaveOrDiscardActions } from '@renderer/ui/SaveOrDiscardActions';
import { SelectField } from '@renderer/ui/SelectField';
import { TextField } from '@renderer/ui/TextField';
import { useForm } from '@renderer/ui/useForm';
import type { CoupleInput } from '@shared/contract/couples';
import { coupleStatusLabels } from '@shared/domain/couple';
import { useState } from 'react';
import {
  type CoupleFormValues,
  changeDisplayName,
  FIELD_ORDER,
  statusOptions,
  validateCoupleForm,
  withSuggestedName,
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
  const [today] = useState(todayIso);
  const form = useForm<CoupleFormValues, CoupleInput>({
    initial,
    derive: withSuggestedName,
    validate: (values) => {
      const { input, errors } = validateCoupleForm(values);
      return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, input };
    },
    save: onSubmit,
    fields: FIELD_ORDER,
    failureMessage: 'The couple could not be saved. Try again.',
    notSavedTitle: 'Not saved',
  });
  const { values } = form;
  const dirty = JSON.stringify(values) !== JSON.stringify(initial);

  return (
    <form className="form form--wide" onSubmit={form.submit} noValidate aria-busy={form.saving}>
      <ErrorSummary {...form.summary()} />
      <FormSection headingId="couple-section-heading" heading="Couple">
        <div className="field-grid field-grid--couple">
          <TextField
            {...form.bind('displayName', { set: changeDisplayName })}
            label="Display name"
            hint={
              values.displayNameEdited
                ? 'How this couple appears in lists.'
                : 'Suggested from the partners’ first names until you change it.'
            }
            autoComplete="off"
          />
          <SelectField
            {...form.bind('status')}
            label="Status"
            options={statusOptions(initial.status).map((status) => ({
              value: status,
              label: coupleStatusLabels[status],
            }))}
          />
          <TextField {...form.bind('referralSource')} label="Referral source" optional autoComplete="off" />
          <TextField {...form.bind('startDate')} label="Start date" optional type="date" />
        </div>
      </FormSection>
      <FormSection headingId="partners-section-heading" heading="Partners">
        <div className="partners-grid">
          {(['A', 'B'] as const).map((position) => (
            <PartnerFieldset
              key={position}
              position={position}
              fields={form.scope(position === 'A' ? 'partnerA' : 'partnerB')}
              today={today}
            />
          ))}
        </div>
      </FormSection>
      <SaveOrDiscardActions
        submitLabel={submitLabel}
        saving={form.saving}
        dirty={dirty}
        onCancel={onCancel}
      />
    </form>
  );
}

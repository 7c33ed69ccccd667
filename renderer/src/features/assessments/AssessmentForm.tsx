import { ErrorSummary } from '@renderer/ui/ErrorSummary';
import { errorSummaryItems } from '@renderer/ui/errorSummaryItems';
import { FormSection } from '@renderer/ui/FormSection';
import { SelectField } from '@renderer/ui/SelectField';
import { TextField } from '@renderer/ui/TextField';
import { useFormSubmission } from '@renderer/ui/useFormSubmission';
import type { AssessmentInput } from '@shared/contract/assessments';
import { useState } from 'react';
import {
  ASSESSMENT_FIELD_ORDER,
  type AssessmentFormValues,
  type PartnerKey,
  placeAssessmentErrors,
  validateAssessmentForm,
} from './assessmentValues';
import { PartnerAssessmentFieldset } from './PartnerAssessmentFieldset';

/**
 * The intake or review assessment: relationship facts, then both partners side by side
 * with live DSM-5 severity and AUDIT-C scores. Validated with the contract schema.
 */
export function AssessmentForm({
  coupleId,
  initial,
  partnerNames,
  today,
  onSubmit,
  onCancel,
}: {
  coupleId: string;
  initial: AssessmentFormValues;
  partnerNames: { A: string; B: string };
  today: string;
  onSubmit(input: AssessmentInput): Promise<unknown>;
  onCancel(): void;
}) {
  const [values, setValues] = useState(initial);
  const { errors, formError, attempt, saving, submit, clearErrors } = useFormSubmission<AssessmentInput>({
    validate: () => {
      const { input, errors: found } = validateAssessmentForm(coupleId, values);
      return input ? { ok: true, input } : { ok: false, errors: found };
    },
    save: onSubmit,
    placeErrors: placeAssessmentErrors,
    failureMessage: 'The assessment could not be saved. Try again.',
  });

  function clear(paths: string[]) {
    clearErrors(...paths);
  }

  const items = errorSummaryItems(errors, formError, ASSESSMENT_FIELD_ORDER);
  const partner = (key: PartnerKey) => (
    <PartnerAssessmentFieldset
      key={key}
      partnerKey={key}
      title={key === 'partnerA' ? partnerNames.A : partnerNames.B}
      values={values[key]}
      errors={errors}
      today={today}
      onChange={(patch, paths) => {
        setValues((current) => ({ ...current, [key]: { ...current[key], ...patch } }));
        clear(paths.map((p) => `${key}.${p}`));
      }}
    />
  );

  return (
    <form className="form form--wide" onSubmit={submit} noValidate aria-busy={saving}>
      <ErrorSummary
        items={items}
        attempt={attempt}
        title={formError && items.length === 1 ? 'Not saved' : 'There is a problem'}
      />
      <FormSection headingId="assessment-about-heading" heading="Assessment and relationship">
        <div className="field-grid field-grid--panel">
          <SelectField
            name="kind"
            label="Kind"
            value={values.kind}
            options={[
              { value: 'intake', label: 'Intake' },
              { value: 'review', label: 'Review' },
            ]}
            error={errors.kind}
            onValueChange={(kind) => {
              setValues({ ...values, kind });
              clear(['kind']);
            }}
          />
          <TextField
            name="assessedOn"
            label="Date of the assessment"
            type="date"
            max={today}
            value={values.assessedOn}
            error={errors.assessedOn}
            onValueChange={(assessedOn) => {
              setValues({ ...values, assessedOn });
              clear(['assessedOn']);
            }}
          />
          <TextField
            name="relationship.yearsTogether"
            label="Years together"
            optional
            inputMode="decimal"
            value={values.yearsTogether}
            error={errors['relationship.yearsTogether']}
            onValueChange={(yearsTogether) => {
              setValues({ ...values, yearsTogether });
              clear(['relationship.yearsTogether']);
            }}
          />
          <SelectField
            name="relationship.livingTogether"
            label="Living together"
            optional
            value={values.livingTogether}
            options={[
              { value: '', label: 'Not recorded' },
              { value: 'yes', label: 'Yes' },
              { value: 'no', label: 'No' },
            ]}
            error={errors['relationship.livingTogether']}
            onValueChange={(livingTogether) => {
              setValues({ ...values, livingTogether });
              clear(['relationship.livingTogether']);
            }}
          />
          <TextField
            name="relationship.children"
            label="Children"
            optional
            inputMode="numeric"
            value={values.children}
            error={errors['relationship.children']}
            onValueChange={(children) => {
              setValues({ ...values, children });
              clear(['relationship.children']);
            }}
          />
        </div>
      </FormSection>
      <FormSection headingId="assessment-partners-heading" heading="Partners">
        <div className="partners-grid">{(['partnerA', 'partnerB'] as const).map(partner)}</div>
      </FormSection>
      <div className="form__actions form__actions--bar">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save assessment'}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={saving}>
          Cancel
        </button>
      </div>
    </form>
  );
}

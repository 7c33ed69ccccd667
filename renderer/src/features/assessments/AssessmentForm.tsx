import { ErrorSummary } from '@renderer/ui/ErrorSummary';
import { FormSection } from '@renderer/ui/FormSection';
import { SelectField } from '@renderer/ui/SelectField';
import { TextField } from '@renderer/ui/TextField';
import { useForm } from '@renderer/ui/useForm';
import type { AssessmentInput } from '@shared/contract/assessments';
import {
  ASSESSMENT_FIELD_ORDER,
  type AssessmentFormValues,
  type PartnerKey,
  validateAssessmentForm,
} from './assessmentValues';
import { PartnerAssessmentFieldset } from './PartnerAssessmentFieldset';

const KIND_OPTIONS = [
  { value: 'intake' as const, label: 'Intake' },
  { value: 'review' as const, label: 'Review' },
];
const LIVING_TOGETHER_OPTIONS = [
  { value: '' as const, label: 'Not recorded' },
  { value: 'yes' as const, label: 'Yes' },
  { value: 'no' as const, label: 'No' },
];

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
  const form = useForm<AssessmentFormValues, AssessmentInput>({
    initial,
    validate: (values) => {
      const { input, errors } = validateAssessmentForm(coupleId, values);
      return input ? { ok: true, input } : { ok: false, errors };
    },
    save: onSubmit,
    fields: ASSESSMENT_FIELD_ORDER,
    failureMessage: 'The assessment could not be saved. Try again.',
    notSavedTitle: 'Not saved',
  });

  const partner = (key: PartnerKey) => (
    <PartnerAssessmentFieldset
      key={key}
      partnerKey={key}
      title={key === 'partnerA' ? partnerNames.A : partnerNames.B}
      fields={form.scope(key)}
      today={today}
    />
  );

  return (
    <form className="form form--wide" onSubmit={form.submit} noValidate aria-busy={form.saving}>
      <ErrorSummary {...form.summary()} />
      <FormSection headingId="assessment-about-heading" heading="Assessment and relationship">
        <div className="field-grid field-grid--panel">
          <SelectField {...form.bind('kind')} label="Kind" options={KIND_OPTIONS} />
          <TextField {...form.bind('assessedOn')} label="Date of the assessment" type="date" max={today} />
          {/* The relationship's facts are kept flat here and sent as `relationship`. */}
          <TextField
            {...form.bind('yearsTogether', { path: 'relationship.yearsTogether' })}
            label="Years together"
            optional
            inputMode="decimal"
          />
          <SelectField
            {...form.bind('livingTogether', { path: 'relationship.livingTogether' })}
            label="Living together"
            optional
            options={LIVING_TOGETHER_OPTIONS}
          />
          <TextField
            {...form.bind('children', { path: 'relationship.children' })}
            label="Children"
            optional
            inputMode="numeric"
          />
        </div>
      </FormSection>
      <FormSection headingId="assessment-partners-heading" heading="Partners">
        <div className="partners-grid">{(['partnerA', 'partnerB'] as const).map(partner)}</div>
      </FormSection>
      <div className="form__actions form__actions--bar">
        <button type="submit" className="button button--primary" disabled={form.saving}>
          {form.saving ? 'Saving…' : 'Save assessment'}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={form.saving}>
          Cancel
        </button>
      </div>
    </form>
  );
}

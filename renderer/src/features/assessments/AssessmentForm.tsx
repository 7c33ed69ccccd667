import { type FormEvent, useState } from 'react';
import type { AssessmentInput } from '../../../../shared/contract/assessments';
import { isApiError } from '../../api/client';
import { ErrorSummary, type SummaryItem } from '../../ui/ErrorSummary';
import { type FieldErrors, withoutError } from '../../ui/fieldErrors';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import {
  ASSESSMENT_FIELD_ORDER,
  type AssessmentFormValues,
  type PartnerKey,
  placeAssessmentErrors,
  validateAssessmentForm,
} from './assessmentForm';
import { PartnerAssessmentFieldset } from './PartnerAssessmentFieldset';

function summaryItems(errors: FieldErrors, formError: string | null): SummaryItem[] {
  const items: SummaryItem[] = formError ? [{ path: null, message: formError }] : [];
  for (const path of ASSESSMENT_FIELD_ORDER) {
    const message = errors[path];
    if (!message) continue;
    const prefix = path.startsWith('partnerA.')
      ? 'Partner A: '
      : path.startsWith('partnerB.')
        ? 'Partner B: '
        : '';
    items.push({ path, message: `${prefix}${message}` });
  }
  if (errors['']) items.push({ path: null, message: errors[''] });
  return items;
}

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
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);

  function clear(paths: string[]) {
    setErrors((current) => paths.reduce(withoutError, current));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    setFormError(null);
    const { input, errors: found } = validateAssessmentForm(coupleId, values);
    if (!input) {
      setErrors(found);
      setAttempt((n) => n + 1);
      return;
    }
    setSaving(true);
    try {
      await onSubmit(input);
    } catch (error) {
      const fields = isApiError(error) ? error.fields : {};
      setErrors(placeAssessmentErrors(fields));
      setFormError(
        Object.keys(fields).length > 0
          ? null
          : isApiError(error)
            ? error.message
            : 'The assessment could not be saved. Try again.',
      );
      setAttempt((n) => n + 1);
    } finally {
      setSaving(false);
    }
  }

  const items = summaryItems(errors, formError);
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
      <section className="form-section" aria-labelledby="assessment-about-heading">
        <h2 id="assessment-about-heading" className="form-section__heading">
          Assessment and relationship
        </h2>
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
      </section>
      <section className="form-section" aria-labelledby="assessment-partners-heading">
        <h2 id="assessment-partners-heading" className="form-section__heading">
          Partners
        </h2>
        <div className="partners-grid">{(['partnerA', 'partnerB'] as const).map(partner)}</div>
      </section>
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

import { CheckboxField } from '@renderer/ui/CheckboxField';
import type { FieldErrors } from '@renderer/ui/fieldErrors';
import { SelectField, type SelectOption } from '@renderer/ui/SelectField';
import { TextField } from '@renderer/ui/TextField';
import { type PartnerPosition, type Severity, severities, severityLabels } from '@shared/domain/couple';
import { type PartnerFormValues, partnerKey } from './coupleValues';

const SEVERITY_OPTIONS: SelectOption<Severity | ''>[] = [
  { value: '', label: 'Not recorded' },
  ...severities.map((severity) => ({ value: severity, label: severityLabels[severity] })),
];

/** One partner's identity, contact and recovery details: the same fields for A and B. */
export function PartnerFieldset({
  position,
  values,
  errors,
  today,
  onChange,
}: {
  position: PartnerPosition;
  values: PartnerFormValues;
  errors: FieldErrors;
  today: string;
  onChange(patch: Partial<PartnerFormValues>): void;
}) {
  const key = partnerKey(position);
  const path = (field: keyof PartnerFormValues) => `${key}.${field}`;
  const error = (field: keyof PartnerFormValues) => errors[path(field)];
  const text = (field: Exclude<keyof PartnerFormValues, 'inRecovery' | 'severity'>) => ({
    name: path(field),
    value: values[field],
    error: error(field),
    onValueChange: (value: string) => onChange({ [field]: value }),
  });

  return (
    <fieldset className="partner-fieldset">
      <legend className="partner-fieldset__legend">Partner {position}</legend>
      <div className="field-grid">
        <TextField {...text('firstName')} label="First name" autoComplete="off" />
        <TextField {...text('lastName')} label="Last name" autoComplete="off" />
        <TextField {...text('preferredName')} label="Preferred name" optional autoComplete="off" />
        <TextField {...text('pronouns')} label="Pronouns" optional hint="For example she/her, they/them" />
        <TextField {...text('dateOfBirth')} label="Date of birth" optional type="date" max={today} />
      </div>
      <h3 className="partner-fieldset__heading">Contact</h3>
      <div className="field-grid field-grid--contact">
        <TextField {...text('phone')} label="Phone" optional type="tel" autoComplete="off" />
        <TextField
          {...text('email')}
          label="Email"
          optional
          type="email"
          autoComplete="off"
          spellCheck={false}
        />
      </div>
      <h3 className="partner-fieldset__heading">Recovery</h3>
      <CheckboxField
        name={path('inRecovery')}
        label="In recovery"
        value={values.inRecovery}
        onValueChange={(inRecovery) => onChange({ inRecovery })}
        error={error('inRecovery')}
      />
      <div className="field-grid">
        <TextField
          {...text('substances')}
          label="Substances"
          optional
          hint="Substances or behaviors, separated by commas: alcohol, gambling"
          className="input--wide"
        />
        <SelectField
          name={path('severity')}
          label="Severity"
          optional
          value={values.severity}
          options={SEVERITY_OPTIONS}
          onValueChange={(severity) => onChange({ severity })}
          error={error('severity')}
          hint="DSM-5: mild 2–3 criteria, moderate 4–5, severe 6 or more"
        />
        <TextField {...text('yearsOfUse')} label="Years of use" optional inputMode="decimal" />
        <TextField
          {...text('sobrietyDate')}
          label="Sobriety date"
          optional
          type="date"
          max={today}
          hint="First day of the current period of sobriety"
        />
      </div>
    </fieldset>
  );
}

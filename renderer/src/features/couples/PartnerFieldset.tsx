import { CheckboxField } from '@renderer/ui/CheckboxField';
import type { FieldBinder } from '@renderer/ui/formController';
import { SelectField, type SelectOption } from '@renderer/ui/SelectField';
import { TextField } from '@renderer/ui/TextField';
import { type PartnerPosition, type Severity, severities, severityLabels } from '@shared/domain/couple';
import type { PartnerFormValues } from './coupleValues';

const SEVERITY_OPTIONS: SelectOption<Severity | ''>[] = [
  { value: '', label: 'Not recorded' },
  ...severities.map((severity) => ({ value: severity, label: severityLabels[severity] })),
];

/** One partner's identity, contact and recovery details: the same fields for A and B. */
export function PartnerFieldset({
  position,
  fields,
  today,
}: {
  position: PartnerPosition;
  /** The form's fields for this partner (`partnerA.firstName`...). */
  fields: FieldBinder<PartnerFormValues>;
  today: string;
}) {
  return (
    <fieldset className="partner-fieldset">
      <legend className="partner-fieldset__legend">Partner {position}</legend>
      <div className="field-grid">
        <TextField {...fields.bind('firstName')} label="First name" autoComplete="off" />
        <TextField {...fields.bind('lastName')} label="Last name" autoComplete="off" />
        <TextField {...fields.bind('preferredName')} label="Preferred name" optional autoComplete="off" />
        <TextField
          {...fields.bind('pronouns')}
          label="Pronouns"
          optional
          hint="For example she/her, they/them"
        />
        <TextField {...fields.bind('dateOfBirth')} label="Date of birth" optional type="date" max={today} />
      </div>
      <h3 className="partner-fieldset__heading">Contact</h3>
      <div className="field-grid field-grid--contact">
        <TextField {...fields.bind('phone')} label="Phone" optional type="tel" autoComplete="off" />
        <TextField
          {...fields.bind('email')}
          label="Email"
          optional
          type="email"
          autoComplete="off"
          spellCheck={false}
        />
      </div>
      <h3 className="partner-fieldset__heading">Recovery</h3>
      <CheckboxField {...fields.bind('inRecovery')} label="In recovery" />
      <div className="field-grid">
        <TextField
          {...fields.bind('substances')}
          label="Substances"
          optional
          hint="Substances or behaviors, separated by commas: alcohol, gambling"
          className="input--wide"
        />
        <SelectField
          {...fields.bind('severity')}
          label="Severity"
          optional
          options={SEVERITY_OPTIONS}
          hint="DSM-5: mild 2–3 criteria, moderate 4–5, severe 6 or more"
        />
        <TextField {...fields.bind('yearsOfUse')} label="Years of use" optional inputMode="decimal" />
        <TextField
          {...fields.bind('sobrietyDate')}
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

import { UNEXPECTED_FAILURE } from '@renderer/api/client';
import { ChecklistField } from '@renderer/ui/ChecklistField';
import { SelectField } from '@renderer/ui/SelectField';
import { TextField } from '@renderer/ui/TextField';
import { useForm } from '@renderer/ui/useForm';
import type { Input } from '@shared/contract';
import { consentsContract } from '@shared/contract/consents';
import type { Couple } from '@shared/contract/couples';
import { type DisclosureScope, disclosureScopeLabels, disclosureScopes } from '@shared/domain/consent';
import {
  type ReportRecipient,
  reportRecipientLabels,
  reportRecipients,
} from '@shared/domain/reports/options';
import { partnerName } from './labels';
import { useRecordConsent } from './queries';

const recordInput = consentsContract['consents:record'].input;
type ConsentInput = Input<'consents:record'>;

/** What the form holds: '' for a choice not made yet. */
interface ConsentValues {
  partner: '' | 'A' | 'B';
  recipientKind: '' | ReportRecipient;
  recipientName: string;
  purpose: string;
  scope: DisclosureScope[];
  signedOn: string;
  expiresOn: string;
  expiryEvent: string;
}

/** The fields in reading order, as the contract names them. */
const FIELDS = [
  'partner',
  'recipientKind',
  'recipientName',
  'purpose',
  'scope',
  'signedOn',
  'expiresOn',
  'expiryEvent',
] as const;

const RECIPIENT_OPTIONS = [
  { value: '' as const, label: 'Choose…' },
  ...reportRecipients.map((kind) => ({ value: kind, label: reportRecipientLabels[kind] })),
];
const SCOPE_ITEMS = disclosureScopes.map((id) => ({ id, label: disclosureScopeLabels[id] }));

export interface ConsentFormDefaults {
  partner?: 'A' | 'B';
  recipientKind?: ReportRecipient;
  recipientName?: string;
}

/**
 * Records a signed consent as the form on paper gives it: whose, to whom, why, what, signed
 * when and until when. Every field is a native control in reading order, so the whole form is
 * filled from the keyboard; errors appear under their fields and the first one takes focus.
 */
export function ConsentForm({
  couple,
  defaults,
  onDone,
  onCancel,
}: {
  couple: Couple;
  defaults: ConsentFormDefaults;
  onDone(): void;
  onCancel(): void;
}) {
  const record = useRecordConsent(couple.id);
  const form = useForm<ConsentValues, ConsentInput>({
    initial: {
      partner: defaults.partner ?? '',
      recipientKind: defaults.recipientKind ?? '',
      recipientName: defaults.recipientName ?? '',
      purpose: '',
      scope: [...disclosureScopes],
      signedOn: '',
      expiresOn: '',
      expiryEvent: '',
    },
    schema: recordInput,
    draft: (values) => ({
      ...values,
      coupleId: couple.id,
      partner: values.partner === '' ? undefined : values.partner,
      recipientKind: values.recipientKind === '' ? undefined : values.recipientKind,
    }),
    save: async (input) => {
      await record.mutateAsync(input);
      onDone();
    },
    fields: FIELDS,
    // Ids apart from the other forms of the couple's page.
    namePrefix: 'consent.',
    // After a refused save, the first field in error takes focus (and is announced with its message).
    focus: 'field',
    failureMessage: UNEXPECTED_FAILURE,
  });
  const { values } = form;

  return (
    <form className="form panel" onSubmit={form.submit} noValidate aria-labelledby="consent-form-heading">
      <h3 id="consent-form-heading">Record a consent</h3>
      <p className="muted">
        As signed on the 42 CFR part 2 consent form. A consent is never edited: if its terms change, revoke it
        and record the new one.
      </p>
      <div className="field-grid">
        <SelectField
          {...form.bind('partner')}
          label="Whose consent"
          options={[
            { value: '' as const, label: 'Choose…' },
            { value: 'A' as const, label: `${partnerName(couple, 'A')} (partner A)` },
            { value: 'B' as const, label: `${partnerName(couple, 'B')} (partner B)` },
          ]}
        />
        <SelectField {...form.bind('recipientKind')} label="Who may receive it" options={RECIPIENT_OPTIONS} />
        <TextField
          {...form.bind('recipientName')}
          label="Recipient’s name"
          hint="As the form names them; reports to this recipient must give the same name."
          optional={values.recipientKind === 'couple'}
        />
      </div>
      <TextField {...form.bind('purpose')} label="Purpose of the disclosure" />
      <ChecklistField {...form.bind('scope')} legend="What may be disclosed" items={SCOPE_ITEMS} />
      <div className="field-grid">
        <TextField {...form.bind('signedOn')} label="Date signed" type="date" />
        <TextField
          {...form.bind('expiresOn')}
          label="Expires on"
          type="date"
          hint="Or leave empty and name the event that ends it."
        />
        <TextField
          {...form.bind('expiryEvent', { clears: ['expiresOn'] })}
          label="Or expires at (event)"
          optional
          hint="For example: the end of treatment."
        />
      </div>
      {form.formError ? (
        <p className="field__error" role="alert">
          {form.formError}
        </p>
      ) : null}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={form.saving}>
          {form.saving ? 'Saving…' : 'Save consent'}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={form.saving}>
          Cancel
        </button>
      </div>
    </form>
  );
}

import { errorMessage, isApiError } from '@renderer/api/client';
import { ChecklistField } from '@renderer/ui/ChecklistField';
import { type FieldErrors, withoutError } from '@renderer/ui/fieldErrors';
import { SelectField } from '@renderer/ui/SelectField';
import { TextField } from '@renderer/ui/TextField';
import { consentsContract } from '@shared/contract/consents';
import type { Couple } from '@shared/contract/couples';
import { issuesToFieldErrors } from '@shared/contract/field-issues';
import { type DisclosureScope, disclosureScopeLabels, disclosureScopes } from '@shared/domain/consent';
import {
  type ReportRecipient,
  reportRecipientLabels,
  reportRecipients,
} from '@shared/domain/reports/options';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { partnerName } from './labels';
import { useRecordConsent } from './queries';

const recordInput = consentsContract['consents:record'].input;

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
  const [partner, setPartner] = useState<'' | 'A' | 'B'>(defaults.partner ?? '');
  const [recipientKind, setRecipientKind] = useState<'' | ReportRecipient>(defaults.recipientKind ?? '');
  const [recipientName, setRecipientName] = useState(defaults.recipientName ?? '');
  const [purpose, setPurpose] = useState('');
  const [scope, setScope] = useState<DisclosureScope[]>([...disclosureScopes]);
  const [signedOn, setSignedOn] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  const [expiryEvent, setExpiryEvent] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const record = useRecordConsent(couple.id);

  // After a refused save, the first field in error takes focus (and is announced with its message).
  useEffect(() => {
    if (attempt === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], .field--invalid input')?.focus();
  }, [attempt]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = recordInput.safeParse({
      coupleId: couple.id,
      partner: partner === '' ? undefined : partner,
      recipientKind: recipientKind === '' ? undefined : recipientKind,
      recipientName,
      purpose,
      scope,
      signedOn,
      expiresOn,
      expiryEvent,
    });
    if (!parsed.success) {
      setErrors(issuesToFieldErrors(parsed.error.issues));
      setAttempt((n) => n + 1);
      return;
    }
    record.mutate(parsed.data, {
      onSuccess: onDone,
      onError: (error) => {
        setErrors(isApiError(error) ? error.fields : {});
        setAttempt((n) => n + 1);
      },
    });
  }

  const clear = (path: string) => setErrors((current) => withoutError(current, path));
  return (
    <form
      ref={formRef}
      className="form panel"
      onSubmit={submit}
      noValidate
      aria-labelledby="consent-form-heading"
    >
      <h3 id="consent-form-heading">Record a consent</h3>
      <p className="muted">
        As signed on the 42 CFR part 2 consent form. A consent is never edited: if its terms change, revoke it
        and record the new one.
      </p>
      <div className="field-grid">
        <SelectField
          name="consent.partner"
          label="Whose consent"
          value={partner}
          options={[
            { value: '' as const, label: 'Choose…' },
            { value: 'A' as const, label: `${partnerName(couple, 'A')} (partner A)` },
            { value: 'B' as const, label: `${partnerName(couple, 'B')} (partner B)` },
          ]}
          error={errors.partner}
          onValueChange={(value) => {
            setPartner(value);
            clear('partner');
          }}
        />
        <SelectField
          name="consent.recipientKind"
          label="Who may receive it"
          value={recipientKind}
          options={[
            { value: '' as const, label: 'Choose…' },
            ...reportRecipients.map((k) => ({ value: k, label: reportRecipientLabels[k] })),
          ]}
          error={errors.recipientKind}
          onValueChange={(value) => {
            setRecipientKind(value);
            clear('recipientKind');
          }}
        />
        <TextField
          name="consent.recipientName"
          label="Recipient’s name"
          hint="As the form names them; reports to this recipient must give the same name."
          optional={recipientKind === 'couple'}
          value={recipientName}
          error={errors.recipientName}
          onValueChange={(value) => {
            setRecipientName(value);
            clear('recipientName');
          }}
        />
      </div>
      <TextField
        name="consent.purpose"
        label="Purpose of the disclosure"
        value={purpose}
        error={errors.purpose}
        onValueChange={(value) => {
          setPurpose(value);
          clear('purpose');
        }}
      />
      <ChecklistField
        name="consent.scope"
        legend="What may be disclosed"
        items={disclosureScopes.map((id) => ({ id, label: disclosureScopeLabels[id] }))}
        value={scope}
        error={errors.scope}
        onValueChange={(next) => {
          setScope(next);
          clear('scope');
        }}
      />
      <div className="field-grid">
        <TextField
          name="consent.signedOn"
          label="Date signed"
          type="date"
          value={signedOn}
          error={errors.signedOn}
          onValueChange={(value) => {
            setSignedOn(value);
            clear('signedOn');
          }}
        />
        <TextField
          name="consent.expiresOn"
          label="Expires on"
          type="date"
          hint="Or leave empty and name the event that ends it."
          value={expiresOn}
          error={errors.expiresOn}
          onValueChange={(value) => {
            setExpiresOn(value);
            clear('expiresOn');
          }}
        />
        <TextField
          name="consent.expiryEvent"
          label="Or expires at (event)"
          optional
          hint="For example: the end of treatment."
          value={expiryEvent}
          error={errors.expiryEvent}
          onValueChange={(value) => {
            setExpiryEvent(value);
            clear('expiryEvent');
            clear('expiresOn');
          }}
        />
      </div>
      {record.isError && !(isApiError(record.error) && Object.keys(record.error.fields).length > 0) ? (
        <p className="field__error" role="alert">
          {errorMessage(record.error)}
        </p>
      ) : null}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={record.isPending}>
          {record.isPending ? 'Saving…' : 'Save consent'}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={onCancel}
          disabled={record.isPending}
        >
          Cancel
        </button>
      </div>
    </form>
  );
}

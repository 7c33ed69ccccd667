import { isApiError } from '@renderer/api/client';
import { consentsPath } from '@renderer/features/consents/labels';
import { SelectField } from '@renderer/ui/SelectField';
import { TextField } from '@renderer/ui/TextField';
import type { ReportRequest } from '@shared/contract/reports';
import {
  type ReportRecipient,
  reportRecipientLabels,
  reportRecipients,
} from '@shared/domain/reports/options';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { PrintDocumentButton } from './PrintDocumentButton';

type Recipient = Exclude<ReportRecipient, 'couple'>;
/** The couple has its own copy (a note's leaves the risk review out), so it is not offered here. */
const RECIPIENTS = reportRecipients.filter((r): r is Recipient => r !== 'couple');

/**
 * A note or plan printed for someone outside the practice (42 CFR part 2: a disclosure). The
 * core checks each partner's consent to that recipient before anything is made and names the
 * consent on the document; when one is missing, the refusal says whose, with a link to record it.
 */
export function PrintForRecipient({
  coupleId,
  request,
  what,
  partnerNames,
}: {
  coupleId: string;
  /** As the links to record a missing consent name the partners. */
  partnerNames: { A: string; B: string };
  request: Extract<ReportRequest, { kind: 'note' } | { kind: 'plan' }>;
  /** "note" or "plan", as the controls name it. */
  what: string;
}) {
  const id = useId();
  const [kind, setKind] = useState<Recipient>('referringProgramme');
  const [name, setName] = useState('');
  const recipient = { kind, name: name.trim() || null };
  const nameError = name.length > 200 ? 'The recipient’s name is 200 characters at most.' : null;
  return (
    <details className="print-for-recipient">
      <summary>Print a copy for a recipient…</summary>
      <p className="muted" id={`${id}-why`}>
        A copy for a referring program, insurer or court is a disclosure: each partner whose substance-use
        information it shows needs a current consent to that recipient, and the copy names the consent.
      </p>
      <div className="print-for-recipient__fields">
        <SelectField<Recipient>
          name={`${id}.recipient`}
          label="Recipient"
          value={kind}
          options={RECIPIENTS.map((value) => ({ value, label: reportRecipientLabels[value] }))}
          onValueChange={setKind}
        />
        <TextField
          name={`${id}.recipientName`}
          label="Recipient’s name"
          optional
          hint="As the consent names them, e.g. “Sample County Drug Court”."
          value={name}
          maxLength={200}
          error={nameError}
          onValueChange={setName}
        />
      </div>
      <PrintDocumentButton
        request={{ ...request, recipient }}
        label={`Print ${what} for ${reportRecipientLabels[kind].toLowerCase()}`}
        errorAction={(error) => (
          <MissingConsentLinks error={error} coupleId={coupleId} recipient={recipient} names={partnerNames} />
        )}
      />
    </details>
  );
}

/** Links to record each consent the refusal names as missing (field `recipient.consentA`/`B`). */
function MissingConsentLinks({
  error,
  coupleId,
  recipient,
  names,
}: {
  error: unknown;
  coupleId: string;
  recipient: { kind: Recipient; name: string | null };
  names: { A: string; B: string };
}) {
  if (!isApiError(error)) return null;
  const partners = (['A', 'B'] as const).filter((p) => error.fields[`recipient.consent${p}`]);
  if (partners.length === 0) return null;
  return (
    <>
      {partners.map((partner) => (
        <Link
          key={partner}
          className="print-for-recipient__consent"
          to={consentsPath(coupleId, {
            partner,
            recipientKind: recipient.kind,
            recipientName: recipient.name,
          })}
        >
          Record {names[partner]}’s consent
        </Link>
      ))}
    </>
  );
}

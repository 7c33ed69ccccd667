import { UNEXPECTED_FAILURE } from '@renderer/api/client';
import { formatDate, today as todayIso } from '@renderer/features/couples/format';
import { EmptyState, QueryView } from '@renderer/ui/states';
import { TextField } from '@renderer/ui/TextField';
import { useForm } from '@renderer/ui/useForm';
import type { Consent } from '@shared/contract/consents';
import type { Couple } from '@shared/contract/couples';
import { consentExpiryText, consentNotCurrentReason, disclosureScopeLabels } from '@shared/domain/consent';
import {
  type ReportRecipient,
  reportRecipientLabels,
  reportRecipients,
} from '@shared/domain/reports/options';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ConsentForm, type ConsentFormDefaults } from './ConsentForm';
import { partnerName } from './labels';
import { consentsQuery, useRevokeConsent } from './queries';

function isRecipient(value: string | null): value is ReportRecipient {
  return reportRecipients.some((r) => r === value);
}

/** `?record=A&recipient=court&recipientName=…`: the report dialog's "record it" link opens the form so. */
function formFromLink(params: URLSearchParams): ConsentFormDefaults | null {
  const partner = params.get('record');
  if (partner !== 'A' && partner !== 'B') return null;
  const recipient = params.get('recipient');
  return {
    partner,
    ...(isRecipient(recipient) ? { recipientKind: recipient } : {}),
    ...(params.get('recipientName') ? { recipientName: params.get('recipientName') ?? '' } : {}),
  };
}

/**
 * The couple's 42 CFR part 2 consents, both partners: what each allows, to whom, until when,
 * and whether it holds today. Reports, notes and plans made for a recipient check these.
 */
export function ConsentsTab({ couple }: { couple: Couple }) {
  const consents = useQuery(consentsQuery(couple.id));
  const [params] = useSearchParams();
  const [form, setForm] = useState<ConsentFormDefaults | null>(() => formFromLink(params));
  const [status, setStatus] = useState('');
  const statusRef = useRef<HTMLParagraphElement>(null);
  const [today] = useState(todayIso);

  const done = (message: string) => {
    setForm(null);
    setStatus(message);
    statusRef.current?.focus();
  };

  return (
    <QueryView query={consents} loading="Loading the consents…" errorTitle="The consents could not be loaded">
      {(consentsData) => {
        return (
          <div className="tab-panel__stack">
            <section aria-labelledby="consents-heading">
              <h2 id="consents-heading">Consents to disclose substance-use information</h2>
              <p className="muted">
                Under 42 CFR part 2 each partner’s substance-use information goes to a recipient (the couple
                included) only with that partner’s written consent. A report, note or plan made for a
                recipient is refused until the consent is recorded here.
              </p>
              <div className="tab-panel__actions">
                {form ? null : (
                  <button
                    type="button"
                    className="button button--primary"
                    onClick={() => {
                      setForm({});
                      setStatus('');
                    }}
                  >
                    Record a consent
                  </button>
                )}
                <p ref={statusRef} tabIndex={-1} className="form__status" role="status">
                  {status}
                </p>
              </div>
              {form ? (
                <ConsentForm
                  couple={couple}
                  defaults={form}
                  onDone={() => done('Consent recorded.')}
                  onCancel={() => setForm(null)}
                />
              ) : null}
              {consentsData.items.length === 0 && form ? null : consentsData.items.length === 0 ? (
                <EmptyState title="No consents recorded">
                  <p>
                    Record each partner’s signed consent form before sending their substance-use details to
                    anyone.
                  </p>
                </EmptyState>
              ) : (
                <ConsentTable
                  couple={couple}
                  items={consentsData.items}
                  today={today}
                  onRevoked={() => done('Revocation recorded.')}
                />
              )}
            </section>
          </div>
        );
      }}
    </QueryView>
  );
}

function statusText(consent: Consent, today: string): string {
  const reason = consentNotCurrentReason(consent, today);
  if (consent.revokedOn !== null) return `Revoked ${formatDate(consent.revokedOn)}`;
  if (reason === null) return 'Current';
  return consent.expiresOn !== null && consent.expiresOn < today ? 'Expired' : 'Not yet in force';
}

function ConsentTable({
  couple,
  items,
  today,
  onRevoked,
}: {
  couple: Couple;
  items: readonly Consent[];
  today: string;
  onRevoked(): void;
}) {
  const [revoking, setRevoking] = useState<string | null>(null);
  return (
    <div className="table-wrap">
      <table className="table consents-table">
        <caption className="table__caption">Recorded consents, newest signed first</caption>
        <thead>
          <tr>
            <th scope="col">Partner</th>
            <th scope="col">Recipient</th>
            <th scope="col">Purpose and scope</th>
            <th scope="col">Signed</th>
            <th scope="col">Valid</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((consent) => (
            <tr key={consent.id}>
              <th scope="row">{partnerName(couple, consent.partner)}</th>
              <td>
                {reportRecipientLabels[consent.recipientKind]}
                {consent.recipientName ? <span className="table__sub">{consent.recipientName}</span> : null}
              </td>
              <td>
                {consent.purpose}
                <span className="table__sub">
                  {consent.scope.map((s) => disclosureScopeLabels[s]).join('; ')}
                </span>
              </td>
              <td>{formatDate(consent.signedOn)}</td>
              <td>{consentExpiryText(consent)}</td>
              <td>{statusText(consent, today)}</td>
              <td>
                {consent.revokedOn === null ? (
                  revoking === consent.id ? (
                    <RevokeForm
                      coupleId={couple.id}
                      consent={consent}
                      onDone={() => {
                        setRevoking(null);
                        onRevoked();
                      }}
                      onCancel={() => setRevoking(null)}
                    />
                  ) : (
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      aria-label={`Revoke ${partnerName(couple, consent.partner)}’s consent to ${consent.recipientName ?? reportRecipientLabels[consent.recipientKind]}`}
                      onClick={() => setRevoking(consent.id)}
                    >
                      Revoke…
                    </button>
                  )
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RevokeForm({
  coupleId,
  consent,
  onDone,
  onCancel,
}: {
  coupleId: string;
  consent: Consent;
  onDone(): void;
  onCancel(): void;
}) {
  const revoke = useRevokeConsent(coupleId);
  const [initial] = useState(() => ({ revokedOn: todayIso() }));
  const form = useForm<{ revokedOn: string }, { id: string; revokedOn: string }>({
    initial,
    // The core checks the date (not before the signature, not in the future).
    validate: ({ revokedOn }) => ({ ok: true, input: { id: consent.id, revokedOn } }),
    save: async (input) => {
      await revoke.mutateAsync(input);
      onDone();
    },
    fields: ['revokedOn'],
    // Focus stays in the one field, where it started.
    focus: 'none',
    failureMessage: UNEXPECTED_FAILURE,
  });
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => inputRef.current?.focus(), []);

  return (
    <form className="revoke-form" onSubmit={form.submit} noValidate aria-label="Record the revocation">
      <TextField
        {...form.bind('revokedOn', { name: `revoke.${consent.id}.revokedOn` })}
        label="Date revoked"
        type="date"
        inputRef={inputRef}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onCancel();
        }}
      />
      {form.formError ? (
        <p className="field__error" role="alert">
          {form.formError}
        </p>
      ) : null}
      <div className="form__actions">
        <button type="submit" className="button button--danger button--small" disabled={form.saving}>
          Record revocation
        </button>
        <button type="button" className="button button--secondary button--small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

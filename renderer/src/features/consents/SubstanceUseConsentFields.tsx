import { today as todayIso } from '@renderer/features/couples/format';
import { CheckboxField } from '@renderer/ui/CheckboxField';
import type { Couple } from '@shared/contract/couples';
import { consentCoverage, type PartnerCoverage } from '@shared/domain/consent';
import { formatIsoDate } from '@shared/domain/dates';
import { reportDisclosureScopes } from '@shared/domain/reports/disclosure';
import type { ReportRecipient, ReportSection } from '@shared/domain/reports/options';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { consentsPath, partnerName } from './labels';
import { consentsQuery } from './queries';

type Partners = { A: boolean; B: boolean };

export interface SubstanceUseChoice {
  recipient: ReportRecipient;
  recipientName: string;
  includeSubstanceUse: boolean;
  substanceUseOf: Partners;
  sections: Record<ReportSection, boolean>;
}

/** Which partners have a current consent covering this report, as the core will check it. */
export function useConsentCoverage(couple: Couple, choice: SubstanceUseChoice) {
  const consents = useQuery(consentsQuery(couple.id));
  const scopes = reportDisclosureScopes(choice);
  const coverage = consents.data
    ? consentCoverage(consents.data.items, {
        recipient: { kind: choice.recipient, name: choice.recipientName.trim() || null },
        date: todayIso(),
        includes: { A: scopes, B: scopes },
      })
    : null;
  return { coverage, loaded: consents.data !== undefined, data: consents.data };
}

function consentLine(c: PartnerCoverage): string {
  if (c.status === 'covered') {
    return `Consent signed ${formatIsoDate(c.consent.signedOn)} covers this report; the report names it.`;
  }
  if (c.status === 'missing') return `Not covered: ${c.reason}.`;
  return '';
}

/**
 * Per partner in recovery: include their substance-use details, with whether a recorded consent
 * covers this recipient and report, and a link to record one. A partner's box starts ticked only
 * when a consent covers them; ticking it without one is allowed, and the core then refuses the
 * report naming what is missing (shown here, under the box).
 */
export function SubstanceUseConsentFields({
  couple,
  choice,
  errors,
  onChange,
}: {
  couple: Couple;
  choice: SubstanceUseChoice;
  errors: Readonly<Record<string, string>>;
  onChange(substanceUseOf: Partners): void;
}) {
  const { coverage, data } = useConsentCoverage(couple, choice);
  const partners = (['A', 'B'] as const).filter(
    (p) => (p === 'A' ? couple.partnerA : couple.partnerB).inRecovery,
  );

  // When the consents arrive, change (one was just recorded) or the recipient changes (its preset
  // unticks everyone), tick each partner a consent covers. A box is never unticked here.
  const seen = useRef<{ data: unknown; recipient: string } | null>(null);
  useEffect(() => {
    if (!coverage) return;
    const last = seen.current;
    if (last && last.data === data && last.recipient === choice.recipient) return;
    seen.current = { data, recipient: choice.recipient };
    const next = {
      A: choice.substanceUseOf.A || coverage.A.status === 'covered',
      B: choice.substanceUseOf.B || coverage.B.status === 'covered',
    };
    if (next.A !== choice.substanceUseOf.A || next.B !== choice.substanceUseOf.B) onChange(next);
  }, [coverage, data, choice.recipient, choice.substanceUseOf, onChange]);

  if (!choice.includeSubstanceUse || partners.length === 0) return null;
  return (
    <fieldset className="checklist consent-needed">
      <legend className="checklist__legend">Whose substance-use details (42 CFR part 2 consent)</legend>
      {partners.map((p) => {
        const name = partnerName(couple, p);
        const c = coverage?.[p];
        const error = errors[`options.substanceUseOf.${p}`];
        return (
          <div key={p}>
            <CheckboxField
              name={`options.substanceUseOf.${p}`}
              label={`Include ${name}’s details`}
              // The core's refusal says the same and what to do: one message, not two.
              hint={error ? undefined : c ? consentLine(c) : 'Checking the recorded consents…'}
              value={choice.substanceUseOf[p]}
              error={error}
              onValueChange={(checked) => onChange({ ...choice.substanceUseOf, [p]: checked })}
            />
            {c && c.status === 'missing' ? (
              <p className="consent-needed__link">
                <Link
                  to={consentsPath(couple.id, {
                    partner: p,
                    recipientKind: choice.recipient,
                    recipientName: choice.recipientName.trim() || null,
                  })}
                >
                  Record {name}’s consent
                </Link>{' '}
                (your report choices are kept)
              </p>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}

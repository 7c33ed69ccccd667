/**
 * 42 CFR Part 2 consents: which of a partner's written consents lets a document carry that
 * partner's substance-use information to a recipient, or what is missing.
 *
 * Why per partner: each partner is a patient in their own right. One partner's consent never
 * covers the other's information, and the couple's own copy is a disclosure too: partner B
 * reading partner A's sobriety date needs partner A's consent (42 CFR 2.31 asks for the
 * recipient's name, the purpose, and an explicit description of what may be disclosed).
 *
 * A consent covers a document when, on the document's date, it is signed, not expired, not
 * revoked, names the same kind of recipient (and the same recipient by name when the document
 * names one), and its scope holds every kind of information the document shows for that
 * partner. An expiry given as an event ("completion of the drug court program") cannot be read
 * off the record: such a consent stays current until the clinician records its revocation or
 * end, which the consents screen says next to it.
 */

import { type ReportRecipient, reportRecipientLabels } from '@shared/domain/reports/options';
import { formatIsoDate } from './dates';
import { foldForSearch } from './text';

export type ConsentPartner = 'A' | 'B';

/** What a consent may allow to be disclosed, as 42 CFR 2.31(a)(3) asks: explicitly. */
export const disclosureScopes = ['diagnosis', 'useData', 'attendance', 'treatment'] as const;
export type DisclosureScope = (typeof disclosureScopes)[number];

export const disclosureScopeLabels: Record<DisclosureScope, string> = {
  diagnosis: 'Substance-use diagnosis and recovery status',
  useData: 'Use and abstinence data (recovery calendar, screens, lapses and relapses)',
  attendance: 'Treatment attendance',
  treatment: 'Treatment plan, goals, progress and session notes',
};

/** A consent as the rule needs it (the stored record has more: ids, times). */
export interface ConsentTerms {
  id: string;
  partner: ConsentPartner;
  recipientKind: ReportRecipient;
  /** The named recipient ("Sample County Drug Court"); null only for the couple. */
  recipientName: string | null;
  purpose: string;
  scope: readonly DisclosureScope[];
  signedOn: string;
  /** The last day it is valid; null when it ends with an event instead. */
  expiresOn: string | null;
  expiryEvent: string | null;
  revokedOn: string | null;
}

export interface DisclosureRequest {
  recipient: { kind: ReportRecipient; name: string | null };
  /** ISO date the document is made: consent must be current on that day. */
  date: string;
  /** What the document shows of each partner's substance-use information (empty: nothing). */
  includes: Record<ConsentPartner, readonly DisclosureScope[]>;
}

export type PartnerCoverage =
  | { status: 'notNeeded' }
  | { status: 'covered'; consent: ConsentTerms }
  | { status: 'missing'; needs: readonly DisclosureScope[]; reason: string };

export interface ConsentCoverage {
  A: PartnerCoverage;
  B: PartnerCoverage;
  /** Every partner whose information the document shows has a covering consent. */
  ok: boolean;
}

/** Names compared as a clinician types them: case, accents, punctuation and spacing aside. */
function sameName(a: string, b: string): boolean {
  const norm = (s: string) =>
    foldForSearch(s)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  return norm(a) === norm(b);
}

/** Why a consent does not hold on `date`, or null when it is current. */
export function consentNotCurrentReason(consent: ConsentTerms, date: string): string | null {
  if (consent.signedOn > date)
    return `it is signed ${formatIsoDate(consent.signedOn)}, after this document's date`;
  if (consent.revokedOn !== null && consent.revokedOn <= date) {
    return `it was revoked on ${formatIsoDate(consent.revokedOn)}`;
  }
  if (consent.expiresOn !== null && consent.expiresOn < date) {
    return `it expired on ${formatIsoDate(consent.expiresOn)}`;
  }
  return null;
}

export function isConsentCurrent(consent: ConsentTerms, date: string): boolean {
  return consentNotCurrentReason(consent, date) === null;
}

function recipientMatches(consent: ConsentTerms, recipient: DisclosureRequest['recipient']): boolean {
  if (consent.recipientKind !== recipient.kind) return false;
  // The couple is named by the record itself; anyone else must be the recipient the consent names.
  if (recipient.kind === 'couple') return true;
  return (
    recipient.name !== null &&
    consent.recipientName !== null &&
    sameName(consent.recipientName, recipient.name)
  );
}

function recipientText(recipient: DisclosureRequest['recipient']): string {
  // "The couple" already has its article: "to the couple", never "to the the couple".
  const label = reportRecipientLabels[recipient.kind].toLowerCase().replace(/^the /, '');
  return recipient.name && recipient.kind !== 'couple' ? `${label} “${recipient.name}”` : label;
}

function coverageOf(
  consents: readonly ConsentTerms[],
  partner: ConsentPartner,
  request: DisclosureRequest,
): PartnerCoverage {
  const needs = request.includes[partner];
  if (needs.length === 0) return { status: 'notNeeded' };
  if (request.recipient.kind !== 'couple' && request.recipient.name === null) {
    return {
      status: 'missing',
      needs,
      reason: `name the ${reportRecipientLabels[request.recipient.kind].toLowerCase()} this goes to: a consent names its recipient`,
    };
  }
  const own = consents.filter((c) => c.partner === partner && recipientMatches(c, request.recipient));
  const current = own.filter((c) => isConsentCurrent(c, request.date));
  // The most recently signed consent that covers everything shown is the one the document names.
  const covering = current
    .filter((c) => needs.every((scope) => c.scope.includes(scope)))
    .sort((a, b) => b.signedOn.localeCompare(a.signedOn) || a.id.localeCompare(b.id))[0];
  if (covering) return { status: 'covered', consent: covering };
  const to = recipientText(request.recipient);
  if (own.length === 0)
    return { status: 'missing', needs, reason: `no consent to disclose to the ${to} is recorded` };
  if (current.length === 0) {
    const latest = [...own].sort((a, b) => b.signedOn.localeCompare(a.signedOn))[0] as ConsentTerms;
    return {
      status: 'missing',
      needs,
      reason: `the consent to the ${to} signed ${formatIsoDate(latest.signedOn)} is not current: ${consentNotCurrentReason(latest, request.date)}`,
    };
  }
  const best = current[0] as ConsentTerms;
  const lacking = needs.filter((scope) => !best.scope.includes(scope));
  return {
    status: 'missing',
    needs,
    reason: `the consent to the ${to} does not cover ${lacking.map((s) => disclosureScopeLabels[s].toLowerCase()).join('; ')}`,
  };
}

/** Which current consent covers each partner whose information the document shows, or what is missing. */
export function consentCoverage(
  consents: readonly ConsentTerms[],
  request: DisclosureRequest,
): ConsentCoverage {
  const A = coverageOf(consents, 'A', request);
  const B = coverageOf(consents, 'B', request);
  return { A, B, ok: A.status !== 'missing' && B.status !== 'missing' };
}

/** "Until Jun 30, 2027" or "Until completion of the drug court program". */
export function consentExpiryText(consent: Pick<ConsentTerms, 'expiresOn' | 'expiryEvent'>): string {
  if (consent.expiresOn !== null) return `Until ${formatIsoDate(consent.expiresOn)}`;
  return `Until ${consent.expiryEvent ?? 'revoked'}`;
}

/**
 * The consent as the document names it (42 CFR 2.32(b): a copy of the consent or a clear
 * explanation of its scope goes with the disclosure).
 */
export function consentCitation(consent: ConsentTerms, partnerName: string): string {
  const scope = consent.scope.map((s) => disclosureScopeLabels[s].toLowerCase()).join('; ');
  const to = consent.recipientName ?? reportRecipientLabels[consent.recipientKind];
  return (
    `Disclosed with the written consent of ${partnerName}, signed ${formatIsoDate(consent.signedOn)}, ` +
    `to ${to}. Purpose: ${consent.purpose.replace(/[.\s]+$/, '')}. It allows: ${scope}. ` +
    `${consentExpiryText(consent)}, unless revoked.`
  );
}

/** One sentence per partner whose consent is missing, naming the partner and what to do. */
export function missingConsentMessages(
  coverage: ConsentCoverage,
  names: Record<ConsentPartner, string>,
  /** What else the clinician can do; a report can leave the partner's details out. */
  instead: (name: string) => string = (name) => `leave out ${name}’s substance-use details`,
): Partial<Record<ConsentPartner, string>> {
  const messages: Partial<Record<ConsentPartner, string>> = {};
  for (const partner of ['A', 'B'] as const) {
    const c = coverage[partner];
    if (c.status !== 'missing') continue;
    messages[partner] =
      `${names[partner]}’s substance-use information needs their consent: ${c.reason}. ` +
      `Record the consent on the couple’s record, or ${instead(names[partner])}.`;
  }
  return messages;
}

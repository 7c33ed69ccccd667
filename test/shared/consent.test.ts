import {
  type ConsentTerms,
  consentCitation,
  consentCoverage,
  type DisclosureRequest,
  type DisclosureScope,
  disclosureScopes,
  isConsentCurrent,
  missingConsentMessages,
} from '@shared/domain/consent';
import { reportRecipients } from '@shared/domain/reports/options';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const NAMES = { A: 'Alex Example', B: 'Sam Example' };

function consent(overrides: Partial<ConsentTerms> = {}): ConsentTerms {
  return {
    id: 'consent-a',
    partner: 'A',
    recipientKind: 'referringProgramme',
    recipientName: 'Sample Recovery Program',
    purpose: 'Coordinating care',
    scope: ['diagnosis', 'useData'],
    signedOn: '2026-03-01',
    expiresOn: '2027-02-28',
    expiryEvent: null,
    revokedOn: null,
    ...overrides,
  };
}

function request(overrides: Partial<DisclosureRequest> = {}): DisclosureRequest {
  return {
    recipient: { kind: 'referringProgramme', name: 'Sample Recovery Program' },
    date: '2026-06-01',
    includes: { A: ['diagnosis', 'useData'], B: [] },
    ...overrides,
  };
}

describe('consent coverage (42 CFR part 2, per partner)', () => {
  it('names the current consent of the partner whose information is shown; the other needs none', () => {
    const coverage = consentCoverage([consent()], request());
    expect(coverage.ok).toBe(true);
    expect(coverage.A).toMatchObject({ status: 'covered', consent: { id: 'consent-a' } });
    expect(coverage.B).toEqual({ status: 'notNeeded' });
  });

  it('never lets one partner’s consent cover the other', () => {
    const coverage = consentCoverage([consent()], request({ includes: { A: [], B: ['diagnosis'] } }));
    expect(coverage.ok).toBe(false);
    expect(coverage.B).toMatchObject({ status: 'missing' });
    expect(missingConsentMessages(coverage, NAMES).B).toMatch(
      /^Sam Example’s substance-use information needs their consent: no consent to disclose to the referring program “Sample Recovery Program” is recorded\./,
    );
    expect(missingConsentMessages(coverage, NAMES).A).toBeUndefined();
  });

  it('says why a consent does not hold: expired, revoked, signed after the document, scope too narrow', () => {
    const reason = (c: ConsentTerms, r: DisclosureRequest = request()) => {
      const result = consentCoverage([c], r).A;
      return result.status === 'missing' ? result.reason : result.status;
    };
    expect(reason(consent({ expiresOn: '2026-05-31' }))).toMatch(/expired on May 31, 2026/);
    expect(reason(consent({ revokedOn: '2026-06-01' }))).toMatch(/revoked on Jun 1, 2026/);
    expect(reason(consent({ signedOn: '2026-06-02', expiresOn: '2027-01-01' }))).toMatch(
      /signed Jun 2, 2026/,
    );
    expect(reason(consent({ scope: ['diagnosis'] }))).toMatch(
      /does not cover use and abstinence data \(recovery calendar, screens, lapses and relapses\)/,
    );
    // Valid through its last day; a revocation takes effect the day it is recorded.
    expect(reason(consent({ expiresOn: '2026-06-01' }))).toBe('covered');
    expect(reason(consent({ revokedOn: '2026-06-02' }))).toBe('covered');
  });

  it('matches the recipient by kind and by name as typed (case, accents and spacing aside)', () => {
    const named = (name: string | null) =>
      consentCoverage([consent()], request({ recipient: { kind: 'referringProgramme', name } })).A.status;
    expect(named('  sample RECOVERY program ')).toBe('covered');
    expect(named('Another Program')).toBe('missing');
    const unnamed = consentCoverage(
      [consent()],
      request({ recipient: { kind: 'referringProgramme', name: null } }),
    );
    expect(unnamed.A).toMatchObject({ reason: expect.stringMatching(/name the referring program/) });
    const court = consentCoverage(
      [consent()],
      request({ recipient: { kind: 'court', name: 'Sample Recovery Program' } }),
    );
    expect(court.A.status).toBe('missing');
  });

  it('lets a consent to the couple cover the couple’s copy without a name', () => {
    const toCouple = consent({ recipientKind: 'couple', recipientName: null });
    const coverage = consentCoverage([toCouple], request({ recipient: { kind: 'couple', name: null } }));
    expect(coverage.A.status).toBe('covered');
  });

  it('keeps an event-ended consent current until revoked, and names the newest covering one', () => {
    const older = consent({
      id: 'older',
      signedOn: '2026-01-01',
      expiresOn: null,
      expiryEvent: 'the end of treatment',
    });
    const newer = consent({ id: 'newer', signedOn: '2026-04-01' });
    const coverage = consentCoverage([older, newer], request({ date: '2030-01-01' }));
    expect(coverage.A).toMatchObject({ status: 'covered', consent: { id: 'older' } });
    expect(consentCoverage([older, newer], request()).A).toMatchObject({ consent: { id: 'newer' } });
  });

  it('cites the consent with its date and scope, as 42 CFR 2.32(b) asks', () => {
    expect(consentCitation(consent(), 'A. E.')).toBe(
      'Disclosed with the written consent of A. E., signed Mar 1, 2026, to Sample Recovery Program. Purpose: Coordinating care. ' +
        'It allows: substance-use diagnosis and recovery status; use and abstinence data (recovery calendar, screens, lapses and relapses). ' +
        'Until Feb 28, 2027, unless revoked.',
    );
  });

  const iso = fc
    .integer({ min: 0, max: 1000 })
    .map((d) => new Date(Date.UTC(2025, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
  const scopes = fc.subarray([...disclosureScopes] as DisclosureScope[]);
  const arbitraryConsent = fc.record({
    id: fc.uuid(),
    partner: fc.constantFrom('A' as const, 'B' as const),
    recipientKind: fc.constantFrom(...reportRecipients),
    recipientName: fc.constantFrom('Sample Court', 'Sample Program', null),
    purpose: fc.constant('Fictional purpose'),
    scope: scopes.filter((s) => s.length > 0),
    signedOn: iso,
    expiresOn: fc.option(iso, { nil: null }),
    expiryEvent: fc.constant(null),
    revokedOn: fc.option(iso, { nil: null }),
  });

  it('property: a covering consent is always the partner’s own, current, to this recipient, and covers all shown', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryConsent, { maxLength: 6 }),
        fc.constantFrom(...reportRecipients),
        fc.constantFrom('Sample Court', 'Sample Program', null),
        iso,
        scopes,
        scopes,
        (consents, kind, name, date, a, b) => {
          const coverage = consentCoverage(consents, {
            recipient: { kind, name },
            date,
            includes: { A: a, B: b },
          });
          for (const [partner, needs] of [
            ['A', a],
            ['B', b],
          ] as const) {
            const c = coverage[partner];
            if (needs.length === 0) expect(c.status).toBe('notNeeded');
            if (c.status !== 'covered') continue;
            expect(c.consent.partner).toBe(partner);
            expect(c.consent.recipientKind).toBe(kind);
            expect(isConsentCurrent(c.consent, date)).toBe(true);
            for (const scope of needs) expect(c.consent.scope).toContain(scope);
          }
          expect(coverage.ok).toBe(coverage.A.status !== 'missing' && coverage.B.status !== 'missing');
        },
      ),
    );
  });
});

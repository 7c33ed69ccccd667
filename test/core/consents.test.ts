import type { Channel, Input } from '@shared/contract';
import type { RecordConsentInput } from '@shared/contract/consents';
import type { ProgressReportOptionsInput } from '@shared/contract/reports';
import { walkPlan } from '@shared/domain/plan';
import { recipientPresets } from '@shared/domain/reports/options';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fictionalAssessment, fictionalPartnerAssessment } from '../fixtures/assessments';
import { fictionalCouple } from '../fixtures/couples';
import { fictionalDapNote, fictionalSession } from '../fixtures/sessions';
import { makeUnlockedCore, type TestCore } from '../support/core';
import { pdfPages } from '../support/pdf-text';

// The test clock starts at 2026-11-20 09:00 UTC: "today" is 2026-11-20.
let t: TestCore;
let coupleId: string;
const FULL = 'This record which has been disclosed to you is protected by Federal confidentiality rules';
const ABBREVIATED = '42 CFR part 2 prohibits unauthorized use or disclosure of these records.';
const RECORD_FOOTER = 'Copy for the clinical record, not for disclosure.';

beforeEach(async () => {
  t = await makeUnlockedCore();
  coupleId = (await t.ok('couples:create', fictionalCouple())).id;
});
afterEach(async () => {
  await t.dispose();
});

function consentInput(overrides: Partial<RecordConsentInput> = {}): RecordConsentInput {
  return {
    coupleId,
    partner: 'A',
    recipientKind: 'referringProgramme',
    recipientName: 'Sample Recovery Program (fictional)',
    purpose: 'Coordinating care with the referring program',
    scope: ['diagnosis', 'useData', 'attendance', 'treatment'],
    signedOn: '2026-10-01',
    expiresOn: '2027-09-30',
    expiryEvent: null,
    ...overrides,
  };
}

async function refused<C extends Channel>(channel: C, input: Input<C>) {
  const result = await t.core.dispatch(channel, input);
  if (result.ok) throw new Error(`${channel} was accepted`);
  return result.error;
}

const flat = (pages: string[]) => pages.map((p) => p.replace(/\s+/g, ' '));

describe('consents:record, consents:revoke, consents:list', () => {
  it('records a consent per partner, lists it, revokes it once, and audits each step without its text', async () => {
    const consent = await t.ok('consents:record', consentInput());
    expect(consent).toMatchObject({
      partner: 'A',
      revokedOn: null,
      scope: ['diagnosis', 'useData', 'attendance', 'treatment'],
    });
    expect((await t.ok('consents:list', { coupleId })).items).toEqual([consent]);
    const revoked = await t.ok('consents:revoke', { id: consent.id, revokedOn: '2026-11-01' });
    expect(revoked.revokedOn).toBe('2026-11-01');
    const again = await refused('consents:revoke', { id: consent.id, revokedOn: '2026-11-02' });
    expect(again).toMatchObject({
      code: 'conflict',
      message: 'This consent was already revoked on Nov 1, 2026.',
    });
    const audit = await t.ok('audit:list', { coupleId });
    const actions = audit.items.map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['consent.recorded', 'consent.revoked', 'consent.listed']),
    );
    expect(JSON.stringify(audit)).not.toContain('Sample Recovery Program');
    expect(JSON.stringify(audit)).not.toContain('Coordinating care');
  });

  it('refuses impossible dates and missing terms, each on its field, and saves nothing', async () => {
    const fields = async (input: RecordConsentInput) => (await refused('consents:record', input)).fields;
    expect(await fields(consentInput({ expiresOn: '2026-09-30' }))).toMatchObject({
      expiresOn: 'The expiry date must be after the date signed',
    });
    expect(await fields(consentInput({ signedOn: '2026-11-21', expiresOn: '2027-01-01' }))).toMatchObject({
      signedOn: expect.stringMatching(/cannot be in the future/),
    });
    expect(await fields(consentInput({ expiresOn: null, expiryEvent: null }))).toMatchObject({
      expiresOn: 'Enter when the consent expires: a date, or the event that ends it',
    });
    expect(await fields(consentInput({ expiryEvent: 'End of treatment' }))).toMatchObject({
      expiryEvent: 'Give either an expiry date or an ending event, not both',
    });
    expect(await fields(consentInput({ recipientName: '' }))).toMatchObject({
      recipientName: 'Enter the recipient’s name as the consent form gives it',
    });
    expect(await fields(consentInput({ scope: [] }))).toMatchObject({
      scope: 'Choose at least one kind of information that may be disclosed',
    });
    expect((await t.ok('consents:list', { coupleId })).items).toEqual([]);

    const consent = await t.ok('consents:record', consentInput());
    expect((await refused('consents:revoke', { id: consent.id, revokedOn: '2026-09-30' })).fields).toEqual({
      revokedOn: 'A consent cannot be revoked before it was signed (Oct 1, 2026)',
    });
    expect((await refused('consents:revoke', { id: consent.id, revokedOn: '2026-11-21' })).fields).toEqual({
      revokedOn: 'The date revoked cannot be in the future',
    });
    expect((await t.ok('consents:list', { coupleId })).items[0]?.revokedOn).toBeNull();
  });
});

function referrerReport(overrides: Partial<ProgressReportOptionsInput> = {}): ProgressReportOptionsInput {
  const preset = recipientPresets.referringProgramme;
  return {
    coupleId,
    from: '2026-10-01',
    to: '2026-11-19',
    recipient: 'referringProgramme',
    recipientName: 'Sample Recovery Program (fictional)',
    identifiers: preset.identifiers,
    includeSubstanceUse: true,
    sections: preset.sections,
    narrative: null,
    recommendations: null,
    ...overrides,
  };
}

describe('reports for a recipient need the consent of each partner whose use details they show', () => {
  it('refuses a report with partner A’s details until A’s consent is recorded, then names it under the notice', async () => {
    const blocked = await refused('reports:generate', { kind: 'progress', options: referrerReport() });
    expect(blocked.code).toBe('validation');
    expect(blocked.message).toMatch(
      /^Zoë Müller-Ñúñez’s substance-use information needs their consent: no consent to disclose/,
    );
    expect(blocked.fields?.['options.substanceUseOf.A']).toMatch(/Record the consent on the couple’s record/);
    expect(blocked.fields?.['options.substanceUseOf.B']).toBeUndefined();
    expect((await t.ok('reports:history', { coupleId })).items).toEqual([]);

    // A consent to another recipient, or one that does not cover the use data, is not enough.
    await t.ok('consents:record', consentInput({ recipientName: 'Another Program (fictional)' }));
    await t.ok('consents:record', consentInput({ scope: ['diagnosis'] }));
    const narrow = await refused('reports:generate', { kind: 'progress', options: referrerReport() });
    expect(narrow.message).toMatch(/does not cover use and abstinence data/);

    const consent = await t.ok('consents:record', consentInput());
    const report = await t.ok('reports:generate', { kind: 'progress', options: referrerReport() });
    const pages = flat(await pdfPages(Buffer.from(report.pdfBase64, 'base64')));
    expect(pages[0]).toContain(FULL);
    expect(pages[0]).toContain('Disclosed with the written consent of Zoë Müller-Ñúñez, signed Oct 1, 2026');
    expect(pages.join(' ')).toContain('In recovery');
    const [record] = (await t.ok('reports:history', { coupleId })).items;
    expect(record?.options).toMatchObject({ consents: [consent.id] });
  });

  it('leaves out a partner’s details when asked, and then needs no consent of theirs (nothing Part 2 is printed)', async () => {
    const report = await t.ok('reports:generate', {
      kind: 'progress',
      options: referrerReport({ substanceUseOf: { A: false, B: true } }),
    });
    const text = flat(await pdfPages(Buffer.from(report.pdfBase64, 'base64'))).join(' ');
    expect(text).not.toContain('In recovery');
    expect(text).not.toContain('42 CFR');
  });

  it('prints a note for the record without consent, and for a recipient only with it, marked on every page', async () => {
    const session = await t.ok('sessions:create', fictionalSession(coupleId));
    const draft = await t.ok('notes:saveDraft', { sessionId: session.id, content: fictionalDapNote() });
    await t.ok('notes:sign', { id: draft.id, signedBy: 'Dr. Example Clinician', attest: true });

    const forRecord = await t.ok('reports:generate', { kind: 'note', noteId: draft.id });
    const recordPages = flat(await pdfPages(Buffer.from(forRecord.pdfBase64, 'base64')));
    for (const page of recordPages) {
      expect(page).toContain(RECORD_FOOTER);
      expect(page).not.toContain(FULL);
    }

    const recipient = { kind: 'referringProgramme' as const, name: 'Sample Recovery Program (fictional)' };
    const blocked = await refused('reports:generate', { kind: 'note', noteId: draft.id, recipient });
    // Partner B answered the use question, so both partners' consents are named as missing.
    expect(Object.keys(blocked.fields ?? {}).sort()).toEqual(['recipient.consentA', 'recipient.consentB']);

    await t.ok('consents:record', consentInput());
    await t.ok('consents:record', consentInput({ partner: 'B', scope: ['useData', 'treatment'] }));
    const disclosed = await t.ok('reports:generate', { kind: 'note', noteId: draft.id, recipient });
    const pages = flat(await pdfPages(Buffer.from(disclosed.pdfBase64, 'base64')));
    expect(pages[0]).toContain(FULL);
    expect(pages[0]).toContain('Disclosed with the written consent of Łukasz Żółć');
    for (const page of pages.slice(1)) expect(page).toContain(ABBREVIATED);
    const history = (await t.ok('reports:history', { coupleId })).items;
    expect(history.find((r) => r.id === disclosed.documentId)).toMatchObject({
      recipient: 'referringProgramme',
      recipientName: 'Sample Recovery Program (fictional)',
    });
  });

  it('marks only a plan’s relapse-prevention and aftercare pages, and needs consent only for a recipient', async () => {
    await t.ok('assessments:create', fictionalAssessment(coupleId, { assessedOn: '2026-10-01' }));
    const draft = await t.ok('plans:startDraft', { coupleId, from: 'proposal' });
    const document = structuredClone(draft.document);
    for (const { item } of walkPlan(document)) item.decision = 'accepted';
    expect(document.problemAreas.some((a) => a.area === 'triggers')).toBe(true);
    await t.ok('plans:saveDraft', { id: draft.id, document, reviewDate: '2026-12-18' });

    const forRecord = flat(
      await pdfPages(
        Buffer.from(
          (await t.ok('reports:generate', { kind: 'plan', versionId: draft.id })).pdfBase64,
          'base64',
        ),
      ),
    );
    const withTriggers = forRecord.filter((page) => /prevent relapse|Relapse/i.test(page));
    expect(withTriggers.length).toBeGreaterThan(0);
    for (const page of withTriggers) expect(page).toContain(RECORD_FOOTER);
    // Pages with other areas only (and the agreement) are not marked.
    const others = forRecord.filter((page) => !/relapse|triggers|abstinent|aftercare/i.test(page));
    expect(others.length).toBeGreaterThan(0);
    for (const page of others) expect(page).not.toContain('42 CFR');

    const recipient = { kind: 'insurer' as const, name: 'Sample Health Plan (fictional)' };
    const blocked = await refused('reports:generate', { kind: 'plan', versionId: draft.id, recipient });
    expect(Object.keys(blocked.fields ?? {})).toEqual(['recipient.consentA']);
    expect(blocked.message).toMatch(/or print the copy for the clinical record instead\.$/);
    await t.ok(
      'consents:record',
      consentInput({
        recipientKind: 'insurer',
        recipientName: 'Sample Health Plan (fictional)',
        scope: ['treatment'],
      }),
    );
    const disclosed = flat(
      await pdfPages(
        Buffer.from(
          (await t.ok('reports:generate', { kind: 'plan', versionId: draft.id, recipient })).pdfBase64,
          'base64',
        ),
      ),
    );
    expect(disclosed.filter((page) => page.includes(FULL))).toHaveLength(1);
    for (const page of disclosed.filter((p) => /prevent relapse|Relapse/i.test(p))) {
      expect(page.includes(FULL) || page.includes(ABBREVIATED)).toBe(true);
    }
  });
});

describe('review: what a report shows of a partner left out', () => {
  it('prints no diagnosis for a partner whose substance-use details are left out', async () => {
    const both = (
      await t.ok(
        'couples:create',
        fictionalCouple({
          displayName: 'Both in recovery (fictional)',
          partnerB: {
            ...fictionalCouple().partnerB,
            inRecovery: true,
            substances: ['cannabis'],
            severity: 'moderate',
          },
        }),
      )
    ).id;
    await t.ok(
      'assessments:create',
      fictionalAssessment(both, {
        assessedOn: '2026-10-02',
        partnerB: fictionalPartnerAssessment({ substances: ['cannabis'] }),
      }),
    );
    await t.ok('consents:record', consentInput({ coupleId: both }));
    const report = await t.ok('reports:generate', {
      kind: 'progress',
      options: { ...referrerReport({ substanceUseOf: { A: true, B: false } }), coupleId: both },
    });
    const text = flat(await pdfPages(Buffer.from(report.pdfBase64, 'base64'))).join(' ');
    expect(text).toContain('Alcohol use disorder');
    expect(text).not.toMatch(/Cannabis use disorder|F12\./);
  });
});

describe('review: the note’s copy for the couple is a disclosure to the couple', () => {
  it('needs each shown partner’s consent to the couple and carries the notice, not the record footer', async () => {
    const session = await t.ok('sessions:create', fictionalSession(coupleId));
    const draft = await t.ok('notes:saveDraft', { sessionId: session.id, content: fictionalDapNote() });
    await t.ok('notes:sign', { id: draft.id, signedBy: 'Dr. Example Clinician', attest: true });

    const blocked = await refused('reports:generate', { kind: 'note', noteId: draft.id, forCouple: true });
    expect(blocked.fields?.['recipient.consentA']).toMatch(/no consent to disclose to the couple/);

    for (const partner of ['A', 'B'] as const) {
      await t.ok(
        'consents:record',
        consentInput({
          partner,
          recipientKind: 'couple',
          recipientName: null,
          expiresOn: null,
          expiryEvent: 'the end of treatment',
        }),
      );
    }
    const copy = await t.ok('reports:generate', { kind: 'note', noteId: draft.id, forCouple: true });
    const pages = flat(await pdfPages(Buffer.from(copy.pdfBase64, 'base64')));
    expect(pages[0]).toContain(FULL);
    for (const page of pages) expect(page).not.toContain(RECORD_FOOTER);
  });
});

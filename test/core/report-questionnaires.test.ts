import type { ProgressReportOptionsInput } from '@shared/contract/reports';
import { instruments } from '@shared/domain/questionnaires';
import { recipientPresets } from '@shared/domain/reports/options';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fictionalCouple } from '../fixtures/couples';
import { phq9Answers } from '../fixtures/questionnaires';
import { fictionalSession } from '../fixtures/sessions';
import { makeUnlockedCore, TEST_PASSPHRASE, type TestCore, withDirectSql } from '../support/core';
import { pdfPages, pdfText } from '../support/pdf-text';

// The test clock starts at 2026-11-20 09:00 UTC: "today" is 2026-11-20. The fictional couple
// began on 2026-10-01: Zoë (A) is in recovery from alcohol, Łukasz (B) is not.
let t: TestCore;
let coupleId: string;

/** Whitespace collapsed, so a phrase matches however the PDF broke its lines. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

function options(overrides: Partial<ProgressReportOptionsInput> = {}): ProgressReportOptionsInput {
  const preset = recipientPresets[overrides.recipient ?? 'couple'];
  return {
    coupleId,
    from: '2026-10-01',
    to: '2026-11-20',
    recipient: 'couple',
    recipientName: null,
    identifiers: preset.identifiers,
    includeSubstanceUse: preset.includeSubstanceUse,
    sections: preset.sections,
    narrative: null,
    recommendations: null,
    ...overrides,
  };
}

async function reportText(overrides: Partial<ProgressReportOptionsInput> = {}) {
  const report = await t.ok('reports:generate', { kind: 'progress', options: options(overrides) });
  return flat(await pdfText(Buffer.from(report.pdfBase64, 'base64')));
}

beforeEach(async () => {
  t = await makeUnlockedCore();
  coupleId = (await t.ok('couples:create', fictionalCouple())).id;
  for (const partner of ['A', 'B'] as const) {
    await t.ok('consents:record', {
      coupleId,
      partner,
      recipientKind: 'couple',
      recipientName: null,
      purpose: 'Sharing progress with both partners (fictional)',
      scope: ['diagnosis', 'useData', 'attendance', 'treatment'],
      signedOn: '2026-10-01',
      expiresOn: null,
      expiryEvent: 'the end of treatment',
    });
  }
  const record = (
    partner: 'A' | 'B',
    instrument: 'phq9' | 'auditC',
    answeredOn: string,
    answers: Record<string, number>,
  ) => t.ok('questionnaires:record', { coupleId, partner, instrument, answeredOn, answers });
  // Zoë: 16 at the start; her latest, today, she gives in private (below).
  await record('A', 'phq9', '2026-10-02', phq9Answers(16));
  // Łukasz: 6, then 14 with item 9 answered "Several days", entered by the clinician.
  await record('B', 'phq9', '2026-10-02', phq9Answers(6));
  await record('B', 'phq9', '2026-11-12', phq9Answers(14, 1));
  await record('A', 'auditC', '2026-10-02', { frequency: 3, typicalQuantity: 2, heavyEpisodes: 1 });
  await record('A', 'auditC', '2026-11-12', { frequency: 1, typicalQuantity: 0, heavyEpisodes: 0 });
  await t.ok('questionnaires:setSchedule', {
    coupleId,
    entries: [{ instrument: 'phq9', partner: 'A', cadence: 'everySession' }],
  });
  const session = await t.ok(
    'sessions:create',
    fictionalSession(coupleId, {
      date: '2026-11-20',
      checkIn: { A: null, B: null },
      attendance: { A: 'present', B: 'present' },
    }),
  );
  await t.ok('questionnaires:startPrivate', { sessionId: session.id, partner: 'A' });
  await t.ok('questionnaires:submitPrivate', {
    responses: [{ instrument: 'phq9', answers: phq9Answers(7) }],
  });
  await t.ok('vault:unlock', { passphrase: TEST_PASSPHRASE });
});
afterEach(async () => {
  await t.dispose();
});

describe('the progress report’s questionnaires table', () => {
  it('prints each partner’s first and latest score, the change, the cut-off and who gave it, with thresholds, sources and attributions', async () => {
    const text = await reportText();
    expect(text).toContain('Validated questionnaires');
    expect(text).toContain('PHQ-9 Zoë Müller-Ñúñez 16, Moderately severe Oct 2, 2026 7, Mild Nov 20, 2026');
    expect(text).toContain('Reliable improvement (-9)');
    // A narrow column: "cut-off" may break at its hyphen.
    expect(text).toMatch(/No longer at or above the cut- ?off \(10\)/);
    expect(text).toContain('Answered privately by the partner');
    expect(text).toContain('PHQ-9 Łukasz Żółć 6, Mild Oct 2, 2026 14, Moderate Nov 12, 2026');
    expect(text).toContain('Reliable deterioration (+8)');
    expect(text).toMatch(/Newly at or above the cut- ?off \(10\)/);
    expect(text).toContain('Entered by the clinician');
    // Zoë's AUDIT-C: her consent to the couple covers it.
    expect(text).toContain('AUDIT-C Zoë Müller-Ñúñez');
    expect(text).toContain('No published threshold (-5)');
    expect(text).toContain('PHQ-9: reliable change is a change of 6 points or more (McMillan D');
    expect(text).toContain('AUDIT-C: no published reliable-change threshold');
    // Compared without spaces: a line may break after a slash inside a DOI.
    const squeezed = text.replace(/\s+/g, '');
    for (const { attribution } of [instruments.phq9, instruments.auditC]) {
      expect(squeezed).toContain(attribution.replace(/\s+/g, ''));
    }
    // Totals only: never what was answered to an item, the self-harm question least of all.
    expect(text).not.toMatch(/better off dead|hurting yourself|Several days/);
  });

  it('marks the page with AUDIT-C scores as substance-use information (42 CFR 2.32)', async () => {
    const report = await t.ok('reports:generate', { kind: 'progress', options: options() });
    const pages = (await pdfPages(Buffer.from(report.pdfBase64, 'base64'))).map(flat);
    const withAuditC = pages.filter((page) => page.includes('AUDIT-C'));
    expect(withAuditC.length).toBeGreaterThan(0);
    for (const page of withAuditC) {
      expect(page).toMatch(
        /42 CFR part 2 prohibits unauthorized use or disclosure|is protected by Federal confidentiality rules/,
      );
    }
  });

  it('speaks as of the period’s end: a score after it is not the latest', async () => {
    const text = await reportText({ to: '2026-11-15' });
    expect(text).toContain(
      'PHQ-9 Zoë Müller-Ñúñez 16, Moderately severe Oct 2, 2026 16, Moderately severe Oct 2, 2026 One score only',
    );
    expect(text).not.toContain('Answered privately by the partner');
    expect(text).toContain('Reliable deterioration (+8)');
  });

  it('prints AUDIT-C only with substance-use details, and nothing of the section unless chosen', async () => {
    const court = recipientPresets.court;
    const withTable = await reportText({
      recipient: 'court',
      sections: { ...court.sections, questionnaires: true },
    });
    expect(withTable).toContain('Reliable deterioration (+8)');
    for (const leak of ['AUDIT-C', 'Alcohol', 'Bush K', '42 CFR']) expect(withTable).not.toContain(leak);
    // The court's preset leaves the table out.
    expect(await reportText({ recipient: 'court' })).not.toContain('Validated questionnaires');
  });

  it('needs the consent of a partner not in recovery before printing their AUDIT-C', async () => {
    await t.ok('questionnaires:record', {
      coupleId,
      partner: 'B',
      instrument: 'auditC',
      answeredOn: '2026-11-12',
      answers: { frequency: 2, typicalQuantity: 1, heavyEpisodes: 0 },
    });
    const program = recipientPresets.referringProgramme;
    const forProgram = (questionnaires: boolean) =>
      options({
        recipient: 'referringProgramme',
        recipientName: 'Example Recovery Program (fictional)',
        sections: { ...program.sections, questionnaires },
        substanceUseOf: { A: false, B: true },
      });
    const refused = await t.core.dispatch('reports:generate', {
      kind: 'progress',
      options: forProgram(true),
    });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('validation');
    expect(Object.keys(refused.error.fields ?? {})).toEqual(['options.substanceUseOf.B']);
    // Without the table nothing of Łukasz's is substance-use information: no consent is asked.
    await t.ok('reports:generate', { kind: 'progress', options: forProgram(false) });
  });

  it('says so in one sentence when nothing was answered in the period', async () => {
    const text = await reportText({ from: '2026-10-03', to: '2026-11-10' });
    expect(text).toContain(
      'Validated questionnaires No validated questionnaire scores are reported for this period.',
    );
    expect(text).not.toContain('PHQ-9');
  });

  it('records the choice in the history, and lists records made before the section existed', async () => {
    await t.ok('reports:generate', { kind: 'progress', options: options() });
    const older = { ...options(), sections: { ...recipientPresets.court.sections } };
    delete (older.sections as { questionnaires?: boolean }).questionnaires;
    await withDirectSql(t, (db) => {
      db.prepare(
        `INSERT INTO reports (id, couple_id, kind, title, recipient, recipient_name, options, page_count, sha256, created_at)
         VALUES ('00000000-0000-4000-8000-0000000000aa', ?, 'progress', 'Progress report', 'court', NULL, ?, 2, 'x', '2026-10-20T10:00:00.000Z')`,
      ).run(coupleId, JSON.stringify(older));
    });
    const { items } = await t.ok('reports:history', { coupleId });
    const sections = items.map((item) => item.options.sections as Record<string, boolean>);
    expect(sections).toHaveLength(2);
    expect(sections.map((s) => s.questionnaires)).toEqual(expect.arrayContaining([true, undefined]));
  });
});

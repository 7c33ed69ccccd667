import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProgressReportOptionsInput } from '@shared/contract/reports';
import { addDaysIso } from '@shared/domain/dates';
import { type PlanDocument, walkPlan } from '@shared/domain/plan';
import { recipientPresets } from '@shared/domain/reports/options';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fictionalAssessment } from '../fixtures/assessments';
import { fictionalCouple } from '../fixtures/couples';
import { fictionalDapNote, fictionalSession } from '../fixtures/sessions';
import { ratings } from '../shared/report-fixtures';
import {
  makeCore,
  makeUnlockedCore,
  TEST_PASSPHRASE,
  type TestCore,
  tempDataDir,
  testClock,
  withDirectSql,
} from '../support/core';
import { pdfPages, pdfText } from '../support/pdf-text';
import { withSuggestedMilestones } from '../support/plan-drafts';
import { seedWeeklyHistory } from '../support/weekly-history';

let t: TestCore;
let saveDir: string;
/** What the save dialog stand-in answers next: a path, null (cancel), or the default file in saveDir. */
let nextAnswer: { path: string | null } | null;
let coupleId: string;

const LETTERHEAD = {
  practiceName: 'Harbour Light Couples Practice (fictional)',
  address: '12 Example Street\nSampletown, ST 00000',
  phone: '+1 555 0100',
  clinicianName: 'Dr. Robin Example',
  credentials: 'PhD, LMFT',
  licenceNumber: 'LMFT-000000',
};

const PROCESS_NOTE = 'PROCESS-NOTE-MARKER: private hypotheses about the couple';

function acceptAll(doc: PlanDocument): PlanDocument {
  const copy = structuredClone(doc);
  for (const { item } of walkPlan(copy)) item.decision = 'accepted';
  return copy;
}

async function signPlan(): Promise<string> {
  await t.ok('assessments:create', fictionalAssessment(coupleId, { assessedOn: '2026-09-01' }));
  const draft = await t.ok('plans:startDraft', { coupleId, from: 'proposal' });
  await t.ok('plans:saveDraft', {
    id: draft.id,
    // With the suggested milestones added: some measured by check-ins, some only by hand.
    document: acceptAll(withSuggestedMilestones(draft.document)),
    reviewDate: '2026-12-18',
  });
  await t.ok('plans:sign', { id: draft.id, signedBy: 'Dr. Robin Example', attest: true });
  return draft.id;
}

function progressOptions(overrides: Partial<ProgressReportOptionsInput> = {}): ProgressReportOptionsInput {
  const preset = recipientPresets.couple;
  return {
    coupleId,
    from: '2026-09-01',
    to: '2026-11-19',
    recipient: 'couple',
    recipientName: null,
    identifiers: preset.identifiers,
    includeSubstanceUse: preset.includeSubstanceUse,
    sections: preset.sections,
    narrative: 'Both partners report steadier weeks and more honest check-ins.',
    recommendations: 'Continue weekly joint sessions for eight more weeks.',
    ...overrides,
  };
}

/** Both partners' consents to the couple's own copy: the couple preset shows each one's use details. */
async function consentToCouple(ok: TestCore['ok'], id: string, signedOn = '2026-08-01'): Promise<void> {
  for (const partner of ['A', 'B'] as const) {
    await ok('consents:record', {
      coupleId: id,
      partner,
      recipientKind: 'couple',
      recipientName: null,
      purpose: 'Sharing progress with both partners (fictional)',
      scope: ['diagnosis', 'useData', 'attendance', 'treatment'],
      signedOn,
      expiresOn: null,
      expiryEvent: 'the end of treatment',
    });
  }
}

/** The kind of file each save dialog was opened for. */
let askedKinds: string[] = [];

beforeEach(async () => {
  askedKinds = [];
  saveDir = tempDataDir();
  nextAnswer = null;
  t = await makeUnlockedCore({
    saveDialog: async ({ fileName, kind }) => {
      askedKinds.push(kind);
      const answer = nextAnswer;
      nextAnswer = null;
      return answer ? answer.path : join(saveDir, fileName);
    },
  });
  await t.ok('settings:update', { letterhead: LETTERHEAD });
  // Treatment began before the periods reported on here (a period may not start earlier).
  coupleId = (await t.ok('couples:create', fictionalCouple({ startDate: '2026-08-01' }))).id;
  await consentToCouple(t.ok, coupleId);
});
afterEach(async () => {
  await t.dispose();
});

describe('reports:generate', () => {
  it('generates a progress report, records what was chosen (not the narrative) and audits it', async () => {
    await signPlan();
    const session = await t.ok('sessions:create', fictionalSession(coupleId, { date: '2026-10-07' }));
    await t.ok('notes:saveProcessNote', { coupleId, sessionId: session.id, body: PROCESS_NOTE });
    const report = await t.ok('reports:generate', { kind: 'progress', options: progressOptions() });

    const bytes = Buffer.from(report.pdfBase64, 'base64');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = await pdfPages(bytes);
    expect(pages).toHaveLength(report.pageCount);
    const text = pages.join('\n');
    expect(text).toContain('Harbour Light Couples Practice (fictional)');
    expect(text).toContain('Zoë Müller-Ñúñez');
    expect(text).toContain('Both partners report steadier weeks');
    expect(text).not.toContain('PROCESS-NOTE-MARKER');
    expect(report.fileName).toBe('progress-report-2026-11-19.pdf');

    const { items } = await t.ok('reports:history', { coupleId });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      id: report.documentId,
      kind: 'progress',
      recipient: 'couple',
      pageCount: report.pageCount,
      savedAt: null,
      printedAt: null,
    });
    expect(items[0]?.options).toMatchObject({ from: '2026-09-01', to: '2026-11-19', narrative: true });
    expect(JSON.stringify(items[0])).not.toContain('steadier weeks');
    const audit = await t.ok('audit:list', { coupleId });
    expect(audit.items.some((e) => e.action === 'report.generated')).toBe(true);
  });

  it('judges a goal from its milestones’ derived series: check-ins alone keep Trust from "Not yet measured"', async () => {
    await signPlan();
    for (const [i, trust] of [3, 4, 5].entries()) {
      await t.ok(
        'sessions:create',
        fictionalSession(coupleId, {
          date: addDaysIso('2026-10-07', i * 7),
          checkIn: { A: { ...ratings(5), trust }, B: { ...ratings(5), trust } },
        }),
      );
    }
    expect((await t.ok('measurements:list', { coupleId })).items).toEqual([]);
    const dashboard = await t.ok('dashboard:get', { coupleId });
    const trustA = dashboard.milestones.find((m) => m.key === 'milestone:trust:A:halfway');
    expect(trustA?.latest).toEqual({ date: '2026-10-21', value: 5 });
    // To today: the plan was signed today, and a report judges the plan in force at its period's end.
    const report = await t.ok('reports:generate', {
      kind: 'progress',
      options: progressOptions({ to: '2026-11-20' }),
    });
    const text = (await pdfText(Buffer.from(report.pdfBase64, 'base64'))).replace(/\s+/g, ' ');
    // Both partners' trust ratings are past their halfway targets; the two promise logs are not measured.
    expect(text).toContain(`${trustA?.goal} In progress 2 of 4 milestones at target`);
  });

  it('with initials only, no partner name or couple display name reaches the PDF', async () => {
    await signPlan();
    const options = progressOptions({
      identifiers: 'initials',
      narrative: 'Zoë and Łukasz Żółć came to every session; zoe (as she writes it) led the check-ins.',
      recommendations: 'lukasz to continue the daily log.',
    });
    // The review finds every spelling, lower case and unaccented ones too; each is replaced.
    const { findings } = await t.ok('reports:scan', { options });
    expect(findings.map((f) => [f.kind, f.text])).toEqual([
      ['name', 'Zoë'],
      ['name', 'Łukasz Żółć'],
      ['name', 'zoe'],
      ['name', 'lukasz'],
    ]);
    const redactions = findings.map((f) => ({ findingId: f.id, action: 'initials' as const }));
    const report = await t.ok('reports:generate', { kind: 'progress', options: { ...options, redactions } });
    const text = await pdfText(Buffer.from(report.pdfBase64, 'base64'));
    for (const name of ['Zoë', 'Zoe', 'zoe', 'Müller', 'Ñúñez', 'Łukasz', 'lukasz', 'Żółć']) {
      expect(text).not.toContain(name);
    }
    expect(text).toContain('Z. M.');
    expect(text).toContain('came to every session');
  });

  it('refuses while a finding of the review is unresolved, naming kind and field but not the text', async () => {
    const narrative = 'Zoë has stayed sober since March and attends GA meetings.';
    const options = progressOptions({ includeSubstanceUse: false, narrative });
    const refused = await t.core.dispatch('reports:generate', { kind: 'progress', options });
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation' } });
    if (!refused.ok) {
      expect(Object.keys(refused.error.fields ?? {})).toEqual(['options.redactions']);
      expect(refused.error.fields?.['options.redactions']).toMatch(
        /^2 findings need a decision before this report can be made \(substance use in Summary; substance use in Summary\)/,
      );
      expect(JSON.stringify(refused.error)).not.toMatch(/sober|GA/);
    }
    expect((await t.ok('reports:history', { coupleId })).items).toEqual([]);

    const { findings } = await t.ok('reports:scan', { options });
    expect(findings.map((f) => f.text)).toEqual(['sober since', 'GA meetings']);
    expect(findings.find((f) => f.text === 'GA meetings')).toMatchObject({
      fieldLabel: 'Summary',
      before: 'Zoë has stayed sober since March and attends ',
      after: '.',
    });
    // A keep needs its reason; an initials decision does not resolve a substance-use finding.
    const half = findings.map((f) => ({ findingId: f.id, action: 'keep' as const, reason: null }));
    expect(
      await t.core.dispatch('reports:generate', {
        kind: 'progress',
        options: { ...options, redactions: half },
      }),
    ).toMatchObject({
      ok: false,
    });
    const redactions = findings.map((f) =>
      f.text === 'GA meetings'
        ? { findingId: f.id, action: 'keep' as const, reason: 'Fictional test: kept on purpose' }
        : { findingId: f.id, action: 'remove' as const },
    );
    const report = await t.ok('reports:generate', { kind: 'progress', options: { ...options, redactions } });
    const text = await pdfText(Buffer.from(report.pdfBase64, 'base64'));
    expect(text).not.toMatch(/sober/i);
    expect(text).toContain('GA meetings');
    const [record] = (await t.ok('reports:history', { coupleId })).items;
    expect(record?.options.redactions).toContainEqual({
      field: 'narrative',
      kind: 'substanceUse',
      action: 'keep',
      reason: 'Fictional test: kept on purpose',
    });
    expect(JSON.stringify(record)).not.toMatch(/sober/);
  });

  it('prints the 42 CFR Part 2 notice exactly when substance-use details are included', async () => {
    await signPlan();
    const withUse = await t.ok('reports:generate', {
      kind: 'progress',
      options: progressOptions({ includeSubstanceUse: true }),
    });
    const withoutUse = await t.ok('reports:generate', {
      kind: 'progress',
      options: progressOptions({ includeSubstanceUse: false }),
    });
    const notice = /42 CFR part 2/i;
    expect(await pdfText(Buffer.from(withUse.pdfBase64, 'base64'))).toMatch(notice);
    const without = await pdfText(Buffer.from(withoutUse.pdfBase64, 'base64'));
    expect(without).not.toMatch(notice);
    expect(without).not.toMatch(/alcohol/i);
  });

  it('judges a period against the plan in force at its end, not a plan signed since', async () => {
    await signPlan(); // signed on 2026-11-20, the test clock's day
    const goalsOf = async (to: string) => {
      const report = await t.ok('reports:generate', {
        kind: 'progress',
        options: progressOptions({ to, narrative: null, recommendations: null }),
      });
      return pdfText(Buffer.from(report.pdfBase64, 'base64'));
    };
    expect(await goalsOf('2026-11-19')).toContain('The treatment plan set no goals for this period.');
    const current = await goalsOf('2026-11-20');
    expect(current).not.toContain('set no goals');
    expect(current).toMatch(/Not yet\s+measured|In progress|Stalled/);
  });

  it('refuses a period that ends before it starts, naming the field', async () => {
    const result = await t.core.dispatch('reports:generate', {
      kind: 'progress',
      options: progressOptions({ from: '2026-11-01', to: '2026-10-01' }),
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { 'options.to': 'The period must end on or after its start' } },
    });
    expect((await t.ok('reports:history', { coupleId })).items).toEqual([]);
  });

  it('prints a plan version, a signed note with its addendum, a worksheet and a month sheet, each recorded', async () => {
    const versionId = await signPlan();
    const session = await t.ok('sessions:create', fictionalSession(coupleId));
    const note = await t.ok('notes:saveDraft', { sessionId: session.id, content: fictionalDapNote() });
    const draftResult = await t.core.dispatch('reports:generate', { kind: 'note', noteId: note.id });
    expect(draftResult).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await t.ok('notes:sign', { id: note.id, signedBy: 'Dr. Robin Example', attest: true });
    await t.ok('notes:addAddendum', {
      noteId: note.id,
      body: 'Correction: the argument was on Tuesday.',
      signedBy: 'Dr. Robin Example',
    });
    await t.ok('notes:saveProcessNote', { coupleId, sessionId: session.id, body: PROCESS_NOTE });
    const libraryId = (await t.ok('library:list', {})).items[0]?.entry.id ?? '';

    const plan = await t.ok('reports:generate', { kind: 'plan', versionId });
    const printedNote = await t.ok('reports:generate', { kind: 'note', noteId: note.id });
    const worksheet = await t.ok('reports:generate', { kind: 'worksheet', libraryId, coupleId });
    const sheet = await t.ok('reports:generate', { kind: 'calendarSheet', coupleId, month: '2026-02' });

    expect(await pdfText(Buffer.from(plan.pdfBase64, 'base64'))).toContain('Łukasz Żółć');
    const noteText = await pdfText(Buffer.from(printedNote.pdfBase64, 'base64'));
    expect(noteText).toContain('Correction: the argument was on Tuesday.');
    expect(noteText).not.toContain('PROCESS-NOTE-MARKER');
    expect(worksheet.pageCount).toBeGreaterThanOrEqual(1);
    // Neutral names unless the clinician opted in to initials (Settings).
    expect([plan.fileName, printedNote.fileName, worksheet.fileName, sheet.fileName]).toEqual([
      'treatment-plan-v1.pdf',
      'session-note-2026-11-18.pdf',
      `worksheet-${libraryId}.pdf`,
      'recovery-calendar-2026-02.pdf',
    ]);

    const kinds = (await t.ok('reports:history', { coupleId })).items.map((r) => r.kind).sort();
    expect(kinds).toEqual(['calendarSheet', 'note', 'plan', 'worksheet']);
  });

  it('refuses to print a recovery key that does not open these records', async () => {
    const key = (t as TestCore & { recoveryKey: string }).recoveryKey;
    const wrong = key.replace(/[0-9A-Z]/, (c) => (c === '2' ? '3' : '2'));
    expect(wrong).not.toBe(key);
    const result = await t.core.dispatch('reports:generate', { kind: 'emergencySheet', recoveryKey: wrong });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { recoveryKey: expect.any(String) } },
    });
    // Typed in lower case with spaces, the right key is still the right key.
    const typed = key.toLowerCase().replace(/-/g, ' ');
    expect(
      (await t.core.dispatch('reports:generate', { kind: 'emergencySheet', recoveryKey: typed })).ok,
    ).toBe(true);
  });

  it('prints the emergency access sheet without recording the key anywhere', async () => {
    const key = (t as TestCore & { recoveryKey: string }).recoveryKey;
    const sheet = await t.ok('reports:generate', { kind: 'emergencySheet', recoveryKey: key });
    const text = await pdfText(Buffer.from(sheet.pdfBase64, 'base64'));
    expect(text.replace(/\s+/g, '')).toContain(key.replace(/[\s-]+/g, '').slice(0, 12));
    expect((await t.ok('reports:history', { coupleId })).items).toEqual([]);
    const audit = await t.ok('audit:list', {});
    expect(JSON.stringify(audit)).not.toContain(key);
    // Printed only: as a file on this laptop the key would sit beside what it opens.
    expect(await t.core.dispatch('reports:save', { documentId: sheet.documentId })).toMatchObject({
      ok: false,
      error: { code: 'not_saved' },
    });
    expect(readdirSync(saveDir)).toEqual([]);
  });

  it('marks every page of a demo practice document', async () => {
    await t.dispose();
    t = await makeUnlockedCore({ demo: true });
    coupleId = (await t.ok('couples:create', fictionalCouple())).id;
    const sheet = await t.ok('reports:generate', { kind: 'calendarSheet', coupleId, month: '2026-03' });
    const pages = await pdfPages(Buffer.from(sheet.pdfBase64, 'base64'));
    for (const page of pages) expect(page).toContain('DEMO');
  });
});

describe('reports:save and reports:printed', () => {
  async function generateSheet() {
    return t.ok('reports:generate', { kind: 'calendarSheet', coupleId, month: '2026-11' });
  }

  it('suggests a file name with the couple’s initials only once the clinician opts in', async () => {
    expect((await generateSheet()).fileName).toBe('recovery-calendar-2026-11.pdf');
    expect(await t.ok('settings:update', { initialsInFileNames: true })).toMatchObject({
      initialsInFileNames: true,
    });
    expect((await generateSheet()).fileName).toBe('recovery-calendar-ZM-LZ-2026-11.pdf');
    await t.ok('settings:update', { initialsInFileNames: false });
    expect((await generateSheet()).fileName).toBe('recovery-calendar-2026-11.pdf');
  });

  it('asks the dialog for the kind of file, so it opens in the folder last used for that kind', async () => {
    await t.ok('reports:save', { documentId: (await generateSheet()).documentId });
    expect(askedKinds).toEqual(['calendarSheet']);
  });

  it('writes the PDF where the clinician chose and records the time', async () => {
    const sheet = await generateSheet();
    t.clock.advance(60_000);
    expect(await t.ok('reports:save', { documentId: sheet.documentId })).toEqual({
      saved: true,
      fileName: sheet.fileName,
    });
    const written = readFileSync(join(saveDir, sheet.fileName));
    expect(written.equals(Buffer.from(sheet.pdfBase64, 'base64'))).toBe(true);
    const [record] = (await t.ok('reports:history', { coupleId })).items;
    expect(record?.savedAt).toBe(t.clock.now().toISOString());
  });

  it('adds .pdf to a chosen name without it, and saves nothing when the dialog is cancelled', async () => {
    const sheet = await generateSheet();
    nextAnswer = { path: null };
    expect(await t.ok('reports:save', { documentId: sheet.documentId })).toEqual({
      saved: false,
      fileName: null,
    });
    expect(readdirSync(saveDir)).toEqual([]);
    nextAnswer = { path: join(saveDir, 'for the file') };
    expect(await t.ok('reports:save', { documentId: sheet.documentId })).toMatchObject({
      fileName: 'for the file.pdf',
    });
  });

  it('says "not saved" when the folder cannot be written, and leaves no half-written file', async () => {
    const sheet = await generateSheet();
    const readOnly = join(saveDir, 'read-only');
    mkdirSync(readOnly);
    chmodSync(readOnly, 0o500);
    nextAnswer = { path: join(saveDir, 'missing-folder', 'sheet.pdf') };
    const missing = await t.core.dispatch('reports:save', { documentId: sheet.documentId });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_saved' } });
    if (!missing.ok) expect(missing.error.message).toContain('ENOENT');
    if (process.getuid?.() !== 0) {
      // Root ignores folder permissions; elsewhere a read-only folder must fail the same way.
      nextAnswer = { path: join(readOnly, 'sheet.pdf') };
      const denied = await t.core.dispatch('reports:save', { documentId: sheet.documentId });
      expect(denied).toMatchObject({ ok: false, error: { code: 'not_saved' } });
    }
    chmodSync(readOnly, 0o700);
    expect(readdirSync(readOnly)).toEqual([]);
    expect(existsSync(join(saveDir, 'missing-folder'))).toBe(false);
    const [record] = (await t.ok('reports:history', { coupleId })).items;
    expect(record?.savedAt).toBeNull();
  });

  it('records a print, and forgets open documents when the vault locks', async () => {
    const sheet = await generateSheet();
    await t.ok('reports:printed', { documentId: sheet.documentId });
    const [record] = (await t.ok('reports:history', { coupleId })).items;
    expect(record?.printedAt).toBe(t.clock.now().toISOString());

    await t.core.lock();
    expect(await t.core.dispatch('reports:save', { documentId: sheet.documentId })).toMatchObject({
      ok: false,
      error: { code: 'locked' },
    });
    await t.ok('vault:unlock', { passphrase: TEST_PASSPHRASE });
    expect(await t.core.dispatch('reports:save', { documentId: sheet.documentId })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('keeps a generated record as generated: only the saved and printed times can change', async () => {
    const sheet = await generateSheet();
    await withDirectSql(t, (db) => {
      expect(() =>
        db.prepare('UPDATE reports SET page_count = 99 WHERE id = ?').run(sheet.documentId),
      ).toThrow(/cannot be changed/);
      expect(() => db.prepare('DELETE FROM reports WHERE id = ?').run(sheet.documentId)).toThrow(
        /cannot be deleted/,
      );
      db.prepare('UPDATE reports SET printed_at = ? WHERE id = ?').run(
        '2026-11-20T10:00:00.000Z',
        sheet.documentId,
      );
    });
  });
});

describe('a report over two years of weekly sessions', () => {
  it('flows over many pages, each numbered, with every month of the period', {
    timeout: 300_000,
  }, async () => {
    const START = '2024-11-25';
    const WEEKS = 104;
    await t.dispose();
    const clock = testClock(`${START}T09:00:00.000Z`);
    t = await makeCore({ clock });
    await t.ok('vault:create', { passphrase: TEST_PASSPHRASE });
    const history = await seedWeeklyHistory(t.ok, {
      start: START,
      weeks: WEEKS,
      reviewDate: addDaysIso(START, 14),
      afterSigning: () => clock.advance(WEEKS * 7 * 86_400_000),
    });
    await consentToCouple(t.ok, history.coupleId, START);
    const to = addDaysIso(START, WEEKS * 7 - 1);
    const report = await t.ok('reports:generate', {
      kind: 'progress',
      options: progressOptions({ coupleId: history.coupleId, from: START, to }),
    });
    const pages = await pdfPages(Buffer.from(report.pdfBase64, 'base64'));
    expect(pages.length).toBe(report.pageCount);
    expect(pages.length).toBeGreaterThan(3);
    pages.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
    });
    const text = pages.join('\n');
    // Every month of the period has its attendance row, and every milestone its table row.
    const monthName = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: 'short' });
    for (let month = 0; month < 24; month += 1) {
      expect(text).toContain(monthName.format(new Date(Date.UTC(2024, 10 + month, 1))));
    }
    expect(history.milestones.length).toBeGreaterThan(20);
  });
});

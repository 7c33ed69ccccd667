import type { Channel, Input } from '@shared/contract';
import type { ReportRequest } from '@shared/contract/reports';
import { NOTE_COUPLE_COPY_TITLE } from '@shared/domain/reports/handouts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fictionalCouple } from '../fixtures/couples';
import { fictionalDapNote, fictionalSession } from '../fixtures/sessions';
import { makeUnlockedCore, type TestCore } from '../support/core';
import { oneLine } from '../support/pdf-expect';
import { pdfText } from '../support/pdf-text';

// The test clock's "today" is 2026-11-20.
let t: TestCore;
let coupleId: string;

beforeEach(async () => {
  t = await makeUnlockedCore();
  coupleId = (await t.ok('couples:create', fictionalCouple())).id;
});
afterEach(async () => {
  await t.dispose();
});

async function refused<C extends Channel>(channel: C, input: Input<C>) {
  const result = await t.core.dispatch(channel, input);
  if (result.ok) throw new Error(`${channel} was accepted`);
  return result.error;
}

async function printedText(request: ReportRequest): Promise<string> {
  const report = await t.ok('reports:generate', request);
  return oneLine(await pdfText(Buffer.from(report.pdfBase64, 'base64')));
}

const RISK_DETAIL = 'RISK-DETAIL-MARKER: B fears A when A has been drinking (fictional).';

/** A signed note whose risk review names a safety concern: it raises the couple's safety flag. */
async function signedRiskNote(): Promise<string> {
  const session = await t.ok('sessions:create', fictionalSession(coupleId, { date: '2026-11-19' }));
  const note = await t.ok('notes:saveDraft', {
    sessionId: session.id,
    content: fictionalDapNote({
      risk: {
        useSinceLastSession: { A: 'yes', B: 'no' },
        safetyConcerns: true,
        suicidalThoughts: false,
        details: RISK_DETAIL,
      },
    }),
  });
  await t.ok('notes:sign', { id: note.id, signedBy: 'Dr. Robin Example', attest: true });
  return note.id;
}

describe('worksheets are for the couple', () => {
  it('never print a library entry’s contraindications, only cautions written for the couple', async () => {
    const entries = (await t.ok('library:list', {})).items
      .map((item) => item.entry)
      .filter((entry) => entry.contraindications.length > 0);
    // Every kind the library holds: individual, joint, touch (on the ladder) and conflict work.
    const sample = [
      entries.find((e) => e.who === 'eitherPartner'),
      entries.find((e) => e.conjoint && !e.involvesTouch && !e.involvesConflict),
      entries.find((e) => e.involvesTouch),
      entries.find((e) => e.involvesConflict),
    ];
    for (const entry of sample) {
      if (!entry) throw new Error('the library lacks a kind of exercise this test covers');
      const text = await printedText({ kind: 'worksheet', libraryId: entry.id, coupleId });
      expect(text).toContain(oneLine(entry.steps[0] ?? ''));
      for (const line of entry.contraindications) expect(text).not.toContain(oneLine(line));
      expect(text).not.toMatch(/safety screen is positive/);
      expect(text).toContain('tell your therapist');
      if (entry.involvesTouch) expect(text).toContain('either of you may say no or stop at any moment');
    }
  });

  it('refuses a joint, touch or conflict worksheet while a safety flag is open, naming the individual alternatives', async () => {
    const homework = await t.ok('homework:assign', {
      coupleId,
      libraryId: 'gratitude-exchange',
      title: 'Gratitude exchange',
      instructions: null,
      who: 'both',
      dueDate: '2026-11-27',
    });
    await signedRiskNote();

    const joint = await refused('reports:generate', {
      kind: 'worksheet',
      libraryId: 'gratitude-exchange',
      coupleId,
    });
    expect(joint.code).toBe('validation');
    expect(joint.message).toMatch(
      /^“Gratitude exchange” cannot be printed for this couple\. Not while a safety flag is open: it is done together\. Individual alternatives: .*Feelings journal/,
    );
    expect(joint.fields?.libraryId).toBe(joint.message);
    // Assigned before the flag was raised, its worksheet waits too.
    const assigned = await refused('reports:generate', { kind: 'worksheet', homeworkId: homework.id });
    expect(assigned.fields?.homeworkId).toMatch(/cannot be printed for this couple/);
    const touch = await refused('reports:generate', {
      kind: 'worksheet',
      libraryId: 'touch-ladder-hugging',
      coupleId,
    });
    expect(touch.message).toMatch(/it is done together and it involves touch/);

    // An individual exercise prints for the couple; a blank handout names nobody and prints.
    await t.ok('reports:generate', { kind: 'worksheet', libraryId: 'feelings-journal', coupleId });
    await t.ok('reports:generate', { kind: 'worksheet', libraryId: 'gratitude-exchange', coupleId: null });
    const kinds = (await t.ok('reports:history', { coupleId })).items.map((r) => r.kind);
    expect(kinds.filter((k) => k === 'worksheet')).toHaveLength(1);

    const [flag] = (await t.ok('safety:list', { coupleId })).items;
    await t.ok('safety:resolve', { id: flag?.id ?? '', resolution: 'Safety plan agreed (fictional).' });
    await t.ok('reports:generate', { kind: 'worksheet', homeworkId: homework.id });
  });
});

describe('the note’s copy for the couple', () => {
  it('warns on the full note that it holds a risk disclosure, and leaves the risk review out of the couple’s copy', async () => {
    const noteId = await signedRiskNote();

    const full = await printedText({ kind: 'note', noteId });
    expect(full).toContain(
      'This note holds a risk disclosure Its risk review records safety concerns, use since the last session and written risk details. Do not give this copy to the couple',
    );
    expect(full).toContain('Risk review');
    expect(full).toContain('RISK-DETAIL-MARKER');

    // The couple's copy is a disclosure to the couple: each partner's consent to it is recorded.
    for (const partner of ['A', 'B'] as const) {
      await t.ok('consents:record', {
        coupleId,
        partner,
        recipientKind: 'couple',
        recipientName: null,
        purpose: 'Sharing session notes with both partners (fictional)',
        scope: ['useData', 'treatment'],
        signedOn: '2026-10-01',
        expiresOn: null,
        expiryEvent: 'the end of treatment',
      });
    }
    const copy = await printedText({ kind: 'note', noteId, forCouple: true });
    expect(copy).toContain('Copy for the couple This copy leaves out the risk review.');
    for (const clinicianOnly of [
      'Risk review',
      'RISK-DETAIL-MARKER',
      'Safety concerns',
      'Suicidal thoughts',
      'Use since last session',
      'risk disclosure',
    ]) {
      expect(copy).not.toContain(clinicianOnly);
    }
    // The rest of the note is there: the sections and the signature.
    expect(copy).toContain('one argument about finances resolved with a time-out');
    expect(copy).toContain('Signed by Dr. Robin Example');

    const history = (await t.ok('reports:history', { coupleId })).items.filter((r) => r.kind === 'note');
    expect(history.map((r) => [r.title, r.recipient, r.options.forCouple])).toEqual(
      expect.arrayContaining([
        ['Session note', null, false],
        [NOTE_COUPLE_COPY_TITLE, 'couple', true],
      ]),
    );
  });

  it('prints no risk warning on a note whose risk review discloses nothing', async () => {
    const session = await t.ok('sessions:create', fictionalSession(coupleId));
    const note = await t.ok('notes:saveDraft', { sessionId: session.id, content: fictionalDapNote() });
    await t.ok('notes:sign', { id: note.id, signedBy: 'Dr. Robin Example', attest: true });
    const full = await printedText({ kind: 'note', noteId: note.id });
    expect(full).toContain('Risk review');
    expect(full).not.toContain('risk disclosure');
  });
});

describe('a report period is checked by the core', () => {
  const options = (from: string, to: string) => ({
    coupleId,
    from,
    to,
    recipient: 'couple' as const,
    recipientName: null,
    identifiers: 'full' as const,
    includeSubstanceUse: false,
    sections: { attendance: true, goals: true, milestones: true, charts: false, calendar: false },
    narrative: null,
    recommendations: null,
  });

  it('refuses a period in the future or before the couple’s start date, and records nothing', async () => {
    // The fictional couple began on 2026-10-01; today is 2026-11-20.
    const future = await refused('reports:generate', {
      kind: 'progress',
      options: options('2026-11-01', '2026-12-31'),
    });
    expect(future.fields).toEqual({ 'options.to': 'The period cannot end after today (Nov 20, 2026)' });
    const early = await refused('reports:generate', {
      kind: 'progress',
      options: options('2026-09-01', '2026-10-31'),
    });
    expect(early.fields).toEqual({
      'options.from': 'The period cannot start before treatment began (Oct 1, 2026)',
    });
    expect((await t.ok('reports:history', { coupleId })).items).toEqual([]);
  });

  it('says what a period holds before anything is made, and when it holds nothing', async () => {
    const empty = await t.ok('reports:checkPeriod', { coupleId, from: '2026-10-01', to: '2026-10-31' });
    expect(empty.problems).toEqual({});
    expect(empty.empty).toMatch(/^Nothing was recorded from Oct 1, 2026 to Oct 31, 2026/);

    await t.ok('sessions:create', fictionalSession(coupleId, { date: '2026-10-14' }));
    const held = await t.ok('reports:checkPeriod', { coupleId, from: '2026-10-01', to: '2026-10-31' });
    expect(held).toMatchObject({ empty: null, recorded: { sessions: 1 } });
    const other = await t.ok('reports:checkPeriod', { coupleId, from: '2026-11-01', to: '2026-11-20' });
    expect(other.recorded.sessions).toBe(0);

    const impossible = await t.ok('reports:checkPeriod', { coupleId, from: '2026-09-01', to: '2026-12-01' });
    expect(Object.keys(impossible.problems).sort()).toEqual(['from', 'to']);
  });
});

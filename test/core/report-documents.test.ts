import { renderNote } from '@core/reports/note-document';
import { renderPlan } from '@core/reports/plan-document';
import type { NoteDocumentInput } from '@core/reports/types';
import { ATTESTATION } from '@shared/contract/notes';
import { describe, expect, it } from 'vitest';
import {
  frame,
  NOT_AGREED,
  noteInput,
  planInput,
  signedNote,
  worldPartners,
} from '../fixtures/report-documents';
import { expectInOrder, expectPageNumbers } from '../support/pdf-expect';
import { pdfPages } from '../support/pdf-text';

describe('treatment plan document', () => {
  it('prints the version, the couple, the signature and the plan from areas down to milestones, in order', async () => {
    const { bytes, pageCount } = await renderPlan(planInput(), frame());
    const pages = await pdfPages(bytes);
    expect(pages).toHaveLength(pageCount);
    expectPageNumbers(pages);
    const text = pages.join('\n');
    expectInOrder(text, [
      'Treatment plan',
      'Version 3 — in force',
      'Alex Example',
      'Zoë Exemple-Dupont',
      'Signed by',
      'Dana Example-Clinician',
      'Signed on',
      'Jun 15, 2026',
      'Review date',
      'Sep 15, 2026',
      'Expected length',
      '16 to 24 weeks',
      'One session a week',
      '3 joint, 1 individual with Alex Example',
      '1. Reconnecting emotionally',
      'Goal 1.1: Rebuild a daily emotional connection',
      'Objective 1.1.1: Share one feeling each evening',
      'Evenings a week with a feelings exchange',
      '1 → 5',
      'Sep 30, 2026',
      // The library's name, not the draft's copy of it.
      'Feelings-sharing exchange',
      'Both partners',
      '5 times a week',
      'Only on weekday evenings',
      'Feelings exchange held on most evenings',
      "Couple's log or journal",
      'Aug 31, 2026',
      'Feedback from Zoë Exemple-Dupont',
      '2. Rebuilding trust',
      'Goal 2.1: Keep small promises every day',
      'Objective 2.1.1: Alex keeps the agreed daily routine',
      'Daily routine agreement',
      'Agreement',
    ]);
    expect(text).not.toContain('DRAFT');
  });

  it('prints only accepted items: proposed, rejected and withheld ones never reach the paper', async () => {
    const text = (await pdfPages((await renderPlan(planInput(), frame())).bytes)).join('\n');
    expect(text).toContain('Reconnecting emotionally');
    expect(text).not.toContain(NOT_AGREED);
  });

  it('ends with signature lines for the clinician and both partners by name, each with a date', async () => {
    const pages = await pdfPages((await renderPlan(planInput(), frame())).bytes);
    const last = pages.at(-1) ?? '';
    const block = last.slice(last.lastIndexOf('Agreement'));
    expectInOrder(block, [
      'Clinician: Dana Example-Clinician, LMFT',
      'Date',
      'Partner A: Alex Example',
      'Date',
      'Partner B: Zoë Exemple-Dupont',
      'Date',
    ]);
    expect(block.match(/\bDate\b/g)).toHaveLength(3);
  });

  it('marks a draft as not signed, in words nobody can miss', async () => {
    const draft = planInput({ status: 'draft', signedAt: null, signedBy: null, reviewDate: null });
    const text = (await pdfPages((await renderPlan(draft, frame())).bytes)).join('\n');
    expectInOrder(text, [
      'Treatment plan',
      'DRAFT — not signed',
      'Signed by',
      'Not signed',
      'Review date',
      'Not set',
    ]);
  });

  it('flows a long plan over pages with the running header and page numbers on each', async () => {
    const { bytes, pageCount } = await renderPlan(planInput({}, 6), frame(true));
    const pages = await pdfPages(bytes);
    expect(pageCount).toBeGreaterThan(2);
    expectPageNumbers(pages);
    for (const page of pages.slice(1)) expect(page).toContain('Example Couples Practice · Treatment plan');
    for (const page of pages) expect(page).toContain('DEMO: fictional data.');
    expect(pages.join('\n')).toContain('Objective 1.1.6: Share one feeling each evening (6)');
  });

  it('prints accented and non-Latin names exactly as written', async () => {
    const text = (
      await pdfPages((await renderPlan(planInput({ partners: worldPartners }), frame())).bytes)
    ).join('\n');
    expect(text).toContain('Partner A: Дарья Пример');
    expect(text).toContain('Partner B: Łukasz Przykład');
    expect(text).toContain('1 individual with Дарья Пример');
  });
});

describe('session note document', () => {
  it('refuses a draft note: only a signed note is a record fit to print', async () => {
    const draft = signedNote({
      status: 'draft',
      signedAt: null,
      signedBy: null,
      attestation: null,
      contentHash: null,
    });
    await expect(renderNote(noteInput(draft), frame())).rejects.toThrow(/signed/);
  });

  it('prints the session, the sections of a SOAP note under their labels in order, then the signature', async () => {
    const pages = await pdfPages((await renderNote(noteInput(), frame())).bytes);
    expectPageNumbers(pages);
    const text = pages.join('\n');
    expectInOrder(text, [
      'Session note',
      'Wednesday, Jun 10, 2026',
      '15:00',
      '50 minutes',
      'Joint session',
      'In the office',
      'Held',
      'Alex Example: Present',
      'Zoë Exemple-Dupont: Late',
      'SOAP',
      'Subjective',
      'Alex reported a calmer week.',
      'Objective',
      'Both arrived on time',
      'Assessment',
      'Steady progress',
      'Plan',
      'Continue the exchange',
      'Interventions used',
      'Reflective listening drill',
      'Homework',
      'Feelings exchange five evenings',
      'Risk review',
      'Safety concerns',
      'Use since last session',
      'Alex Example: No',
      'Signature',
      'Signed by Dana Example-Clinician on Jun 10, 2026',
      ATTESTATION,
      'a3f1c0de9b8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7c6b5a4938271605f4e',
      'Integrity check passed',
      'Addenda',
      'Addendum 1',
      'signed by Dana Example-Clinician',
      'the session started ten minutes late',
    ]);
    expect(text).not.toContain('Integrity check failed');
    expect(text).not.toContain('Integrity warning');
    // Zoë is not in recovery and nothing was recorded for her: no use question printed for her.
    expect(text).not.toContain('Zoë Exemple-Dupont: Not known');
  });

  it("prints the sections of the note's own format: DAP has Data, not Subjective", async () => {
    const note = signedNote();
    const dap = signedNote({
      content: {
        ...note.content,
        format: 'DAP',
        sections: { data: 'Data text here.', assessment: 'Assessment text.', plan: 'Plan text.' },
      },
    });
    const text = (await pdfPages((await renderNote(noteInput(dap), frame())).bytes)).join('\n');
    expectInOrder(text, [
      'DAP',
      'Data',
      'Data text here.',
      'Assessment',
      'Assessment text.',
      'Plan',
      'Plan text.',
    ]);
    expect(text).not.toContain('Subjective');
    expect(text).not.toContain('Alex reported a calmer week.');
  });

  it('warns on a tampered note and on a tampered addendum, at the top and where each is signed', async () => {
    const note = signedNote();
    const first = note.addenda[0];
    if (!first) throw new Error('fixture has an addendum');
    const tampered = signedNote({
      hashValid: false,
      addenda: [
        first,
        { ...first, id: '6f1c2a4e-1b2c-4d3e-8f40-000000000005', body: 'A later addition.', hashValid: false },
      ],
    });
    const text = (await pdfPages((await renderNote(noteInput(tampered), frame())).bytes)).join('\n');
    expectInOrder(text, [
      'Integrity warning',
      'Signature',
      'Integrity check failed: this note may have been altered',
      'Addendum 1',
      'Integrity check passed: the addendum matches',
      'Addendum 2',
      'A later addition.',
      'Integrity check failed: this addendum may have been altered',
    ]);
  });

  it('prints only the fields of its input: text riding along in any other field never appears', async () => {
    const secret = 'PROCESS-NOTE-TEXT-never-printed';
    const input = noteInput();
    // As if a caller handed over a wider object: a process note, an outcome reason, extra note fields.
    const wider = {
      ...input,
      processNote: { body: secret, kind: 'psychotherapy-process-note' },
      note: { ...input.note, processNotes: [secret], body: secret },
      session: { ...input.session, outcomeReason: secret, checkIn: secret },
    };
    const passed: NoteDocumentInput = wider;
    const text = (await pdfPages((await renderNote(passed, frame())).bytes)).join('\n');
    expect(text).toContain('Alex reported a calmer week.');
    expect(text).not.toContain(secret);
  });

  it('prints progress toward the plan (wording, status, sentence) and the plan interventions before the written ones', async () => {
    const note = signedNote();
    const planVersionId = '6f1c2a4e-1b2c-4d3e-8f40-000000000010';
    const linked = signedNote({
      content: {
        ...note.content,
        progress: [
          {
            planVersionId,
            objectiveKey: 'o-feelings',
            objective:
              'Share one feeling each evening, five evenings a week, with the other partner reflecting it back',
            status: 'progressing',
            sentence: 'Zoë led four exchanges this week; Alex reflected each one back without advice.',
          },
          {
            planVersionId,
            objectiveKey: 'o-routine',
            objective: 'Alex keeps the agreed daily routine',
            status: 'noChange',
            sentence: '',
          },
          {
            planVersionId,
            objectiveKey: 'o-touch',
            objective: 'Hold hands for ten minutes on the porch swing',
            status: 'met',
            sentence: 'Both said it felt safe; next rung of the ladder agreed.',
          },
        ],
        planInterventions: [
          { planVersionId, key: 'i-exchange', name: 'Feelings-sharing exchange' },
          { planVersionId, key: 'i-routine', name: 'Daily routine agreement' },
        ],
        // Written again by hand: printed once, under the plan's.
        interventions: ['Reflective listening drill', 'Feelings-sharing exchange'],
      },
    });
    const text = (await pdfPages((await renderNote(noteInput(linked), frame())).bytes)).join('\n');
    expectInOrder(text, [
      'Plan',
      'Continue the exchange',
      'Progress toward the plan',
      'Objective',
      'Status',
      'This session',
      'Share one feeling each evening',
      'Progressing',
      'Zoë led four exchanges this week',
      'Alex keeps the agreed daily routine',
      'No change',
      'Hold hands for ten minutes',
      'Met',
      'next rung of the ladder agreed',
      'Interventions used',
      'From the treatment plan',
      'Feelings-sharing exchange',
      'Daily routine agreement',
      'Also used',
      'Reflective listening drill',
      'Homework',
    ]);
    expect(text.match(/Feelings-sharing exchange/g)).toHaveLength(1);
  });

  it('prints no progress section for a note that rated no objective', async () => {
    const text = (await pdfPages((await renderNote(noteInput(), frame())).bytes)).join('\n');
    expect(text).not.toContain('Progress toward the plan');
    expect(text).not.toContain('From the treatment plan');
  });

  it('prints non-Latin names exactly in attendance and the risk review', async () => {
    const text = (
      await pdfPages((await renderNote(noteInput(signedNote(), worldPartners), frame())).bytes)
    ).join('\n');
    expect(text).toContain('Дарья Пример: Present');
    expect(text).toContain('Łukasz Przykład: Late');
    expect(text).toContain('Дарья Пример: No');
    expect(text).toContain('Łukasz Przykład: Not known');
  });
});

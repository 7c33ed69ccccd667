import type { NoteContentInput } from '@shared/contract/notes';
import type { PlanVersion } from '@shared/contract/plans';
import { type PlanDocument, resolveNoteLinks, walkPlan } from '@shared/domain/plan';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fictionalAssessment } from '../fixtures/assessments';
import { fictionalCouple } from '../fixtures/couples';
import { fictionalDapNote, fictionalSession } from '../fixtures/sessions';
import { STORED_V1_HASH, storedV1Content, storedV1Ids } from '../fixtures/stored-v1-note';
import { makeUnlockedCore, type TestCore, withDirectSql } from '../support/core';

const CLINICIAN = 'Dr. Example Clinician, LMFT';

let t: TestCore;
let coupleId: string;
let sessionId: string;
beforeEach(async () => {
  t = await makeUnlockedCore();
  coupleId = (await t.ok('couples:create', fictionalCouple())).id;
  sessionId = (await t.ok('sessions:create', fictionalSession(coupleId))).id;
});
afterEach(async () => {
  await t.dispose();
});

/** The engine's proposal, every item accepted, signed as the couple's plan. */
async function signedPlan(forCouple = coupleId): Promise<PlanVersion> {
  await t.ok('assessments:create', fictionalAssessment(forCouple));
  const draft = await t.ok('plans:startDraft', { coupleId: forCouple, from: 'proposal' });
  const document = structuredClone(draft.document);
  for (const { item } of walkPlan(document)) item.decision = 'accepted';
  await t.ok('plans:saveDraft', { id: draft.id, document, reviewDate: '2026-12-04' });
  return t.ok('plans:sign', { id: draft.id, signedBy: CLINICIAN, attest: true });
}

function objectivesOf(document: PlanDocument) {
  return [...walkPlan(document)].flatMap((w) =>
    w.kind === 'objective' && 'interventions' in w.item ? [w.item] : [],
  );
}

function firstObjective(plan: PlanVersion) {
  const objective = objectivesOf(plan.document).find((o) => o.interventions.length > 0);
  const intervention = objective?.interventions[0];
  if (!objective || !intervention) throw new Error('the proposal has an objective with an intervention');
  return { objective, intervention };
}

function linkedNote(plan: PlanVersion, overrides: Partial<NoteContentInput> = {}): NoteContentInput {
  const { objective, intervention } = firstObjective(plan);
  return fictionalDapNote({
    progress: [
      {
        planVersionId: plan.id,
        objectiveKey: objective.key,
        objective: 'typed by the screen, replaced by the plan’s own words',
        status: 'progressing',
        sentence: 'Four evening check-ins this week, up from two.',
      },
    ],
    planInterventions: [{ planVersionId: plan.id, key: intervention.key, name: 'whatever the screen sent' }],
    ...overrides,
  });
}

describe('a note’s links to the plan', () => {
  it('saves progress and plan interventions with the wording of the plan version they name', async () => {
    const plan = await signedPlan();
    const { objective, intervention } = firstObjective(plan);
    const note = await t.ok('notes:saveDraft', { sessionId, content: linkedNote(plan) });
    expect(note.content.progress).toEqual([
      {
        planVersionId: plan.id,
        objectiveKey: objective.key,
        objective: objective.description,
        status: 'progressing',
        sentence: 'Four evening check-ins this week, up from two.',
      },
    ]);
    expect(note.content.planInterventions).toEqual([
      { planVersionId: plan.id, key: intervention.key, name: intervention.name },
    ]);
    // Found by the sentence, as the rest of the note is.
    const { items } = await t.ok('search:query', { query: 'check-ins' });
    expect(items.map((i) => i.refId)).toContain(note.id);
  });

  it('refuses an objective or intervention the plan version does not hold, naming the field, and keeps the saved draft', async () => {
    const plan = await signedPlan();
    const saved = await t.ok('notes:saveDraft', { sessionId, content: linkedNote(plan) });
    const base = linkedNote(plan);
    const entry = base.progress?.[0];
    const used = base.planInterventions?.[0];
    if (!entry || !used) throw new Error('fixture links both');

    const unknownObjective = await t.core.dispatch('notes:saveDraft', {
      sessionId,
      content: { ...base, progress: [{ ...entry, objectiveKey: 'o-not-in-this-plan' }] },
    });
    expect(unknownObjective).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        message: expect.stringMatching(/not in version 1 of the plan/),
        fields: { 'content.progress.0.objectiveKey': 'This objective is not in version 1 of the plan' },
      },
    });

    const twice = await t.core.dispatch('notes:saveDraft', {
      sessionId,
      content: { ...base, progress: [entry, { ...entry, status: 'met' }] },
    });
    expect(twice).toMatchObject({
      ok: false,
      error: {
        fields: { 'content.progress.1.objectiveKey': 'This objective is already rated in this note' },
      },
    });

    const unknownIntervention = await t.core.dispatch('notes:saveDraft', {
      sessionId,
      content: { ...base, planInterventions: [{ ...used, key: 'i-not-in-this-plan' }] },
    });
    expect(unknownIntervention).toMatchObject({
      ok: false,
      error: { fields: { 'content.planInterventions.0.key': expect.stringMatching(/not in version 1/) } },
    });

    const missingVersion = await t.core.dispatch('notes:saveDraft', {
      sessionId,
      content: { ...base, progress: [{ ...entry, planVersionId: '7e57c0de-0000-4000-8000-000000000000' }] },
    });
    expect(missingVersion).toMatchObject({
      ok: false,
      error: {
        fields: { 'content.progress.0.planVersionId': expect.stringMatching(/not one of this couple/) },
      },
    });

    expect((await t.ok('notes:get', { id: saved.id })).content).toEqual(saved.content);
  });

  it('refuses a plan version of another couple, and a plan still in draft', async () => {
    const otherCouple = (await t.ok('couples:create', fictionalCouple({ displayName: 'Other couple' }))).id;
    const otherPlan = await signedPlan(otherCouple);
    const theirs = await t.core.dispatch('notes:saveDraft', { sessionId, content: linkedNote(otherPlan) });
    expect(theirs).toMatchObject({
      ok: false,
      error: {
        fields: {
          'content.progress.0.planVersionId': 'This plan version is not one of this couple’s plans',
          'content.planInterventions.0.planVersionId': 'This plan version is not one of this couple’s plans',
        },
      },
    });

    await t.ok('assessments:create', fictionalAssessment(coupleId));
    const draft = await t.ok('plans:startDraft', { coupleId, from: 'proposal' });
    const fromDraft = await t.core.dispatch('notes:saveDraft', {
      sessionId,
      content: linkedNote(draft, { planInterventions: [] }),
    });
    expect(fromDraft).toMatchObject({
      ok: false,
      error: { fields: { 'content.progress.0.planVersionId': expect.stringMatching(/draft/) } },
    });
    expect((await t.ok('sessions:get', { id: sessionId })).noteId).toBeNull();
  });
});

describe('note links survive a plan revision', () => {
  it('a signed note keeps resolving objective X from v1 and reads the same; a new note may link v2', async () => {
    const v1 = await signedPlan();
    const { objective } = firstObjective(v1);
    // A second session whose note stays a draft across the revision.
    const draftSession = (await t.ok('sessions:create', fictionalSession(coupleId, { date: '2026-11-19' })))
      .id;
    await t.ok('notes:saveDraft', { sessionId: draftSession, content: linkedNote(v1) });
    const draftNote = await t.ok('notes:saveDraft', { sessionId, content: linkedNote(v1) });
    const signed = await t.ok('notes:sign', { id: draftNote.id, signedBy: CLINICIAN, attest: true });
    expect(signed.hashValid).toBe(true);

    t.clock.advance(24 * 3_600_000);
    const revision = await t.ok('plans:startDraft', { coupleId, from: 'active' });
    const document = structuredClone(revision.document);
    const revised = objectivesOf(document).find((o) => o.key === objective.key);
    if (!revised) throw new Error('the revision copies the objective');
    revised.description = 'Six evening check-ins a week, each under ten minutes';
    await t.ok('plans:saveDraft', { id: revision.id, document, reviewDate: '2026-12-18' });
    const v2 = await t.ok('plans:sign', { id: revision.id, signedBy: CLINICIAN, attest: true });

    const reread = await t.ok('notes:get', { id: signed.id });
    expect(reread.content).toEqual(signed.content);
    expect(reread.hashValid).toBe(true);
    expect(reread.content.progress[0]?.objective).toBe(objective.description);
    const plans = await t.ok('plans:get', { coupleId });
    const versions = await Promise.all(plans.versions.map((v) => t.ok('plans:version', { id: v.id })));
    const resolved = resolveNoteLinks(reread.content, coupleId, versions);
    expect(resolved.problems).toEqual({});
    expect(resolved.progress[0]).toMatchObject({ planVersion: 1, objective: objective.description });

    // The draft keeps linking v1 (now superseded) when saved again.
    const again = await t.ok('notes:saveDraft', {
      sessionId: draftSession,
      content: linkedNote(v1, { sections: { data: 'Edited after the revision.' } }),
    });
    expect(again.content.progress[0]).toMatchObject({
      planVersionId: v1.id,
      objective: objective.description,
    });

    // A new note links the revised objective, in its new words.
    const later = (await t.ok('sessions:create', fictionalSession(coupleId, { date: '2026-11-20' }))).id;
    const fresh = await t.ok('notes:saveDraft', { sessionId: later, content: linkedNote(v2) });
    expect(fresh.content.progress[0]).toMatchObject({
      planVersionId: v2.id,
      objectiveKey: objective.key,
      objective: 'Six evening check-ins a week, each under ten minutes',
    });
  });
});

describe('signing while the couple has an open safety flag', () => {
  const concern = {
    useSinceLastSession: { A: 'no', B: 'unknown' },
    safetyConcerns: true,
    suicidalThoughts: false,
    details: null,
  } as const;

  it('is refused until the risk review is complete, saying what is missing', async () => {
    // Saving a risk review with safety concerns raises the flag (attendance: A present, B late).
    const draft = await t.ok('notes:saveDraft', { sessionId, content: fictionalDapNote({ risk: concern }) });
    expect((await t.ok('safety:list', { coupleId })).items).toHaveLength(1);
    const refused = await t.core.dispatch('notes:sign', { id: draft.id, signedBy: CLINICIAN, attest: true });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        message:
          'This couple has an open safety flag, so the risk review must be complete before the note is signed. Still missing: whether Łukasz used since the last session (yes or no); the risk details.',
        fields: {
          'content.risk.useSinceLastSession.B': expect.any(String),
          'content.risk.details': expect.any(String),
        },
      },
    });
    expect((await t.ok('notes:get', { id: draft.id })).status).toBe('draft');

    await t.ok('notes:saveDraft', {
      sessionId,
      content: fictionalDapNote({
        risk: {
          ...concern,
          useSinceLastSession: { A: 'no', B: 'no' },
          details: 'Raised voices at home; safety plan reviewed with both.',
        },
      }),
    });
    const signed = await t.ok('notes:sign', { id: draft.id, signedBy: CLINICIAN, attest: true });
    expect(signed.status).toBe('signed');
  });

  it('asks nothing about a partner who was absent', async () => {
    const solo = (
      await t.ok(
        'sessions:create',
        fictionalSession(coupleId, {
          date: '2026-11-19',
          type: 'individualA',
          attendance: { A: 'present', B: 'notExpected' },
          checkIn: { A: fictionalSession(coupleId).checkIn?.A ?? null, B: null },
        }),
      )
    ).id;
    const draft = await t.ok('notes:saveDraft', {
      sessionId: solo,
      content: fictionalDapNote({ risk: { ...concern, details: 'Safety plan reviewed.' } }),
    });
    expect((await t.ok('notes:sign', { id: draft.id, signedBy: CLINICIAN, attest: true })).status).toBe(
      'signed',
    );
  });

  it('signs an incomplete risk review once no flag is open', async () => {
    const draft = await t.ok('notes:saveDraft', {
      sessionId,
      content: fictionalDapNote({ risk: { ...concern, safetyConcerns: false } }),
    });
    expect((await t.ok('notes:sign', { id: draft.id, signedBy: CLINICIAN, attest: true })).status).toBe(
      'signed',
    );
  });
});

describe('a note signed before notes linked to the plan', () => {
  it('still verifies (rekindle-note-v1), reads with empty progress, and prints', async () => {
    await withDirectSql(t, (db) => {
      db.prepare('UPDATE sessions SET id = ? WHERE id = ?').run(storedV1Ids.sessionId, sessionId);
      db.prepare(
        `INSERT INTO notes (id, session_id, couple_id, format, content, status, created_at, updated_at, signed_at, signed_by, attestation, content_hash)
         VALUES (?, ?, ?, 'SOAP', ?, 'signed', ?, ?, ?, ?, 'I attest (fictional).', ?)`,
      ).run(
        storedV1Ids.noteId,
        storedV1Ids.sessionId,
        coupleId,
        JSON.stringify(storedV1Content),
        storedV1Ids.signedAt,
        storedV1Ids.signedAt,
        storedV1Ids.signedAt,
        storedV1Ids.signedBy,
        STORED_V1_HASH,
      );
    });
    const note = await t.ok('notes:get', { id: storedV1Ids.noteId });
    expect(note).toMatchObject({ status: 'signed', hashValid: true, contentHash: STORED_V1_HASH });
    expect(note.content).toMatchObject({ progress: [], planInterventions: [] });
    const printed = await t.ok('reports:generate', { kind: 'note', noteId: note.id });
    expect(printed.pageCount).toBeGreaterThan(0);
  });
});

import type { PlanVersion } from '@shared/contract/plans';
import { type PlanDocument, walkPlan } from '@shared/domain/plan';
import { milestoneMeasure } from '@shared/domain/plan/measure';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fictionalAssessment, fictionalPartnerAssessment } from '../fixtures/assessments';
import { fictionalCouple } from '../fixtures/couples';
import { fictionalDapNote, fictionalSession } from '../fixtures/sessions';
import { makeUnlockedCore, type TestCore, withDirectSql } from '../support/core';
import { withSuggestedMilestones } from '../support/plan-drafts';

const DAY = 86_400_000;
const CLINICIAN = 'Dr. Example Clinician, LMFT';

let t: TestCore;
let coupleId: string;
beforeEach(async () => {
  t = await makeUnlockedCore();
  coupleId = (await t.ok('couples:create', fictionalCouple())).id;
});
afterEach(async () => {
  await t.dispose();
});

function interventionIds(doc: PlanDocument): string[] {
  return [...walkPlan(doc)].flatMap((w) =>
    w.kind === 'intervention' && 'libraryId' in w.item ? [w.item.libraryId] : [],
  );
}

/** What a clinician does when every proposed item looks right: accept them all. */
function acceptAll(doc: PlanDocument): PlanDocument {
  const copy = structuredClone(doc);
  for (const { item } of walkPlan(copy)) item.decision = 'accepted';
  return copy;
}

async function signedProposal(reviewDate = '2026-12-04'): Promise<PlanVersion> {
  await t.ok('assessments:create', fictionalAssessment(coupleId));
  const draft = await t.ok('plans:startDraft', { coupleId, from: 'proposal' });
  // With the suggested milestones added, as a clinician who wants some measured by hand.
  const document = acceptAll(withSuggestedMilestones(draft.document));
  await t.ok('plans:saveDraft', { id: draft.id, document, reviewDate });
  return t.ok('plans:sign', { id: draft.id, signedBy: CLINICIAN, attest: true });
}

describe('plans:propose', () => {
  it('asks for an assessment first', async () => {
    expect(await t.core.dispatch('plans:propose', { coupleId })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: expect.stringMatching(/assessment/) },
    });
  });

  it('proposes from the latest assessment with the stored library; every item is proposed and gives reasons', async () => {
    const assessment = await t.ok('assessments:create', fictionalAssessment(coupleId));
    const { document } = await t.ok('plans:propose', { coupleId });
    expect(document.basis).toMatchObject({
      assessmentId: assessment.id,
      assessedOn: '2026-11-10',
      attendanceRate: null,
    });
    expect(document.problemAreas.length).toBeGreaterThan(0);
    for (const { item } of walkPlan(document)) {
      expect(item.decision).toBe('proposed');
      expect(item.reasons.length, item.key).toBeGreaterThan(0);
    }
    const libraryIds = new Set((await t.ok('library:list', {})).items.map((item) => item.entry.id));
    for (const id of interventionIds(document)) expect(libraryIds.has(id)).toBe(true);
    // Trust history on A and co-dependency indicators on B (the fixture) shape the proposal:
    // trust is in focus; co-dependency is too, or one click away among the suggestions.
    const areas = document.problemAreas.map((area) => area.area);
    expect(areas).toContain('trust');
    const suggested = document.suggestions.flatMap((s) =>
      s.entry.kind === 'problemArea' ? [s.entry.item.area] : [],
    );
    expect([...areas, ...suggested]).toContain('codependency');
    expect(areas.length).toBeLessThanOrEqual(4);
  });

  it('turns weeks into dates from the clinician’s today', async () => {
    await t.ok('assessments:create', fictionalAssessment(coupleId));
    const { document } = await t.ok('plans:propose', { coupleId });
    for (const w of walkPlan(document)) {
      if ('dueDate' in w.item) expect(w.item.dueDate > '2026-11-20').toBe(true);
      if ('targetDate' in w.item) expect(w.item.targetDate > '2026-11-20').toBe(true);
    }
  });

  it('puts safety first and proposes no touch exercise when the latest screen is positive', async () => {
    await t.ok(
      'assessments:create',
      fictionalAssessment(coupleId, {
        partnerB: fictionalPartnerAssessment({ safety: { fearOfPartner: 'yes' } }),
      }),
    );
    const { document } = await t.ok('plans:propose', { coupleId });
    expect(document.safetyFirst).toBe(true);
    const library = new Map(
      (await t.ok('library:list', {})).items.map((item) => [item.entry.id, item.entry]),
    );
    for (const id of interventionIds(document)) expect(library.get(id)?.involvesTouch, id).toBe(false);
  });

  it('uses attendance so far: missed sessions lengthen the estimate, with the reason given', async () => {
    await t.ok('assessments:create', fictionalAssessment(coupleId));
    const before = (await t.ok('plans:propose', { coupleId })).document.timeline;
    for (const date of ['2026-10-01', '2026-10-08', '2026-10-15']) {
      await t.ok(
        'sessions:create',
        fictionalSession(coupleId, {
          date,
          outcome: 'noShow',
          outcomeReason: 'did not come',
          checkIn: { A: null, B: null },
        }),
      );
    }
    const after = (await t.ok('plans:propose', { coupleId })).document;
    expect(after.basis?.attendanceRate).toBe(0);
    expect(after.timeline.minWeeks).toBe(before.minWeeks + 8);
    expect(after.timeline.maxWeeks).toBe(before.maxWeeks + 12);
    expect(after.timeline.reasons.join(' ')).toMatch(/ttendance/);
  });
});

describe('plan drafts', () => {
  it('starts one draft at a time, from a proposal or a blank page', async () => {
    await t.ok('assessments:create', fictionalAssessment(coupleId));
    const draft = await t.ok('plans:startDraft', { coupleId, from: 'proposal' });
    expect(draft).toMatchObject({
      version: 1,
      status: 'draft',
      source: 'proposal',
      signedAt: null,
      basedOnId: null,
    });
    expect(await t.core.dispatch('plans:startDraft', { coupleId, from: 'blank' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/Version 1 is still a draft/) },
    });
    await t.ok('plans:discardDraft', { id: draft.id });
    const blank = await t.ok('plans:startDraft', { coupleId, from: 'blank' });
    expect(blank).toMatchObject({ version: 1, source: 'blank' });
    expect(blank.document.problemAreas).toEqual([]);
  });

  it('saves a half-finished draft as typed and gives it back unchanged', async () => {
    const draft = await t.ok('plans:startDraft', { coupleId, from: 'blank' });
    const document: PlanDocument = {
      ...draft.document,
      problemAreas: [
        {
          key: 'c-1',
          area: 'trust',
          title: 'Rebuild trust after the relapse of Zoë Ångström-Exampleton',
          priority: 'high',
          reasons: [],
          decision: 'accepted',
          goals: [{ key: 'c-2', description: '', reasons: [], decision: 'accepted', objectives: [] }],
        },
      ],
    };
    await t.ok('plans:saveDraft', { id: draft.id, document, reviewDate: '' });
    const { draft: saved, active } = await t.ok('plans:get', { coupleId });
    expect(active).toBeNull();
    expect(saved?.document).toEqual(document);
    expect(saved?.reviewDate).toBeNull();
  });

  it('refuses a document with the same item key twice', async () => {
    const draft = await t.ok('plans:startDraft', { coupleId, from: 'blank' });
    const goal = { key: 'dup', description: 'x', reasons: [], decision: 'accepted' as const, objectives: [] };
    const result = await t.core.dispatch('plans:saveDraft', {
      id: draft.id,
      reviewDate: null,
      document: {
        ...draft.document,
        problemAreas: [
          { key: 'dup', area: 'trust', title: 't', priority: 'high', reasons: [], goals: [goal] },
        ],
      },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});

describe('signing and versions', () => {
  it('refuses to sign while proposed items are undecided or the review date is missing, and changes nothing', async () => {
    await t.ok('assessments:create', fictionalAssessment(coupleId));
    const draft = await t.ok('plans:startDraft', { coupleId, from: 'proposal' });
    const result = await t.core.dispatch('plans:sign', { id: draft.id, signedBy: CLINICIAN, attest: true });
    if (result.ok) throw new Error('signed an undecided plan');
    expect(result.error.code).toBe('validation');
    const fields = result.error.fields ?? {};
    expect(fields.reviewDate).toBe('Set the date this plan will be reviewed');
    expect(fields['document.problemAreas.0.decision']).toMatch(/^Problem area 1: accept, edit or reject/);
    expect(Object.keys(fields).filter((k) => k.endsWith('.decision')).length).toBe(
      [...walkPlan(draft.document)].length,
    );
    expect((await t.ok('plans:get', { coupleId })).draft?.updatedAt).toBe(draft.updatedAt);
  });

  it('signs a complete draft: it becomes the active plan, with who signed and when', async () => {
    const signed = await signedProposal();
    expect(signed).toMatchObject({
      status: 'active',
      signedBy: CLINICIAN,
      signedAt: '2026-11-20T09:00:00.000Z',
      reviewDate: '2026-12-04',
    });
    const plan = await t.ok('plans:get', { coupleId });
    expect(plan.active?.id).toBe(signed.id);
    expect(plan.draft).toBeNull();
    expect(plan.versions.map((v) => [v.version, v.status])).toEqual([[1, 'active']]);
  });

  it('moves the couple from Intake to Active when its first plan is signed, and records why', async () => {
    expect((await t.ok('couples:get', { id: coupleId })).status).toBe('intake');
    await signedProposal();
    expect((await t.ok('couples:get', { id: coupleId })).status).toBe('active');
    const { items } = await t.ok('audit:list', { coupleId, action: 'couple.updated' });
    expect(items.map((entry) => entry.detail)).toContainEqual({
      fields: ['status'],
      from: 'intake',
      to: 'active',
      reason: 'plan signed',
    });
  });

  it('leaves any status the clinician chose (maintenance, say) when a plan is signed', async () => {
    const couple = await t.ok('couples:get', { id: coupleId });
    const { id, createdAt, updatedAt, archivedAt, openSafetyFlags, partnerA, partnerB, ...fields } = couple;
    const strip = ({ id: _id, position: _p, ...partner }: typeof partnerA) => partner;
    await t.ok('couples:update', {
      ...fields,
      id,
      status: 'maintenance',
      partnerA: strip(partnerA),
      partnerB: strip(partnerB),
    });
    await signedProposal();
    expect((await t.ok('couples:get', { id: coupleId })).status).toBe('maintenance');
  });

  it('keeps a signed version final: saving, discarding and signing again are refused', async () => {
    const signed = await signedProposal();
    for (const [channel, input] of [
      ['plans:saveDraft', { id: signed.id, document: signed.document, reviewDate: '2027-01-01' }],
      ['plans:discardDraft', { id: signed.id }],
      ['plans:sign', { id: signed.id, signedBy: CLINICIAN, attest: true }],
    ] as const) {
      expect(await t.core.dispatch(channel, input as never)).toMatchObject({
        ok: false,
        error: { code: 'conflict', message: expect.stringMatching(/signed and cannot change/) },
      });
    }
    expect((await t.ok('plans:version', { id: signed.id })).reviewDate).toBe('2026-12-04');
  });

  it('refuses UPDATE and DELETE of a signed version in direct SQL, but lets an active one be superseded', async () => {
    const signed = await signedProposal();
    await withDirectSql(t, (db) => {
      expect(() =>
        db.prepare("UPDATE plan_versions SET document = '{}' WHERE id = ?").run(signed.id),
      ).toThrow(/signed plan version cannot be changed/);
      expect(() =>
        db.prepare("UPDATE plan_versions SET status = 'draft', signed_at = NULL WHERE id = ?").run(signed.id),
      ).toThrow(/cannot be changed/);
      expect(() => db.prepare('DELETE FROM plan_versions WHERE id = ?').run(signed.id)).toThrow(
        /signed plan version cannot be deleted/,
      );
      expect(() =>
        db
          .prepare('INSERT OR REPLACE INTO plan_versions SELECT * FROM plan_versions WHERE id = ?')
          .run(signed.id),
      ).toThrow(/cannot be deleted/);
      db.transaction(() => {
        db.prepare("UPDATE plan_versions SET status = 'superseded', superseded_at = 'x' WHERE id = ?").run(
          signed.id,
        );
        expect(() =>
          db
            .prepare("UPDATE plan_versions SET status = 'active', superseded_at = NULL WHERE id = ?")
            .run(signed.id),
        ).toThrow(/cannot be changed/);
        throw new Error('roll back');
      }).bind(null);
    });
  });

  it('a week later: revising copies the active plan; signing supersedes v1 and keeps both; the diff reads the edits', async () => {
    const v1 = await signedProposal();
    t.clock.advance(7 * DAY);
    const draft = await t.ok('plans:startDraft', { coupleId, from: 'active' });
    expect(draft).toMatchObject({
      version: 2,
      source: 'revision',
      basedOnId: v1.id,
      reviewDate: '2026-12-04',
    });
    // The plan itself is copied; its suggestions come fresh from the engine (dated from today).
    expect({ ...draft.document, suggestions: [] }).toEqual({ ...v1.document, suggestions: [] });
    const suggested = (document: PlanDocument) => document.suggestions.map((x) => x.entry.item.key).sort();
    expect(suggested(draft.document)).toEqual(suggested(v1.document));

    const doc = structuredClone(draft.document);
    const [firstArea, secondArea] = doc.problemAreas;
    if (!firstArea || !secondArea) throw new Error('expected two problem areas');
    const objective = firstArea.goals[0]?.objectives[0];
    if (!objective) throw new Error('expected an objective');
    objective.target = (objective.target ?? 0) + 1;
    const dropped = objective.interventions.pop();
    firstArea.goals.push({
      key: 'c-new-goal',
      description: 'Plan one sober evening out a month',
      reasons: [],
      decision: 'accepted',
      objectives: [{ ...objective, key: 'c-new-objective', interventions: [], milestones: [] }],
    });
    doc.problemAreas = [secondArea, firstArea, ...doc.problemAreas.slice(2)];
    await t.ok('plans:saveDraft', { id: draft.id, document: doc, reviewDate: '2026-12-18' });
    const v2 = await t.ok('plans:sign', { id: draft.id, signedBy: CLINICIAN, attest: true });

    const plan = await t.ok('plans:get', { coupleId });
    expect(plan.active?.id).toBe(v2.id);
    expect(plan.versions.map((v) => [v.version, v.status])).toEqual([
      [2, 'active'],
      [1, 'superseded'],
    ]);
    expect(plan.versions[1]?.supersededAt).toBe('2026-11-27T09:00:00.000Z');
    expect((await t.ok('plans:version', { id: v1.id })).document).toEqual(v1.document);

    const { changes, from, to } = await t.ok('plans:diff', { fromId: v1.id, toId: v2.id });
    expect([from.version, to.version]).toEqual([1, 2]);
    const summary = changes.map((c) => `${c.change} ${c.kind} ${c.key ?? ''}`);
    expect(summary).toEqual(
      expect.arrayContaining([
        `changed objective ${objective.key}`,
        'added goal c-new-goal',
        'added objective c-new-objective',
        `removed intervention ${dropped?.key}`,
        'reordered problemArea ',
        'changed reviewDate ',
      ]),
    );
    expect(changes).toHaveLength(6);
    const targetChange = changes.find((c) => c.key === objective.key);
    expect(targetChange?.fields).toEqual([
      {
        field: 'target',
        label: 'Target',
        before: String((objective.target ?? 1) - 1),
        after: String(objective.target),
      },
    ]);
    expect(changes.find((c) => c.kind === 'reviewDate')?.fields[0]).toMatchObject({
      before: '2026-12-04',
      after: '2026-12-18',
    });
  });

  it('puts each signing on the couple’s timeline', async () => {
    const v1 = await signedProposal();
    const { items } = await t.ok('timeline:get', { coupleId });
    expect(items.filter((item) => item.kind === 'planSigned')).toEqual([
      expect.objectContaining({
        id: v1.id,
        date: '2026-11-20',
        label: 'Treatment plan version 1 signed',
        detail: null,
      }),
    ]);
  });

  it('compares only versions of the same couple', async () => {
    const v1 = await signedProposal();
    const other = (await t.ok('couples:create', fictionalCouple())).id;
    const draft = await t.ok('plans:startDraft', { coupleId: other, from: 'blank' });
    expect(await t.core.dispatch('plans:diff', { fromId: v1.id, toId: draft.id })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
  });

  it('refuses touch and conflict exercises in a signed plan while a safety flag is open', async () => {
    await t.ok('assessments:create', fictionalAssessment(coupleId));
    const draft = await t.ok('plans:startDraft', { coupleId, from: 'proposal' });
    const touch = (await t.ok('library:list', {})).items.find((item) => item.entry.involvesTouch)?.entry;
    if (!touch) throw new Error('library has no touch exercise');
    const doc = acceptAll(draft.document);
    const objective = doc.problemAreas[0]?.goals[0]?.objectives[0];
    objective?.interventions.push({
      key: 'c-touch',
      libraryId: touch.id,
      name: touch.name,
      who: 'both',
      frequency: touch.frequency,
      notes: '',
      reasons: [],
      decision: 'accepted',
    });
    await t.ok('plans:saveDraft', { id: draft.id, document: doc, reviewDate: '2026-12-04' });
    // A later assessment with a positive safety screen raises a flag.
    await t.ok(
      'assessments:create',
      fictionalAssessment(coupleId, {
        kind: 'review',
        partnerA: fictionalPartnerAssessment({ safety: { fearOfPartner: 'yes' } }),
      }),
    );
    const refused = await t.core.dispatch('plans:sign', { id: draft.id, signedBy: CLINICIAN, attest: true });
    if (refused.ok) throw new Error('signed a touch exercise under an open flag');
    // The added touch exercise, and the conflict exercises the flag-free proposal held, are all named.
    const fields = refused.error.fields ?? {};
    const touchPath = `document.problemAreas.0.goals.0.objectives.0.interventions.${(objective?.interventions.length ?? 0) - 1}.libraryId`;
    expect(fields[touchPath]).toMatch(
      /touch and conflict exercises cannot be in a signed plan while the couple has an open safety flag/,
    );
    for (const message of Object.values(fields)) expect(message).toMatch(/open safety flag/);
    const [flag] = (await t.ok('safety:list', { coupleId })).items;
    await t.ok('safety:resolve', {
      id: flag?.id ?? '',
      resolution: 'Safety plan in place; seen individually.',
    });
    await t.ok('plans:sign', { id: draft.id, signedBy: CLINICIAN, attest: true });
  });

  it('gives a revision the suggestions of the latest assessment: none holds a joint exercise once a screen is positive', async () => {
    const library = new Map(
      (await t.ok('library:list', {})).items.map((item) => [item.entry.id, item.entry]),
    );
    const jointInside = (document: PlanDocument) =>
      document.suggestions.flatMap(
        ({ entry }) =>
          JSON.stringify(entry.item)
            .match(/"libraryId":"[^"]+"/g)
            ?.map((m) => m.slice(13, -1))
            .filter((id) => {
              const e = library.get(id);
              return e ? e.conjoint || e.involvesTouch || e.involvesConflict : false;
            }) ?? [],
      );
    const v1 = await signedProposal();
    expect(jointInside(v1.document).length).toBeGreaterThan(0);
    await t.ok(
      'assessments:create',
      fictionalAssessment(coupleId, {
        kind: 'review',
        partnerA: fictionalPartnerAssessment({ safety: { fearOfPartner: 'yes' } }),
      }),
    );
    const revision = await t.ok('plans:startDraft', { coupleId, from: 'active' });
    expect(revision.document.suggestions.length).toBeGreaterThan(0);
    expect(jointInside(revision.document)).toEqual([]);
    // Nothing suggested clashes with the plan it would join, and each has somewhere to go.
    const keys = new Set([...walkPlan(revision.document)].map((w) => w.item.key));
    for (const { entry } of revision.document.suggestions) {
      expect(keys.has(entry.item.key), entry.item.key).toBe(false);
      if (entry.parentKey !== null) expect(keys.has(entry.parentKey), entry.parentKey).toBe(true);
    }
  });

  it('holds joint exercises out of the suggestions while a note’s risk review keeps a flag open', async () => {
    await t.ok('assessments:create', fictionalAssessment(coupleId));
    const before = await t.ok('plans:propose', { coupleId });
    const library = (await t.ok('library:list', {})).items.map((item) => item.entry);
    const joint = new Set(
      library.filter((e) => e.conjoint || e.involvesTouch || e.involvesConflict).map((e) => e.id),
    );
    const jointCount = (document: PlanDocument) =>
      (JSON.stringify(document.suggestions).match(/"libraryId":"[^"]+"/g) ?? []).filter((m) =>
        joint.has(m.slice(13, -1)),
      ).length;
    expect(jointCount(before.document)).toBeGreaterThan(0);
    const session = await t.ok('sessions:create', fictionalSession(coupleId));
    const note = await t.ok('notes:saveDraft', {
      sessionId: session.id,
      content: fictionalDapNote({
        risk: {
          useSinceLastSession: { A: 'no', B: 'no' },
          safetyConcerns: true,
          suicidalThoughts: false,
          details: null,
        },
      }),
    });
    expect(note.id).toBeTruthy();
    expect((await t.ok('safety:list', { coupleId })).items.filter((f) => f.resolvedAt === null)).toHaveLength(
      1,
    );
    const after = await t.ok('plans:propose', { coupleId });
    expect(jointCount(after.document)).toBe(0);
  });

  it('audits every step by id, never with plan text', async () => {
    const v1 = await signedProposal();
    await t.ok('plans:diff', { fromId: v1.id, toId: v1.id });
    const { items } = await t.ok('audit:list', { coupleId });
    const actions = items.map((entry) => entry.action);
    expect(actions).toEqual(
      expect.arrayContaining(['plan.draft_started', 'plan.draft_saved', 'plan.signed', 'plan.compared']),
    );
    const text = JSON.stringify(items);
    const firstArea = v1.document.problemAreas[0];
    expect(text).not.toContain(firstArea?.title);
    expect(text).not.toContain(firstArea?.goals[0]?.description);
  });
});

describe('between-session review', () => {
  it('lists what happened since the plan was signed, next to each goal’s milestones', async () => {
    await t.ok('sessions:create', fictionalSession(coupleId, { date: '2026-11-13' }));
    const v1 = await signedProposal();
    t.clock.advance(7 * DAY);
    await t.ok('sessions:create', fictionalSession(coupleId, { date: '2026-11-24' }));
    await t.ok(
      'sessions:create',
      fictionalSession(coupleId, {
        date: '2026-11-26',
        outcome: 'noShow',
        outcomeReason: 'unwell',
        checkIn: { A: null, B: null },
      }),
    );
    await t.ok('timeline:addEvent', {
      coupleId,
      occurredOn: '2026-11-22',
      kind: 'relapse',
      partner: 'A',
      description: 'One evening, disclosed the next day',
    });

    const review = await t.ok('plans:review', { coupleId });
    expect(review.active?.id).toBe(v1.id);
    expect(review.since).toBe(v1.signedAt);
    expect(review.sessions.map((s) => [s.date, s.attendance])).toEqual([
      ['2026-11-24', 'both'],
      ['2026-11-26', 'missed'],
    ]);
    expect(review.attendance).toEqual({ due: 2, attended: 1, rate: 0.5 });
    expect(review.events).toMatchObject([{ occurredOn: '2026-11-22', kind: 'relapse', partner: 'A' }]);
    const goalKeys = v1.document.problemAreas.flatMap((area) => area.goals.map((goal) => goal.key));
    expect(review.goals.map((goal) => goal.key)).toEqual(goalKeys);
    const milestones = review.goals.flatMap((goal) => goal.milestones);
    expect(milestones.length).toBeGreaterThan(0);
    for (const milestone of milestones) {
      expect(milestone.status).toBe(
        milestone.dueDate < '2026-11-27'
          ? 'overdue'
          : milestone.dueDate <= '2026-12-04'
            ? 'dueSoon'
            : 'scheduled',
      );
    }
  });

  it('shows each milestone’s measurements since signing, its progress toward the target and a stall', async () => {
    const v1 = await signedProposal();
    const milestone = v1.document.problemAreas
      .flatMap((area) => area.goals.flatMap((goal) => goal.objectives.flatMap((o) => o.milestones)))
      .find(
        (m) =>
          milestoneMeasure(m).source.kind === 'entry' &&
          m.baseline !== null &&
          m.target !== null &&
          m.target > m.baseline,
      );
    if (!milestone || milestone.baseline === null || milestone.target === null)
      throw new Error('the proposal has a rising milestone measured by hand');
    const record = (measuredOn: string, value: number) =>
      t.ok('measurements:create', {
        coupleId,
        milestoneKey: milestone.key,
        source: 'therapistEvaluation',
        measuredOn,
        value,
      });
    const before = await t.ok('plans:review', { coupleId });
    const unmeasured = before.goals.flatMap((g) => g.milestones).find((m) => m.key === milestone.key);
    expect(unmeasured).toMatchObject({ measurements: 0, measuredSince: 0, latest: null, progress: null });

    await record('2026-11-19', milestone.baseline); // before the signing (today is 2026-11-20)
    t.clock.advance(35 * DAY);
    const flat = milestone.baseline + 1;
    for (const day of ['2026-11-27', '2026-12-04', '2026-12-11', '2026-12-18']) await record(day, flat);
    const review = await t.ok('plans:review', { coupleId });
    const measured = review.goals.flatMap((g) => g.milestones).find((m) => m.key === milestone.key);
    expect(measured).toMatchObject({
      baseline: milestone.baseline,
      target: milestone.target,
      measurements: 5,
      measuredSince: 4,
      latest: { date: '2026-12-18', value: flat },
    });
    expect(measured?.progress).toBeCloseTo(1 / (milestone.target - milestone.baseline));
    expect(measured?.stallReason).toMatch(/no improvement/i);
  });

  it('before any signed plan, shows the whole record and no goals', async () => {
    await t.ok('sessions:create', fictionalSession(coupleId, { date: '2026-11-13' }));
    const review = await t.ok('plans:review', { coupleId });
    expect(review).toMatchObject({
      active: null,
      since: null,
      goals: [],
      attendance: { due: 1, attended: 1, rate: 1 },
    });
  });
});

describe('today:overview', () => {
  it('lists reviews due within seven days or overdue, open safety flags and notes unsigned for over a day', async () => {
    const empty = await t.ok('today:overview', {});
    expect(empty).toMatchObject({ today: '2026-11-20', reviews: [], safetyFlags: [], unsignedNotes: [] });

    await signedProposal('2026-11-25'); // due in five days
    const later = (await t.ok('couples:create', fictionalCouple())).id;
    coupleId = later;
    await signedProposal('2026-12-31'); // not yet

    const flagged = (await t.ok('couples:create', fictionalCouple())).id;
    await t.ok(
      'assessments:create',
      fictionalAssessment(flagged, {
        partnerA: fictionalPartnerAssessment({ safety: { fearOfPartner: 'yes' } }),
      }),
    );
    const session = await t.ok('sessions:create', fictionalSession(flagged, { date: '2026-11-19' }));
    // With the flag open, the note is signed only with its risk review complete (details written).
    const note = await t.ok('notes:saveDraft', {
      sessionId: session.id,
      content: fictionalDapNote({
        risk: {
          useSinceLastSession: { A: 'no', B: 'no' },
          safetyConcerns: false,
          suicidalThoughts: false,
          details: 'Fear of partner screened at intake; safety plan reviewed (fictional).',
        },
      }),
    });

    let today = await t.ok('today:overview', {});
    expect(today.reviews.map((r) => r.status)).toEqual(['dueSoon']);
    expect(today.safetyFlags.map((f) => f.coupleId)).toEqual([flagged]);
    expect(today.unsignedNotes).toEqual([]); // written minutes ago

    t.clock.advance(6 * DAY);
    today = await t.ok('today:overview', {});
    expect(today.today).toBe('2026-11-26');
    expect(today.reviews).toMatchObject([{ status: 'overdue', reviewDate: '2026-11-25', version: 1 }]);
    expect(today.unsignedNotes).toMatchObject([
      { noteId: note.id, coupleId: flagged, sessionDate: '2026-11-19' },
    ]);
    expect(today.unsignedNotes[0]?.displayName).toBeTruthy();

    await t.ok('notes:sign', { id: note.id, signedBy: CLINICIAN, attest: true });
    expect((await t.ok('today:overview', {})).unsignedNotes).toEqual([]);
  });

  it('leaves archived couples out of reviews and flags', async () => {
    await signedProposal('2026-11-22');
    await t.ok('couples:archive', { id: coupleId });
    expect((await t.ok('today:overview', {})).reviews).toEqual([]);
  });
});

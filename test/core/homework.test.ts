import { randomUUID } from 'node:crypto';
import type { Channel, Input } from '@shared/contract';
import type { HomeworkAssignInput } from '@shared/contract/homework';
import type { PlanVersion } from '@shared/contract/plans';
import { type PlanDocument, type PlanIntervention, walkPlan } from '@shared/domain/plan';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fictionalAssessment } from '../fixtures/assessments';
import { fictionalCouple } from '../fixtures/couples';
import { fictionalDapNote, fictionalSession } from '../fixtures/sessions';
import { makeUnlockedCore, type TestCore, withDirectSql } from '../support/core';
import { pdfText } from '../support/pdf-text';

// The test clock starts at 2026-11-20 09:00 UTC: "today" is 2026-11-20.
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

function assignment(overrides: Partial<HomeworkAssignInput> = {}): HomeworkAssignInput {
  return {
    coupleId,
    title: 'Gratitude exchange',
    instructions: 'Three thanks each, read aloud after dinner (fictional).',
    who: 'both',
    dueDate: '2026-11-27',
    libraryId: 'gratitude-exchange',
    ...overrides,
  };
}

/** The error envelope of a refused call (fails the test when the call succeeds). */
async function refused<C extends Channel>(channel: C, input: Input<C>) {
  const result = await t.core.dispatch(channel, input);
  if (result.ok) throw new Error(`${channel} was accepted`);
  return result.error;
}

/** The proposal, every item accepted, with a structured conversation in session added as a clinician would. */
async function signedPlan(): Promise<PlanVersion> {
  await t.ok('assessments:create', fictionalAssessment(coupleId));
  const draft = await t.ok('plans:startDraft', { coupleId, from: 'proposal' });
  const document = structuredClone(draft.document);
  for (const { item } of walkPlan(document)) item.decision = 'accepted';
  const objective = document.problemAreas[0]?.goals[0]?.objectives[0];
  if (!objective) throw new Error('the proposal has no objective');
  objective.interventions.push({
    key: 'test-in-session',
    libraryId: 'structured-conversation',
    name: 'Structured conversation',
    who: 'inSession',
    frequency: { times: 1, per: 'session' },
    notes: '',
    reasons: [],
    decision: 'accepted',
  });
  await t.ok('plans:saveDraft', { id: draft.id, document, reviewDate: '2026-12-04' });
  return t.ok('plans:sign', { id: draft.id, signedBy: CLINICIAN, attest: true });
}

function interventions(document: PlanDocument): PlanIntervention[] {
  return [...walkPlan(document)].flatMap((w) =>
    w.kind === 'intervention' ? [w.item as PlanIntervention] : [],
  );
}

/** A note whose risk review names a safety concern raises a flag, open until resolved. */
async function raiseSafetyFlag(): Promise<void> {
  const session = await t.ok('sessions:create', fictionalSession(coupleId, { date: '2026-11-19' }));
  await t.ok('notes:saveDraft', {
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
  expect((await t.ok('safety:list', { coupleId })).items).toHaveLength(1);
}

describe('assigning homework', () => {
  it('assigns a library exercise: joint when conjoint and given to both, dated today by the core', async () => {
    const joint = await t.ok('homework:assign', assignment());
    expect(joint).toMatchObject({
      coupleId,
      libraryId: 'gratitude-exchange',
      planVersionId: null,
      interventionKey: null,
      who: 'both',
      joint: true,
      assignedOn: '2026-11-20',
      dueDate: '2026-11-27',
      status: 'assigned',
      comment: null,
      reviewedInSessionId: null,
      reviewedOn: null,
    });
    // The same conjoint exercise for one partner, and an individual one for both, are not joint.
    expect((await t.ok('homework:assign', assignment({ who: 'partnerA' }))).joint).toBe(false);
    const journal = await t.ok(
      'homework:assign',
      assignment({ libraryId: 'feelings-journal', title: 'Journal' }),
    );
    expect(journal.joint).toBe(false);
    const audit = await t.ok('audit:list', { action: 'homework.assigned' });
    expect(audit.items).toHaveLength(3);
    expect(JSON.stringify(audit.items)).not.toMatch(/fictional|Gratitude/i);
  });

  it('assigns a custom task with no library entry, never joint, in a session of the couple', async () => {
    const session = await t.ok('sessions:create', fictionalSession(coupleId));
    const custom = await t.ok(
      'homework:assign',
      assignment({
        libraryId: null,
        title: 'Plan the Saturday picnic',
        sessionId: session.id,
        dueDate: '2026-11-20',
      }),
    );
    expect(custom).toMatchObject({
      libraryId: null,
      title: 'Plan the Saturday picnic',
      who: 'both',
      joint: false,
      assignedInSessionId: session.id,
    });
  });

  it('assigns an intervention of the active plan: its library entry comes from the plan', async () => {
    const plan = await signedPlan();
    const homework = interventions(plan.document).find((i) => i.who === 'both');
    if (!homework) throw new Error('the proposal has no intervention for both partners');
    const assigned = await t.ok(
      'homework:assign',
      assignment({
        planVersionId: plan.id,
        interventionKey: homework.key,
        libraryId: null,
        title: homework.name,
      }),
    );
    expect(assigned).toMatchObject({
      planVersionId: plan.id,
      interventionKey: homework.key,
      libraryId: homework.libraryId,
      title: homework.name,
    });
    // The form may send the option's library id with it: the same id is accepted.
    await t.ok(
      'homework:assign',
      assignment({ planVersionId: plan.id, interventionKey: homework.key, libraryId: homework.libraryId }),
    );
  });

  it('refuses each impossible assignment with a specific message, and saves nothing', async () => {
    const plan = await signedPlan();
    const inSession = interventions(plan.document).find((i) => i.who === 'inSession');
    const forBoth = interventions(plan.document).find((i) => i.who === 'both');
    if (!inSession || !forBoth) throw new Error('the proposal lacks an in-session or a joint intervention');
    const other = (await t.ok('couples:create', fictionalCouple({ displayName: 'Ana & Bo (fictional)' }))).id;
    const theirs = await t.ok('sessions:create', fictionalSession(other));
    const cancelled = await t.ok(
      'sessions:create',
      fictionalSession(coupleId, {
        outcome: 'cancelled',
        outcomeReason: 'Fictional: snowed in',
        attendance: { A: 'notExpected', B: 'notExpected' },
        checkIn: { A: null, B: null },
      }),
    );

    expect(await refused('homework:assign', assignment({ coupleId: randomUUID() }))).toMatchObject({
      code: 'not_found',
    });
    const cases: [Partial<HomeworkAssignInput>, string, RegExp][] = [
      [{ sessionId: theirs.id }, 'sessionId', /another couple/],
      [{ sessionId: cancelled.id }, 'sessionId', /did not take place/],
      [{ dueDate: '2026-11-19' }, 'dueDate', /before today/],
      [{ libraryId: 'no-such-exercise' }, 'libraryId', /not in the library/],
      [{ libraryId: 'structured-conversation' }, 'libraryId', /done in session/],
      [
        { planVersionId: randomUUID(), interventionKey: forBoth.key, libraryId: null },
        'planVersionId',
        /current signed plan/,
      ],
      [
        { planVersionId: plan.id, interventionKey: 'no-such-key', libraryId: null },
        'interventionKey',
        /not an accepted homework intervention/,
      ],
      [
        { planVersionId: plan.id, interventionKey: inSession.key, libraryId: null },
        'interventionKey',
        /not an accepted homework intervention/,
      ],
      [
        { planVersionId: plan.id, interventionKey: null, libraryId: null },
        'interventionKey',
        /Choose an intervention/,
      ],
      [
        { planVersionId: null, interventionKey: forBoth.key, libraryId: null },
        'planVersionId',
        /Choose the plan/,
      ],
      [
        { planVersionId: plan.id, interventionKey: forBoth.key, libraryId: 'self-care-plan' },
        'libraryId',
        /not both/,
      ],
    ];
    for (const [overrides, field, message] of cases) {
      const error = await refused('homework:assign', assignment(overrides));
      expect(error.code, JSON.stringify(overrides)).toBe('validation');
      expect(error.fields?.[field], JSON.stringify(overrides)).toMatch(message);
    }
    expect((await t.ok('homework:list', { coupleId })).items).toEqual([]);
  });
});

describe('safety first', () => {
  it('refuses joint, touch and conflict exercises while a flag is open, naming individual alternatives', async () => {
    const plan = await signedPlan();
    await raiseSafetyFlag();

    const joint = await refused('homework:assign', assignment());
    expect(joint.code).toBe('validation');
    expect(joint.message).toMatch(
      /“Gratitude exchange” cannot be assigned\. Not while a safety flag is open: it is done together\./,
    );
    // Individual exercises for emotional intimacy or trust, the areas of the gratitude exchange.
    expect(joint.message).toMatch(/Individual alternatives: .*Letter on forgiveness/);
    expect(joint.message).toMatch(/Feelings journal/);
    expect(joint.fields?.libraryId).toBe(joint.message);

    // Given to one partner, a touch exercise is still refused, and says why.
    const touch = await refused(
      'homework:assign',
      assignment({ libraryId: 'touch-ladder-hugging', who: 'partnerA' }),
    );
    expect(touch.message).toMatch(/it is done together and it involves touch/);

    // From the plan too.
    const conjoint = interventions(plan.document).find((i) => i.who === 'both');
    if (!conjoint) throw new Error('the proposal has no intervention for both partners');
    const fromPlan = await refused(
      'homework:assign',
      assignment({ planVersionId: plan.id, interventionKey: conjoint.key, libraryId: null }),
    );
    expect(fromPlan.fields?.interventionKey).toMatch(/Not while a safety flag is open/);

    // Individual and custom homework is still given.
    await t.ok('homework:assign', assignment({ libraryId: 'feelings-journal', who: 'partnerB' }));
    await t.ok(
      'homework:assign',
      assignment({ libraryId: null, title: 'Call your sponsor twice', who: 'partnerA' }),
    );
    expect((await t.ok('homework:list', { coupleId })).items).toHaveLength(2);

    // Resolved, the joint exercise can be given again.
    const [flag] = (await t.ok('safety:list', { coupleId })).items;
    await t.ok('safety:resolve', {
      id: flag?.id ?? '',
      resolution: 'Safety plan agreed; seen individually.',
    });
    expect((await t.ok('homework:assign', assignment())).joint).toBe(true);
  });

  it('lists the plan’s homework first, then the library, each with whether it is allowed and its alternatives', async () => {
    const plan = await signedPlan();
    const calm = await t.ok('homework:options', { coupleId });
    expect(calm.safetyFlagOpen).toBe(false);
    expect(calm.items.every((item) => item.allowed && item.blockedReason === null)).toBe(true);
    const planItems = interventions(plan.document).filter((i) => i.who !== 'inSession');
    const firstLibrary = calm.items.findIndex((item) => item.source === 'library');
    expect(firstLibrary).toBe(planItems.length);
    expect(
      calm.items.slice(0, firstLibrary).map((item) => [item.interventionKey, item.title, item.who]),
    ).toEqual(planItems.map((i) => [i.key, i.name, i.who]));
    // No in-session exercise, and no library exercise listed twice.
    const libraryIds = calm.items.filter((item) => item.source === 'library').map((item) => item.libraryId);
    expect(libraryIds).not.toContain('structured-conversation');
    expect(libraryIds).not.toContain(planItems[0]?.libraryId);
    expect(new Set(libraryIds).size).toBe(libraryIds.length);
    // An individual exercise for either partner is offered to each of them, never as joint work.
    const library = new Map(
      (await t.ok('library:list', {})).items.map((item) => [item.entry.id, item.entry]),
    );
    const either = calm.items.filter(
      (item) => item.source === 'library' && library.get(item.libraryId ?? '')?.who === 'eitherPartner',
    );
    expect(either.length).toBeGreaterThan(0);
    for (const item of either) expect(item).toMatchObject({ who: 'both', joint: false });

    await raiseSafetyFlag();
    const flagged = await t.ok('homework:options', { coupleId });
    expect(flagged.safetyFlagOpen).toBe(true);
    const gratitude = flagged.items.find((item) => item.libraryId === 'gratitude-exchange');
    expect(gratitude).toMatchObject({
      allowed: false,
      blockedReason: expect.stringMatching(/done together/),
    });
    expect(gratitude?.alternatives.map((a) => a.libraryId)).toEqual(
      expect.arrayContaining(['forgiveness-letter', 'feelings-journal']),
    );
    expect(flagged.items.find((item) => item.libraryId === 'feelings-journal')).toMatchObject({
      allowed: true,
      alternatives: [],
    });
    // Every refusal of the options list is a refusal of assign, and the other way round.
    for (const item of flagged.items.filter((i) => i.source === 'library').slice(0, 12)) {
      const result = await t.core.dispatch(
        'homework:assign',
        assignment({ libraryId: item.libraryId, title: item.title }),
      );
      expect(result.ok, item.libraryId ?? '').toBe(item.allowed);
    }
  });
});

describe('reviewing homework', () => {
  async function sessionOn(date: string, overrides = {}) {
    return t.ok('sessions:create', fictionalSession(coupleId, { date, ...overrides }));
  }

  it('records the review at a later session, corrects it there until its note is signed', async () => {
    const assignedIn = await sessionOn('2026-11-20');
    const homework = await t.ok('homework:assign', assignment({ sessionId: assignedIn.id }));
    const sameSession = await refused('homework:review', {
      id: homework.id,
      sessionId: assignedIn.id,
      status: 'done',
    });
    expect(sameSession.fields?.sessionId).toMatch(/after the one it was assigned in/);

    t.clock.advance(7 * DAY);
    const next = await sessionOn('2026-11-27');
    const reviewed = await t.ok('homework:review', {
      id: homework.id,
      sessionId: next.id,
      status: 'done',
      comment: 'Both kept it up (fictional).',
    });
    expect(reviewed).toMatchObject({
      status: 'done',
      comment: 'Both kept it up (fictional).',
      reviewedInSessionId: next.id,
      reviewedOn: '2026-11-27',
    });
    // A correction in the same session.
    const corrected = await t.ok('homework:review', {
      id: homework.id,
      sessionId: next.id,
      status: 'partly',
    });
    expect(corrected).toMatchObject({ status: 'partly', comment: null, reviewedInSessionId: next.id });

    // Not again in another session, nor withdrawn once reviewed.
    const another = await sessionOn('2026-11-26');
    expect(
      (await refused('homework:review', { id: homework.id, sessionId: another.id, status: 'done' })).fields
        ?.sessionId,
    ).toMatch(/already reviewed in another session/);
    expect((await refused('homework:withdraw', { id: homework.id })).message).toMatch(/stays on the record/);

    // Signed: the review is part of that session's record.
    const note = await t.ok('notes:saveDraft', { sessionId: next.id, content: fictionalDapNote() });
    await t.ok('notes:sign', { id: note.id, signedBy: CLINICIAN, attest: true });
    const afterSign = await refused('homework:review', {
      id: homework.id,
      sessionId: next.id,
      status: 'notDone',
    });
    expect(afterSign.fields?.sessionId).toMatch(/note is signed/);
    expect((await t.ok('homework:list', { coupleId })).items[0]?.status).toBe('partly');
    // The database holds the same line without the service.
    await withDirectSql(t, (db) => {
      expect(() => db.prepare("UPDATE homework SET status = 'done' WHERE id = ?").run(homework.id)).toThrow(
        /signed/,
      );
      expect(() => db.prepare('DELETE FROM homework WHERE id = ?').run(homework.id)).toThrow(/reviewed/);
    });
    const actions = (await t.ok('audit:list', { action: 'homework.reviewed' })).items;
    expect(actions).toHaveLength(2);
  });

  it('refuses a review in a session that did not take place, of another couple, or before the assignment', async () => {
    const homework = await t.ok('homework:assign', assignment({ dueDate: '2026-11-20' }));
    const noShow = await sessionOn('2026-11-20', {
      outcome: 'noShow',
      outcomeReason: 'Fictional: no word',
      attendance: { A: 'absent', B: 'absent' },
      checkIn: { A: null, B: null },
    });
    expect(
      (await refused('homework:review', { id: homework.id, sessionId: noShow.id, status: 'done' })).fields
        ?.sessionId,
    ).toMatch(/did not take place/);
    const before = await sessionOn('2026-11-18');
    expect(
      (await refused('homework:review', { id: homework.id, sessionId: before.id, status: 'done' })).fields
        ?.sessionId,
    ).toMatch(/after the one it was assigned in/);
    const other = (await t.ok('couples:create', fictionalCouple({ displayName: 'Ana & Bo (fictional)' }))).id;
    const theirs = await t.ok('sessions:create', fictionalSession(other, { date: '2026-11-20' }));
    expect(
      (await refused('homework:review', { id: homework.id, sessionId: theirs.id, status: 'done' })).fields
        ?.sessionId,
    ).toMatch(/another couple/);
    expect((await t.ok('homework:list', { coupleId })).items[0]?.status).toBe('assigned');
  });

  it('withdraws an assignment made by mistake, audited, and lists the rest newest due first', async () => {
    const early = await t.ok('homework:assign', assignment({ dueDate: '2026-11-24' }));
    const late = await t.ok('homework:assign', assignment({ dueDate: '2026-12-04' }));
    const middle = await t.ok('homework:assign', assignment({ dueDate: '2026-11-27' }));
    expect((await t.ok('homework:list', { coupleId })).items.map((h) => h.id)).toEqual([
      late.id,
      middle.id,
      early.id,
    ]);
    expect(await t.ok('homework:withdraw', { id: middle.id })).toEqual({ withdrawn: true });
    expect((await t.ok('homework:list', { coupleId })).items.map((h) => h.id)).toEqual([late.id, early.id]);
    expect((await t.ok('audit:list', { action: 'homework.withdrawn' })).items).toHaveLength(1);
    expect((await refused('homework:withdraw', { id: middle.id })).code).toBe('not_found');
  });
});

describe('homework consistency on the dashboard', () => {
  it('counts reviewed homework and homework past due; one still running is not counted yet', async () => {
    const due = (date: string) => t.ok('homework:assign', assignment({ dueDate: date }));
    const [a, b, c] = [await due('2026-11-21'), await due('2026-11-22'), await due('2026-11-23')];
    await due('2026-11-24');
    await due('2026-12-10');
    t.clock.advance(5 * DAY);
    const session = await t.ok('sessions:create', fictionalSession(coupleId, { date: '2026-11-25' }));
    await t.ok('homework:review', { id: a.id, sessionId: session.id, status: 'done' });
    await t.ok('homework:review', { id: b.id, sessionId: session.id, status: 'partly' });
    await t.ok('homework:review', { id: c.id, sessionId: session.id, status: 'notDone' });
    const { consistency } = await t.ok('dashboard:get', { coupleId });
    expect(consistency.homework).toEqual({
      assigned: 4,
      reported: 3,
      done: 1,
      partly: 1,
      rate: 1.5 / 4,
      reportedRate: 0.75,
    });
    expect(consistency.attendance).toEqual({ due: 1, attended: 1, rate: 1 });
  });
});

describe('the worksheet of an assignment', () => {
  it('prints for whom, the due date and the clinician’s instructions, with the exercise of the assignment', async () => {
    const homework = await t.ok(
      'homework:assign',
      assignment({ libraryId: 'feelings-journal', title: 'Evening feelings journal', who: 'partnerB' }),
    );
    const printed = await t.ok('reports:generate', { kind: 'worksheet', homeworkId: homework.id });
    expect(printed.fileName).toBe('homework-feelings-journal-2026-11-27.pdf');
    const text = await pdfText(Buffer.from(printed.pdfBase64, 'base64'));
    expect(text).toContain('Homework worksheet');
    expect(text).toContain('Evening feelings journal');
    expect(text).toContain('From the exercise “Feelings journal”');
    expect(text).toMatch(/For\s+Zoë Müller-Ñúñez and Łukasz Żółć/);
    // Given to partner B alone: B is named as the one who does it, and keeps the one log.
    expect(text).toMatch(/Who\s+Łukasz Żółć/);
    expect(text).toMatch(/Weekly log: Łukasz Żółć/);
    expect(text).not.toMatch(/Weekly log: Zoë/);
    expect(text).toMatch(/Due\s+Nov 27, 2026/);
    expect(text).toContain('Three thanks each, read aloud after dinner (fictional).');
    expect((await t.ok('reports:history', { coupleId })).items[0]).toMatchObject({
      kind: 'worksheet',
      title: 'Homework worksheet',
    });
  });

  it('prints a custom task with its title, instructions, who and due date, and room to note how it went', async () => {
    const homework = await t.ok(
      'homework:assign',
      assignment({ libraryId: null, title: 'Plan the Saturday outing', dueDate: '2026-12-01' }),
    );
    const printed = await t.ok('reports:generate', { kind: 'worksheet', homeworkId: homework.id });
    expect(printed.pageCount).toBe(1);
    const text = await pdfText(Buffer.from(printed.pdfBase64, 'base64'));
    expect(text).toContain('Plan the Saturday outing');
    expect(text).toMatch(/Who\s+Both of you/);
    expect(text).toMatch(/Due\s+Dec 1, 2026/);
    expect(text).toContain('What to do');
    expect(text).toContain('How it went');
    expect(text).not.toContain('Weekly log');
  });

  it('refuses a homework worksheet for another couple or exercise than the assignment’s', async () => {
    const homework = await t.ok('homework:assign', assignment());
    expect(
      (
        await refused('reports:generate', {
          kind: 'worksheet',
          homeworkId: homework.id,
          libraryId: 'feelings-journal',
        })
      ).message,
    ).toMatch(/as it was given/);
    expect((await refused('reports:generate', { kind: 'worksheet', homeworkId: randomUUID() })).code).toBe(
      'not_found',
    );
    expect((await refused('reports:generate', { kind: 'worksheet' })).fields?.libraryId).toMatch(
      /Choose an exercise/,
    );
  });
});

describe('review findings (issue 15)', () => {
  it('refuses a library exercise the library does together while a flag is open, even when not marked conjoint', async () => {
    // A clinician's own entry: "both" is printed as "Both of you, together".
    await t.ok('library:create', {
      entry: {
        id: 'fictional-couple-walk',
        name: 'Fictional couple walk',
        areas: ['experiential'],
        purpose: 'A short walk side by side (fictional).',
        steps: ['Pick a quiet route.', 'Walk for twenty minutes together.'],
        who: 'both',
        frequency: { times: 2, per: 'week' },
        stage: null,
        involvesTouch: false,
        conjoint: false,
        involvesConflict: false,
        contraindications: [],
      },
    });
    await raiseSafetyFlag();
    const walk = assignment({ libraryId: 'fictional-couple-walk', title: 'Fictional couple walk' });
    const error = await refused('homework:assign', walk);
    expect(error.fields?.libraryId).toMatch(/Not while a safety flag is open: it is done together/);
    const option = (await t.ok('homework:options', { coupleId })).items.find(
      (item) => item.libraryId === 'fictional-couple-walk',
    );
    expect(option).toMatchObject({ allowed: false, joint: true });
    expect((await t.ok('homework:list', { coupleId })).items).toEqual([]);
  });

  it('refuses a custom task for both partners while a flag is open; one partner’s is given', async () => {
    await raiseSafetyFlag();
    const custom = assignment({ libraryId: null, title: 'Fictional evening together', who: 'both' });
    const error = await refused('homework:assign', custom);
    expect(error.fields?.who).toMatch(/safety flag is open/);
    await t.ok('homework:assign', { ...custom, who: 'partnerA' });
    expect((await t.ok('homework:list', { coupleId })).items).toHaveLength(1);
  });

  it('refuses a review in a session that has not taken place yet', async () => {
    const homework = await t.ok('homework:assign', assignment({ dueDate: '2026-11-20' }));
    const [nextWeek] = (
      await t.ok('sessions:book', {
        coupleId,
        date: '2026-11-27',
        startTime: '14:00',
        durationMinutes: 50,
        type: 'joint',
        place: 'office',
        repeat: null,
      })
    ).items;
    const error = await refused('homework:review', {
      id: homework.id,
      sessionId: nextWeek?.id ?? '',
      status: 'done',
    });
    expect(error.fields?.sessionId).toMatch(/has not taken place/);
    expect((await t.ok('homework:list', { coupleId })).items[0]?.status).toBe('assigned');
  });
  it('does not print a joint exercise’s worksheet once a safety flag is open; an individual one still prints', async () => {
    const joint = await t.ok(
      'homework:assign',
      assignment({ libraryId: 'touch-ladder-hugging', title: 'Hugging' }),
    );
    const journal = await t.ok(
      'homework:assign',
      assignment({ libraryId: 'feelings-journal', title: 'Journal', who: 'partnerA' }),
    );
    await raiseSafetyFlag();
    const error = await refused('reports:generate', { kind: 'worksheet', homeworkId: joint.id });
    expect(error.message).toMatch(/safety flag is open/);
    expect(error.message).toMatch(/Withdraw/);
    await t.ok('reports:generate', { kind: 'worksheet', homeworkId: journal.id });
  });
});

import { type PlanDocument, walkPlan } from '@shared/domain/plan';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fictionalAssessment, fictionalPartnerAssessment } from '../fixtures/assessments';
import { fictionalCouple, fictionalPartner } from '../fixtures/couples';
import { fictionalDapNote, fictionalSession } from '../fixtures/sessions';
import { makeUnlockedCore, type TestCore } from '../support/core';

// The test clock starts at 2026-11-20 09:00 UTC: "today" is 2026-11-20.
let t: TestCore;
let coupleId: string;
let lastWeek: string;
let todaySession: string;

async function signProposal(): Promise<PlanDocument> {
  const draft = await t.ok('plans:startDraft', { coupleId, from: 'proposal' });
  const document = structuredClone(draft.document);
  for (const { item } of walkPlan(document)) item.decision = 'accepted';
  await t.ok('plans:saveDraft', { id: draft.id, document, reviewDate: '2026-12-18' });
  await t.ok('plans:sign', { id: draft.id, signedBy: 'Dr. Test Example (fictional)', attest: true });
  return document;
}

beforeEach(async () => {
  t = await makeUnlockedCore();
  coupleId = (
    await t.ok(
      'couples:create',
      fictionalCouple({
        displayName: 'Ösel & Nami (fictional)',
        partnerA: fictionalPartner({ firstName: 'Ösel', preferredName: null }),
        partnerB: fictionalPartner({ firstName: 'Nami', preferredName: null, inRecovery: false }),
      }),
    )
  ).id;
  await t.ok('assessments:create', fictionalAssessment(coupleId, { assessedOn: '2026-11-01' }));
  await signProposal();
  lastWeek = (await t.ok('sessions:create', fictionalSession(coupleId, { date: '2026-11-13' }))).id;
  await t.ok('notes:saveDraft', { sessionId: lastWeek, content: fictionalDapNote() });
  const booked = await t.ok('sessions:book', {
    coupleId,
    date: '2026-11-20',
    startTime: '15:00',
    durationMinutes: 50,
    type: 'joint',
    place: 'office',
  });
  todaySession = booked.items[0]?.id as string;
});
afterEach(async () => {
  await t.dispose();
});

describe('workspace:get', () => {
  it('briefs the session since the last held one: recovery days, homework due, the last note’s plan', async () => {
    await t.ok('calendar:save', {
      coupleId,
      days: [
        { date: '2026-11-14', abstinence: { A: 'yes', B: null } },
        { date: '2026-11-15', abstinence: { A: 'no', B: null } },
        { date: '2026-11-16', abstinence: { A: 'yes', B: null } },
      ],
    });
    const homework = await t.ok('homework:assign', {
      coupleId,
      sessionId: lastWeek,
      title: 'Three appreciations a day (fictional)',
      who: 'both',
      dueDate: '2026-11-20',
    });
    const workspace = await t.ok('workspace:get', { sessionId: todaySession });
    expect(workspace.couple.partners).toEqual({ A: 'Ösel', B: 'Nami' });
    expect(workspace.brief.since).toEqual({ sessionId: lastWeek, date: '2026-11-13' });
    // Nov 14-19: 2 kept, 1 use day, 3 not recorded; B is not tracked by the calendar.
    expect(workspace.brief.recovery).toEqual({ A: { kept: 2, use: 1, unrecorded: 3, days: 6 }, B: null });
    expect(workspace.brief.homeworkDue.map((item) => item.id)).toEqual([homework.id]);
    expect(workspace.brief.lastPlanned).toBe(fictionalDapNote().sections?.plan);
    expect(workspace.noteFormat).toBe('DAP');
    expect(workspace.note).toBeNull();
    expect(workspace.objectives.length).toBeGreaterThan(0);
    expect(
      workspace.interventions.every((i) => workspace.objectives.some((o) => o.key === i.objectiveKey)),
    ).toBe(true);

    const today = await t.ok('today:overview', {});
    expect(today.todaySessions[0]?.brief).toEqual({
      text: '1 homework item to review · use days: Ösel 1',
      safety: false,
    });
  });

  it('celebrates homework reviewed done and lists what this session assigned and the next booking', async () => {
    const homework = await t.ok('homework:assign', {
      coupleId,
      sessionId: lastWeek,
      title: 'Caring days (fictional)',
      who: 'both',
      dueDate: '2026-11-20',
    });
    await t.ok('homework:review', {
      id: homework.id,
      sessionId: todaySession,
      status: 'done',
      comment: null,
    });
    const assigned = await t.ok('homework:assign', {
      coupleId,
      sessionId: todaySession,
      title: 'A walk together (fictional)',
      who: 'both',
      dueDate: '2026-11-27',
    });
    const next = await t.ok('sessions:book', {
      coupleId,
      date: '2026-11-27',
      startTime: '15:00',
      durationMinutes: 50,
      type: 'joint',
      place: 'office',
    });
    const workspace = await t.ok('workspace:get', { sessionId: todaySession });
    // Reviewed in this session, it stays in the list with its status.
    expect(workspace.brief.homeworkDue).toMatchObject([{ id: homework.id, status: 'done' }]);
    expect(workspace.wins).toContainEqual({
      kind: 'homeworkDone',
      text: 'Homework done: Caring days (fictional).',
    });
    expect(workspace.homeworkAssigned.map((item) => item.id)).toEqual([assigned.id]);
    expect(workspace.nextBooking?.id).toBe(next.items[0]?.id);
    // One source: the dashboard (and its shareable view) shows the same wins as the workspace.
    expect((await t.ok('dashboard:get', { coupleId })).wins).toEqual(workspace.wins);
  });

  it('takes back a review when the session is then recorded as a no-show: the homework is due at the next one', async () => {
    const homework = await t.ok('homework:assign', {
      coupleId,
      sessionId: lastWeek,
      title: 'Caring days (fictional)',
      who: 'both',
      dueDate: '2026-11-20',
    });
    await t.ok('homework:review', {
      id: homework.id,
      sessionId: todaySession,
      status: 'done',
      comment: null,
    });
    await t.ok('sessions:recordOutcome', {
      id: todaySession,
      coupleId,
      date: '2026-11-20',
      startTime: '15:00',
      durationMinutes: 50,
      type: 'joint',
      place: 'office',
      outcome: 'noShow',
      outcomeReason: 'Did not attend; no message left',
      attendance: { A: 'absent', B: 'absent' },
      checkIn: { A: null, B: null },
      cancelledBy: null,
      noticeHours: null,
    });
    const [after] = (await t.ok('homework:list', { coupleId })).items;
    expect(after).toMatchObject({
      id: homework.id,
      status: 'assigned',
      reviewedInSessionId: null,
      reviewedOn: null,
    });
    expect((await t.ok('dashboard:get', { coupleId })).consistency.homework.done).toBe(0);
    const log = await t.ok('audit:list', { action: 'homework.reopened' });
    expect(log.items).toHaveLength(1);
  });

  it('puts an open safety flag in the brief and first in Today’s line', async () => {
    await t.ok(
      'assessments:create',
      fictionalAssessment(coupleId, {
        kind: 'review',
        assessedOn: '2026-11-19',
        partnerB: fictionalPartnerAssessment({ safety: { fearOfPartner: 'yes' } }),
      }),
    );
    const workspace = await t.ok('workspace:get', { sessionId: todaySession });
    expect(workspace.brief.safetyFlags).toHaveLength(1);
    const line = (await t.ok('today:overview', {})).todaySessions[0]?.brief;
    expect(line?.safety).toBe(true);
    expect(line?.text.startsWith('Safety flag open')).toBe(true);
  });

  it('is a first session’s brief when nothing was held before, and refuses an unknown session', async () => {
    const other = (await t.ok('couples:create', fictionalCouple({ displayName: 'New pair (fictional)' }))).id;
    const first = await t.ok('sessions:book', {
      coupleId: other,
      date: '2026-11-20',
      startTime: '17:00',
      durationMinutes: 50,
      type: 'joint',
      place: 'office',
    });
    const workspace = await t.ok('workspace:get', { sessionId: first.items[0]?.id as string });
    expect(workspace.brief.since).toBeNull();
    expect(workspace.wins).toEqual([]);
    expect(workspace.objectives).toEqual([]);
    expect(workspace.noteFormat).toBe('SOAP');
    const missing = await t.core.dispatch('workspace:get', {
      sessionId: '6f1c2a4e-1b2c-4d3e-8f40-0000000000ff',
    });
    expect(missing.ok).toBe(false);
  });
});

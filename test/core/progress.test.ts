import type { PlanVersion } from '@shared/contract/plans';
import { addDaysIso } from '@shared/domain/dates';
import { isDerived, milestoneMeasure, type PlanDocument, walkPlan } from '@shared/domain/plan';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fictionalAssessment } from '../fixtures/assessments';
import { fictionalCouple } from '../fixtures/couples';
import { fictionalSession } from '../fixtures/sessions';
import { ratings } from '../shared/report-fixtures';
import { makeUnlockedCore, type TestCore, withDirectSql } from '../support/core';
import { withEverySuggestion } from '../support/plan-drafts';

const DAY = 86_400_000;

let t: TestCore;
let coupleId: string;
let plan: PlanVersion;
let milestoneKey: string;

/** The proposal with every suggestion added (the largest plan a clinician could build), all accepted. */
function acceptAll(doc: PlanDocument): PlanDocument {
  const copy = withEverySuggestion(doc);
  for (const { item } of walkPlan(copy)) item.decision = 'accepted';
  return copy;
}

beforeEach(async () => {
  t = await makeUnlockedCore();
  coupleId = (await t.ok('couples:create', fictionalCouple())).id;
  await t.ok('assessments:create', fictionalAssessment(coupleId));
  const draft = await t.ok('plans:startDraft', { coupleId, from: 'proposal' });
  await t.ok('plans:saveDraft', {
    id: draft.id,
    document: acceptAll(draft.document),
    reviewDate: '2026-12-18',
  });
  plan = await t.ok('plans:sign', { id: draft.id, signedBy: 'Dr. Example Clinician', attest: true });
  // A 0-10 milestone entered by hand (check-in and calendar milestones take no entries).
  const first = [...walkPlan(plan.document)].find(
    (w) =>
      w.kind === 'milestone' &&
      'method' in w.item &&
      !isDerived(milestoneMeasure(w.item).source) &&
      milestoneMeasure(w.item).scale.max === 10,
  );
  if (!first) throw new Error('the proposal has no 0-10 milestone entered by hand');
  milestoneKey = first.item.key;
});
afterEach(async () => {
  await t.dispose();
});

describe('measurements', () => {
  it('records a therapist evaluation against a milestone and lists it', async () => {
    const m = await t.ok('measurements:create', {
      coupleId,
      milestoneKey,
      source: 'therapistEvaluation',
      measuredOn: '2026-11-19',
      value: 4,
      comment: 'Rubric level 4: names feelings with prompting',
    });
    expect(m).toMatchObject({ milestoneKey, value: 4, sessionId: null, measuredOn: '2026-11-19' });
    expect((await t.ok('measurements:list', { coupleId, milestoneKey })).items).toEqual([m]);
  });

  it('refuses an unknown milestone, a future date and an observation without its session', async () => {
    const base = { coupleId, source: 'therapistEvaluation' as const, measuredOn: '2026-11-19', value: 4 };
    expect(
      await t.core.dispatch('measurements:create', { ...base, milestoneKey: 'no-such-milestone' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(
      await t.core.dispatch('measurements:create', { ...base, milestoneKey, measuredOn: '2026-11-21' }),
    ).toMatchObject({ ok: false, error: { fields: { measuredOn: 'The date cannot be in the future' } } });
    expect(
      await t.core.dispatch('measurements:create', { ...base, milestoneKey, source: 'sessionObservation' }),
    ).toMatchObject({
      ok: false,
      error: { fields: { sessionId: 'Choose the session the observation was made in' } },
    });
    const otherCouple = (await t.ok('couples:create', fictionalCouple())).id;
    const otherSession = await t.ok('sessions:create', fictionalSession(otherCouple, { date: '2026-11-18' }));
    expect(
      await t.core.dispatch('measurements:create', {
        ...base,
        milestoneKey,
        source: 'sessionObservation',
        sessionId: otherSession.id,
      }),
    ).toMatchObject({ ok: false, error: { fields: { sessionId: 'Choose one of this couple’s sessions' } } });
    // A booking has not been recorded as taking place: nothing was observed in it yet.
    const [booked] = (
      await t.ok('sessions:book', {
        coupleId,
        date: '2026-11-20',
        startTime: '07:00',
        durationMinutes: 50,
        type: 'joint',
        place: 'office',
      })
    ).items;
    expect(
      await t.core.dispatch('measurements:create', {
        ...base,
        milestoneKey,
        source: 'sessionObservation',
        sessionId: booked?.id ?? '',
      }),
    ).toMatchObject({ ok: false, error: { fields: { sessionId: expect.stringMatching(/booked/) } } });
    expect((await t.ok('measurements:list', { coupleId })).items).toEqual([]);
  });

  it('audits an edit by the fields it changed, never the values', async () => {
    const m = await t.ok('measurements:create', {
      coupleId,
      milestoneKey,
      source: 'partnerFeedbackA',
      measuredOn: '2026-11-18',
      value: 3,
    });
    t.clock.advance(60_000);
    const edited = await t.ok('measurements:update', {
      id: m.id,
      measuredOn: '2026-11-18',
      value: 5,
      comment: 'corrected',
    });
    expect(edited).toMatchObject({ value: 5, comment: 'corrected', createdAt: m.createdAt });
    expect(edited.updatedAt > m.updatedAt).toBe(true);
    const [entry] = (await t.ok('audit:list', { coupleId, action: 'measurement.updated' })).items;
    expect(entry?.detail).toEqual({ coupleId, fields: ['value', 'comment'] });
  });

  it('enters a paper log a week at a time; re-entering replaces, blanks leave days alone', async () => {
    const week = await t.ok('measurements:recordWeek', {
      coupleId,
      milestoneKey,
      source: 'coupleLog',
      weekStart: '2026-11-09',
      values: [1, null, 2, 2, null, 3, 4],
    });
    expect(week.items.map((m) => [m.measuredOn, m.value])).toEqual([
      ['2026-11-09', 1],
      ['2026-11-11', 2],
      ['2026-11-12', 2],
      ['2026-11-14', 3],
      ['2026-11-15', 4],
    ]);
    await t.ok('measurements:recordWeek', {
      coupleId,
      milestoneKey,
      source: 'coupleLog',
      weekStart: '2026-11-09',
      values: [null, 1, null, 5, null, null, null],
    });
    const all = (await t.ok('measurements:list', { coupleId, milestoneKey })).items;
    expect(all.map((m) => [m.measuredOn, m.value])).toEqual([
      ['2026-11-09', 1],
      ['2026-11-10', 1],
      ['2026-11-11', 2],
      ['2026-11-12', 5],
      ['2026-11-14', 3],
      ['2026-11-15', 4],
    ]);
    expect(
      await t.core.dispatch('measurements:recordWeek', {
        coupleId,
        milestoneKey,
        source: 'coupleLog',
        weekStart: '2026-11-16',
        values: [1, 1, 1, 1, 1, 1, 1],
      }),
    ).toMatchObject({
      ok: false,
      error: { fields: { 'values.5': 'This day is in the future', 'values.6': 'This day is in the future' } },
    });
  });

  it('keeps measurements attached to a milestone across a plan revision', async () => {
    await t.ok('measurements:create', {
      coupleId,
      milestoneKey,
      source: 'coupleLog',
      measuredOn: '2026-11-19',
      value: 2,
    });
    t.clock.advance(7 * DAY);
    const draft = await t.ok('plans:startDraft', { coupleId, from: 'active' });
    await t.ok('plans:sign', { id: draft.id, signedBy: 'Dr. Example Clinician', attest: true });
    await t.ok('measurements:create', {
      coupleId,
      milestoneKey,
      source: 'coupleLog',
      measuredOn: '2026-11-26',
      value: 3,
    });
    expect((await t.ok('measurements:list', { coupleId, milestoneKey })).items.map((m) => m.value)).toEqual([
      2, 3,
    ]);
  });
});

describe('values on the milestone’s scale', () => {
  const keyed = (key: string) => {
    const found = [...walkPlan(plan.document)].find((w) => w.kind === 'milestone' && w.item.key === key);
    if (!found) throw new Error(`the proposal has ${key}`);
    return found.item.key;
  };

  it('refuses a value outside the scale with a field error on the value, on create, update and a week', async () => {
    const rating = keyed('milestone:trust:accountability:A'); // 0 to 10, partner A's feedback
    const yesNo = keyed('milestone:aftercare'); // 0 or 1
    const base = { coupleId, source: 'therapistEvaluation' as const, measuredOn: '2026-11-19' };
    expect(
      await t.core.dispatch('measurements:create', { ...base, milestoneKey: rating, value: 12 }),
    ).toEqual({
      ok: false,
      error: {
        code: 'validation',
        message: 'Some fields need attention.',
        fields: { value: 'Enter a number from 0 to 10' },
      },
    });
    expect(
      await t.core.dispatch('measurements:create', { ...base, milestoneKey: yesNo, value: 0.5 }),
    ).toMatchObject({ ok: false, error: { fields: { value: 'Enter a whole number from 0 to 1' } } });
    const saved = await t.ok('measurements:create', { ...base, milestoneKey: rating, value: 10 });
    expect(
      await t.core.dispatch('measurements:update', {
        id: saved.id,
        measuredOn: saved.measuredOn,
        value: 11,
        comment: null,
        sessionId: null,
      }),
    ).toMatchObject({ ok: false, error: { fields: { value: 'Enter a number from 0 to 10' } } });
    const weekly = keyed('milestone:communication:A:coupleLog'); // days per week, 0 to 7
    expect(
      await t.core.dispatch('measurements:recordWeek', {
        coupleId,
        milestoneKey: weekly,
        source: 'coupleLog',
        weekStart: '2026-11-09',
        values: [1, null, 8, null, null, null, 2],
      }),
    ).toMatchObject({ ok: false, error: { fields: { 'values.2': 'Enter a number from 0 to 7' } } });
    expect((await t.ok('measurements:list', { coupleId, milestoneKey: weekly })).items).toEqual([]);
  });

  it('takes no entry for a milestone measured from check-ins or the calendar, saying where its values come from', async () => {
    for (const key of ['milestone:trust:A:halfway', 'milestone:trust:accountability:log']) {
      const refused = await t.core.dispatch('measurements:create', {
        coupleId,
        milestoneKey: keyed(key),
        source: 'coupleLog',
        measuredOn: '2026-11-19',
        value: 3,
      });
      expect(refused, key).toMatchObject({
        ok: false,
        error: {
          code: 'validation',
          message: expect.stringMatching(/^Nothing to enter: this milestone is measured from/),
        },
      });
      const week = await t.core.dispatch('measurements:recordWeek', {
        coupleId,
        milestoneKey: keyed(key),
        source: 'coupleLog',
        weekStart: '2026-11-09',
        values: [1, null, null, null, null, null, null],
      });
      expect(week.ok, key).toBe(false);
    }
    expect((await t.ok('measurements:list', { coupleId })).items).toEqual([]);
  });

  it('keeps a value recorded outside the range as it was, lists it for the clinician, and lets its comment be corrected', async () => {
    const rating = keyed('milestone:trust:accountability:A');
    const saved = await t.ok('measurements:create', {
      coupleId,
      milestoneKey: rating,
      source: 'partnerFeedbackA',
      measuredOn: '2026-11-03',
      value: 4,
    });
    // Recorded before values were checked against the scale.
    await withDirectSql(t, (db) =>
      db.prepare('UPDATE measurements SET value = 12 WHERE id = ?').run(saved.id),
    );
    const dashboard = await t.ok('dashboard:get', { coupleId });
    expect(dashboard.milestones.find((m) => m.key === rating)?.outOfRange).toEqual([
      { date: '2026-11-03', value: 12 },
    ]);
    const corrected = await t.ok('measurements:update', {
      id: saved.id,
      measuredOn: '2026-11-03',
      value: 12,
      comment: 'Typed on the old 0-20 sheet',
      sessionId: null,
    });
    expect(corrected).toMatchObject({ value: 12, comment: 'Typed on the old 0-20 sheet' });
  });

  it('measures a plan signed before sources were stored from the check-ins, leaving its stored document as signed', async () => {
    // A plan as signed before milestones stored their scale and source: a revision without them.
    const draft = await t.ok('plans:startDraft', { coupleId, from: 'active' });
    const legacy = structuredClone(draft.document);
    for (const { item } of walkPlan(legacy))
      if ('method' in item) {
        delete item.scale;
        delete item.recordedBy;
      }
    await t.ok('plans:saveDraft', { id: draft.id, document: legacy, reviewDate: '2026-12-18' });
    await t.ok('plans:sign', { id: draft.id, signedBy: 'Dr. Example Clinician', attest: true });
    const stored = () =>
      withDirectSql(t, (db) =>
        db.prepare('SELECT document FROM plan_versions WHERE id = ?').pluck().get(draft.id),
      );
    const before = await stored();
    expect(before).toContain('milestone:trust:A:halfway');
    expect(before).not.toMatch(/recordedBy|"scale"/);
    for (const [i, value] of [4, 5, 6].entries()) {
      await t.ok(
        'sessions:create',
        fictionalSession(coupleId, {
          date: addDaysIso('2026-11-05', i * 7),
          checkIn: { A: ratings(value), B: ratings(value - 1) },
        }),
      );
    }
    const dashboard = await t.ok('dashboard:get', { coupleId });
    const trustA = dashboard.milestones.find((m) => m.key === 'milestone:trust:A:halfway');
    expect(trustA).toMatchObject({
      sourceLabel: "Partner A's check-in ratings in sessions and assessments",
      derived: true,
      entered: 0,
      latest: { date: '2026-11-19', value: 6 },
    });
    // The intake assessment and three check-ins.
    expect(trustA?.fromSource).toBe(4);
    const review = await t.ok('plans:review', { coupleId });
    const reviewed = review.goals.flatMap((g) => g.milestones).find((m) => m.key === trustA?.key);
    expect(reviewed).toMatchObject({ measurements: 4, latest: trustA?.latest, progress: trustA?.progress });
    expect(await stored()).toBe(before);
  });
});

describe('recovery calendar', () => {
  it('saves days and reads a range back, unknowns as null', async () => {
    await t.ok('calendar:save', {
      coupleId,
      days: [
        {
          date: '2026-11-17',
          trustDiscussion: true,
          abstinence: { A: 'yes', B: null },
          supportMeeting: true,
        },
        {
          date: '2026-11-18',
          trustDiscussion: false,
          abstinence: { A: 'unknown', B: null },
          screen: 'negative',
        },
      ],
    });
    const { days } = await t.ok('calendar:get', { coupleId, from: '2026-11-01', to: '2026-11-30' });
    expect(days.map(({ updatedAt: _, ...day }) => day)).toEqual([
      {
        date: '2026-11-17',
        trustDiscussion: true,
        abstinence: { A: 'yes', B: null },
        supportMeeting: true,
        screen: null,
      },
      {
        date: '2026-11-18',
        trustDiscussion: false,
        abstinence: { A: 'unknown', B: null },
        supportMeeting: null,
        screen: 'negative',
      },
    ]);
  });

  it('a use day becomes a relapse on the timeline, once, and flags the plan for review on Today', async () => {
    expect((await t.ok('today:overview', {})).reviews).toEqual([]);
    t.clock.advance(3_600_000);
    const first = await t.ok('calendar:save', {
      coupleId,
      days: [{ date: '2026-11-19', abstinence: { A: 'no', B: null } }],
    });
    expect(first.useDays).toEqual([{ date: '2026-11-19', partner: 'A' }]);
    const again = await t.ok('calendar:save', {
      coupleId,
      days: [{ date: '2026-11-19', trustDiscussion: true, abstinence: { A: 'no', B: null } }],
    });
    expect(again.useDays).toEqual([]);
    const relapses = (await t.ok('timeline:get', { coupleId })).items.filter(
      (item) => item.kind === 'event' && item.label === 'Relapse',
    );
    expect(relapses).toMatchObject([{ date: '2026-11-19', partner: 'A', flagged: true }]);
    expect((await t.ok('today:overview', {})).reviews).toMatchObject([
      { coupleId, status: 'relapse', relapseOn: '2026-11-19', reviewDate: '2026-12-18' },
    ]);

    // Revising and re-signing the plan clears the flag.
    t.clock.advance(DAY);
    const draft = await t.ok('plans:startDraft', { coupleId, from: 'active' });
    await t.ok('plans:sign', { id: draft.id, signedBy: 'Dr. Example Clinician', attest: true });
    expect((await t.ok('today:overview', {})).reviews).toEqual([]);
  });

  it('refuses future days and a day listed twice, saving none of the batch', async () => {
    const result = await t.core.dispatch('calendar:save', {
      coupleId,
      days: [
        { date: '2026-11-19', trustDiscussion: true },
        { date: '2026-11-19', trustDiscussion: false },
        { date: '2026-11-21', trustDiscussion: true },
      ],
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        fields: { 'days.1.date': 'This day is listed twice', 'days.2.date': 'This day is in the future' },
      },
    });
    expect((await t.ok('calendar:get', { coupleId, from: '2026-11-01', to: '2026-11-30' })).days).toEqual([]);
  });
});

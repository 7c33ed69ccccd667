import type { Channel, Input } from '@shared/contract';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fictionalCouple } from '../fixtures/couples';
import { phq9Answers } from '../fixtures/questionnaires';
import { fictionalSession } from '../fixtures/sessions';
import { makeUnlockedCore, TEST_PASSPHRASE, type TestCore } from '../support/core';

// The test clock starts at 2026-11-20 09:00 UTC: "today" is 2026-11-20.
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

/** A session today, held, both partners present, no check-in yet. */
async function todaysSession() {
  return t.ok(
    'sessions:create',
    fictionalSession(coupleId, {
      date: '2026-11-20',
      checkIn: { A: null, B: null },
      attendance: { A: 'present', B: 'present' },
    }),
  );
}

describe('questionnaires the clinician enters', () => {
  it('scores a response as published: total, band, caseness; entered by the clinician, nothing to review', async () => {
    const response = await t.ok('questionnaires:record', {
      coupleId,
      partner: 'A',
      instrument: 'phq9',
      answeredOn: '2026-11-10',
      answers: phq9Answers(12),
    });
    expect(response).toMatchObject({
      total: 12,
      band: 'Moderate',
      isCase: true,
      mode: 'clinicianEntered',
      riskAnswers: [],
    });
    expect(response.reviewedAt).not.toBeNull();
    expect((await t.ok('questionnaires:list', { coupleId })).items).toHaveLength(1);
  });

  it('names the unanswered item and saves nothing; refuses a date in the future', async () => {
    const answers = phq9Answers(5);
    delete answers.sleep;
    const error = await refused('questionnaires:record', {
      coupleId,
      partner: 'B',
      instrument: 'phq9',
      answeredOn: '2026-11-10',
      answers,
    });
    expect(error.code).toBe('validation');
    expect(error.fields?.answers).toMatch(/item 3/);
    const future = await refused('questionnaires:record', {
      coupleId,
      partner: 'B',
      instrument: 'phq9',
      answeredOn: '2026-11-21',
      answers: phq9Answers(5),
    });
    expect(future.fields?.answeredOn).toMatch(/future/);
    expect((await t.ok('questionnaires:list', { coupleId })).items).toEqual([]);
  });

  it('raises a safety flag for a risk answer, quoting what was asked and answered', async () => {
    const response = await t.ok('questionnaires:record', {
      coupleId,
      partner: 'B',
      instrument: 'phq9',
      answeredOn: '2026-11-10',
      answers: phq9Answers(10, 1),
    });
    expect(response.riskAnswers).toEqual([
      expect.objectContaining({ itemId: 'selfHarmThoughts', answer: 'Several days', value: 1 }),
    ]);
    const flags = (await t.ok('safety:list', { coupleId, openOnly: true })).items;
    expect(flags).toEqual([
      expect.objectContaining({
        source: 'questionnaire',
        sourceId: response.id,
        reasons: ['questionnaire.B.phq9.selfHarmThoughts'],
      }),
    ]);
  });
});

describe('schedule, due and change', () => {
  it('says what is due at a session, in the workspace brief and on Today', async () => {
    await t.ok('questionnaires:setSchedule', {
      coupleId,
      entries: [
        { instrument: 'phq9', partner: 'A', cadence: 'everySession' },
        { instrument: 'gad7', partner: 'B', cadence: 'every2Weeks' },
      ],
    });
    // Today lists the day's bookings; the brief of a booking says what to hand over.
    const [session] = (
      await t.ok('sessions:book', {
        coupleId,
        date: '2026-11-20',
        startTime: '15:00',
        durationMinutes: 50,
        type: 'joint',
        place: 'office',
      })
    ).items;
    if (!session) throw new Error('no booking');
    const workspace = await t.ok('workspace:get', { sessionId: session.id });
    expect(workspace.brief.questionnairesDue.A.map((d) => d.instrument)).toEqual(['phq9']);
    expect(workspace.brief.questionnairesDue.B.map((d) => d.instrument)).toEqual(['gad7']);
    expect(workspace.brief.questionnairesDue.B[0]?.reason).toMatch(/never answered|not answered/i);
    const today = await t.ok('today:overview', {});
    expect(today.questionnairesDue).toEqual([
      expect.objectContaining({ sessionId: session.id, coupleId, items: expect.any(Array) }),
    ]);
    expect(today.questionnairesDue[0]?.items).toHaveLength(2);
  });

  it('refuses the same questionnaire twice for one partner, naming the row', async () => {
    const error = await refused('questionnaires:setSchedule', {
      coupleId,
      entries: [
        { instrument: 'phq9', partner: 'A', cadence: 'everySession' },
        { instrument: 'phq9', partner: 'A', cadence: 'every4Weeks' },
      ],
    });
    expect(error.fields?.['entries.1.cadence']).toMatch(/already scheduled/);
  });

  it('raises a reliable deterioration on Today and in the plan review, and draws both partners', async () => {
    for (const [answeredOn, partner, total] of [
      ['2026-10-01', 'A', 5],
      ['2026-11-12', 'A', 12],
      ['2026-10-01', 'B', 14],
      ['2026-11-12', 'B', 6],
    ] as const) {
      await t.ok('questionnaires:record', {
        coupleId,
        partner,
        instrument: 'phq9',
        answeredOn,
        answers: phq9Answers(total),
      });
    }
    const { items } = await t.ok('questionnaires:trajectories', { coupleId });
    expect(items).toHaveLength(1);
    expect(items[0]?.partners.A?.change?.reliableChange).toBe('reliableDeterioration');
    expect(items[0]?.partners.B?.change).toMatchObject({
      reliableChange: 'reliableImprovement',
      casenessChange: 'recovered',
    });
    expect(items[0]?.partners.A?.band).toEqual({ lower: -1, upper: 11 });
    const today = await t.ok('today:overview', {});
    expect(today.deteriorations).toEqual([
      expect.objectContaining({
        coupleId,
        partner: 'A',
        instrument: 'phq9',
        first: { date: '2026-10-01', total: 5 },
      }),
    ]);
    const review = await t.ok('plans:review', { coupleId });
    expect(review.deteriorations.map((d) => `${d.partner} ${d.shortName} ${d.latest.total}`)).toEqual([
      'A PHQ-9 12',
    ]);
  });
});

describe('the private check-in', () => {
  async function handTo(partner: 'A' | 'B', sessionId: string) {
    return t.ok('questionnaires:startPrivate', { sessionId, partner });
  }

  it('offers exactly what is due, answers nothing else while the partner holds the laptop, saves their self-report and locks', async () => {
    await t.ok('questionnaires:setSchedule', {
      coupleId,
      entries: [{ instrument: 'phq9', partner: 'A', cadence: 'everySession' }],
    });
    const session = await todaysSession();
    const offered = await handTo('A', session.id);
    expect(offered).toMatchObject({ partner: 'A', instruments: ['phq9'], checkIn: true });
    expect(offered.partnerName).not.toBe('');

    expect((await t.ok('vault:status', {})).state).toBe('unlocked');

    const ratings = {
      emotional: 6,
      physical: 5,
      intellectual: 6,
      experiential: 5,
      trust: 4,
      communication: 6,
    };
    const { saved } = await t.ok('questionnaires:submitPrivate', {
      responses: [{ instrument: 'phq9', answers: phq9Answers(7) }],
      checkIn: ratings,
    });
    expect(saved).toBe(2);
    expect((await t.ok('vault:status', {})).state).toBe('locked');

    await t.ok('vault:unlock', { passphrase: TEST_PASSPHRASE });
    const workspace = await t.ok('workspace:get', { sessionId: session.id });
    expect(workspace.session.checkIn.A).toEqual(ratings);
    expect(workspace.session.checkInBy).toEqual({ A: 'partner', B: null });
    expect(workspace.unreviewedResponses).toEqual([
      expect.objectContaining({
        partner: 'A',
        instrument: 'phq9',
        total: 7,
        mode: 'privateSelfReport',
        reviewedAt: null,
      }),
    ]);
    const today = await t.ok('today:overview', {});
    expect(today.unreviewedResponses).toEqual([
      expect.objectContaining({ coupleId, partner: 'A', count: 1, risk: false }),
    ]);
    const ids = workspace.unreviewedResponses.map((r) => r.id);
    expect(await t.ok('questionnaires:markReviewed', { ids })).toEqual({ reviewed: 1 });
    expect((await t.ok('workspace:get', { sessionId: session.id })).unreviewedResponses).toEqual([]);
    // The check-in series reads the partner's own ratings as any other check-in.
    const dashboard = await t.ok('dashboard:get', { coupleId });
    expect(JSON.stringify(dashboard)).toContain('"2026-11-20"');
  });

  it('keeps a partner-given check-in theirs until the clinician changes it', async () => {
    const session = await todaysSession();
    await handTo('B', session.id);
    const ratings = {
      emotional: 3,
      physical: 3,
      intellectual: 3,
      experiential: 3,
      trust: 3,
      communication: 3,
    };
    await t.ok('questionnaires:submitPrivate', { responses: [], checkIn: ratings });
    await t.ok('vault:unlock', { passphrase: TEST_PASSPHRASE });
    const base = fictionalSession(coupleId, {
      date: '2026-11-20',
      attendance: { A: 'present', B: 'present' },
    });
    const unchanged = await t.ok('sessions:update', {
      ...base,
      id: session.id,
      checkIn: { A: null, B: ratings },
    });
    expect(unchanged.checkInBy.B).toBe('partner');
    const changed = await t.ok('sessions:update', {
      ...base,
      id: session.id,
      checkIn: { A: null, B: { ...ratings, trust: 4 } },
    });
    expect(changed.checkInBy.B).toBe('clinician');
  });

  it('raises the flag from a risk answer given in private, for the clinician to see after the hand-back', async () => {
    await t.ok('questionnaires:setSchedule', {
      coupleId,
      entries: [{ instrument: 'phq9', partner: 'B', cadence: 'everySession' }],
    });
    const session = await todaysSession();
    await handTo('B', session.id);
    await t.ok('questionnaires:submitPrivate', {
      responses: [{ instrument: 'phq9', answers: phq9Answers(9, 2) }],
      checkIn: null,
    });
    await t.ok('vault:unlock', { passphrase: TEST_PASSPHRASE });
    const workspace = await t.ok('workspace:get', { sessionId: session.id });
    expect(workspace.brief.safetyFlags.map((f) => f.source)).toEqual(['questionnaire']);
    expect(workspace.unreviewedResponses[0]?.riskAnswers[0]).toMatchObject({
      itemId: 'selfHarmThoughts',
      answer: 'More than half the days',
    });
  });

  it('refuses a questionnaire that was not offered and stays private; cancel saves nothing and locks', async () => {
    await t.ok('questionnaires:setSchedule', {
      coupleId,
      entries: [{ instrument: 'phq9', partner: 'A', cadence: 'everySession' }],
    });
    const session = await todaysSession();
    await handTo('A', session.id);
    const error = await refused('questionnaires:submitPrivate', {
      responses: [{ instrument: 'gad7', answers: {} }],
      checkIn: null,
    });
    expect(error.fields?.['responses.0.instrument']).toMatch(/not offered/);
    await t.ok('questionnaires:cancelPrivate', {});
    expect((await t.ok('vault:status', {})).state).toBe('locked');
    await t.ok('vault:unlock', { passphrase: TEST_PASSPHRASE });
    expect((await t.ok('questionnaires:list', { coupleId })).items).toEqual([]);
    expect((await refused('questionnaires:cancelPrivate', {})).code).toBe('conflict');
  });

  it('hands the laptop over on the day of the session, not ahead of it nor after', async () => {
    await t.ok('questionnaires:setSchedule', {
      coupleId,
      entries: [{ instrument: 'phq9', partner: 'A', cadence: 'everySession' }],
    });
    const [later] = (
      await t.ok('sessions:book', {
        coupleId,
        date: '2026-11-27',
        startTime: '15:00',
        durationMinutes: 50,
        type: 'joint',
        place: 'office',
      })
    ).items;
    if (!later) throw new Error('no booking');
    const error = await refused('questionnaires:startPrivate', { sessionId: later.id, partner: 'A' });
    expect(error.message).toBe(
      'This session is on Nov 27, 2026: a partner answers privately on the day of the session.',
    );
    // Nor weeks later: the partner would rate a session long past as "this session".
    const past = await t.ok('sessions:create', fictionalSession(coupleId, { date: '2026-09-01' }));
    expect(
      (await refused('questionnaires:startPrivate', { sessionId: past.id, partner: 'A' })).message,
    ).toMatch(/Sep 1, 2026/);
  });

  it('answers nothing of the record while the partner holds the laptop: a request for it locks, and the passphrase returns', async () => {
    await t.ok('questionnaires:setSchedule', {
      coupleId,
      entries: [{ instrument: 'phq9', partner: 'A', cadence: 'everySession' }],
    });
    const session = await todaysSession();
    await handTo('A', session.id);
    const refusal = await refused('couples:list', {});
    expect(refusal).toMatchObject({ code: 'locked' });
    expect(JSON.stringify(refusal)).not.toContain('Zoë');
    // A request the partner's screen never makes means the window is not showing it: locked.
    expect((await t.ok('vault:status', {})).state).toBe('locked');
    expect((await refused('workspace:get', { sessionId: session.id })).code).toBe('locked');
    await t.ok('vault:unlock', { passphrase: TEST_PASSPHRASE });
    expect((await t.ok('couples:list', {})).items).toHaveLength(1);
    expect((await t.ok('questionnaires:list', { coupleId })).items).toEqual([]);
  });

  it('keeps the check-in private until the lock has closed the record: no request slips in while it locks', async () => {
    await t.ok('questionnaires:setSchedule', {
      coupleId,
      entries: [{ instrument: 'phq9', partner: 'A', cadence: 'everySession' }],
    });
    const session = await todaysSession();
    await handTo('A', session.id);
    const [submitted, listed] = await Promise.all([
      t.core.dispatch('questionnaires:submitPrivate', {
        responses: [{ instrument: 'phq9', answers: phq9Answers(4) }],
        checkIn: null,
      }),
      t.core.dispatch('couples:list', {}),
    ]);
    expect(submitted.ok).toBe(true);
    expect(listed.ok).toBe(false);
    expect((await t.ok('vault:status', {})).state).toBe('locked');
  });

  it('saves a double Finish once, and lets the partner correct an answer the core refused', async () => {
    await t.ok('questionnaires:setSchedule', {
      coupleId,
      entries: [{ instrument: 'phq9', partner: 'B', cadence: 'everySession' }],
    });
    const session = await todaysSession();
    await handTo('B', session.id);
    const unanswered = phq9Answers(4);
    delete unanswered.mood;
    const error = await refused('questionnaires:submitPrivate', {
      responses: [{ instrument: 'phq9', answers: unanswered }],
      checkIn: null,
    });
    expect(error.fields?.['responses.0.answers']).toMatch(/item 2/);
    const input = { responses: [{ instrument: 'phq9' as const, answers: phq9Answers(6, 1) }], checkIn: null };
    const [first, second] = await Promise.all([
      t.core.dispatch('questionnaires:submitPrivate', input),
      t.core.dispatch('questionnaires:submitPrivate', input),
    ]);
    expect([first.ok, second.ok]).toEqual([true, false]);
    await t.ok('vault:unlock', { passphrase: TEST_PASSPHRASE });
    expect((await t.ok('questionnaires:list', { coupleId })).items).toHaveLength(1);
    expect((await t.ok('safety:list', { coupleId, openOnly: true })).items).toHaveLength(1);
  });

  it('waits for a key rotation to finish before handing the laptop over', async () => {
    await t.ok('questionnaires:setSchedule', {
      coupleId,
      entries: [{ instrument: 'phq9', partner: 'A', cadence: 'everySession' }],
    });
    const session = await todaysSession();
    const rotation = t.core.dispatch('vault:rotateKey', { passphrase: TEST_PASSPHRASE });
    const error = await refused('questionnaires:startPrivate', { sessionId: session.id, partner: 'A' });
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/key rotation/);
    expect((await rotation).ok).toBe(true);
    // Once it is done, the hand-off opens as usual.
    expect(
      (await t.ok('questionnaires:startPrivate', { sessionId: session.id, partner: 'A' })).instruments,
    ).toEqual(['phq9']);
  });

  it('says nothing is due rather than opening an empty private screen', async () => {
    const session = await t.ok('sessions:create', fictionalSession(coupleId, { date: '2026-11-20' }));
    const error = await refused('questionnaires:startPrivate', { sessionId: session.id, partner: 'A' });
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/Nothing is due/);
    expect((await t.ok('couples:list', {})).items).toHaveLength(1);
  });
});

import { expect, it } from 'vitest';
import { Vault } from '../../electron/core/vault/vault';
import { dashboardSchema } from '../../shared/contract/dashboard';
import { buildDashboard } from '../../shared/domain/dashboard';
import { addDaysIso } from '../../shared/domain/dates';
import { type PlanDocument, walkPlan } from '../../shared/domain/plan';
import { fictionalAssessment } from '../fixtures/assessments';
import { fictionalCouple, fictionalPartner } from '../fixtures/couples';
import { fictionalSession } from '../fixtures/sessions';
import { makeCore, TEST_KDF, TEST_PASSPHRASE, testClock } from '../support/core';
import { latencies, percentile, report } from './measure';

const WEEKS = 104;
const RUNS = 60;
const START = '2024-11-25';

const ratings = (v: number) => ({
  emotional: v,
  physical: v,
  intellectual: v,
  experiential: v,
  trust: v,
  communication: v,
});

/**
 * Issue 5's target: the dashboard of a couple with two years of weekly data loads in under
 * 50 ms at the core. Measured through `dispatch` (validation in and out included) against the
 * raw reads the service makes, in the same run.
 */
it('dashboard for two years of weekly data', { timeout: 600_000 }, async () => {
  const clock = testClock(`${START}T09:00:00.000Z`);
  const t = await makeCore({ clock });
  try {
    await t.ok('vault:create', { passphrase: TEST_PASSPHRASE });
    const coupleId = (
      await t.ok(
        'couples:create',
        fictionalCouple({ startDate: START, partnerA: fictionalPartner({ sobrietyDate: '2024-10-01' }) }),
      )
    ).id;
    await t.ok('assessments:create', fictionalAssessment(coupleId, { assessedOn: START }));
    const draft = await t.ok('plans:startDraft', { coupleId, from: 'proposal' });
    const doc: PlanDocument = structuredClone(draft.document);
    for (const { item } of walkPlan(doc)) item.decision = 'accepted';
    await t.ok('plans:saveDraft', { id: draft.id, document: doc, reviewDate: addDaysIso(START, 14) });
    await t.ok('plans:sign', { id: draft.id, signedBy: 'Dr. Bench Example', attest: true });
    const milestones = [...walkPlan(doc)].filter((w) => w.kind === 'milestone').map((w) => w.item.key);

    clock.advance(WEEKS * 7 * 86_400_000);
    for (let week = 0; week < WEEKS; week += 1) {
      const date = addDaysIso(START, week * 7 + 1);
      const v = Math.min(10, 2 + Math.floor(week / 12));
      await t.ok(
        'sessions:create',
        fictionalSession(coupleId, { date, checkIn: { A: ratings(v), B: ratings(Math.max(0, v - 1)) } }),
      );
      for (const milestoneKey of milestones) {
        await t.ok('measurements:create', {
          coupleId,
          milestoneKey,
          source: 'partnerFeedbackA',
          measuredOn: date,
          value: v,
        });
        await t.ok('measurements:create', {
          coupleId,
          milestoneKey,
          source: 'partnerFeedbackB',
          measuredOn: date,
          value: v,
        });
      }
    }
    for (let month = 0; month < 24; month += 1) {
      const first = addDaysIso(START, month * 30);
      const days = Array.from({ length: 30 }, (_, i) => ({
        date: addDaysIso(first, i),
        trustDiscussion: i % 4 !== 0,
        abstinence: { A: i === 15 && month % 6 === 0 ? ('no' as const) : ('yes' as const), B: null },
        supportMeeting: i % 7 === 0,
      }));
      await t.ok('calendar:save', { coupleId, days });
    }

    const dispatched: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      const start = process.hrtime.bigint();
      await t.core.dispatch('dashboard:get', { coupleId });
      dispatched.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    const check = await t.core.dispatch('dashboard:get', { coupleId });
    expect(check.ok).toBe(true);
    if (check.ok) expect(check.value.areas[0]?.series.A.length).toBeGreaterThan(50);

    await t.core.lock();
    const vault = new Vault({ dataDir: t.dataDir, clock: clock.now, kdf: TEST_KDF });
    await vault.unlock(TEST_PASSPHRASE);
    const s = vault.current();
    const raw = latencies(RUNS, () => {
      for (const a of s.assessments.listForCouple(coupleId)) s.assessments.get(a.id);
      s.sessions.listForCouple(coupleId);
      s.plans.listForCouple(coupleId);
      s.progress.measurementPoints(coupleId);
      s.progress.days(coupleId, '0000-01-01', '9999-12-31');
      s.record.eventsAfter(coupleId, null);
      s.assessments.listFlags({ coupleId, openOnly: true });
    });
    const input = {
      today: addDaysIso(START, WEEKS * 7),
      assessments: s.assessments.listForCouple(coupleId).flatMap((a) => {
        const full = s.assessments.get(a.id);
        return full
          ? [{ assessedOn: full.assessedOn, ratings: { A: full.partnerA.ratings, B: full.partnerB.ratings } }]
          : [];
      }),
      sessions: s.sessions.listForCouple(coupleId),
      plan: { document: doc, signedAt: `${START}T09:00:00.000Z` },
      planSignings: [START],
      measurements: s.progress.measurementPoints(coupleId),
      calendar: s.progress.days(coupleId, '0000-01-01', '9999-12-31'),
      events: s.record.eventsAfter(coupleId, null),
      openSafetyFlags: 0,
      maxPoints: 200,
    };
    const built = latencies(RUNS, () => buildDashboard(input));
    const dashboard = buildDashboard(input);
    const validated = latencies(RUNS, () => dashboardSchema.parse(dashboard));
    await vault.lock();

    const rows = [
      {
        phase: `dashboard:get p50 (${WEEKS} weeks, ${milestones.length} milestones)`,
        subject: percentile(dispatched, 50),
        baseline: percentile(raw, 50),
        unit: 'ms',
      },
      {
        phase: 'dashboard:get p95',
        subject: percentile(dispatched, 95),
        baseline: percentile(raw, 95),
        unit: 'ms',
      },
      {
        phase: 'of which buildDashboard, p50',
        subject: percentile(built, 50),
        baseline: percentile(raw, 50),
        unit: 'ms',
      },
      {
        phase: 'of which output validation, p50',
        subject: percentile(validated, 50),
        baseline: percentile(raw, 50),
        unit: 'ms',
      },
    ];
    report('dashboard', 'dashboard:get', 'raw reads', rows);
    console.log(`target: p95 under 50 ms at the core -> ${percentile(dispatched, 95).toFixed(1)} ms`);
  } finally {
    await t.dispose();
  }
});

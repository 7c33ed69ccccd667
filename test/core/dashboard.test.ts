import { addDaysIso } from '@shared/domain/dates';
import { type PlanDocument, type WalkedItem, walkPlan } from '@shared/domain/plan';
import { isDerived, milestoneMeasure } from '@shared/domain/plan/measure';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fictionalAssessment } from '../fixtures/assessments';
import { fictionalCouple } from '../fixtures/couples';
import { fictionalSession } from '../fixtures/sessions';
import { makeUnlockedCore, type TestCore } from '../support/core';
import { withSuggestedMilestones } from '../support/plan-drafts';

const DAY = 86_400_000;
let t: TestCore;
let coupleId: string;

/** The proposal with its suggested milestones added (hand-entered ones among them), all accepted. */
function acceptAll(doc: PlanDocument): PlanDocument {
  const copy = withSuggestedMilestones(doc);
  for (const { item } of walkPlan(copy)) item.decision = 'accepted';
  return copy;
}

/** A 0-10 milestone whose values are entered by hand (its series holds only what a test records). */
const entered = (w: WalkedItem) => {
  if (w.kind !== 'milestone' || !('method' in w.item)) return false;
  const { source, scale } = milestoneMeasure(w.item);
  return source.kind === 'entry' && scale.max >= 10;
};

const ratings = (value: number) => ({
  emotional: value,
  physical: value,
  intellectual: value,
  experiential: value,
  trust: value,
  communication: value,
});

beforeEach(async () => {
  t = await makeUnlockedCore();
  coupleId = (await t.ok('couples:create', fictionalCouple())).id;
});
afterEach(async () => {
  await t.dispose();
});

describe('dashboard:get', () => {
  it('is empty but well-formed for a couple with nothing recorded', async () => {
    const d = await t.ok('dashboard:get', { coupleId });
    expect(d.areas).toHaveLength(6);
    expect(d.areas.every((a) => a.series.A.length === 0 && a.series.B.length === 0)).toBe(true);
    expect(d).toMatchObject({ milestones: [], attendance: [], heatmap: [], timeline: null, markers: [] });
  });

  it('charts both partners per area with the plan’s target, discrepancies, markers, milestones and the calendar', async () => {
    await t.ok('assessments:create', fictionalAssessment(coupleId, { assessedOn: '2026-09-01' }));
    const draft = await t.ok('plans:startDraft', { coupleId, from: 'proposal' });
    const doc = acceptAll(draft.document);
    const first = [...walkPlan(doc)].find(entered)?.item;
    if (first && 'method' in first) Object.assign(first, { baseline: 2, target: 8 });
    await t.ok('plans:saveDraft', { id: draft.id, document: doc, reviewDate: '2026-12-18' });
    await t.ok('plans:sign', { id: draft.id, signedBy: 'Dr. Example Clinician', attest: true });

    // Eight weekly sessions from 2026-09-25: A rises 3..10, B stays at 4; one no-show.
    for (let week = 0; week < 8; week += 1) {
      const date = addDaysIso('2026-09-25', week * 7);
      if (week === 5) {
        await t.ok(
          'sessions:create',
          fictionalSession(coupleId, {
            date,
            outcome: 'noShow',
            outcomeReason: 'did not come',
            checkIn: { A: null, B: null },
          }),
        );
      } else {
        await t.ok(
          'sessions:create',
          fictionalSession(coupleId, { date, checkIn: { A: ratings(3 + week), B: ratings(4) } }),
        );
      }
    }
    const milestone = [...walkPlan(doc)].find(entered)?.item;
    if (!milestone || !('method' in milestone)) throw new Error('no milestone');
    for (const [i, value] of [3, 3, 3, 3].entries()) {
      await t.ok('measurements:create', {
        coupleId,
        milestoneKey: milestone.key,
        source: 'therapistEvaluation',
        measuredOn: addDaysIso('2026-10-01', i * 7),
        value,
      });
    }
    t.clock.advance(DAY);
    await t.ok('calendar:save', {
      coupleId,
      days: [
        { date: '2026-11-17', trustDiscussion: true, abstinence: { A: 'yes', B: null } },
        { date: '2026-11-18', trustDiscussion: true, abstinence: { A: 'no', B: null } },
        { date: '2026-11-19', trustDiscussion: false, abstinence: { A: 'yes', B: null } },
        { date: '2026-11-20', trustDiscussion: true, abstinence: { A: 'yes', B: null } },
      ],
    });

    const d = await t.ok('dashboard:get', { coupleId });
    const trust = d.areas.find((a) => a.area === 'trust');
    expect(trust?.series.A.map((p) => p.value)).toEqual([2, 3, 4, 5, 6, 7, 9, 10]);
    expect(trust?.series.B.at(-1)).toEqual({ date: '2026-11-13', value: 4 });
    expect(trust?.discrepancies.map((x) => x.date)).toEqual(['2026-10-23', '2026-11-06', '2026-11-13']);
    expect(trust?.discrepancyNow).toBe(true);
    expect(trust?.target.A).toBeGreaterThan(2);

    expect(d.markers.map((m) => m.kind)).toEqual(['missedSession', 'relapse', 'planChange']);
    expect(d.radar.find((r) => r.area === 'trust')).toMatchObject({
      baseline: { A: 2 },
      latest: { A: 10, B: 4 },
    });

    const measured = d.milestones.find((m) => m.key === milestone.key);
    // 2 -> 3, then three measurements with no improvement: a stall.
    expect(measured).toMatchObject({
      measurements: 4,
      latest: { date: '2026-10-22', value: 3 },
      stalled: true,
    });
    expect(measured?.progress).toBeCloseTo(1 / 6);
    expect(d.flags.stalledMilestones).toBeGreaterThanOrEqual(1);

    expect(d.attendance).toEqual([
      { month: '2026-09', due: 1, attended: 1, rate: 1 },
      { month: '2026-10', due: 5, attended: 4, rate: 0.8 },
      { month: '2026-11', due: 2, attended: 2, rate: 1 },
    ]);
    expect(d.heatmap.map((h) => h.abstinence)).toEqual(['yes', 'no', 'yes', 'yes']);
    expect(d.streaks.abstinence.A?.current.days).toBe(2);
    expect(d.adherence[0]).toMatchObject({ month: '2026-11', trustDiscussion: { done: 3, recorded: 4 } });
    expect(d.timeline?.maxWeeks).toBeGreaterThan(0);
    expect(d.flags.discrepancies).toBeGreaterThan(0);
  });

  it('counts unmeasured milestones as work still ahead in the revised timeline', async () => {
    await t.ok('assessments:create', fictionalAssessment(coupleId, { assessedOn: '2026-11-13' }));
    const draft = await t.ok('plans:startDraft', { coupleId, from: 'proposal' });
    const document = acceptAll(draft.document);
    await t.ok('plans:saveDraft', { id: draft.id, document, reviewDate: addDaysIso('2026-11-20', 14) });
    await t.ok('plans:sign', { id: draft.id, signedBy: 'Dr. Robin Example (fictional)', attest: true });
    const rising = [...walkPlan(document)]
      .map((w) => w.item)
      .filter(
        (item) =>
          'method' in item &&
          !isDerived(milestoneMeasure(item).source) &&
          item.baseline !== null &&
          item.target !== null,
      )
      .filter((item) => 'target' in item && (item.target ?? 0) > (item.baseline ?? 0));
    const first = rising[0];
    if (!first || !('target' in first) || first.target === null) throw new Error('a rising milestone');
    expect(rising.length).toBeGreaterThan(3);
    await t.ok('measurements:create', {
      coupleId,
      milestoneKey: first.key,
      source: 'therapistEvaluation',
      measuredOn: '2026-11-20',
      value: first.target,
    });
    const d = await t.ok('dashboard:get', { coupleId });
    expect(d.milestones.find((m) => m.key === first.key)?.progress).toBe(1);
    // One milestone of many at its target leaves most of the work, and the weeks, ahead.
    expect(d.timeline?.minWeeks).toBeGreaterThan(0);
  });

  it('reads every measurement of every source, values exact to the last digit', async () => {
    await t.ok('assessments:create', fictionalAssessment(coupleId, { assessedOn: '2026-11-13' }));
    const draft = await t.ok('plans:startDraft', { coupleId, from: 'proposal' });
    const document = acceptAll(draft.document);
    await t.ok('plans:saveDraft', { id: draft.id, document, reviewDate: addDaysIso('2026-11-20', 14) });
    await t.ok('plans:sign', { id: draft.id, signedBy: 'Dr. Robin Example (fictional)', attest: true });
    const milestones = [...walkPlan(document)].filter(entered).map((w) => w.item.key);
    const [first, second] = milestones;
    if (!first || !second) throw new Error('two milestones');
    // Doubles that need all 17 digits, spread over two milestones and two sources.
    const entries = [
      { milestoneKey: first, source: 'coupleLog', measuredOn: '2026-11-01', value: 1 / 3 },
      { milestoneKey: first, source: 'therapistEvaluation', measuredOn: '2026-11-08', value: 0.1 + 0.2 },
      { milestoneKey: first, source: 'coupleLog', measuredOn: '2026-11-15', value: 9.999999999999998 },
      { milestoneKey: second, source: 'coupleLog', measuredOn: '2026-11-02', value: 2 / 3 },
    ] as const;
    for (const entry of entries) await t.ok('measurements:create', { coupleId, ...entry });

    const d = await t.ok('dashboard:get', { coupleId });
    const firstProgress = d.milestones.find((m) => m.key === first);
    expect(firstProgress?.measurements).toBe(3);
    expect(firstProgress?.series).toEqual([
      { date: '2026-11-01', value: 1 / 3 },
      { date: '2026-11-08', value: 0.1 + 0.2 },
      { date: '2026-11-15', value: 9.999999999999998 },
    ]);
    expect(d.milestones.find((m) => m.key === second)?.latest).toEqual({ date: '2026-11-02', value: 2 / 3 });
    expect(d.milestones.filter((m) => m.entered > 0)).toHaveLength(2);
    // The rest that are measured are the rating milestones, from the intake assessment alone.
    expect(
      d.milestones.filter((m) => m.measurements > 0 && m.entered === 0).map((m) => m.source.kind),
    ).toEqual(d.milestones.filter((m) => m.source.kind === 'checkIn').map(() => 'checkIn'));
  });

  it('downsamples long series to the requested size, keeping first, last, highs and lows', async () => {
    for (let week = 0; week < 60; week += 1) {
      const value = week === 17 ? 10 : week === 31 ? 0 : 5;
      await t.ok(
        'sessions:create',
        fictionalSession(coupleId, {
          date: addDaysIso('2025-09-01', week * 7),
          checkIn: { A: ratings(value), B: ratings(5) },
        }),
      );
    }
    const d = await t.ok('dashboard:get', { coupleId, maxPoints: 10 });
    const series = d.areas[0]?.series.A ?? [];
    expect(series.length).toBeLessThanOrEqual(10);
    expect(series[0]?.date).toBe('2025-09-01');
    expect(series.at(-1)?.date).toBe(addDaysIso('2025-09-01', 59 * 7));
    expect(Math.max(...series.map((p) => p.value))).toBe(10);
    expect(Math.min(...series.map((p) => p.value))).toBe(0);
  });
});

import {
  createDemoClock,
  DEMO_CLINICIAN,
  DEMO_FIRST_NAMES,
  DEMO_LAST_NAMES,
  type DemoCounts,
  generateDemoPractice,
  isDemoDisplayName,
} from '@core/demo';
import type { Couple } from '@shared/contract/couples';
import type { Measurement } from '@shared/contract/measurements';
import { addDaysIso, toIsoDate } from '@shared/domain/dates';
import { walkPlan } from '@shared/domain/plan';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCore, TEST_PASSPHRASE, type TestCore } from '../support/core';

/** The demo's present: history is written up to here and never after. */
const PRESENT = new Date(2026, 10, 20, 15, 0);
const TODAY = '2026-11-20';
const SEED = 'demo-test-seed';

async function demoPractice(seed: string): Promise<{ t: TestCore; counts: DemoCounts }> {
  const clock = createDemoClock(new Date(2026, 4, 1, 9, 0));
  const t = await makeCore({ clock });
  await t.ok('vault:create', { passphrase: TEST_PASSPHRASE });
  clock.set(PRESENT);
  const counts = await generateDemoPractice({
    dispatch: t.core.dispatch,
    clock,
    couples: 3,
    months: 3,
    seed,
  });
  expect(clock.now()).toEqual(PRESENT);
  return { t, counts };
}

let t: TestCore;
let counts: DemoCounts;
let couples: Couple[];

beforeAll(async () => {
  ({ t, counts } = await demoPractice(SEED));
  const list = await t.ok('couples:list', { status: 'all' });
  couples = await Promise.all(list.items.map((item) => t.ok('couples:get', { id: item.id })));
}, 120_000);
afterAll(async () => {
  await t.dispose();
});

const sessionsOf = async (coupleId: string) => (await t.ok('sessions:list', { coupleId })).items;

describe('the demo practice', () => {
  it('holds what it reports, all written through the core', async () => {
    expect(couples).toHaveLength(3);
    expect(counts.couples).toBe(3);
    let sessions = 0;
    let held = 0;
    let measurements = 0;
    let versions = 0;
    let assessments = 0;
    let calendarDays = 0;
    for (const couple of couples) {
      const items = await sessionsOf(couple.id);
      sessions += items.length;
      held += items.filter((s) => s.outcome === 'held').length;
      measurements += (await t.ok('measurements:list', { coupleId: couple.id })).items.length;
      versions += (await t.ok('plans:get', { coupleId: couple.id })).versions.length;
      assessments += (await t.ok('assessments:list', { coupleId: couple.id })).items.length;
      calendarDays += (await t.ok('calendar:get', { coupleId: couple.id, from: '2025-01-01', to: TODAY }))
        .days.length;
      // Three months or more of weekly history for every couple.
      expect(items.length, couple.displayName).toBeGreaterThanOrEqual(12);
    }
    const { booked, cancelled, noShow, toRecord, ahead } = counts.sessions;
    // Every session was booked first; each has an outcome, or is still booked (ahead or to record).
    expect(sessions).toBe(booked);
    expect(sessions).toBe(counts.sessions.held + cancelled + noShow + toRecord + ahead);
    expect(held).toBe(counts.sessions.held);
    expect(measurements).toBe(counts.measurements);
    expect(versions).toBe(counts.planVersions);
    expect(assessments).toBe(counts.assessments);
    expect(calendarDays).toBe(counts.calendarDays);
    expect(counts.sessions.held).toBeGreaterThan(30);
    expect(counts.measurements).toBeGreaterThan(200);
    // A plan revision about every six weeks: more versions than couples.
    expect(counts.planVersions).toBeGreaterThan(couples.length);
  });

  it('has each partner answer the PHQ-9 about every four weeks, scores easing as the couple progresses', async () => {
    let responses = 0;
    const changes: string[] = [];
    for (const couple of couples) {
      const items = (await t.ok('questionnaires:list', { coupleId: couple.id })).items;
      responses += items.length;
      expect(items.every((r) => r.riskAnswers.length === 0 && r.answeredOn <= TODAY)).toBe(true);
      const phq9 = (await t.ok('questionnaires:trajectories', { coupleId: couple.id })).items.find(
        (item) => item.instrument === 'phq9',
      );
      for (const partner of ['A', 'B'] as const) {
        const mine = phq9?.partners[partner];
        expect(mine?.scores.length, `${couple.displayName} ${partner}`).toBeGreaterThanOrEqual(3);
        changes.push(mine?.change?.reliableChange ?? 'none');
      }
    }
    expect(responses).toBe(counts.questionnaires);
    expect(changes).toContain('reliableImprovement');
  });

  it('dates nothing after the present', async () => {
    for (const couple of couples) {
      expect(couple.createdAt <= PRESENT.toISOString()).toBe(true);
      for (const session of await sessionsOf(couple.id)) {
        // Outcomes only for sessions before today; bookings reach at most a week ahead.
        if (session.outcome !== 'booked') expect(session.date < TODAY).toBe(true);
        else expect(session.date <= addDaysIso(TODAY, 7)).toBe(true);
        expect(session.createdAt <= PRESENT.toISOString()).toBe(true);
        expect(session.updatedAt <= PRESENT.toISOString()).toBe(true);
      }
      for (const m of (await t.ok('measurements:list', { coupleId: couple.id })).items) {
        expect(m.measuredOn <= TODAY).toBe(true);
      }
    }
  });

  it('signs every note of a held session except the one deliberately left unsigned for over a day', async () => {
    const unsigned: string[] = [];
    for (const couple of couples) {
      for (const session of await sessionsOf(couple.id)) {
        if (session.outcome !== 'held') {
          expect(session.noteId).toBeNull();
          continue;
        }
        expect(session.noteId, `${couple.displayName} ${session.date}`).not.toBeNull();
        if (session.noteStatus !== 'signed') unsigned.push(session.id);
      }
    }
    expect(unsigned).toHaveLength(1);
    expect(counts.notes).toEqual({ signed: counts.sessions.held - 1, draft: 1 });
    const today = await t.ok('today:overview', {});
    expect(today.today).toBe(TODAY);
    expect(today.unsignedNotes.map((n) => n.sessionId)).toEqual(unsigned);

    const signed = couples[0] && (await sessionsOf(couples[0].id)).find((s) => s.noteStatus === 'signed');
    if (!signed?.noteId) throw new Error('no signed note');
    expect(await t.ok('notes:get', { id: signed.noteId })).toMatchObject({
      signedBy: DEMO_CLINICIAN,
      hashValid: true,
    });
  });

  it('records each booking’s outcome as it came: cancellations with who and how much notice, late ones, the clinician’s, no-shows', async () => {
    const all = (await Promise.all(couples.map((c) => sessionsOf(c.id)))).flat();
    const cancellations = all.filter((s) => s.outcome === 'cancelled');
    for (const s of cancellations) {
      expect(s.cancelledBy, s.date).not.toBeNull();
      expect(s.noticeHours, s.date).not.toBeNull();
      expect(s.attendance).toEqual({ A: 'notExpected', B: 'notExpected' });
    }
    const byPartner = cancellations.filter((s) => s.cancelledBy !== 'clinician');
    expect(byPartner.some((s) => (s.noticeHours ?? 0) >= 24)).toBe(true);
    expect(byPartner.filter((s) => (s.noticeHours ?? 99) < 24)).toHaveLength(
      counts.sessions.lateCancellations,
    );
    expect(counts.sessions.lateCancellations).toBeGreaterThanOrEqual(1);
    expect(cancellations.filter((s) => s.cancelledBy === 'clinician')).toHaveLength(
      counts.sessions.clinicianCancellations,
    );
    expect(counts.sessions.clinicianCancellations).toBeGreaterThanOrEqual(1);
    expect(all.filter((s) => s.outcome === 'noShow')).toHaveLength(counts.sessions.noShow);
    expect(counts.sessions.noShow).toBeGreaterThanOrEqual(1);
    // Nothing booked today or later has an outcome, and only past bookings are left to record.
    expect(all.filter((s) => s.date >= TODAY).every((s) => s.outcome === 'booked')).toBe(true);
    expect(all.filter((s) => s.outcome === 'booked' && s.date < TODAY)).toHaveLength(
      counts.sessions.toRecord,
    );
  });

  it('counts attendance from the bookings’ outcomes: held and no-show sessions and late cancellations by a partner are due; bookings and excused cancellations are not', async () => {
    for (const couple of couples) {
      const sessions = await sessionsOf(couple.id);
      const due = sessions.filter(
        (s) =>
          s.outcome === 'held' ||
          s.outcome === 'noShow' ||
          (s.outcome === 'cancelled' && s.cancelledBy !== 'clinician' && (s.noticeHours ?? 99) < 24),
      );
      const attended = due.filter(
        (s) => s.outcome === 'held' && s.attendance.A !== 'absent' && s.attendance.B !== 'absent',
      );
      const months = (await t.ok('dashboard:get', { coupleId: couple.id })).attendance;
      const sum = (key: 'due' | 'attended') => months.reduce((total, m) => total + m[key], 0);
      expect(sum('due'), couple.displayName).toBe(due.length);
      expect(sum('attended'), couple.displayName).toBe(attended.length);
    }
  });

  it('gives Today a real day: sessions booked today in time order, the week ahead, one to record, and a couple not seen for over three weeks', async () => {
    const today = await t.ok('today:overview', {});
    expect(today.todaySessions.length).toBeGreaterThanOrEqual(1);
    expect(today.todaySessions.every((s) => s.date === TODAY)).toBe(true);
    const times = today.todaySessions.map((s) => s.startTime ?? '');
    expect(times).toEqual(times.toSorted());
    expect(today.toRecord.length).toBe(counts.sessions.toRecord);
    expect(today.toRecord.length).toBeGreaterThanOrEqual(1);
    expect(today.toRecord.every((s) => s.date < TODAY && s.date >= addDaysIso(TODAY, -7))).toBe(true);

    expect(today.notSeen.length).toBeGreaterThanOrEqual(1);
    for (const couple of today.notSeen) {
      expect(couple.lastSeen, couple.displayName).not.toBeNull();
      expect((couple.lastSeen ?? TODAY) < addDaysIso(TODAY, -21), couple.displayName).toBe(true);
    }
    // Every other couple in care has its next session booked, today or in the week ahead.
    const booked = new Set(
      [...today.todaySessions, ...today.week.flatMap((d) => d.items)].map((s) => s.coupleId),
    );
    const notSeen = new Set(today.notSeen.map((c) => c.coupleId));
    for (const couple of couples) {
      expect(booked.has(couple.id) !== notSeen.has(couple.id), couple.displayName).toBe(true);
    }
    expect(booked.size).toBe(counts.sessions.ahead);
  });

  it('reviews each homework at the first held session on or after its due date, and assigns it at held sessions, due a week later', async () => {
    let assigned = 0;
    let reviewed = 0;
    for (const couple of couples) {
      const sessions = await sessionsOf(couple.id);
      const byId = new Map(sessions.map((s) => [s.id, s]));
      const held = sessions
        .filter((s) => s.outcome === 'held')
        .toSorted((a, b) => a.date.localeCompare(b.date));
      const homework = (await t.ok('homework:list', { coupleId: couple.id })).items;
      for (const h of homework) {
        const label = `${couple.displayName} ${h.title} due ${h.dueDate}`;
        const from = h.assignedInSessionId ? byId.get(h.assignedInSessionId) : undefined;
        expect(from?.outcome, label).toBe('held');
        expect(h.dueDate, label).toBe(addDaysIso(from?.date ?? '', 7));
        const firstDue = held.find((s) => s.date >= h.dueDate);
        if (firstDue) {
          expect(h.reviewedInSessionId, label).toBe(firstDue.id);
          expect(h.status, label).not.toBe('assigned');
        } else {
          expect(h.status, label).toBe('assigned');
        }
        assigned += 1;
        if (h.status !== 'assigned') reviewed += 1;
      }
      // Every held session after intake assigned homework, but for workshops.
      const assigning = new Set(homework.map((h) => h.assignedInSessionId));
      for (const s of held.slice(1)) {
        if (s.type !== 'workshop') expect(assigning.has(s.id), `${couple.displayName} ${s.date}`).toBe(true);
      }
    }
    expect(assigned).toBe(counts.homework.assigned);
    expect(reviewed).toBe(counts.homework.done + counts.homework.partly + counts.homework.notDone);
    expect(counts.homework.done).toBeGreaterThan(0);
    expect(counts.homework.notDone + counts.homework.partly).toBeGreaterThan(0);
  });

  it('assigns no joint, touch or conflict homework while a safety flag is open', async () => {
    const library = new Map(
      (await t.ok('library:list', {})).items.map((item) => [item.entry.id, item.entry]),
    );
    let whileOpen = 0;
    for (const couple of couples) {
      const flags = (await t.ok('safety:list', { coupleId: couple.id, openOnly: false })).items;
      for (const h of (await t.ok('homework:list', { coupleId: couple.id })).items) {
        const open = flags.some(
          (f) =>
            toIsoDate(new Date(f.raisedAt)) <= h.assignedOn &&
            (f.resolvedAt === null || toIsoDate(new Date(f.resolvedAt)) >= h.assignedOn),
        );
        if (!open) continue;
        whileOpen += 1;
        const entry = h.libraryId ? library.get(h.libraryId) : undefined;
        const label = `${couple.displayName} ${h.title} ${h.assignedOn}`;
        expect(h.joint, label).toBe(false);
        expect(entry?.conjoint, label).toBe(false);
        expect(entry?.involvesTouch, label).toBe(false);
        expect(entry?.involvesConflict, label).toBe(false);
      }
    }
    expect(whileOpen).toBeGreaterThanOrEqual(1);
  });

  it('ties each note to the plan: objectives and interventions of a signed version, and the homework it assigned', async () => {
    let linked = 0;
    for (const couple of couples) {
      const summaries = (await t.ok('plans:get', { coupleId: couple.id })).versions;
      const versions = new Map(
        await Promise.all(
          summaries.map(async (v) => [v.id, await t.ok('plans:version', { id: v.id })] as const),
        ),
      );
      /** The objectives' wording and interventions' names of a plan version, by key. */
      const itemsOf = (id: string) => {
        const version = versions.get(id);
        const items = new Map<string, string>();
        for (const w of version ? walkPlan(version.document) : []) {
          if (w.kind === 'objective' && 'description' in w.item) items.set(w.item.key, w.item.description);
          if (w.kind === 'intervention' && 'name' in w.item) items.set(w.item.key, w.item.name);
        }
        return items;
      };
      const homework = (await t.ok('homework:list', { coupleId: couple.id })).items;
      const held = (await sessionsOf(couple.id))
        .filter((s) => s.outcome === 'held')
        .toSorted((a, b) => a.date.localeCompare(b.date));
      for (const session of held.slice(1)) {
        if (!session.noteId) throw new Error('a held session without a note');
        const { content } = await t.ok('notes:get', { id: session.noteId });
        const label = `${couple.displayName} ${session.date}`;
        expect(content.progress.length, label).toBeGreaterThanOrEqual(1);
        expect(content.progress.length, label).toBeLessThanOrEqual(3);
        for (const entry of content.progress) {
          expect(versions.get(entry.planVersionId)?.status, label).not.toBe('draft');
          expect(itemsOf(entry.planVersionId).get(entry.objectiveKey), label).toBe(entry.objective);
          expect(entry.sentence.length, label).toBeGreaterThan(0);
        }
        for (const used of content.planInterventions) {
          expect(itemsOf(used.planVersionId).get(used.key), label).toBe(used.name);
        }
        const plan = content.sections.plan ?? '';
        const given = homework.filter((h) => h.assignedInSessionId === session.id);
        if (given.length === 0) expect(content.homework, label).toBeNull();
        for (const h of given) {
          expect(content.homework, label).toContain(h.title);
          expect(plan, label).toContain(h.title);
        }
        linked += 1;
      }
    }
    expect(linked).toBeGreaterThan(20);
  });

  it('has a relapse: a use day on the recovery calendar, on the timeline as a relapse', async () => {
    let relapses = 0;
    for (const couple of couples) {
      const events = (await t.ok('timeline:get', { coupleId: couple.id })).items.filter(
        (item) => item.kind === 'event' && item.label === 'Relapse',
      );
      for (const event of events) {
        const { days } = await t.ok('calendar:get', {
          coupleId: couple.id,
          from: event.date,
          to: event.date,
        });
        expect(days[0]?.abstinence[event.partner ?? 'A']).toBe('no');
      }
      relapses += events.length;
    }
    expect(relapses).toBeGreaterThanOrEqual(1);
    expect(relapses).toBe(counts.relapses);
  });

  it('has a stalled milestone: nothing better than before in the last four weeks, target not reached', async () => {
    const windowStart = addDaysIso(TODAY, -28);
    const stalled: string[] = [];
    for (const couple of couples) {
      const plan = (await t.ok('plans:get', { coupleId: couple.id })).active;
      const measured = (await t.ok('measurements:list', { coupleId: couple.id })).items;
      for (const walked of plan ? walkPlan(plan.document) : []) {
        if (walked.kind !== 'milestone' || !('method' in walked.item)) continue;
        const { key, baseline, target } = walked.item;
        if (baseline === null || target === null || target <= baseline) continue;
        const bySource = new Map<string, Measurement[]>();
        for (const m of measured.filter((x) => x.milestoneKey === key)) {
          bySource.set(m.source, [...(bySource.get(m.source) ?? []), m]);
        }
        for (const [source, series] of bySource) {
          const before = series.filter((m) => m.measuredOn <= windowStart);
          const after = series.filter((m) => m.measuredOn > windowStart);
          const latest = series.toSorted((a, b) => a.measuredOn.localeCompare(b.measuredOn)).at(-1);
          if (before.length === 0 || after.length < 3 || !latest || latest.value >= target) continue;
          const bestBefore = Math.max(baseline, ...before.map((m) => m.value));
          if (Math.max(...after.map((m) => m.value)) <= bestBefore) {
            stalled.push(`${couple.displayName} ${key} ${source}`);
          }
        }
      }
    }
    expect(stalled.length).toBeGreaterThanOrEqual(1);
  });

  it('measures every rating milestone of a signed plan from the check-ins, beside what was entered by hand', async () => {
    let planned = 0;
    let measured = 0;
    for (const couple of couples) {
      const dashboard = await t.ok('dashboard:get', { coupleId: couple.id });
      const rated = dashboard.milestones.filter((m) => m.source.kind === 'checkIn');
      planned += dashboard.milestones.length;
      measured += dashboard.milestones.filter((m) => m.measurements > 0).length;
      for (const m of rated) expect(m.fromSource, `${couple.displayName} ${m.key}`).toBeGreaterThan(0);
      // What is still unmeasured is what only a hand could enter, and the demo did not.
      for (const m of dashboard.milestones.filter((x) => x.measurements === 0))
        expect(m.source.kind, `${couple.displayName} ${m.key}`).toBe('entry');
    }
    expect(measured).toBeGreaterThan(planned / 2);
  });

  it('puts an open safety flag, a review due within the week and the unsigned note on Today', async () => {
    const today = await t.ok('today:overview', {});
    const fromAssessment = today.safetyFlags.filter((f) => f.flag.source === 'assessment');
    expect(fromAssessment.length).toBeGreaterThanOrEqual(1);
    expect(fromAssessment.flatMap((f) => f.flag.reasons).some((r) => r.endsWith('.fearOfPartner'))).toBe(
      true,
    );
    const withFlag = couples.filter((c) => c.openSafetyFlags > 0);
    expect(withFlag.length).toBeGreaterThanOrEqual(1);

    const dueSoon = today.reviews.filter(
      (r) => r.reviewDate >= TODAY && r.reviewDate <= addDaysIso(TODAY, 7),
    );
    expect(dueSoon.length).toBeGreaterThanOrEqual(1);
    expect(today.unsignedNotes).toHaveLength(1);
  });

  it('records partner feedback from A and B, the couple’s weekly log and therapist evaluations', async () => {
    const sources = new Map<string, Set<string>>();
    for (const couple of couples) {
      for (const m of (await t.ok('measurements:list', { coupleId: couple.id })).items) {
        const key = `${couple.id} ${m.milestoneKey}`;
        sources.set(key, new Set([...(sources.get(key) ?? []), m.source]));
      }
    }
    const all = [...sources.values()];
    expect(all.some((s) => s.has('partnerFeedbackA'))).toBe(true);
    expect(all.some((s) => s.has('partnerFeedbackB'))).toBe(true);
    expect(all.some((s) => s.has('coupleLog'))).toBe(true);
    expect(all.some((s) => s.has('therapistEvaluation'))).toBe(true);
  });

  it('measures the milestones of every signed plan from what the sessions and calendar record (issue 14: 25 of 33 were never measured)', async () => {
    let milestones = 0;
    let measured = 0;
    for (const couple of couples) {
      const dashboard = await t.ok('dashboard:get', { coupleId: couple.id });
      for (const m of dashboard.milestones) {
        // A milestone due within the last fortnight may not have a value yet.
        if (m.dueDate > addDaysIso(TODAY, -14) && m.measurements === 0) continue;
        milestones += 1;
        if (m.measurements > 0) measured += 1;
      }
    }
    expect(milestones).toBeGreaterThan(10);
    expect(measured / milestones).toBeGreaterThanOrEqual(0.8);
  });

  it('uses only obviously fictional people and contact details', async () => {
    const first = new Set<string>(DEMO_FIRST_NAMES);
    const last = new Set<string>(DEMO_LAST_NAMES);
    for (const couple of couples) {
      expect(isDemoDisplayName(couple.displayName), couple.displayName).toBe(true);
      expect(couple.referralSource).toMatch(/\((fictional|demo)\)$/);
      for (const partner of [couple.partnerA, couple.partnerB]) {
        expect(first.has(partner.firstName), partner.firstName).toBe(true);
        expect(last.has(partner.lastName), partner.lastName).toBe(true);
        expect(partner.email).toMatch(/@example\.org$/);
        expect(partner.phone).toMatch(/^\+1 555 01\d\d$/);
      }
    }
  });

  it('is the same practice for the same seed, and another for another seed', async () => {
    const again = await demoPractice(SEED);
    const other = await demoPractice('another-seed');
    try {
      const names = async (x: TestCore) =>
        (await x.ok('couples:list', { status: 'all' })).items.map((c) => c.displayName);
      expect(await names(again.t)).toEqual(couples.map((c) => c.displayName));
      expect(again.counts).toEqual(counts);
      expect(await names(other.t)).not.toEqual(couples.map((c) => c.displayName));
    } finally {
      await again.t.dispose();
      await other.t.dispose();
    }
  }, 120_000);
});

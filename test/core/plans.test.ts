import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fictionalAssessment, fictionalPartnerAssessment } from '../fixtures/assessments';
import { fictionalCouple } from '../fixtures/couples';
import { fictionalSession } from '../fixtures/sessions';
import { makeUnlockedCore, type TestCore } from '../support/core';

let t: TestCore;
let coupleId: string;
beforeEach(async () => {
  t = await makeUnlockedCore();
  coupleId = (await t.ok('couples:create', fictionalCouple())).id;
});
afterEach(async () => {
  await t.dispose();
});

function allInterventionIds(plan: {
  problemAreas: { goals: { objectives: { interventions: { libraryId: string }[] }[] }[] }[];
}) {
  return plan.problemAreas.flatMap((area) =>
    area.goals.flatMap((goal) =>
      goal.objectives.flatMap((objective) => objective.interventions.map((i) => i.libraryId)),
    ),
  );
}

describe('plans:propose', () => {
  it('asks for an assessment first', async () => {
    expect(await t.core.dispatch('plans:propose', { coupleId })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: expect.stringMatching(/assessment/) },
    });
  });

  it('proposes from the latest assessment, using the stored library, with reasons on every area', async () => {
    const assessment = await t.ok('assessments:create', fictionalAssessment(coupleId));
    const result = await t.ok('plans:propose', { coupleId });
    expect(result.assessmentId).toBe(assessment.id);
    expect(result.attendanceRate).toBeNull();
    expect(result.plan.problemAreas.length).toBeGreaterThan(0);
    for (const area of result.plan.problemAreas) expect(area.reasons.length).toBeGreaterThan(0);
    const libraryIds = new Set((await t.ok('library:list', {})).items.map((item) => item.entry.id));
    for (const id of allInterventionIds(result.plan)) expect(libraryIds.has(id)).toBe(true);
  });

  it('puts safety first and proposes no touch exercise when the latest screen is positive', async () => {
    await t.ok(
      'assessments:create',
      fictionalAssessment(coupleId, {
        partnerB: fictionalPartnerAssessment({ safety: { fearOfPartner: true } }),
      }),
    );
    const { plan } = await t.ok('plans:propose', { coupleId });
    expect(plan.safetyFirst).toBe(true);
    const library = new Map(
      (await t.ok('library:list', {})).items.map((item) => [item.entry.id, item.entry]),
    );
    for (const id of allInterventionIds(plan)) expect(library.get(id)?.involvesTouch, id).toBe(false);
  });

  it('uses attendance so far: missed sessions lengthen the estimate, with the reason given', async () => {
    await t.ok('assessments:create', fictionalAssessment(coupleId));
    const before = (await t.ok('plans:propose', { coupleId })).plan.timeline;
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
    const after = await t.ok('plans:propose', { coupleId });
    expect(after.attendanceRate).toBe(0);
    expect(after.plan.timeline.minWeeks).toBe(before.minWeeks + 8);
    expect(after.plan.timeline.maxWeeks).toBe(before.maxWeeks + 12);
    expect(after.plan.timeline.reasons.join(' ')).toMatch(/ttendance/);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fictionalAssessment, fictionalPartnerAssessment } from '../fixtures/assessments';
import { fictionalCouple } from '../fixtures/couples';
import { makeUnlockedCore, type TestCore, withDirectSql } from '../support/core';

let t: TestCore;
let coupleId: string;
beforeEach(async () => {
  t = await makeUnlockedCore();
  coupleId = (await t.ok('couples:create', fictionalCouple())).id;
});
afterEach(async () => {
  await t.dispose();
});

describe('assessments', () => {
  it('stores an intake per partner with computed severity and AUDIT-C scores', async () => {
    const created = await t.ok('assessments:create', fictionalAssessment(coupleId));
    expect(created.version).toBe(1);
    expect(created.scores.partnerA).toEqual({
      dsm5Assessed: true,
      criteriaMet: 4,
      severity: 'moderate',
      auditC: { total: 7, cutOff: 3, positive: true },
      positiveSafety: [],
      unaskedSafety: [],
    });
    expect(created.scores.partnerB).toMatchObject({
      dsm5Assessed: false,
      severity: 'none',
      auditC: { total: 1, cutOff: 4, positive: false },
    });
    expect(created.partnerB.codependency).toEqual(['coversForPartner', 'neglectsOwnNeeds']);
    expect(created.safetyFlagId).toBeNull();
    expect(await t.ok('assessments:get', { id: created.id })).toEqual(created);
  });

  it('numbers versions per couple and lists the newest first', async () => {
    await t.ok('assessments:create', fictionalAssessment(coupleId));
    t.clock.advance(1000);
    await t.ok(
      'assessments:create',
      fictionalAssessment(coupleId, { kind: 'review', assessedOn: '2026-11-19' }),
    );
    const { items } = await t.ok('assessments:list', { coupleId });
    // The fixture asks every safety item of both partners.
    expect(items.every((a) => !a.safetyNotDone)).toBe(true);
    expect(items.map((a) => [a.kind, a.version])).toEqual([
      ['review', 2],
      ['intake', 1],
    ]);
  });

  it('raises a safety flag on a positive screen, shown on the couple until it is resolved', async () => {
    const created = await t.ok(
      'assessments:create',
      fictionalAssessment(coupleId, {
        partnerB: fictionalPartnerAssessment({ safety: { fearOfPartner: 'yes', coerciveControl: 'yes' } }),
      }),
    );
    expect(created.safetyFlagId).not.toBeNull();
    const { items } = await t.ok('safety:list', { coupleId });
    expect(items).toHaveLength(1);
    expect(items[0]?.reasons).toEqual(['B.fearOfPartner', 'B.coerciveControl']);
    expect((await t.ok('couples:get', { id: coupleId })).openSafetyFlags).toBe(1);
    expect((await t.ok('couples:list', {})).items[0]?.openSafetyFlags).toBe(1);

    const short = await t.core.dispatch('safety:resolve', { id: items[0]?.id ?? '', resolution: 'ok' });
    expect(short).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { resolution: expect.any(String) } },
    });
    const resolved = await t.ok('safety:resolve', {
      id: items[0]?.id ?? '',
      resolution: 'Individual sessions first; safety plan agreed; conjoint work paused.',
    });
    expect(resolved.resolvedAt).not.toBeNull();
    expect((await t.ok('couples:get', { id: coupleId })).openSafetyFlags).toBe(0);
    expect((await t.ok('safety:list', { coupleId })).items).toEqual([]);
    expect((await t.ok('safety:list', { coupleId, openOnly: false })).items).toHaveLength(1);
  });

  it('records each safety item as asked or not; only a "yes" raises the flag', async () => {
    const created = await t.ok(
      'assessments:create',
      fictionalAssessment(coupleId, {
        partnerB: fictionalPartnerAssessment({ safety: { fearOfPartner: 'no', suicidalThoughts: 'no' } }),
      }),
    );
    expect(created.safetyFlagId).toBeNull();
    expect(created.partnerB.safety).toEqual({
      physicalViolencePastYear: 'notAsked',
      fearOfPartner: 'no',
      coerciveControl: 'notAsked',
      suicidalThoughts: 'no',
      intoxicatedAtSessions: 'notAsked',
    });
    expect(created.scores.partnerB).toMatchObject({
      positiveSafety: [],
      unaskedSafety: ['physicalViolencePastYear', 'coerciveControl', 'intoxicatedAtSessions'],
    });
    expect((await t.ok('assessments:list', { coupleId })).items[0]).toMatchObject({
      safetyPositive: false,
      safetyNotDone: true,
    });
    expect(
      await t.core.dispatch(
        'assessments:create',
        fictionalAssessment(coupleId, {
          partnerA: fictionalPartnerAssessment({ safety: { fearOfPartner: true as never } }),
        }),
      ),
    ).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { 'partnerA.safety.fearOfPartner': expect.any(String) } },
    });
  });

  it('refuses DSM-5 criteria for a partner whose criteria were not assessed, naming the checklist', async () => {
    const result = await t.core.dispatch(
      'assessments:create',
      fictionalAssessment(coupleId, {
        partnerA: fictionalPartnerAssessment({ dsm5Assessed: false, dsm5Criteria: ['craving'] }),
      }),
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { 'partnerA.dsm5Criteria': expect.stringMatching(/assessed/) } },
    });
  });

  it('reads an assessment stored before safety answers and the DSM-5 switch: true is yes, false is not asked, assessed inferred', async () => {
    const created = await t.ok(
      'assessments:create',
      fictionalAssessment(coupleId, {
        partnerB: fictionalPartnerAssessment({ substances: [], dsm5Assessed: false, dsm5Criteria: [] }),
      }),
    );
    // Rewrite the row as the previous version stored it: booleans, no dsm5Assessed, older scores.
    await withDirectSql(t, (db) => {
      const row = db.prepare('SELECT answers, scores FROM assessments WHERE id = ?').get(created.id) as {
        answers: string;
        scores: string;
      };
      const answers = JSON.parse(row.answers);
      const scores = JSON.parse(row.scores);
      for (const key of ['partnerA', 'partnerB'] as const) {
        delete answers[key].dsm5Assessed;
        delete scores[key].dsm5Assessed;
        delete scores[key].unaskedSafety;
      }
      answers.partnerA.safety = {
        physicalViolencePastYear: false,
        fearOfPartner: true,
        coerciveControl: false,
        suicidalThoughts: false,
        intoxicatedAtSessions: false,
      };
      answers.partnerB.safety = { fearOfPartner: false };
      db.prepare('UPDATE assessments SET answers = ?, scores = ? WHERE id = ?').run(
        JSON.stringify(answers),
        JSON.stringify(scores),
        created.id,
      );
    });
    const read = await t.ok('assessments:get', { id: created.id });
    expect(read.partnerA.safety).toEqual({
      physicalViolencePastYear: 'notAsked',
      fearOfPartner: 'yes',
      coerciveControl: 'notAsked',
      suicidalThoughts: 'notAsked',
      intoxicatedAtSessions: 'notAsked',
    });
    expect(Object.values(read.partnerB.safety)).toEqual(Array(5).fill('notAsked'));
    // A: criteria ticked and alcohol recorded, so assessed; B: neither, so not assessed.
    expect(read.partnerA.dsm5Assessed).toBe(true);
    expect(read.partnerB.dsm5Assessed).toBe(false);
    expect(read.scores.partnerA).toMatchObject({ dsm5Assessed: true, criteriaMet: 4, severity: 'moderate' });
    expect(read.scores.partnerA.unaskedSafety).toHaveLength(4);
    expect(read.scores.partnerB).toMatchObject({ dsm5Assessed: false, unaskedSafety: expect.any(Array) });
    expect(read.scores.partnerB.unaskedSafety).toHaveLength(5);
  });

  it('gives field messages for out-of-range answers and saves nothing', async () => {
    const result = await t.core.dispatch(
      'assessments:create',
      fictionalAssessment(coupleId, {
        assessedOn: '2026-02-30',
        partnerA: fictionalPartnerAssessment({
          ratings: {
            emotional: 11,
            physical: 2,
            intellectual: 5,
            experiential: 4,
            trust: -1,
            communication: 3,
          },
          commitment: 6,
        }),
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.error.fields ?? {})).toEqual(
      expect.arrayContaining([
        'assessedOn',
        'partnerA.ratings.emotional',
        'partnerA.ratings.trust',
        'partnerA.commitment',
      ]),
    );
    expect((await t.ok('assessments:list', { coupleId })).items).toEqual([]);
  });

  it('refuses an assessment dated in the future and one for an unknown couple', async () => {
    expect(
      await t.core.dispatch(
        'assessments:create',
        fictionalAssessment(coupleId, { assessedOn: '2027-01-01' }),
      ),
    ).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { assessedOn: expect.stringMatching(/future/) } },
    });
    expect(
      await t.core.dispatch(
        'assessments:create',
        fictionalAssessment('00000000-0000-4000-8000-000000000000'),
      ),
    ).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fictionalAssessment, fictionalPartnerAssessment } from '../fixtures/assessments';
import { fictionalCouple } from '../fixtures/couples';
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

describe('assessments', () => {
  it('stores an intake per partner with computed severity and AUDIT-C scores', async () => {
    const created = await t.ok('assessments:create', fictionalAssessment(coupleId));
    expect(created.version).toBe(1);
    expect(created.scores.partnerA).toEqual({
      criteriaMet: 4,
      severity: 'moderate',
      auditC: { total: 7, cutOff: 3, positive: true },
      positiveSafety: [],
    });
    expect(created.scores.partnerB).toMatchObject({
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
    expect(items.map((a) => [a.kind, a.version])).toEqual([
      ['review', 2],
      ['intake', 1],
    ]);
  });

  it('raises a safety flag on a positive screen, shown on the couple until it is resolved', async () => {
    const created = await t.ok(
      'assessments:create',
      fictionalAssessment(coupleId, {
        partnerB: fictionalPartnerAssessment({ safety: { fearOfPartner: true, coerciveControl: true } }),
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

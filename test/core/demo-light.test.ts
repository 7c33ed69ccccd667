import { createDemoClock, isDemoDisplayName } from '@core/demo';
import { type DemoApi, emptyTally } from '@core/demo/couple-history';
import { lightCoupleHistory } from '@core/demo/light-history';
import { coupleProfile } from '@core/demo/profile';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCore, TEST_PASSPHRASE, type TestCore } from '../support/core';

const PRESENT = new Date(2026, 10, 20, 15, 0);
const TODAY = '2026-11-20';

let t: TestCore;
beforeAll(async () => {
  const clock = createDemoClock(new Date(2026, 4, 1, 9, 0));
  t = await makeCore({ clock });
  await t.ok('vault:create', { passphrase: TEST_PASSPHRASE });
  clock.set(PRESENT);
});
afterAll(async () => {
  await t.dispose();
});

describe('a light demo couple (npm run demo -- --light)', () => {
  it('is a fictional record with a few held sessions in the past, and nothing else', async () => {
    // Couple 20 of 30 has no featured situation, so --light writes it light.
    const profile = coupleProfile({ seed: 'light-test', index: 20, couples: 30, months: 3, today: TODAY });
    expect(profile.roles.size).toBe(0);
    const api: DemoApi = { ok: (channel, input) => t.ok(channel, input) };
    const tally = emptyTally();
    let previous = 0;
    for (const step of lightCoupleHistory({ api, profile, seed: 'light-test', present: PRESENT, tally })) {
      expect(step.at.getTime()).toBeGreaterThanOrEqual(previous);
      expect(step.at.getTime()).toBeLessThan(PRESENT.getTime());
      previous = step.at.getTime();
      await step.run();
    }

    const [couple] = (await t.ok('couples:list', { status: 'all' })).items;
    if (!couple) throw new Error('no couple written');
    expect(isDemoDisplayName(couple.displayName)).toBe(true);
    expect(couple.status).toBe('intake');
    const sessions = (await t.ok('sessions:list', { coupleId: couple.id })).items;
    expect(sessions.length).toBeGreaterThanOrEqual(2);
    expect(sessions.length).toBeLessThanOrEqual(4);
    expect(sessions.every((s) => s.outcome === 'held' && s.date < TODAY)).toBe(true);
    expect(tally).toMatchObject({ couples: 1, sessions: { held: sessions.length }, planVersions: 0 });
    expect((await t.ok('plans:get', { coupleId: couple.id })).versions).toEqual([]);
  });
});

import { NO_SCREEN_LOCK_WATCH } from '@core/services/settings';
import type { ScreenLockWatch } from '@shared/contract/settings';
import { afterEach, describe, expect, it } from 'vitest';
import { makeUnlockedCore, type TestCore } from '../support/core';

let t: TestCore | undefined;
afterEach(async () => {
  await t?.dispose();
  t = undefined;
});

describe('settings:screenLock', () => {
  it('says the screen lock is not watched when no shell watches it (plain Node)', async () => {
    t = await makeUnlockedCore();
    expect(await t.ok('settings:screenLock', {})).toEqual(NO_SCREEN_LOCK_WATCH);
    expect(NO_SCREEN_LOCK_WATCH.state).toBe('unavailable');
  });

  it("answers with the shell's watch as it is at the time of asking", async () => {
    let watch: ScreenLockWatch = { state: 'checking', reason: null };
    t = await makeUnlockedCore({ screenLock: () => watch });
    expect(await t.ok('settings:screenLock', {})).toEqual({ state: 'checking', reason: null });
    watch = { state: 'watched', reason: null };
    expect(await t.ok('settings:screenLock', {})).toEqual({ state: 'watched', reason: null });
  });

  it('is refused while the vault is locked, like every clinical channel', async () => {
    t = await makeUnlockedCore();
    await t.ok('vault:lock', {});
    const answer = await t.core.dispatch('settings:screenLock', {});
    expect(answer.ok).toBe(false);
  });
});

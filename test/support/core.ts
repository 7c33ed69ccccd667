import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Core, createCore } from '@core';
import type { CoreOptions, ScryptParams } from '@core/types';
import { Vault } from '@core/vault/vault';
import type { Channel, Envelope, Input, Output } from '@shared/contract';

/** The cheapest scrypt Rekindle reads back (shared/contract/scrypt.ts): the format is the same, only the cost differs. */
export const TEST_KDF: ScryptParams = { N: 2 ** 14, r: 8, p: 1 };
export const TEST_PASSPHRASE = 'lantern orchard velvet compass';

/** A controllable clock: starts at a fixed instant and moves only when told. */
export function testClock(start = '2026-11-20T09:00:00.000Z') {
  let now = new Date(start).getTime();
  return {
    now: () => new Date(now),
    advance(ms: number) {
      now += ms;
    },
  };
}

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'rekindle-test-'));
}

export interface TestCore {
  core: Core;
  dataDir: string;
  clock: ReturnType<typeof testClock>;
  /** Dispatch and return the value, failing the test with the error envelope otherwise. */
  ok<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>>;
  /** Reopen a new core on the same folder (a restart). */
  restart(): Promise<void>;
  dispose(): Promise<void>;
}

export async function makeCore(
  options: {
    dataDir?: string;
    clock?: ReturnType<typeof testClock>;
    /** Extra core options (the dialogs, the demo flag). */
    core?: Pick<
      CoreOptions,
      | 'saveDialog'
      | 'folderDialog'
      | 'openFileDialog'
      | 'demo'
      | 'screenLock'
      | 'preloadFonts'
      | 'databasePageSize'
    >;
  } = {},
): Promise<TestCore> {
  const dataDir = options.dataDir ?? tempDataDir();
  const clock = options.clock ?? testClock();
  const build = () =>
    createCore({ preloadFonts: false, ...options.core, dataDir, clock: clock.now, kdf: TEST_KDF });
  const state: TestCore = {
    core: build(),
    dataDir,
    clock,
    async ok(channel, input) {
      const result = (await state.core.dispatch(channel, input)) as Envelope<Output<typeof channel>>;
      if (!result.ok)
        throw new Error(
          `${channel} failed: ${result.error.code} ${result.error.message} ${JSON.stringify(result.error.fields ?? {})}`,
        );
      return result.value;
    },
    async restart() {
      await state.core.close();
      state.core = build();
    },
    async dispose() {
      await state.core.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return state;
}

/** A core with a vault already created and unlocked. */
export async function makeUnlockedCore(
  core?: Pick<CoreOptions, 'saveDialog' | 'folderDialog' | 'openFileDialog' | 'demo' | 'screenLock'>,
): Promise<TestCore & { recoveryKey: string }> {
  const t = await makeCore(core ? { core } : {});
  const { recoveryKey } = await t.ok('vault:create', { passphrase: TEST_PASSPHRASE });
  return Object.assign(t, { recoveryKey });
}

/**
 * Runs `work` on the database opened directly, as someone with the key but without the app
 * would (to prove the triggers, not the services, hold the line), then unlocks the core again.
 */
export async function withDirectSql<T>(
  t: TestCore,
  work: (db: ReturnType<Vault['current']>['db']) => T,
): Promise<T> {
  await t.core.lock();
  const vault = new Vault({ dataDir: t.dataDir, clock: t.clock.now, kdf: TEST_KDF });
  await vault.unlock(TEST_PASSPHRASE);
  try {
    return work(vault.current().db);
  } finally {
    await vault.lock();
    await t.ok('vault:unlock', { passphrase: TEST_PASSPHRASE });
  }
}

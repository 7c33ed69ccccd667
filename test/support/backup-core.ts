import { chmodSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createCore } from '@core';
import type { PageSize } from '@core/db/open';
import { Vault } from '@core/vault/vault';
import type { Channel, Envelope, Input, Output } from '@shared/contract';
import { TEST_KDF, TEST_PASSPHRASE, tempDataDir, testClock } from './core';

const cleanups: (() => Promise<void>)[] = [];

/** Closes every core `makeBackupCore` made and removes its folders: call it in `afterEach`. */
export async function disposeBackupCores(): Promise<void> {
  while (cleanups.length > 0) await cleanups.pop()?.();
}

/**
 * A practice on one "computer" for backup and restore tests: its data folder, a backup
 * folder standing for an external drive (another computer's, when `backupDir` is given),
 * and folder and file dialogs that answer whatever `dialog` holds.
 */
export async function makeBackupCore(
  options: { backupDir?: string; setUp?: boolean; databasePageSize?: PageSize } = {},
) {
  const dataDir = tempDataDir();
  const backupDir = options.backupDir ?? join(tempDataDir(), 'Backup drive');
  mkdirSync(backupDir, { recursive: true });
  const clock = testClock();
  const dialog = { folder: backupDir as string | null, open: null as string | null };
  const core = createCore({
    dataDir,
    clock: clock.now,
    kdf: TEST_KDF,
    folderDialog: async () => dialog.folder,
    openFileDialog: async () => dialog.open,
    ...(options.databasePageSize === undefined ? {} : { databasePageSize: options.databasePageSize }),
  });
  const call = <C extends Channel>(channel: C, input: Input<C>) =>
    core.dispatch(channel, input) as Promise<Envelope<Output<C>>>;
  async function ok<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
    const result = await call(channel, input);
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
    return result.value;
  }
  const recoveryKey =
    options.setUp === false ? '' : (await ok('vault:create', { passphrase: TEST_PASSPHRASE })).recoveryKey;
  const t = {
    core,
    dataDir,
    backupDir,
    clock,
    dialog,
    call,
    ok,
    recoveryKey,
    /** The database key, read the way a clinician with the passphrase would get it. */
    async key(): Promise<Buffer> {
      const vault = new Vault({ dataDir, clock: clock.now, kdf: TEST_KDF });
      await core.lock();
      await vault.unlock(TEST_PASSPHRASE);
      const key = Buffer.from(vault.current().key);
      await vault.lock();
      await ok('vault:unlock', { passphrase: TEST_PASSPHRASE });
      return key;
    },
    async auditActions(): Promise<string[]> {
      const { items } = await ok('audit:list', {});
      return items.map((item) => item.action);
    },
    async coupleNames(): Promise<string[]> {
      const { items } = await ok('couples:list', { status: 'all' });
      return items.map((item) => item.displayName).sort();
    },
    /** Chooses a backup to restore in the open-file dialog, as the clinician would. */
    async choose(path: string) {
      dialog.open = path;
      return (await ok('vault:chooseBackup', {})).backup;
    },
  };
  cleanups.push(async () => {
    await core.close();
    if (existsSync(backupDir)) chmodSync(backupDir, 0o700);
    rmSync(dataDir, { recursive: true, force: true });
    if (!options.backupDir) rmSync(join(backupDir, '..'), { recursive: true, force: true });
  });
  return t;
}

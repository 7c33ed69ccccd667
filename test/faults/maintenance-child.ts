/**
 * The process the maintenance kill test murders. Two modes, each on a data folder prepared by
 * the parent (argv[2]):
 *
 * - `migrate`: unlocks with the real migrations plus `heavyMigration`, so the unlock takes a
 *   pre-migration backup and then runs a long migration; prints `migrated` once it returns.
 * - `backup <folder> <firstMinute>`: unlocks and makes backups into the folder through the production backups
 *   service, one after another, printing `backup <fileName>` after each returns.
 *
 * Lines go out with a synchronous write: once one is out, the app has said the work is done.
 */
import { migrations } from '@core/db/migrations';
import { createBackupsService } from '@core/services/backups';
import type { PreferencesStore, StoredPreferences } from '@core/types';
import { Vault } from '@core/vault/vault';
import { TEST_KDF, TEST_PASSPHRASE } from '../support/core';
import { say } from './child-output';
import { heavyMigration } from './heavy-migration';

const [dataDir, mode, backupFolder, firstMinute] = process.argv.slice(2);

/** Preferences in memory: the backup folder set, everything else at its default. */
function memoryPreferences(folder: string): PreferencesStore {
  const values: Partial<StoredPreferences> = {
    backups: {
      folder,
      intervalHours: 24,
      policy: { daily: 3, weekly: 1 },
      lastBackupAt: null,
      checks: {},
      lastTiming: null,
      folderLastSeenAt: null,
      setupDeferredAt: null,
    },
  };
  return {
    get: (key) => values[key],
    set: (key, value) => {
      values[key] = value;
    },
  };
}

async function migrate(): Promise<void> {
  const vault = new Vault({
    dataDir: dataDir as string,
    clock: () => new Date(),
    kdf: TEST_KDF,
    migrations: [...migrations, heavyMigration],
  });
  say('start');
  await vault.unlock(TEST_PASSPHRASE);
  say('migrated');
  // Stay alive until killed, like an app that has moved on to other work.
  setInterval(() => undefined, 1000);
}

async function backUp(folder: string): Promise<void> {
  // A clock a minute ahead on every call, so each backup gets its own name and retention runs.
  // Each run starts where the parent says, after every earlier run's backups, as time would.
  let minutes = Number(firstMinute ?? 0);
  const clock = () => {
    minutes += 1;
    return new Date(Date.UTC(2026, 10, 30, 9, 0) + minutes * 60_000);
  };
  const vault = new Vault({ dataDir: dataDir as string, clock, kdf: TEST_KDF });
  await vault.unlock(TEST_PASSPHRASE);
  const backups = createBackupsService(
    { session: () => vault.current(), clock },
    { preferences: memoryPreferences(folder), folderDialog: undefined, vault },
  );
  say('start');
  for (;;) {
    const entry = await backups.handlers['backups:create']();
    say(`backup ${entry.fileName}`);
  }
}

const run = mode === 'migrate' ? migrate() : mode === 'backup' && backupFolder ? backUp(backupFolder) : null;
if (!dataDir || !run) {
  process.stderr.write('usage: maintenance-child <dataDir> migrate | backup <folder> <firstMinute>\n');
  process.exit(2);
}
run.catch((error: unknown) => {
  process.stderr.write(`maintenance-child: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

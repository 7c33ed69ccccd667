/**
 * Kills during the two long operations that rewrite whole files: a migration (with the backup
 * taken before it) and a backup. SQLite's crash tests are the model: kill at a random moment,
 * then check the files are either the old state or the new one, never a mix, and that every
 * file carrying a finished name is whole and verifies.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { verifyDatabaseFile } from '@core/db/backup';
import { schemaVersion } from '@core/db/migrate';
import { migrations } from '@core/db/migrations';
import type { Db } from '@core/db/sqlite';
import { BACKUP_FOLDER, Vault } from '@core/vault/vault';
import { BACKUP_FILE_PATTERN } from '@shared/domain/backups/file-name';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fictionalCouple } from '../fixtures/couples';
import { fictionalDapNote, fictionalSession } from '../fixtures/sessions';
import { TEST_KDF, TEST_PASSPHRASE, tempDataDir } from '../support/core';
import { HEAVY_ROWS, heavyMigration } from './heavy-migration';
import {
  bundleChild,
  clinicalCore,
  databaseKey,
  dataPageSize,
  FAULTS_REPO,
  integrityProblems,
  openEncryptedCopy,
  openReadOnly,
  seededRandom,
} from './support';

const MIGRATION_TRIALS = 60;
const BACKUP_TRIALS = 100;
const SEED = Number(process.env.REKINDLE_FAULT_SEED ?? 20261130);
const OLD_VERSION = migrations.length;
const NEW_VERSION = heavyMigration.version;

let bundle = '';
let pristine = '';
let key: Buffer;
/** What the pristine folder holds: every state after a kill must show exactly these records. */
let expected: { couples: number; notes: number; signed: number };
const figures: Record<string, number> = {};
const count = (label: string, by = 1) => {
  figures[label] = (figures[label] ?? 0) + by;
};

function records(db: Db): typeof expected {
  const one = (sql: string) => db.prepare(sql).pluck().get() as number;
  return {
    couples: one('SELECT count(*) FROM couples'),
    notes: one('SELECT count(*) FROM notes'),
    signed: one(`SELECT count(*) FROM notes WHERE status = 'signed'`),
  };
}

/** Runs the child, kills it `delay()` ms after it prints `start`, and returns the lines it printed. */
function runAndKill(args: string[], delay: () => number): Promise<string[]> {
  return new Promise((resolveRun, rejectRun) => {
    const child: ChildProcess = spawn(process.execPath, [bundle, ...args], {
      cwd: FAULTS_REPO,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    let killed = false;
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      stdout += chunk;
      if (!timer && stdout.includes('start\n')) {
        timer = setTimeout(() => {
          killed = true;
          child.kill('SIGKILL');
        }, delay());
      }
    });
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', rejectRun);
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (!killed || signal !== 'SIGKILL') {
        rejectRun(new Error(`child ended by itself (code ${code}, signal ${signal}): ${stderr}`));
        return;
      }
      resolveRun(stdout.split('\n').slice(0, -1));
    });
  });
}

/** How long the child takes from `start` to the line `until`, run once without a kill. */
function timeUntil(args: string[], until: RegExp): Promise<number> {
  return new Promise((resolveTime, rejectTime) => {
    const child = spawn(process.execPath, [bundle, ...args], {
      cwd: FAULTS_REPO,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let started = 0;
    let elapsed: number | null = null;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      if (!started && stdout.includes('start\n')) started = performance.now();
      if (started && elapsed === null && until.test(stdout)) {
        elapsed = performance.now() - started;
        child.kill('SIGKILL');
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', rejectTime);
    child.on('close', () => {
      if (elapsed === null) rejectTime(new Error(`child ended before ${until}: ${stderr}`));
      else resolveTime(elapsed);
    });
  });
}

beforeAll(async () => {
  bundle = await bundleChild('maintenance-child.ts');
  pristine = tempDataDir();
  const vault = new Vault({ dataDir: pristine, clock: () => new Date(), kdf: TEST_KDF });
  const { dispatch } = clinicalCore(vault);
  await vault.create(TEST_PASSPHRASE);
  for (let c = 0; c < 3; c += 1) {
    const couple = await dispatch('couples:create', fictionalCouple({ displayName: `Maintenance ${c}` }));
    if (!couple.ok) throw new Error(couple.error.code);
    for (let n = 0; n < 4; n += 1) {
      const session = await dispatch('sessions:create', fictionalSession(couple.value.id));
      if (!session.ok) throw new Error(session.error.code);
      const draft = await dispatch('notes:saveDraft', {
        sessionId: session.value.id,
        content: fictionalDapNote(),
      });
      if (!draft.ok) throw new Error(draft.error.code);
      if (n < 3) {
        const signed = await dispatch('notes:sign', {
          id: draft.value.id,
          signedBy: 'Dr. Example Clinician, LMFT',
          attest: true,
        });
        if (!signed.ok) throw new Error(signed.error.code);
      }
    }
  }
  await vault.lock();
  key = await databaseKey(pristine);
  const db = openReadOnly(pristine, key);
  try {
    expected = records(db);
  } finally {
    db.close();
  }
}, 120_000);

afterAll(() => {
  key?.fill(0);
  if (pristine) rmSync(pristine, { recursive: true, force: true });
  if (bundle) rmSync(bundle, { force: true });
  console.info(`[faults] kills during maintenance (seed ${SEED}): ${JSON.stringify(figures)}`);
});

/** A copy of a backup opened read-only with the key, after `verifyDatabaseFile` passed. */
function verifiedContents(path: string): { version: number; records: typeof expected } {
  // Every copy has the page size of the practice it was made from.
  const pageSize = dataPageSize(pristine);
  verifyDatabaseFile(path, key, pageSize);
  const db = openEncryptedCopy(path, key, pageSize);
  try {
    return { version: schemaVersion(db), records: records(db) };
  } finally {
    db.close();
  }
}

describe('kill -9 during a migration', () => {
  it(`leaves the old or the new schema, never a mix, over ${MIGRATION_TRIALS} kills`, async () => {
    const random = seededRandom(SEED);
    // The slowest of three unkilled runs: a kill schedule from one quick run would miss the commit.
    const runs: number[] = [];
    for (let run = 0; run < 3; run += 1) {
      const calibration = tempDataDir();
      cpSync(pristine, calibration, { recursive: true });
      runs.push(await timeUntil([calibration, 'migrate'], /migrated\n/));
      rmSync(calibration, { recursive: true, force: true });
    }
    const duration = Math.max(...runs);
    count('migration ms (unkilled)', Math.round(duration));

    for (let trial = 0; trial < MIGRATION_TRIALS; trial += 1) {
      const dir = tempDataDir();
      try {
        cpSync(pristine, dir, { recursive: true });
        // Uniform over the whole operation and half as long again past it.
        const lines = await runAndKill([dir, 'migrate'], () => Math.floor(random() * duration * 1.5));
        count('kills');
        const reportedDone = lines.includes('migrated');

        const db = openReadOnly(dir, key);
        try {
          expect(integrityProblems(db), `trial ${trial}`).toEqual([]);
          expect(db.pragma('foreign_key_check')).toEqual([]);
          const version = schemaVersion(db);
          const probeTable = db
            .prepare(`SELECT count(*) FROM sqlite_master WHERE name = 'fault_probe'`)
            .pluck()
            .get();
          const probeColumn = (db.pragma('table_info(couples)') as { name: string }[]).some(
            (column) => column.name === 'fault_probe',
          );
          expect(records(db), `trial ${trial}: records unchanged`).toEqual(expected);
          if (version === OLD_VERSION) {
            expect(reportedDone, `trial ${trial}: reported migrated but the old schema is on disk`).toBe(
              false,
            );
            expect({ probeTable, probeColumn }).toEqual({ probeTable: 0, probeColumn: false });
            count('old state');
          } else {
            expect(version, `trial ${trial}`).toBe(NEW_VERSION);
            expect({ probeTable, probeColumn }).toEqual({ probeTable: 1, probeColumn: true });
            expect(db.prepare('SELECT count(*) FROM fault_probe').pluck().get()).toBe(HEAVY_ROWS);
            expect(
              db.prepare(`SELECT count(*) FROM couples WHERE fault_probe IS NOT 'migrated'`).pluck().get(),
            ).toBe(0);
            count('new state');
          }
        } finally {
          db.close();
        }

        // The backup taken before migrating: under its final name only when whole and verified.
        const backups = join(dir, BACKUP_FOLDER);
        for (const name of existsSync(backups) ? readdirSync(backups) : []) {
          if (/^pre-migration-v\d+-.*\.db$/.test(name)) {
            expect(verifiedContents(join(backups, name))).toEqual({
              version: OLD_VERSION,
              records: expected,
            });
            count('pre-migration backups finished');
          } else {
            expect(name, `trial ${trial}: only unfinished copies besides backups`).toMatch(
              /^\..+\.db\.partial(-journal)?$/,
            );
            count('unfinished copies left');
          }
        }

        // And the app carries on: the next unlock finishes (or finds finished) the migration.
        const vault = new Vault({
          dataDir: dir,
          clock: () => new Date(),
          kdf: TEST_KDF,
          migrations: [...migrations, heavyMigration],
        });
        await vault.unlock(TEST_PASSPHRASE);
        expect(schemaVersion(vault.current().db)).toBe(NEW_VERSION);
        await vault.lock();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    expect(figures.kills).toBe(MIGRATION_TRIALS);
    // The schedule must land on both sides of the commit, or it proves little.
    expect(figures['old state'] ?? 0).toBeGreaterThan(0);
    expect(figures['new state'] ?? 0).toBeGreaterThan(0);
  });
});

describe('kill -9 during a backup', () => {
  it(`leaves only whole, verified backups under backup names, over ${BACKUP_TRIALS} kills`, async () => {
    const random = seededRandom(SEED + 1);
    const dir = tempDataDir();
    const folder = tempDataDir();
    try {
      cpSync(pristine, dir, { recursive: true });
      // About three backups' time: kills land in the copy, the verification, the rename and retention.
      let threeBackups = 0;
      for (let run = 0; run < 3; run += 1) {
        const ms = await timeUntil([dir, 'backup', folder, String(run * 10)], /(backup \S+\n[\s\S]*){3}/);
        threeBackups = Math.max(threeBackups, ms);
      }
      count('three backups ms (unkilled)', Math.round(threeBackups));

      for (let trial = 0; trial < BACKUP_TRIALS; trial += 1) {
        // Each run's clock starts a day after the last's, so every backup is newer than those before.
        const firstMinute = String((trial + 1) * 1440);
        const lines = await runAndKill([dir, 'backup', folder, firstMinute], () =>
          Math.floor(random() * threeBackups),
        );
        count('backup kills');
        const reported = lines.filter((line) => line.startsWith('backup ')).map((line) => line.slice(7));
        count('backups reported', reported.length);
        const names = readdirSync(folder);
        const last = reported.at(-1);
        // Retention only removes older backups: the last one reported is there, or a newer one
        // finished after it (names sort in time order) and the kill came before it was reported.
        if (last) {
          const newest = names
            .filter((name) => BACKUP_FILE_PATTERN.test(name))
            .sort()
            .at(-1);
          expect(newest && newest >= last, `trial ${trial}: ${last} reported, newest ${newest}`).toBe(true);
        }
        for (const name of names) {
          if (BACKUP_FILE_PATTERN.test(name)) continue;
          expect(name, `trial ${trial}: an unexpected file in the backup folder`).toMatch(
            /^\..+\.db\.partial(-journal)?$|^rekindle-backup-\d{8}-\d{6}.*\.vault\.json$|^\..*\.tmp$/,
          );
          if (name.includes('.partial')) count('unfinished copies seen');
        }
        // The live database is untouched by a backup, killed or not.
        const live = openReadOnly(dir, key);
        try {
          expect(integrityProblems(live)).toEqual([]);
          expect(records(live)).toEqual(expected);
        } finally {
          live.close();
        }
      }

      const finished = readdirSync(folder).filter((name) => BACKUP_FILE_PATTERN.test(name));
      expect(finished.length).toBeGreaterThan(0);
      for (const name of finished) {
        expect(verifiedContents(join(folder, name)), name).toEqual({
          version: OLD_VERSION,
          records: expected,
        });
      }
      count('backups verified at the end', finished.length);
      // The next backup clears what the kills left half-written.
      const lines = await runAndKill([dir, 'backup', folder, String((BACKUP_TRIALS + 1) * 1440)], () => 400);
      expect(lines.some((line) => line.startsWith('backup '))).toBe(true);
      const after = readdirSync(folder).filter((name) => name.includes('.partial'));
      // At most the copy the last kill interrupted (and its journal).
      expect(after.length).toBeLessThanOrEqual(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(folder, { recursive: true, force: true });
    }
    expect(figures['backup kills']).toBe(BACKUP_TRIALS);
    // The schedule must land both inside copies and after finished ones, or it proves little.
    expect(figures['backups reported'] ?? 0).toBeGreaterThan(0);
    expect(figures['unfinished copies seen'] ?? 0).toBeGreaterThan(0);
  });
});

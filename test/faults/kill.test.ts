/**
 * SQLite's crash tests, at the level the clinician sees: a writer process is killed with
 * SIGKILL at a random moment while it creates sessions, saves drafts and signs notes. Every
 * note it reported as signed before it died must still be there, signed, with a hash that
 * verifies; no note may be half-written; and the database must pass integrity_check.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createCore } from '@core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_KDF, TEST_PASSPHRASE, tempDataDir } from '../support/core';
import {
  bundleChild,
  databaseKey,
  FAULTS_REPO,
  integrityProblems,
  openReadOnly,
  seededRandom,
} from './support';

// Bundled once: loading the child through tsx costs about a second per start, which 200 starts
// cannot afford.
let bundle = '';

const CHAINS = 2;
const TRIALS_PER_CHAIN = 100;
const SEED = Number(process.env.REKINDLE_FAULT_SEED ?? 20261130);

interface Reported {
  id: string;
  hash: string;
  trial: number;
}

interface TrialResult {
  reported: Reported[];
  killedBeforeReady: boolean;
}

/** Runs the child once and SIGKILLs it at a random moment; returns what it reported as signed. */
function runTrial(dataDir: string, trial: number, random: () => number): Promise<TrialResult> {
  return new Promise((resolveTrial, rejectTrial) => {
    const child: ChildProcess = spawn(
      process.execPath,
      [bundle, dataDir, trial === 0 ? 'create' : 'unlock', String(trial)],
      { cwd: FAULTS_REPO, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    let ready = false;
    let killed = false;
    let timer: NodeJS.Timeout | undefined;
    const kill = () => {
      killed = true;
      child.kill('SIGKILL');
    };
    // Most kills land in the write loop; every tenth lands anywhere from start-up on, which
    // includes the unlock and its audit write. Trial 0 is never killed before the vault exists.
    const early = trial % 10 === 5;
    if (early) timer = setTimeout(kill, Math.floor(random() * 1500));
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      stdout += chunk;
      if (!ready && stdout.startsWith('ready\n')) {
        ready = true;
        if (!early) timer = setTimeout(kill, Math.floor(random() * 250));
      }
    });
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', rejectTrial);
    // 'close' (not 'exit'): every byte the child wrote before it died has been read by then.
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (!killed || signal !== 'SIGKILL') {
        rejectTrial(
          new Error(`trial ${trial}: child ended by itself (code ${code}, signal ${signal}): ${stderr}`),
        );
        return;
      }
      const reported: Reported[] = [];
      // Only whole lines count: a line cut off by the kill was not yet reported.
      for (const line of stdout.split('\n').slice(0, -1)) {
        const [word, id, hash] = line.split(' ');
        if (word === 'signed' && id && hash) reported.push({ id, hash, trial });
      }
      resolveTrial({ reported, killedBeforeReady: !ready });
    });
  });
}

interface ChainFigures {
  trials: number;
  kills: number;
  killedBeforeReady: number;
  reported: number;
  lost: number;
  notesInDatabase: number;
  draftsLeftBehind: number;
}

/** Opens the folder as the app would after the crash and checks everything reported. */
async function verifyAfterKill(dataDir: string, key: Buffer, toCheck: readonly Reported[]): Promise<number> {
  const core = createCore({ dataDir, kdf: TEST_KDF });
  let lost = 0;
  try {
    const unlocked = await core.dispatch('vault:unlock', { passphrase: TEST_PASSPHRASE });
    expect(unlocked, 'the vault opens after a kill').toMatchObject({ ok: true });
    for (const note of toCheck) {
      const got = await core.dispatch('notes:get', { id: note.id });
      if (!got.ok) {
        lost += 1;
        continue;
      }
      expect(got.value.status).toBe('signed');
      expect(got.value.contentHash).toBe(note.hash);
      expect(got.value.hashValid).toBe(true);
    }
  } finally {
    await core.close();
  }
  const db = openReadOnly(dataDir, key);
  try {
    expect(integrityProblems(db)).toEqual([]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    // The table's CHECK already forbids these; a torn write would show up here first.
    const torn = db
      .prepare(
        `SELECT count(*) FROM notes WHERE status NOT IN ('draft', 'signed')
           OR (status = 'signed' AND (content_hash IS NULL OR signed_at IS NULL OR signed_by IS NULL
               OR attestation IS NULL))
           OR (status = 'draft' AND (content_hash IS NOT NULL OR signed_at IS NOT NULL))`,
      )
      .pluck()
      .get();
    expect(torn, 'no half-written note').toBe(0);
  } finally {
    db.close();
  }
  return lost;
}

async function runChain(chain: number): Promise<ChainFigures> {
  const dataDir = tempDataDir();
  const random = seededRandom(SEED + chain);
  const all: Reported[] = [];
  const figures: ChainFigures = {
    trials: 0,
    kills: 0,
    killedBeforeReady: 0,
    reported: 0,
    lost: 0,
    notesInDatabase: 0,
    draftsLeftBehind: 0,
  };
  let key: Buffer | null = null;
  try {
    for (let trial = 0; trial < TRIALS_PER_CHAIN; trial += 1) {
      const result = await runTrial(dataDir, trial, random);
      figures.trials += 1;
      figures.kills += 1;
      if (result.killedBeforeReady) figures.killedBeforeReady += 1;
      figures.reported += result.reported.length;
      all.push(...result.reported);
      key ??= await databaseKey(dataDir);
      const lost = await verifyAfterKill(dataDir, key, result.reported);
      expect(lost, `chain ${chain} trial ${trial} (seed ${SEED}): reported notes lost`).toBe(0);
    }
    // Everything reported in any trial, checked again at the end: later crashes must not
    // have disturbed earlier notes.
    figures.lost = await verifyAfterKill(dataDir, key ?? (await databaseKey(dataDir)), all);
    const db = openReadOnly(dataDir, key ?? (await databaseKey(dataDir)));
    try {
      figures.notesInDatabase = db.prepare('SELECT count(*) FROM notes').pluck().get() as number;
      figures.draftsLeftBehind = db
        .prepare(`SELECT count(*) FROM notes WHERE status = 'draft'`)
        .pluck()
        .get() as number;
      for (const content of db.prepare('SELECT content FROM notes').pluck().all() as string[]) {
        expect(() => JSON.parse(content)).not.toThrow();
      }
    } finally {
      db.close();
    }
    return figures;
  } finally {
    key?.fill(0);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

describe('kill -9 during writes', () => {
  beforeAll(async () => {
    bundle = await bundleChild('kill-child.ts');
  });
  afterAll(() => {
    rmSync(bundle, { force: true });
  });

  it(`keeps every note reported as signed across ${CHAINS * TRIALS_PER_CHAIN} SIGKILLs`, async () => {
    const chains = await Promise.all(Array.from({ length: CHAINS }, (_, chain) => runChain(chain)));
    const total = chains.reduce(
      (sum, f) => ({
        trials: sum.trials + f.trials,
        kills: sum.kills + f.kills,
        killedBeforeReady: sum.killedBeforeReady + f.killedBeforeReady,
        reported: sum.reported + f.reported,
        lost: sum.lost + f.lost,
        notesInDatabase: sum.notesInDatabase + f.notesInDatabase,
        draftsLeftBehind: sum.draftsLeftBehind + f.draftsLeftBehind,
      }),
      {
        trials: 0,
        kills: 0,
        killedBeforeReady: 0,
        reported: 0,
        lost: 0,
        notesInDatabase: 0,
        draftsLeftBehind: 0,
      },
    );
    console.info(`[faults] kill test (seed ${SEED}): ${JSON.stringify(total)}`);
    expect(total.trials).toBeGreaterThanOrEqual(200);
    expect(total.lost).toBe(0);
    // The schedule must actually hit the write loop, or the test proves nothing.
    expect(total.reported).toBeGreaterThan(total.trials);
    expect(total.notesInDatabase).toBeGreaterThanOrEqual(total.reported);
  });
});

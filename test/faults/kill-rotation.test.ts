/**
 * Key rotation killed with SIGKILL at seeded random moments. After each kill the folder must
 * hold the old key and database or the new ones, complete: the passphrase of that state opens
 * it, integrity_check passes, no record is lost, the database is the rotated copy exactly when
 * the vault file is the new one (never a mix), and nothing of the rotation is left behind.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pageSizeOf } from '@core/db/backup';
import type { PageSize } from '@core/db/open';
import { rotationFiles } from '@core/vault/rotation';
import { DATABASE_FILE, VAULT_FILE, Vault } from '@core/vault/vault';
import { readVaultFile } from '@core/vault/vault-file';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fictionalCouple } from '../fixtures/couples';
import { fictionalDapNote, fictionalSession } from '../fixtures/sessions';
import { TEST_KDF, TEST_PASSPHRASE, tempDataDir } from '../support/core';
import {
  bundleChild,
  clinicalCore,
  integrityProblems,
  runUntilKilled,
  seededRandom,
  tableCounts,
} from './support';

let bundle = '';

/**
 * A data folder in memory (tmpfs) where there is one. A SIGKILL loses nothing the kernel has
 * accepted, so fsync plays no part in what this test checks (power loss is another matter);
 * on tmpfs the rotation's dozen fsyncs cost nothing, which keeps 100 trials to seconds.
 */
function killTestDataDir(): string {
  return existsSync('/dev/shm') ? mkdtempSync('/dev/shm/rekindle-rotation-') : tempDataDir();
}

const CHAINS = 2;
const TRIALS_PER_CHAIN = 50;
/** Kills during the move of an older 4 KiB vault to 16 KiB pages (the export path of db/rekey.ts). */
const OLDER_TRIALS = 30;
const SEED = Number(process.env.REKINDLE_FAULT_SEED ?? 20261206);
/** Two passphrases a rotation alternates between; every third rotation keeps the passphrase. */
const PASSPHRASES = [TEST_PASSPHRASE, 'harbour meadow quartz lantern'] as const;

interface TrialOutcome {
  /** The child reported the rotation done before the kill. */
  reportedDone: boolean;
  /** How long the rotation took when the child reported it, in ms. */
  ms: number | null;
}

/** Runs the child and SIGKILLs it `killDelay` ms after it says `ready` (after it rotated when null). */
async function runChild(
  dataDir: string,
  passphrase: string,
  next: string,
  killDelay: number | null,
): Promise<TrialOutcome> {
  let timer: NodeJS.Timeout | undefined;
  const stdout = await runUntilKilled(bundle, [dataDir, passphrase, next], (out, kill) => {
    if (killDelay === null) {
      // Unkilled run (calibration): killed once the rotation is reported.
      if (/\nrotated \d+\n/.test(out)) kill();
    } else if (!timer && out.startsWith('ready\n')) {
      timer = setTimeout(kill, killDelay);
    }
  });
  clearTimeout(timer);
  const done = /\nrotated (\d+)\n/.exec(stdout);
  return { reportedDone: done !== null, ms: done ? Number(done[1]) : null };
}

interface Figures {
  trials: number;
  oldState: number;
  newState: number;
  /** Kills that left rotation files behind, by what recovery did with them. */
  rolledBack: number;
  rolledForward: number;
  reportedDone: number;
}

/** What is left beside the records before anything recovers: tells which step was cut. */
function leftovers(dataDir: string): 'copy-and-pending' | 'pending-only' | 'copy-only' | 'none' {
  const files = rotationFiles(join(dataDir, DATABASE_FILE), join(dataDir, VAULT_FILE));
  const copy = existsSync(files.copy) || existsSync(`${files.copy}-journal`);
  const pending = existsSync(files.pendingVault);
  if (copy && pending) return 'copy-and-pending';
  if (pending) return 'pending-only';
  return copy ? 'copy-only' : 'none';
}

/** A small practice: a couple, a session with a signed note and one with a draft. */
async function makePractice(dataDir: string, pageSize?: PageSize): Promise<Record<string, number>> {
  const vault = new Vault({ dataDir, clock: () => new Date(), kdf: TEST_KDF, pageSize });
  const { dispatch } = clinicalCore(vault);
  const must = async <T>(
    result: Promise<{ ok: true; value: T } | { ok: false; error: { code: string } }>,
  ) => {
    const envelope = await result;
    if (!envelope.ok) throw new Error(envelope.error.code);
    return envelope.value;
  };
  await must(dispatch('vault:create', { passphrase: TEST_PASSPHRASE }));
  const couple = await must(
    dispatch('couples:create', fictionalCouple({ displayName: 'Rotation kill couple' })),
  );
  const s1 = await must(dispatch('sessions:create', fictionalSession(couple.id)));
  const d1 = await must(dispatch('notes:saveDraft', { sessionId: s1.id, content: fictionalDapNote() }));
  await must(dispatch('notes:sign', { id: d1.id, signedBy: 'Dr. Example Clinician, LMFT', attest: true }));
  const s2 = await must(dispatch('sessions:create', fictionalSession(couple.id, { date: '2026-11-19' })));
  await must(dispatch('notes:saveDraft', { sessionId: s2.id, content: fictionalDapNote() }));
  const counts = clinicalCounts(tableCounts(vault.current().db));
  await vault.lock();
  return counts;
}

/** The clinical tables' counts: the audit log grows with every unlock and is checked apart. */
function clinicalCounts(all: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(all).filter(([name]) => name !== 'audit_log'));
}

async function runChain(chain: number, windowMs: number): Promise<Figures> {
  const dataDir = killTestDataDir();
  const random = seededRandom(SEED + chain);
  const figures: Figures = {
    trials: 0,
    oldState: 0,
    newState: 0,
    rolledBack: 0,
    rolledForward: 0,
    reportedDone: 0,
  };
  try {
    const baseline = await makePractice(dataDir);
    let passphrase: string = TEST_PASSPHRASE;
    let keyId = readVaultFile(join(dataDir, VAULT_FILE))?.keyId;
    let rotations = 0;
    for (let trial = 0; trial < TRIALS_PER_CHAIN; trial += 1) {
      const other = PASSPHRASES.find((p) => p !== passphrase) ?? TEST_PASSPHRASE;
      const next = trial % 3 === 2 ? passphrase : other;
      const label = `chain ${chain} trial ${trial} (seed ${SEED})`;
      const outcome = await runChild(dataDir, passphrase, next, Math.floor(random() * windowMs));
      figures.trials += 1;
      if (outcome.reportedDone) figures.reportedDone += 1;

      const left = leftovers(dataDir);
      const vault = new Vault({ dataDir, clock: () => new Date(), kdf: TEST_KDF });
      expect(vault.status(), label).toBe('locked');
      expect(leftovers(dataDir), `${label}: recovery leaves nothing behind`).toBe('none');
      const vaultFile = readVaultFile(join(dataDir, VAULT_FILE));
      const isNew = vaultFile?.keyId !== keyId;
      if (left === 'pending-only') figures.rolledForward += 1;
      else if (left !== 'none') figures.rolledBack += 1;
      if (outcome.reportedDone) expect(isNew, `${label}: a reported rotation stands`).toBe(true);
      if (isNew) {
        figures.newState += 1;
        rotations += 1;
        if (next !== passphrase) {
          await expect(vault.unlock(passphrase), `${label}: the old passphrase`).rejects.toMatchObject({
            code: 'wrong_passphrase',
          });
        }
        passphrase = next;
        keyId = vaultFile?.keyId;
      } else {
        figures.oldState += 1;
      }
      // No lock-out: the passphrase of the state found opens it.
      await vault.unlock(passphrase);
      const db = vault.current().db;
      expect(integrityProblems(db), label).toEqual([]);
      expect(clinicalCounts(tableCounts(db)), `${label}: nothing lost`).toEqual(baseline);
      // The database is the rotated copy exactly as often as the vault file is a new one.
      const rotated = db
        .prepare(`SELECT count(*) FROM audit_log WHERE action = 'vault.key_rotated'`)
        .pluck()
        .get();
      expect(rotated, `${label}: database and vault file of the same rotation`).toBe(rotations);
      await vault.lock();
    }
    return figures;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

describe('kill -9 during key rotation', () => {
  beforeAll(async () => {
    bundle = await bundleChild('rotate-child.ts');
  });
  afterAll(() => {
    rmSync(bundle, { force: true });
  });

  it(`ends in the old or the new key, complete, across ${CHAINS * TRIALS_PER_CHAIN} SIGKILLs`, async () => {
    // How long one rotation of this practice takes here, so the kills spread over all of it
    // (and past it: run two at a time, each takes longer than alone, and some must finish).
    const calibration = killTestDataDir();
    let windowMs: number;
    try {
      await makePractice(calibration);
      const { ms } = await runChild(calibration, TEST_PASSPHRASE, PASSPHRASES[1], null);
      windowMs = Math.max(10, Math.round((ms ?? 50) * 2.5));
    } finally {
      rmSync(calibration, { recursive: true, force: true });
    }
    const chains = await Promise.all(Array.from({ length: CHAINS }, (_, chain) => runChain(chain, windowMs)));
    const total = chains.reduce((sum, f) => ({
      trials: sum.trials + f.trials,
      oldState: sum.oldState + f.oldState,
      newState: sum.newState + f.newState,
      rolledBack: sum.rolledBack + f.rolledBack,
      rolledForward: sum.rolledForward + f.rolledForward,
      reportedDone: sum.reportedDone + f.reportedDone,
    }));
    console.info(
      `[faults] rotation kill test (seed ${SEED}, window ${windowMs} ms): ${JSON.stringify(total)}`,
    );
    expect(total.trials).toBeGreaterThanOrEqual(100);
    // The schedule must hit every part: before the commit, mid-way, and after it.
    expect(total.oldState).toBeGreaterThan(0);
    expect(total.newState).toBeGreaterThan(0);
    expect(total.rolledBack).toBeGreaterThan(0);
  });

  it(`moving an older 4 KiB vault to 16 KiB pages: old or new, complete, across ${OLDER_TRIALS} SIGKILLs`, async () => {
    // Each trial starts from a fresh copy of the same 4 KiB practice, so every kill lands on
    // the export path (a successful rotation would otherwise move the practice to 16 KiB).
    const pristine = killTestDataDir();
    const random = seededRandom(SEED + 100);
    const seen = { old: 0, new: 0 };
    try {
      const baseline = await makePractice(pristine, 4096);
      const calibration = killTestDataDir();
      cpSync(pristine, calibration, { recursive: true });
      const { ms } = await runChild(calibration, TEST_PASSPHRASE, PASSPHRASES[1], null);
      rmSync(calibration, { recursive: true, force: true });
      const windowMs = Math.max(10, Math.round((ms ?? 50) * 1.5));
      for (let trial = 0; trial < OLDER_TRIALS; trial += 1) {
        const label = `older-vault trial ${trial} (seed ${SEED})`;
        const dataDir = killTestDataDir();
        try {
          cpSync(pristine, dataDir, { recursive: true });
          const outcome = await runChild(
            dataDir,
            TEST_PASSPHRASE,
            PASSPHRASES[1],
            Math.floor(random() * windowMs),
          );
          const vault = new Vault({ dataDir, clock: () => new Date(), kdf: TEST_KDF });
          expect(vault.status(), label).toBe('locked');
          expect(leftovers(dataDir), `${label}: recovery leaves nothing behind`).toBe('none');
          const moved = readVaultFile(join(dataDir, VAULT_FILE))?.database.pageSize === 16384;
          if (outcome.reportedDone) expect(moved, `${label}: a reported rotation stands`).toBe(true);
          seen[moved ? 'new' : 'old'] += 1;
          await vault.unlock(moved ? PASSPHRASES[1] : TEST_PASSPHRASE);
          const db = vault.current().db;
          expect(pageSizeOf(db), label).toBe(moved ? 16384 : 4096);
          expect(integrityProblems(db), label).toEqual([]);
          expect(clinicalCounts(tableCounts(db)), `${label}: nothing lost`).toEqual(baseline);
          await vault.lock();
        } finally {
          rmSync(dataDir, { recursive: true, force: true });
        }
      }
    } finally {
      rmSync(pristine, { recursive: true, force: true });
    }
    console.info(`[faults] older-vault rotation kill test (seed ${SEED}): ${JSON.stringify(seen)}`);
    expect(seen.old).toBeGreaterThan(0);
    expect(seen.new).toBeGreaterThan(0);
  });
});

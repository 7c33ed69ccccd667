/**
 * Disk full during key rotation. The rotation needs room for a whole re-encrypted copy of the
 * database; the child that rotates runs under a file-size limit (`ulimit -f`, RLIMIT_FSIZE)
 * below the database's size, so writing the copy fails part-way exactly where a full disk would
 * stop it, while everything the running app writes (the log, the lock file) still fits. The
 * rotation must be refused with a clear message, leave the old key, vault file and records
 * intact with nothing of the copy behind, and succeed once there is room.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_FILE, VAULT_FILE, Vault } from '@core/vault/vault';
import type { NoteContentInput } from '@shared/contract/notes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fictionalCouple } from '../fixtures/couples';
import { fictionalDapNote, fictionalSession } from '../fixtures/sessions';
import { TEST_KDF, TEST_PASSPHRASE, tempDataDir } from '../support/core';
import { bundleChild, clinicalCore, FAULTS_REPO, integrityProblems, tableCounts } from './support';

let bundle = '';

/** About 60,000 characters of fictional text, so a few notes make the database large. */
function largeNote(tag: string): NoteContentInput {
  const filler = (section: string) =>
    `${tag} ${section}: the partners practiced reflective listening. `.repeat(400).slice(0, 20_000);
  return fictionalDapNote({
    sections: { data: filler('data'), assessment: filler('assessment'), plan: filler('plan') },
  });
}

/** Runs the rotating child under a file-size limit of `limitBytes`; returns its last line. */
function rotateUnderLimit(dataDir: string, limitBytes: number): Promise<string> {
  // `ulimit -f` counts 512-byte blocks in POSIX sh. Node ignores SIGXFSZ, so a write past the
  // limit fails with EFBIG, as one on a full disk fails with ENOSPC.
  const blocks = Math.floor(limitBytes / 512);
  const command = `ulimit -f ${blocks} && exec "$0" "$@"`;
  return new Promise((resolve, reject) => {
    const child = spawn(
      '/bin/sh',
      ['-c', command, process.execPath, bundle, dataDir, TEST_PASSPHRASE, TEST_PASSPHRASE, 'exit'],
      { cwd: FAULTS_REPO, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`child failed (${code}): ${stderr}`));
      else resolve(stdout.trim().split('\n').at(-1) ?? '');
    });
  });
}

describe('disk full during key rotation', () => {
  beforeAll(async () => {
    bundle = await bundleChild('rotate-child.ts');
  });
  afterAll(() => {
    rmSync(bundle, { force: true });
  });

  it('refuses with a clear message, leaves the old key and records intact, and rotates once there is room', async () => {
    const dataDir = tempDataDir();
    try {
      const vault = new Vault({ dataDir, clock: () => new Date(), kdf: TEST_KDF });
      const { dispatch } = clinicalCore(vault);
      await dispatch('vault:create', { passphrase: TEST_PASSPHRASE });
      const couple = await dispatch('couples:create', fictionalCouple({ displayName: 'Disk full couple' }));
      if (!couple.ok) throw new Error(couple.error.code);
      for (let i = 0; i < 6; i += 1) {
        const session = await dispatch('sessions:create', fictionalSession(couple.value.id));
        if (!session.ok) throw new Error(session.error.code);
        await dispatch('notes:saveDraft', { sessionId: session.value.id, content: largeNote(`note ${i}`) });
      }
      const before = tableCounts(vault.current().db);
      await vault.lock();
      const vaultFile = readFileSync(join(dataDir, VAULT_FILE));
      const size = statSync(join(dataDir, DATABASE_FILE)).size;
      expect(size, 'the practice is large enough to matter').toBeGreaterThan(400_000);

      // Half the database: the copy cannot be written.
      const line = await rotateUnderLimit(dataDir, size / 2);
      expect(line).toMatch(/^refused not_saved /);
      // EFBIG reaches SQLite's caller as SQLITE_IOERR_WRITE (only ENOSPC becomes SQLITE_FULL, whose
      // message says there is not enough free disk space); either way the disk is named.
      expect(line).toMatch(/could not be written to the disk \(SQLITE_IOERR_WRITE\); the disk may be full/);
      expect(line).toMatch(/records, passphrase and recovery key are unchanged/);

      // Old state intact: the same vault file, nothing of the copy left, the passphrase opens
      // the same records, whole.
      expect(readFileSync(join(dataDir, VAULT_FILE)).equals(vaultFile)).toBe(true);
      expect(readdirSync(dataDir).filter((name) => name.startsWith('.'))).toEqual([]);
      await vault.unlock(TEST_PASSPHRASE);
      expect(integrityProblems(vault.current().db)).toEqual([]);
      const after = tableCounts(vault.current().db);
      expect({ ...after, audit_log: 0 }).toEqual({ ...before, audit_log: 0 });
      await vault.lock();

      // With room again, the same rotation goes through.
      expect(await rotateUnderLimit(dataDir, 1024 ** 3)).toMatch(/^rotated \d+$/);
      expect(readFileSync(join(dataDir, VAULT_FILE)).equals(vaultFile)).toBe(false);
      await vault.unlock(TEST_PASSPHRASE);
      expect(tableCounts(vault.current().db).notes).toBe(before.notes);
      await vault.lock();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openEncryptedDatabase, type PageSize } from '@core/db/open';
import type { Db } from '@core/db/sqlite';
import { createDispatcher } from '@core/dispatch';
import { createCouplesHandlers } from '@core/services/couples';
import { mergeHandlers } from '@core/services/handlers';
import { createNotesHandlers } from '@core/services/notes';
import { createSessionsHandlers } from '@core/services/sessions';
import { createVaultHandlers } from '@core/services/vault';
import type { Core } from '@core/types';
import { unwrapKey } from '@core/vault/key-wrap';
import { DATABASE_FILE, VAULT_FILE, type Vault } from '@core/vault/vault';
import { databasePageSize, readVaultFile } from '@core/vault/vault-file';
import { build } from 'esbuild';
import { TEST_PASSPHRASE } from '../support/core';

/** The raw database key, unwrapped as anyone holding the passphrase could. */
export async function databaseKey(dataDir: string, passphrase = TEST_PASSPHRASE): Promise<Buffer> {
  const vault = readVaultFile(join(dataDir, VAULT_FILE));
  if (!vault) throw new Error('no vault file');
  const key = await unwrapKey(vault.wraps.passphrase, passphrase, 'passphrase');
  if (!key) throw new Error('the passphrase does not unwrap the key');
  return key;
}

/**
 * A read-only connection beside (or instead of) the core's: it sees what was committed and
 * writes nothing, so checking cannot disturb what is checked. The key buffer is copied because
 * the caller may keep using it.
 */
export function openReadOnly(dataDir: string, key: Buffer): Db {
  return openEncryptedCopy(join(dataDir, DATABASE_FILE), key, dataPageSize(dataDir));
}

/** The page size of the data folder's database, as its vault file records it. */
export function dataPageSize(dataDir: string): PageSize {
  const vault = readVaultFile(join(dataDir, VAULT_FILE));
  if (!vault) throw new Error('no vault file');
  return databasePageSize(vault);
}

/** Any encrypted database file (a backup, say), opened read-only with a copy of the key. */
export function openEncryptedCopy(path: string, key: Buffer, pageSize: PageSize): Db {
  return openEncryptedDatabase(path, Buffer.from(key), { mustExist: true, readonly: true, pageSize });
}

/** `PRAGMA integrity_check` reads every b-tree page, so with the cipher it also proves every page's MAC. */
export function integrityProblems(db: Db): string[] {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[];
  return rows.map((row) => row.integrity_check).filter((text) => text !== 'ok');
}

/** Row counts of every table (FTS shadow tables included), by name: the rotation's own check. */
export { tableRowCounts as tableCounts } from '@core/db/rekey';

/** SHA-256 of every file under `dir` (relative path -> hex), skipping the names given. */
export function hashFiles(dir: string, skip: readonly string[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (folder: string, prefix: string) => {
    for (const name of readdirSync(folder).sort()) {
      const rel = prefix ? `${prefix}/${name}` : name;
      if (skip.includes(rel)) continue;
      const full = join(folder, name);
      if (statSync(full).isDirectory()) walk(full, rel);
      else out[rel] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  walk(dir, '');
  return out;
}

/** The demo's seeded PRNG (mulberry32), so a failing kill schedule can be replayed from its seed. */
export { mulberry32 as seededRandom } from '@core/demo/prng';

/**
 * The production dispatcher with the vault, couples, sessions and notes handlers over a vault
 * the test holds, so it can reach the open database (`vault.current().db`) that `createCore`
 * keeps private. No production code changes: this is `createCore` minus the other features.
 */
export function clinicalCore(vault: Vault, clock: () => Date = () => new Date()) {
  const services = { session: () => vault.current(), clock };
  const dispatch = createDispatcher({
    handlers: mergeHandlers(
      createVaultHandlers(vault),
      createCouplesHandlers(services),
      createSessionsHandlers(services),
      createNotesHandlers(services),
    ),
    isUnlocked: () => vault.isUnlocked(),
    isClosed: () => false,
  }) as Core['dispatch'];
  return { dispatch, vault };
}

const here = dirname(fileURLToPath(import.meta.url));
/** The repository root: children run from here. */
export const FAULTS_REPO = resolve(here, '../..');

/**
 * Bundles a child script from this folder into one file and returns its path. Loading a child
 * through tsx costs about a second per start, which hundreds of starts cannot afford. The
 * bundle sits inside node_modules so its bare imports resolve to the real packages.
 */
export async function bundleChild(entry: string): Promise<string> {
  const outfile = join(FAULTS_REPO, 'node_modules/.cache/rekindle-faults', entry.replace(/\.ts$/, '.mjs'));
  mkdirSync(dirname(outfile), { recursive: true });
  await build({
    entryPoints: [join(here, entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}

/**
 * Runs a bundled child with `args` and resolves with everything it wrote to stdout once it is
 * dead. `watch` sees the output so far at each chunk and may call `kill` (SIGKILL) at once or
 * schedule it; a child that ends any other way fails the run with its stderr.
 */
export function runUntilKilled(
  bundle: string,
  args: readonly string[],
  watch: (stdout: string, kill: () => void) => void,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, ...args], {
      cwd: FAULTS_REPO,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let killed = false;
    const kill = () => {
      killed = true;
      child.kill('SIGKILL');
    };
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      watch(stdout, kill);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    // 'close' (not 'exit'): every byte the child wrote before it died has been read by then.
    child.on('close', (code, signal) => {
      if (!killed || signal !== 'SIGKILL') {
        reject(new Error(`child ended by itself (code ${code}, signal ${signal}): ${stderr}`));
      } else {
        resolve(stdout);
      }
    });
  });
}

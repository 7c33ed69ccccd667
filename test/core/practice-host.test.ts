import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isDemoDisplayName } from '@core/demo';
import { DEMO_PASSPHRASE } from '@core/practice/demo-build';
import { DEMO_MARKER } from '@core/practice/demo-folder';
import { createPracticeHost } from '@core/practice/host';
import type { Core } from '@core/types';
import type { Channel, Envelope, Input, Output } from '@shared/contract';
import type { PracticeStatus } from '@shared/contract/practice';
import { afterEach, describe, expect, it } from 'vitest';
import { fictionalCouple } from '../fixtures/couples';
import { TEST_KDF, TEST_PASSPHRASE, tempDataDir } from '../support/core';

/** A small demo keeps each build to a second or two. */
const SMALL_DEMO = { couples: 1, months: 3 };

interface Setup {
  host: Core;
  root: string;
  realDir: string;
  demoDir: string;
  ok<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>>;
}

let open: Setup[] = [];
afterEach(async () => {
  for (const s of open) {
    await s.host.close();
    rmSync(s.root, { recursive: true, force: true });
  }
  open = [];
});

function setup(paths: { realDir?: string; demoDir?: string } = {}): Setup {
  const root = tempDataDir();
  const realDir = paths.realDir ?? join(root, 'vault');
  const demoDir = paths.demoDir ?? join(root, 'demo-practice');
  const host = createPracticeHost({ dataDir: realDir, demoDir, kdf: TEST_KDF, demoSize: SMALL_DEMO });
  const s: Setup = {
    host,
    root,
    realDir,
    demoDir,
    async ok(channel, input) {
      const result = (await host.dispatch(channel, input)) as Envelope<Output<typeof channel>>;
      if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
      return result.value;
    },
  };
  open.push(s);
  return s;
}

/** Polls until the build has ended; returns every status seen. */
async function untilBuilt(s: Setup): Promise<PracticeStatus[]> {
  const seen: PracticeStatus[] = [];
  for (let i = 0; i < 3000; i++) {
    const status = await s.ok('practice:status', {});
    seen.push(status);
    if (status.demoBuild?.state !== 'building') return seen;
    await sleep(10);
  }
  throw new Error('the demo build did not finish');
}

/** Every file under a folder with a hash of its bytes: to prove nothing in it changed. */
function fingerprint(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return files;
}

async function realPracticeWithOneCouple(s: Setup): Promise<void> {
  await s.ok('vault:create', { passphrase: TEST_PASSPHRASE });
  await s.ok('couples:create', fictionalCouple({ displayName: 'Real-folder test couple' }));
  await s.ok('vault:lock', {});
}

describe('the practice host', () => {
  it('starts on the real practice and answers practice channels before any vault exists', async () => {
    const s = setup();
    expect(await s.ok('vault:status', {})).toEqual({ state: 'new' });
    expect(await s.ok('practice:status', {})).toEqual({
      practice: 'real',
      demoPassphrase: null,
      demoBuild: null,
    });
    expect(await s.host.dispatch('practice:status', { extra: 1 })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
  });

  it('builds the demo in its own folder with progress, opens it, and never touches the real folder', async () => {
    const s = setup();
    await realPracticeWithOneCouple(s);
    const before = fingerprint(s.realDir);

    const started = await s.ok('practice:openDemo', {});
    expect(started).toMatchObject({ practice: 'real', demoBuild: { state: 'building', couples: 1 } });
    // Asking again while it builds starts nothing new.
    expect((await s.ok('practice:openDemo', {})).demoBuild?.state).toBe('building');
    const seen = await untilBuilt(s);
    const progress = seen.flatMap((status) => (status.demoBuild ? [status.demoBuild.progress] : []));
    expect(progress).toEqual(progress.toSorted((a, b) => a - b));
    expect(progress.some((p) => p > 0 && p < 1)).toBe(true);

    expect(seen.at(-1)).toEqual({ practice: 'demo', demoPassphrase: DEMO_PASSPHRASE, demoBuild: null });
    expect(await s.ok('vault:status', {})).toEqual({ state: 'unlocked' });
    const couples = (await s.ok('couples:list', { status: 'all' })).items;
    expect(couples).toHaveLength(1);
    for (const couple of couples)
      expect(isDemoDisplayName(couple.displayName), couple.displayName).toBe(true);
    expect(readdirSync(s.demoDir)).toEqual(expect.arrayContaining([DEMO_MARKER, 'vault.json']));

    // Work in the demo lands in the demo folder only.
    await s.ok('couples:archive', { id: couples[0]?.id ?? '' });
    expect(fingerprint(s.realDir)).toEqual(before);
  });

  it('keeps the demo passphrase as shown: locks, unlocks with it, refuses to change it', async () => {
    const s = setup();
    await s.ok('practice:openDemo', {});
    await untilBuilt(s);
    expect(
      await s.host.dispatch('vault:changePassphrase', { current: DEMO_PASSPHRASE, next: TEST_PASSPHRASE }),
    ).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await s.host.lock();
    // Nor may a backup (real records, another passphrase) be restored into the demo's folder.
    expect(await s.host.dispatch('vault:restoreBackup', { passphrase: TEST_PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(await s.ok('vault:status', {})).toEqual({ state: 'locked' });
    expect((await s.ok('practice:status', {})).practice).toBe('demo');
    await s.ok('vault:unlock', { passphrase: DEMO_PASSPHRASE });
    expect((await s.ok('couples:list', {})).total).toBe(1);
  });

  it('leaving the demo discards its folder and returns to the real practice, locked and intact', async () => {
    const s = setup();
    await realPracticeWithOneCouple(s);
    await s.ok('practice:openDemo', {});
    await untilBuilt(s);

    expect(await s.ok('practice:leaveDemo', {})).toEqual({
      practice: 'real',
      demoPassphrase: null,
      demoBuild: null,
    });
    expect(existsSync(s.demoDir)).toBe(false);
    expect(await s.ok('vault:status', {})).toEqual({ state: 'locked' });
    await s.ok('vault:unlock', { passphrase: TEST_PASSPHRASE });
    const couples = (await s.ok('couples:list', {})).items;
    expect(couples.map((c) => c.displayName)).toEqual(['Real-folder test couple']);
  });

  it('on first run, leaving the demo goes back to a practice still to be set up', async () => {
    const s = setup();
    const before = existsSync(s.realDir) ? fingerprint(s.realDir) : {};
    await s.ok('practice:openDemo', {});
    await untilBuilt(s);
    await s.ok('practice:leaveDemo', {});
    expect(await s.ok('vault:status', {})).toEqual({ state: 'new' });
    expect(existsSync(s.realDir) ? fingerprint(s.realDir) : {}).toEqual(before);
  });

  it('stops a build when the clinician leaves before it is done', async () => {
    const s = setup();
    await s.ok('practice:openDemo', {});
    await sleep(30);
    expect(await s.ok('practice:leaveDemo', {})).toEqual({
      practice: 'real',
      demoPassphrase: null,
      demoBuild: null,
    });
    expect(existsSync(s.demoDir)).toBe(false);
    expect(await s.ok('vault:status', {})).toEqual({ state: 'new' });
  });

  it('opens the demo locked when the app was locked while it was being built', async () => {
    const s = setup();
    await s.ok('practice:openDemo', {});
    await s.host.lock();
    await untilBuilt(s);
    expect((await s.ok('practice:status', {})).practice).toBe('demo');
    expect(await s.ok('vault:status', {})).toEqual({ state: 'locked' });
  });

  it('refuses a demo folder holding files it did not write, and leaves them alone', async () => {
    const root = tempDataDir();
    const demoDir = join(root, 'not-ours');
    mkdirSync(demoDir);
    writeFileSync(join(demoDir, 'keep-me.txt'), 'someone else’s file');
    const s = setup({ demoDir });
    await s.ok('practice:openDemo', {});
    const last = (await untilBuilt(s)).at(-1);
    expect(last).toMatchObject({ practice: 'real', demoBuild: { state: 'failed' } });
    expect(last?.demoBuild?.message).toContain('holds files Rekindle did not put there');
    expect(readFileSync(join(demoDir, 'keep-me.txt'), 'utf8')).toBe('someone else’s file');
    await s.ok('practice:leaveDemo', {});
    expect(readdirSync(demoDir)).toEqual(['keep-me.txt']);
    rmSync(root, { recursive: true, force: true });
  });

  it('refuses a demo folder inside the real practice’s folder', async () => {
    const root = tempDataDir();
    const s = setup({ realDir: join(root, 'vault'), demoDir: join(root, 'vault', 'demo') });
    await s.ok('practice:openDemo', {});
    const last = (await untilBuilt(s)).at(-1);
    expect(last?.demoBuild).toMatchObject({
      state: 'failed',
      message: expect.stringContaining('apart from your records'),
    });
    expect(existsSync(join(root, 'vault', 'demo'))).toBe(false);
    rmSync(root, { recursive: true, force: true });
  });

  it('closes cleanly in the middle of a build', async () => {
    const s = setup();
    await s.ok('practice:openDemo', {});
    await sleep(30);
    await s.host.close();
    expect(await s.host.dispatch('vault:status', {})).toMatchObject({ ok: false, error: { code: 'locked' } });
  });
});

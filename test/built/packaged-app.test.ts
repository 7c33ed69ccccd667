import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extractAll, listPackage, statFile } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesUnder } from './bundle-scan';
import { nativeExports, nodeApiVerdict } from './native-exports';
import { type MainRun, runBuiltMain } from './run-main';

/**
 * `npm run dist`'s Linux packaging, run for real with electron-builder, except that Electron's
 * binary (which cannot be downloaded here) is a stand-in carrying only the fuse wire. The
 * packaged app is then checked for what the installed app will load, and its own files are
 * started under Node: no dev dependency, the packaged native binary, the real core.
 */
const root = resolve(import.meta.dirname, '../..');
const DRIVER = 'node_modules/better-sqlite3-multiple-ciphers';
const PREBUILD = `${DRIVER}/prebuilds/linux-${process.arch}.node`;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  devDependencies: Record<string, string>;
};
const builderConfig = load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as {
  electronFuses: Record<string, boolean>;
};

/** A fuse's state in the wire: the characters '1' and '0' (@electron/fuses' FuseState). */
const FUSE_ON = 0x31;
const FUSE_OFF = 0x30;

/** electron-builder's fuse names are the camel-cased names of @electron/fuses' options. */
function fuseOption(name: string): FuseV1Options {
  const option = FuseV1Options[(name[0]?.toUpperCase() + name.slice(1)) as keyof typeof FuseV1Options];
  if (option === undefined) throw new Error(`unknown fuse ${name}`);
  return option;
}

/**
 * A stand-in Electron distribution: a binary whose only content is the fuse wire (the sentinel
 * @electron/fuses looks for, version 1, then one state per fuse), every configured fuse set to
 * the opposite of the configuration so that packaging must flip each one.
 */
function fakeElectronDist(folder: string): void {
  const fuseCount = Object.keys(FuseV1Options).filter((key) => Number.isNaN(Number(key))).length;
  const wire = Buffer.alloc(fuseCount, FUSE_OFF);
  for (const [name, wanted] of Object.entries(builderConfig.electronFuses)) {
    wire[fuseOption(name)] = wanted ? FUSE_OFF : FUSE_ON;
  }
  mkdirSync(join(folder, 'resources'), { recursive: true });
  const sentinel = Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX');
  writeFileSync(join(folder, 'electron'), Buffer.concat([sentinel, Buffer.from([1, fuseCount]), wire]));
  chmodSync(join(folder, 'electron'), 0o755);
  writeFileSync(join(folder, 'version'), pkg.devDependencies.electron ?? '');
  writeFileSync(join(folder, 'LICENSE'), 'stand-in');
}

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** electron-builder keeps quiet when it sees it runs under vitest; its log is what is checked. */
function builderEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  return env;
}

let work: string;
let appDir: string;
let builderLog = '';
let builderCode: number | null = null;
let packagedRun: MainRun | undefined;

// Linux packaging (a deb's files) is what can be built here; macOS and Windows are packaged and
// started for real by the release workflow on their own runners.
const onLinux = process.platform === 'linux';

beforeAll(async () => {
  if (!onLinux) return;
  work = mkdtempSync(join(tmpdir(), 'rekindle-pack-'));
  const dist = join(work, 'electron-dist');
  fakeElectronDist(dist);
  const child = spawn(
    process.execPath,
    [
      join(root, 'node_modules/electron-builder/cli.js'),
      '--linux',
      'dir',
      `--${process.arch}`,
      '--config',
      'electron-builder.yml',
      `-c.electronDist=${dist}`,
      `-c.electronVersion=${pkg.devDependencies.electron}`,
      `-c.directories.output=${join(work, 'out')}`,
      '--publish',
      'never',
    ],
    { cwd: root, env: builderEnv(), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout.on('data', (chunk: Buffer) => {
    builderLog += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    builderLog += chunk.toString();
  });
  builderCode = await new Promise((done) => child.on('close', done));
  appDir = join(work, 'out', process.arch === 'x64' ? 'linux-unpacked' : `linux-${process.arch}-unpacked`);
}, 180_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const archive = () => join(appDir, 'resources/app.asar');
const unpacked = () => join(appDir, 'resources/app.asar.unpacked');
const inArchive = () => new Set(listPackage(archive(), { isPack: false }).map((path) => path.slice(1)));

describe.runIf(onLinux)('the packaged Linux app (electron-builder, stand-in Electron)', () => {
  it('packages without rebuilding or compiling anything native', () => {
    expect(builderCode, builderLog).toBe(0);
    expect(builderLog).toMatch(/skipped dependencies rebuild\s+reason=npmRebuild is set to false/);
    expect(builderLog).not.toMatch(/node-gyp|rebuilding native|prebuild-install/i);
  });

  it('carries the built app and its package.json, and no source maps', () => {
    const files = inArchive();
    for (const path of [
      'package.json',
      'out/main/index.js',
      'out/preload/index.cjs',
      'out/renderer/index.html',
    ])
      expect(files.has(path), path).toBe(true);
    expect([...files].filter((path) => path.endsWith('.map'))).toEqual([]);
  });

  it("leaves out the driver's C sources, build files and node-addon-api", () => {
    const leftIn = [...inArchive()].filter(
      (path) =>
        path.startsWith(`${DRIVER}/src/`) ||
        path.startsWith(`${DRIVER}/deps/`) ||
        path === `${DRIVER}/binding.gyp` ||
        path.startsWith('node_modules/node-addon-api/'),
    );
    expect(leftIn).toEqual([]);
  });

  it("ships exactly one native binary, this platform's prebuild, unpacked from the asar", () => {
    const nativeInArchive = [...inArchive()].filter((path) => path.endsWith('.node'));
    expect(nativeInArchive).toEqual([PREBUILD]);
    expect(statFile(archive(), PREBUILD)).toMatchObject({ unpacked: true });
    expect(filesUnder(unpacked()).filter((path) => path.endsWith('.node'))).toEqual([PREBUILD]);
  });

  it('ships the very binary the tests load, and it is Node-API, bound to no Node or Electron ABI', () => {
    const shipped = join(unpacked(), PREBUILD);
    expect(sha256(shipped)).toBe(sha256(join(root, PREBUILD)));
    expect(nodeApiVerdict(nativeExports(readFileSync(shipped)))).toEqual({ nodeApi: true, abiBound: [] });
  });

  it('flips every fuse as electron-builder.yml sets it', async () => {
    const wire = await getCurrentFuseWire(join(appDir, 'rekindle'));
    for (const [name, wanted] of Object.entries(builderConfig.electronFuses)) {
      expect({ fuse: name, state: wire[fuseOption(name)] }).toEqual({
        fuse: name,
        state: wanted ? FUSE_ON : FUSE_OFF,
      });
    }
  });

  it("starts from the package's own files under Node: production dependencies only, the packaged binary", async () => {
    const extracted = join(work, 'extracted');
    extractAll(archive(), extracted);
    expect(existsSync(join(extracted, PREBUILD))).toBe(true);
    packagedRun = await runBuiltMain({
      main: join(extracted, 'out/main/index.js'),
      renderer: join(extracted, 'out/renderer'),
      args: ['--smoke-test'],
    });
    expect(packagedRun.stderr).toBe('');
    expect(packagedRun.stdout).toContain('Rekindle smoke test passed: bridge, vault, couple, read back');
    expect(packagedRun.code).toBe(0);
  });
});

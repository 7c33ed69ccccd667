import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

/**
 * The packaging rules that nothing here can run (electron-builder for macOS and Windows, a
 * real Electron): read from the configuration itself. test/built/ then packages the Linux
 * app with a stand-in Electron and checks the output against the same rules.
 */
const root = join(import.meta.dirname, '../..');
const DRIVER = 'node_modules/better-sqlite3-multiple-ciphers';

interface PlatformConfig {
  target?: string[];
  files?: string[];
  identity?: string | null;
  hardenedRuntime?: boolean;
}
interface BuilderConfig {
  files: string[];
  asar: boolean;
  asarUnpack: string[];
  npmRebuild: boolean;
  buildDependenciesFromSource: boolean;
  nodeGypRebuild: boolean;
  electronFuses: Record<string, boolean>;
  linux: PlatformConfig;
  win: PlatformConfig;
  mac: PlatformConfig;
}

const builder = load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  allowScripts: Record<string, boolean>;
  engines: { node: string };
};
const npmrc = readFileSync(join(root, '.npmrc'), 'utf8');

describe('packaging configuration', () => {
  it.each([
    ['runAsNode', false],
    ['enableNodeOptionsEnvironmentVariable', false],
    ['enableNodeCliInspectArguments', false],
    ['enableEmbeddedAsarIntegrityValidation', true],
    ['onlyLoadAppFromAsar', true],
    ['grantFileProtocolExtraPrivileges', false],
    // No cookies to protect, and on macOS it asks the Keychain for a key at every start.
    ['enableCookieEncryption', false],
  ])('sets the Electron fuse %s to %s', (fuse, value) => {
    expect(builder.electronFuses[fuse]).toBe(value);
  });

  it('never rebuilds or compiles a native module: the Node-API prebuild ships as it is', () => {
    expect(builder.npmRebuild).toBe(false);
    expect(builder.buildDependenciesFromSource).toBe(false);
    expect(builder.nodeGypRebuild).toBe(false);
    expect(pkg.scripts.dist).not.toMatch(/rebuild/);
  });

  it("packs into an asar and unpacks the driver's prebuild from it", () => {
    expect(builder.asar).toBe(true);
    expect(builder.asarUnpack).toContain(`${DRIVER}/prebuilds/*.node`);
  });

  it.each([
    ['linux', 'linux'],
    ['win', 'win32'],
    ['mac', 'darwin'],
  ] as const)('ships only the %s prebuild for the target architecture', (platform, prefix) => {
    expect(builder[platform].files).toEqual([`!${DRIVER}/prebuilds/!(${prefix}-\${arch}).node`]);
  });

  it("leaves out the driver's C sources and build files", () => {
    expect(builder.files).toEqual(
      expect.arrayContaining([
        `!${DRIVER}/{src,deps}/**`,
        `!${DRIVER}/binding.gyp`,
        '!node_modules/node-addon-api/**',
      ]),
    );
  });

  it('targets a deb on Linux (an AppImage cannot set up the sandbox on Ubuntu 24.04+), NSIS on Windows, a dmg on macOS', () => {
    expect(builder.linux.target).toEqual(['deb']);
    expect(builder.win.target).toEqual(['nsis']);
    expect(builder.mac.target).toEqual(['dmg']);
  });

  it('signs macOS builds ad hoc unless a release gives a Developer ID, with the hardened runtime', () => {
    expect(builder.mac.identity).toBe('-');
    expect(builder.mac.hardenedRuntime).toBe(true);
  });

  it('installs with no install script of any package (nothing compiled, no Electron download)', () => {
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare'])
      expect(pkg.scripts[hook]).toBeUndefined();
    expect(pkg.allowScripts.electron).toBe(false);
    // Its package.json has a binding.gyp, so npm would run node-gyp rebuild: it must not.
    expect(pkg.allowScripts['better-sqlite3-multiple-ciphers']).toBe(false);
  });

  it('refuses a Node older than 22.14 (the first with Node-API 10) at install, and never points npm at Node headers', () => {
    expect(pkg.engines.node).toBe('>=22.14.0');
    expect(npmrc).toMatch(/^engine-strict=true$/m);
    expect(npmrc).not.toMatch(/^\s*nodedir\s*=/m);
  });

  it('uses a better-sqlite3-multiple-ciphers release with Node-API prebuilds (13 or later)', () => {
    expect(Number(pkg.dependencies['better-sqlite3-multiple-ciphers']?.split('.')[0])).toBeGreaterThanOrEqual(
      13,
    );
  });

  it('pins every dependency to an exact version', () => {
    for (const [name, version] of Object.entries({ ...pkg.dependencies, ...pkg.devDependencies })) {
      expect(version, name).toMatch(/^\d+\.\d+\.\d+$/);
    }
  });
});

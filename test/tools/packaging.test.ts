import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const builder = readFileSync(join(root, 'electron-builder.yml'), 'utf8');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  allowScripts: Record<string, boolean>;
};

/** The value of a `key: value` line in the YAML (indentation ignored). */
function yamlValue(key: string): string | undefined {
  return new RegExp(`^\\s*${key}:\\s*(\\S+)\\s*$`, 'm').exec(builder)?.[1];
}

describe('packaging configuration', () => {
  it.each([
    ['runAsNode', 'false'],
    ['enableNodeOptionsEnvironmentVariable', 'false'],
    ['enableNodeCliInspectArguments', 'false'],
    ['enableEmbeddedAsarIntegrityValidation', 'true'],
    ['onlyLoadAppFromAsar', 'true'],
    ['grantFileProtocolExtraPrivileges', 'false'],
  ])('sets the Electron fuse %s to %s', (fuse, value) => {
    expect(builder).toMatch(/^electronFuses:\s*$/m);
    expect(yamlValue(fuse)).toBe(value);
  });

  it('packs into an asar and unpacks native modules from it', () => {
    expect(yamlValue('asar')).toBe('true');
    expect(builder).toMatch(/^asarUnpack:\s*\n\s+-\s+"\*\*\/\*\.node"/m);
  });

  it('rebuilds native modules for Electron when packaging, and restores the Node build after', () => {
    expect(yamlValue('npmRebuild')).toBe('true');
    expect(pkg.scripts.dist).toMatch(/electron-builder.*&& npm rebuild better-sqlite3-multiple-ciphers$/);
  });

  it('never rebuilds for Electron or downloads Electron on install', () => {
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare'])
      expect(pkg.scripts[hook]).toBeUndefined();
    expect(pkg.allowScripts.electron).toBe(false);
    expect(pkg.allowScripts['better-sqlite3-multiple-ciphers']).toBe(true);
  });

  it('pins every dependency to an exact version', () => {
    for (const [name, version] of Object.entries({ ...pkg.dependencies, ...pkg.devDependencies })) {
      expect(version, name).toMatch(/^\d+\.\d+\.\d+$/);
    }
  });

  it('targets Linux (AppImage, deb), Windows (NSIS) and macOS (dmg)', () => {
    for (const target of ['AppImage', 'deb', 'nsis', 'dmg'])
      expect(builder).toMatch(new RegExp(`^\\s+-\\s+${target}\\s*$`, 'm'));
  });
});

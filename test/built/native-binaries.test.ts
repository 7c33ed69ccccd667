import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from './bundle-scan';
import { nativeExports, nodeApiVerdict } from './native-exports';

/**
 * Every native binary the app could load comes from a production dependency. Each must be a
 * Node-API module (exporting napi_register_module_v1 and no node_register_module_v<N>), so one
 * file loads in Node and in Electron. A future dependency bound to one ABI fails here, before
 * it reaches a clinician's machine as a crash at unlock.
 */
const root = resolve(import.meta.dirname, '../..');
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { dev?: boolean; optional?: boolean }>;
};

/** Folders of the packages installed for production (the lockfile marks the rest `dev`). */
const productionPackages = Object.entries(lock.packages)
  .filter(([path, entry]) => path.startsWith('node_modules/') && entry.dev !== true)
  .map(([path]) => path)
  .filter((path) => existsSync(join(root, path)));

const nativeFiles = productionPackages.flatMap((folder) =>
  filesUnder(join(root, folder))
    .filter((file) => file.endsWith('.node'))
    .map((file) => `${folder}/${file}`),
);

describe('native binaries of production dependencies', () => {
  it('are found: the SQLite driver brings one per platform', () => {
    expect(productionPackages).toContain('node_modules/better-sqlite3-multiple-ciphers');
    expect(nativeFiles.length).toBeGreaterThanOrEqual(8);
  });

  it.each(nativeFiles)('%s is Node-API and bound to no ABI', (file) => {
    expect(nodeApiVerdict(nativeExports(readFileSync(join(root, file))))).toEqual({
      nodeApi: true,
      abiBound: [],
    });
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '../..');
const shellDirs = ['electron/main', 'electron/preload'];
const sources = shellDirs.flatMap((dir) =>
  readdirSync(join(repo, dir))
    .filter((name) => name.endsWith('.ts'))
    .map((name) => `${dir}/${name}`),
);

/** Node modules and Electron APIs that open sockets or fetch URLs. */
const NETWORK_MODULES = /from\s+['"](node:)?(http|https|http2|net|tls|dgram|dns|undici)['"]/;
const ELECTRON_NET = /import\s*\{[^}]*\bnet\b[^}]*\}\s*from\s*['"]electron['"]/;

describe('no network in the shell', () => {
  it('finds the shell sources to check', () => {
    expect(sources).toEqual(
      expect.arrayContaining(['electron/main/lifecycle.ts', 'electron/preload/index.ts']),
    );
  });

  it.each(sources)('%s imports no networking module and not electron.net', (file) => {
    const text = readFileSync(join(repo, file), 'utf8');
    expect(text).not.toMatch(NETWORK_MODULES);
    expect(text).not.toMatch(ELECTRON_NET);
    expect(text).not.toMatch(/\bfetch\(/);
  });
});

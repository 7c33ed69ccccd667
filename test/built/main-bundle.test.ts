import { existsSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  filesUnder,
  importedSpecifiers,
  isNodeBuiltin,
  packageOf,
  readText,
  SANDBOXED_PRELOAD_MODULES,
  workerUrls,
} from './bundle-scan';
import { type MainRun, runBuiltMain } from './run-main';

/**
 * The built app, as far as it can be checked without an Electron binary: the main bundle is
 * started under plain Node with `electron` stubbed (test/built/electron-stub), runs the
 * release smoke test through the built preload, the real core and the native SQLite module,
 * and quits; what it did is then compared with what Electron will need.
 */
const root = resolve(import.meta.dirname, '../..');
const OUT = join(root, 'out');
const MAIN = join(OUT, 'main/index.js');
const RENDERER = join(OUT, 'renderer');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
};

/** The type each kind of file must be served with; a new kind must be added here on purpose. */
const EXPECTED_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** The policy the renderer runs under, directive by directive. */
const EXPECTED_CSP: Readonly<Record<string, string>> = {
  'default-src': "'none'",
  // Its own module scripts and, by the CSP fallback (worker-src, then child-src, then
  // script-src), its own module workers: pdf.js renders report previews in one.
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  // The renderer talks to the core only through the preload's IPC bridge, never over fetch.
  'connect-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'frame-ancestors': "'none'",
};

function directives(policy: string | null): Record<string, string> {
  return Object.fromEntries(
    (policy ?? '')
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [name = '', ...values] = part.split(/\s+/);
        return [name, values.join(' ')];
      }),
  );
}

let run: MainRun;

beforeAll(async () => {
  if (!existsSync(MAIN)) throw new Error('out/ is missing: run `npm run test:built`, which builds first.');
  run = await runBuiltMain({ main: MAIN, renderer: RENDERER, args: ['--smoke-test'] });
}, 120_000);

describe('the built main bundle under plain Node, electron stubbed', () => {
  it('starts, passes the smoke test through the built preload and the real core, and quits with status 0', () => {
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Rekindle smoke test passed: bridge, vault, couple, read back');
    expect(run.code).toBe(0);
    expect(run.report?.exitCode).toBe(0);
  });

  it('quits in one pass: before-quit is held once for the vault, then the window closes and the app quits', () => {
    expect(run.report?.quitEvents).toEqual(['before-quit', 'before-quit', 'close', 'will-quit', 'quit']);
  });

  it('takes the single-instance lock, enables the sandbox and guards the session before the window', () => {
    expect(run.report?.singleInstanceLock).toBe(true);
    expect(run.report?.sandbox).toBe(true);
    expect(run.report?.permissionHandlers).toBe(true);
    expect(run.report?.requestFilter).toBe(true);
  });

  it('opens one window on app://rekindle/ with the CommonJS preload and the secure preferences', () => {
    const [window] = run.report?.windows ?? [];
    expect(run.report?.windows).toHaveLength(1);
    expect(window?.url).toBe('app://rekindle/index.html');
    expect(window?.webPreferences).toMatchObject({
      preload: join(OUT, 'preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      devTools: false,
    });
  });

  it('the page ran the preload, which required only what a sandboxed preload may', () => {
    expect(run.report?.preloadRequires).toContain('electron');
    expect(run.report?.preloadRequires.filter((name) => !SANDBOXED_PRELOAD_MODULES.includes(name))).toEqual(
      [],
    );
  });

  it('runs the smoke test on a throwaway data folder, never a practice', () => {
    expect(run.report?.userData).toMatch(/rekindle-smoke-[^/\\]+$/);
  });

  it('imports only Node built-ins, electron and production dependencies (a packaged app has nothing else)', () => {
    const offending = importedSpecifiers(readText(MAIN)).filter((specifier) => {
      if (isNodeBuiltin(specifier) || specifier === 'electron') return false;
      const name = packageOf(specifier);
      return name === null || !(name in pkg.dependencies);
    });
    expect(offending).toEqual([]);
  });
});

describe('the app:// scheme and the built renderer', () => {
  it('registers app:// as standard and secure with fetch (module scripts and workers), and nothing more', () => {
    expect(run.report?.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(run.report?.handledSchemes).toEqual(['app']);
  });

  it('serves every file of out/renderer with its proper type, the CSP and nosniff', () => {
    const files = filesUnder(RENDERER);
    expect(run.report?.served.map((file) => file.path).sort()).toEqual([...files].sort());
    for (const file of run.report?.served ?? []) {
      const expected = EXPECTED_TYPES[extname(file.path).toLowerCase()];
      expect(
        expected,
        `no expected type for ${file.path}: add it here and in electron/main/protocol.ts`,
      ).toBeDefined();
      expect({ path: file.path, status: file.status, type: file.contentType }).toEqual({
        path: file.path,
        status: 200,
        type: expected,
      });
      expect(directives(file.csp), file.path).toEqual(EXPECTED_CSP);
      expect(file.nosniff, file.path).toBe(true);
    }
  });

  it('starts every worker from a file that exists and is served as JavaScript', () => {
    const bundles = filesUnder(RENDERER).filter((path) => /\.m?js$/.test(path));
    const workers = bundles.flatMap((bundle) => workerUrls(bundle, readText(join(RENDERER, bundle))));
    // pdf.js's worker, for report previews: if it disappears, this test should be revisited.
    expect(workers.some((worker) => /pdf\.worker/.test(worker))).toBe(true);
    for (const worker of workers) {
      const served = run.report?.served.find((file) => file.path === worker);
      expect(served, worker).toMatchObject({ status: 200, contentType: 'text/javascript; charset=utf-8' });
    }
  });

  it('has no inline script or style in index.html, which the CSP would block', () => {
    const html = readText(join(RENDERER, 'index.html'));
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style\b/);
    expect(html).toMatch(/<script type="module" crossorigin src="\.\/assets\/[^"]+\.js"><\/script>/);
  });
});

describe('the scanners these checks rely on', () => {
  it('find workers started from literal URLs, in built and in source form, relative to the bundle', () => {
    const built =
      'let t=new Worker(new URL(new URL(`pdf.worker.min-abc.js`,import.meta.url).href,``+import.meta.url),{type:`module`})';
    expect(workerUrls('assets/index-x.js', built)).toEqual(['assets/pdf.worker.min-abc.js']);
    expect(
      workerUrls('src/a.js', "new Worker(new URL('../w/search.js', import.meta.url), { type: 'module' })"),
    ).toEqual(['w/search.js']);
    expect(workerUrls('a.js', 'new Worker(workerSource)')).toEqual([]);
  });

  it('find imports and requires, and name their packages', () => {
    const code =
      'import a from "zod";\nimport { b } from "@scope/pkg/sub";\nimport "node:fs";\nconst c = require("conf");\nawait import("./chunk.js");';
    expect(importedSpecifiers(code).sort()).toEqual([
      './chunk.js',
      '@scope/pkg/sub',
      'conf',
      'node:fs',
      'zod',
    ]);
    expect(packageOf('@scope/pkg/sub')).toBe('@scope/pkg');
    expect(packageOf('zod/v4')).toBe('zod');
    expect(packageOf('./chunk.js')).toBeNull();
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, posix, relative, sep } from 'node:path';

/**
 * What a sandboxed preload may require (Electron's sandbox documentation): `electron` (its
 * renderer modules), `events`, `timers` and `url`. Anything else fails at run time, on the
 * clinician's machine, with a blank window.
 */
export const SANDBOXED_PRELOAD_MODULES: readonly string[] = ['electron', 'events', 'timers', 'url'];

/** Every file under `folder`, as forward-slash paths relative to it. */
export function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/**
 * Workers a bundle starts from a literal URL, resolved against the bundle's own path (what
 * `import.meta.url` is at run time). Vite emits `new Worker(new URL(new URL("x.js",
 * import.meta.url).href, ...))`; source code writes `new Worker(new URL("x.js", import.meta.url))`.
 */
export function workerUrls(bundlePath: string, code: string): string[] {
  const pattern =
    /new\s+(?:Shared)?Worker\(\s*new\s+URL\(\s*(?:new\s+URL\(\s*)?([`'"])([^`'"]+)\1\s*,\s*import\.meta\.url/g;
  return [...code.matchAll(pattern)].map((match) =>
    posix.normalize(posix.join(posix.dirname(bundlePath), match[2] ?? '')),
  );
}

/** The package a bare import names (`zod`, `@scope/name`), or null for a relative or absolute path. */
export function packageOf(specifier: string): string | null {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) return null;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? null);
}

const NODE_BUILTINS = new Set(builtinModules);

/**
 * Every module a bundle imports or requires by a literal name. Static imports and re-exports
 * are whole statements at the start of a line in a bundle; dynamic imports and requires may
 * be anywhere.
 */
export function importedSpecifiers(code: string): string[] {
  const patterns = [
    /^\s*(?:import|export)\s+(?:[\w*${},\s]+?\s+from\s+)?["']([^"']+)["']\s*;?\s*$/gm,
    /\bimport\(\s*["']([^"']+)["']\s*\)/g,
    /\brequire\(\s*["']([^"']+)["']\s*\)/g,
  ];
  return [...new Set(patterns.flatMap((pattern) => [...code.matchAll(pattern)].map((m) => m[1] ?? '')))];
}

/** True for `fs`, `node:fs` and the other modules Node itself provides. */
export function isNodeBuiltin(specifier: string): boolean {
  return specifier.startsWith('node:') || NODE_BUILTINS.has(specifier);
}

export function readText(path: string): string {
  return readFileSync(path, 'utf8');
}

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The import aliases for the source roots (`@shared/…`, `@core/…`, `@main/…`, `@preload/…`,
 * `@renderer/…`, `@resources/…`), read from tsconfig.json's `paths` so TypeScript, electron-vite,
 * vitest and Playwright (which reads tsconfig itself) resolve them from one list. Not
 * `@electron/…`: that is npm's scope for Electron's own packages.
 */
export function importAliases(): Record<string, string> {
  const tsconfig = JSON.parse(readFileSync(resolve(import.meta.dirname, 'tsconfig.json'), 'utf8')) as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  const aliases: Record<string, string> = {};
  for (const [pattern, [target]] of Object.entries(tsconfig.compilerOptions.paths)) {
    if (!pattern.endsWith('/*') || !target?.endsWith('/*')) continue;
    aliases[pattern.slice(0, -2)] = resolve(import.meta.dirname, target.slice(0, -2));
  }
  return aliases;
}

#!/usr/bin/env node
// @ts-check
/**
 * Enforces the layering table of docs/DESIGN.md section 1 (modelled on VS Code's code-layering
 * rule: folders are layers, and a table says which layer may import which). Run by
 * `npm run lint`; exits non-zero and lists every offending import.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/**
 * @typedef {{
 *   layer: string,
 *   folder: string,
 *   mayImportLayers: string[],
 *   mayImportPackage: (name: string) => boolean,
 *   allowed: string,
 * }} Layer
 */

/** Packages that only make sense in Node or Electron: never in the renderer. */
const NOT_IN_BROWSER = new Set([
  'electron',
  'electron-store',
  'conf',
  'pdfkit',
  'fontkit',
  'better-sqlite3',
  'better-sqlite3-multiple-ciphers',
]);

/** @type {Layer[]} Most specific folder first. */
export const LAYERS = [
  {
    layer: 'shared',
    folder: 'shared',
    mayImportLayers: ['shared'],
    mayImportPackage: (name) => name === 'zod',
    allowed: 'shared/ and zod only (no Node built-ins, no DOM libraries, no electron)',
  },
  {
    layer: 'electron/core',
    folder: 'electron/core',
    mayImportLayers: ['electron/core', 'shared', 'resources'],
    mayImportPackage: (name) =>
      NODE_BUILTINS.has(name) ||
      ['zod', 'better-sqlite3-multiple-ciphers', 'pdfkit', 'fontkit', 'conf'].includes(name),
    allowed:
      'shared/, resources/, Node built-ins, zod, the SQLite driver, pdfkit (and its font engine fontkit) and conf (never electron)',
  },
  {
    layer: 'electron/main',
    folder: 'electron/main',
    mayImportLayers: ['electron/main', 'electron/core', 'shared'],
    mayImportPackage: (name) =>
      NODE_BUILTINS.has(name) || ['electron', 'electron-store', 'zod'].includes(name),
    allowed: 'electron/core/, shared/, Node built-ins, electron and electron-store',
  },
  {
    layer: 'electron/preload',
    folder: 'electron/preload',
    mayImportLayers: ['electron/preload', 'shared'],
    mayImportPackage: (name) => name === 'electron',
    allowed: 'electron and the contract in shared/',
  },
  {
    // Content (library JSON, fonts): bundled into the core, imports nothing.
    layer: 'resources',
    folder: 'resources',
    mayImportLayers: [],
    mayImportPackage: () => false,
    allowed: 'nothing',
  },
  {
    layer: 'renderer',
    folder: 'renderer',
    mayImportLayers: ['renderer', 'shared'],
    mayImportPackage: (name) => !NODE_BUILTINS.has(name) && !NOT_IN_BROWSER.has(name),
    allowed: 'shared/ and browser libraries (no Node built-ins, electron, SQLite or pdfkit)',
  },
];

const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|cjs|jsx)$/;

/** @param {string} text */
export function importSpecifiers(text) {
  const patterns = [
    /^\s*(?:import|export)\s[^;]*?\sfrom\s*['"]([^'"]+)['"]/gms,
    /^\s*import\s*['"]([^'"]+)['"]/gm,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  const found = new Set();
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) if (match[1]) found.add(match[1]);
  }
  return [...found];
}

/** @param {string} specifier */
function packageName(specifier) {
  if (specifier.startsWith('node:')) return specifier;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/**
 * @param {string} root
 * @param {string} file path relative to root, with forward slashes
 * @returns {Layer | undefined}
 */
function layerOf(root, file) {
  void root;
  return LAYERS.find((layer) => file === layer.folder || file.startsWith(`${layer.folder}/`));
}

/** @param {string} dir @returns {string[]} */
function walk(dir) {
  /** @type {string[]} */
  const out = [];
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of entries) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...walk(path));
    else if (SOURCE.test(name)) out.push(path);
  }
  return out;
}

const HERE = dirname(fileURLToPath(import.meta.url));

/**
 * The import aliases (`@shared/x` -> `shared/x`), from tsconfig.json's `paths`: the one list
 * TypeScript, electron-vite and vitest read too (see aliases.config.ts).
 * @returns {[string, string][]} alias prefix and folder, relative to the repository root
 */
export function importAliases() {
  const tsconfig = JSON.parse(readFileSync(join(HERE, '..', 'tsconfig.json'), 'utf8'));
  /** @type {Record<string, string[]>} */
  const paths = tsconfig.compilerOptions.paths;
  return Object.entries(paths)
    .filter(([pattern, targets]) => pattern.endsWith('/*') && targets[0]?.endsWith('/*'))
    .map(([pattern, targets]) => [pattern.slice(0, -2), String(targets[0]).slice(2, -2)]);
}

/**
 * Where an import points, relative to the root, or undefined for a package.
 * @param {string} root @param {string} importer absolute path @param {string} specifier
 * @param {[string, string][]} aliases
 */
function importTarget(root, importer, specifier, aliases) {
  if (specifier.startsWith('.'))
    return relative(root, resolve(dirname(importer), specifier))
      .split(sep)
      .join('/');
  const alias = aliases.find(([prefix]) => specifier === prefix || specifier.startsWith(`${prefix}/`));
  return alias ? alias[1] + specifier.slice(alias[0].length) : undefined;
}

/**
 * Every import that breaks the table, as readable lines.
 * @param {string} root repository (or fixture) root
 * @returns {string[]}
 */
export function checkLayers(root) {
  /** @type {string[]} */
  const violations = [];
  const toRel = (/** @type {string} */ path) => relative(root, path).split(sep).join('/');
  const aliases = importAliases();
  for (const layer of LAYERS) {
    for (const path of walk(join(root, layer.folder))) {
      const file = toRel(path);
      const own = layerOf(root, file);
      if (!own) continue;
      for (const specifier of importSpecifiers(readFileSync(path, 'utf8'))) {
        const target = importTarget(root, path, specifier, aliases);
        if (target !== undefined) {
          const targetLayer = layerOf(root, target);
          if (!targetLayer || !own.mayImportLayers.includes(targetLayer.layer)) {
            violations.push(
              `${file}: imports '${specifier}' (${targetLayer?.layer ?? 'outside every layer'}); ${own.layer} may import ${own.allowed}`,
            );
          }
        } else if (!own.mayImportPackage(packageName(specifier))) {
          violations.push(`${file}: imports '${specifier}'; ${own.layer} may import ${own.allowed}`);
        }
      }
    }
  }
  return violations;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(process.argv[2] ?? '.');
  const violations = checkLayers(root);
  if (violations.length > 0) {
    console.error(`Layering violations (see docs/DESIGN.md section 1):\n  ${violations.join('\n  ')}`);
    process.exit(1);
  }
  console.log('Layering: every import respects the table.');
}

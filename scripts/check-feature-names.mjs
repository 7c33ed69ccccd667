#!/usr/bin/env node
// @ts-check
/**
 * One name per feature (docs/FEATURES.md): a channel's prefix (`measurements:` in
 * `measurements:create`) is the file or folder name of its feature in every layer:
 * `shared/contract/<prefix>.ts`, `electron/core/services/<prefix>.ts`,
 * `electron/core/db/repos/<prefix>.ts` (where it has SQL of its own) and
 * `renderer/src/features/<prefix>/` (where it has screens). Run by `npm run lint`; exits
 * non-zero and says which file is misnamed.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const CONTRACT = 'shared/contract';
const SERVICES = 'electron/core/services';
const REPOS = 'electron/core/db/repos';
const FEATURES = 'renderer/src/features';

/**
 * Files that serve every feature and so carry no feature's name: the contract's plumbing
 * (the channel map, the bridge, envelopes, shared field schemas and their issue paths, the CSP,
 * KDF bounds) and the
 * services' (context, the handler-map types, per-session state, shared guards).
 * @type {Record<string, string[]>}
 */
export const PLUMBING = {
  [CONTRACT]: ['index', 'bridge', 'envelope', 'fields', 'field-issues', 'csp', 'scrypt'],
  [SERVICES]: ['context', 'handlers', 'per-session', 'guards'],
  [REPOS]: [],
  [FEATURES]: [],
};

/**
 * Prefixes whose handlers live outside `electron/core/services`, with the reason.
 * `practice:*` answers whether the vault is locked or not and which practice (demo or real)
 * is open, so the practice host, not a per-session service, owns it.
 */
export const HANDLED_ELSEWHERE = { practice: 'electron/core/practice/host.ts' };

const CHANNEL_KEY = /^\s*'([a-z][a-zA-Z]*):([a-zA-Z]+)'\s*[:(]/gm;

/**
 * The channel keys an object literal in `text` declares or handles (`'couples:list': …`).
 * @param {string} text
 * @returns {string[]} prefixes, one per key
 */
export function channelPrefixes(text) {
  return [...text.matchAll(CHANNEL_KEY)].map((match) => String(match[1]));
}

/**
 * A layer's modules: `name.ts` files and `name/` folders (read through their files).
 * @param {string} dir
 * @returns {{ name: string, files: string[] }[]}
 */
function modules(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return [{ name: entry, files: filesUnder(path) }];
    if (!/\.(ts|tsx)$/.test(entry)) return [];
    return [{ name: basename(entry).replace(/\.tsx?$/, ''), files: [path] }];
  });
}

/** @param {string} dir @returns {string[]} */
function filesUnder(dir) {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.(ts|tsx)$/.test(entry) ? [path] : [];
  });
}

/** @param {string} path */
const read = (path) => readFileSync(path, 'utf8');

/**
 * Every place where a feature's name and its channel prefix differ, as readable lines.
 * @param {string} root repository (or fixture) root
 * @returns {string[]}
 */
export function checkFeatureNames(root) {
  /** @type {string[]} */
  const problems = [];
  const prefixes = new Set();

  // The contract declares each prefix's channels in the module of that name.
  for (const module of modules(join(root, CONTRACT))) {
    if (PLUMBING[CONTRACT]?.includes(module.name)) continue;
    const declared = new Set(module.files.flatMap((file) => channelPrefixes(read(file))));
    for (const prefix of declared) {
      prefixes.add(prefix);
      if (prefix !== module.name) {
        problems.push(
          `${CONTRACT}/${module.name}: declares '${prefix}:*' channels; declare them in ${CONTRACT}/${prefix}.ts`,
        );
      }
    }
    if (declared.size === 0) {
      problems.push(
        `${CONTRACT}/${module.name}: declares no channels; name it for the feature whose channels it declares, or list it as plumbing in scripts/check-feature-names.mjs`,
      );
    }
  }

  // Each service module handles only its own prefix, and every prefix has one.
  const services = modules(join(root, SERVICES)).filter((m) => !PLUMBING[SERVICES]?.includes(m.name));
  for (const module of services) {
    if (!prefixes.has(module.name)) {
      problems.push(
        `${SERVICES}/${module.name}: no channel prefix '${module.name}:'; name a service for its feature`,
      );
    }
    for (const prefix of new Set(module.files.flatMap((file) => channelPrefixes(read(file))))) {
      if (prefix !== module.name) {
        problems.push(
          `${SERVICES}/${module.name}: handles '${prefix}:*'; handle it in ${SERVICES}/${prefix}.ts`,
        );
      }
    }
  }
  const serviceNames = new Set(services.map((m) => m.name));
  for (const prefix of prefixes) {
    if (!serviceNames.has(prefix) && !Object.hasOwn(HANDLED_ELSEWHERE, prefix)) {
      problems.push(`'${prefix}:*' has no ${SERVICES}/${prefix}.ts`);
    }
  }

  // Repositories and screen folders carry a feature's name.
  for (const layer of [REPOS, FEATURES]) {
    for (const module of modules(join(root, layer))) {
      if (PLUMBING[layer]?.includes(module.name) || prefixes.has(module.name)) continue;
      problems.push(`${layer}/${module.name}: no channel prefix '${module.name}:'; name it for its feature`);
    }
  }
  return problems;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ? resolve(process.argv[2]) : process.cwd();
  const problems = checkFeatureNames(root);
  for (const problem of problems) console.error(`${problem} (see docs/FEATURES.md)`);
  if (problems.length > 0) process.exit(1);
  console.log('Feature names: every channel prefix has its files under that name.');
}

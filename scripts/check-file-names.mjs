#!/usr/bin/env node
/**
 * No two source files whose paths differ only in letter case (`CoupleForm.tsx` beside
 * `coupleForm.ts`): on macOS and Windows, whose file systems ignore case, an import of one can
 * resolve to the other, and a reader cannot tell them apart. The pure module beside a form is
 * named for what it holds (`coupleValues.ts`). And no module `x.ts` beside a folder `x/`: a
 * module with parts is a folder whose `index.ts` is its public face, so `@shared/domain/plan`
 * has one meaning. See docs/DESIGN.md.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOTS = ['electron', 'shared', 'renderer/src', 'test', 'scripts'];

/**
 * Every file under `dir`, extension dropped: `Snippet.tsx` and `snippet.ts` collide too.
 * @param {string} dir
 * @returns {Generator<string>}
 */
function* stems(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* stems(path);
    else yield path.replace(/(\.d)?\.[^./]+$/, '');
  }
}

/**
 * Pairs of paths (without extension) under `roots` that differ only in case.
 * @param {string} root
 * @param {readonly string[]} [roots]
 * @returns {[string, string][]}
 */
export function caseCollisions(root, roots = ROOTS) {
  /** @type {Map<string, string>} */
  const seen = new Map();
  /** @type {[string, string][]} */
  const collisions = [];
  for (const top of roots) {
    let found;
    try {
      found = [...stems(join(root, top))];
    } catch {
      continue;
    }
    for (const stem of new Set(found)) {
      const path = relative(root, stem);
      const key = path.toLowerCase();
      const other = seen.get(key);
      if (other !== undefined && other !== path) collisions.push([other, path]);
      else seen.set(key, path);
    }
  }
  return collisions;
}

/**
 * Modules (`plan.ts`) that sit beside a folder of the same name (`plan/`).
 * @param {string} root
 * @param {readonly string[]} [roots]
 * @returns {string[]} the module paths, relative to root
 */
export function modulesBesideFolders(root, roots = ROOTS) {
  /** @type {string[]} */
  const found = [];
  for (const top of roots) {
    if (!existsSync(join(root, top))) continue;
    for (const stem of new Set(stems(join(root, top)))) {
      if (existsSync(stem) && statSync(stem).isDirectory()) found.push(relative(root, stem));
    }
  }
  return found;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const beside = modulesBesideFolders(process.cwd());
  for (const path of beside) {
    console.error(
      `${path}: a module beside a folder of the same name. Move it to ${path}/index.ts (see docs/DESIGN.md).`,
    );
  }
  const collisions = caseCollisions(process.cwd());
  for (const [a, b] of collisions) {
    console.error(
      `File names differ only in case: ${a} and ${b}. Rename one for what it holds (see docs/DESIGN.md).`,
    );
  }
  if (collisions.length > 0 || beside.length > 0) process.exit(1);
  console.log('File names: no two differ only in case, no module beside a folder of its name.');
}

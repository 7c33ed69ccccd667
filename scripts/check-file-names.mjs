#!/usr/bin/env node
/**
 * No two source files whose paths differ only in letter case (`CoupleForm.tsx` beside
 * `coupleForm.ts`): on macOS and Windows, whose file systems ignore case, an import of one can
 * resolve to the other, and a reader cannot tell them apart. The pure module beside a form is
 * named for what it holds (`coupleValues.ts`). See docs/DESIGN.md.
 */
import { readdirSync } from 'node:fs';
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

if (import.meta.url === `file://${process.argv[1]}`) {
  const collisions = caseCollisions(process.cwd());
  for (const [a, b] of collisions) {
    console.error(
      `File names differ only in case: ${a} and ${b}. Rename one for what it holds (see docs/DESIGN.md).`,
    );
  }
  if (collisions.length > 0) process.exit(1);
  console.log('File names: no two differ only in case.');
}

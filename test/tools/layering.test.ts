import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLayers, importSpecifiers } from '../../scripts/check-layers.mjs';

const fixtures = join(import.meta.dirname, '../fixtures/layering');

describe('layering lint', () => {
  it.each([
    ['shared-imports-fs', "shared/read.ts: imports 'node:fs'"],
    ['core-imports-electron', "electron/core/index.ts: imports 'electron'"],
    ['renderer-imports-core', "renderer/src/app.ts: imports '../../electron/core'"],
    ['renderer-imports-core-by-alias', "renderer/src/app.ts: imports '@core/index' (electron/core)"],
    ['renderer-imports-sqlite', "renderer/db.ts: imports 'better-sqlite3-multiple-ciphers'"],
    ['preload-imports-core', "electron/preload/index.ts: imports '../core/vault'"],
  ])('fails the fixture %s', (fixture, expected) => {
    const violations = checkLayers(join(fixtures, fixture));
    expect(violations).toHaveLength(1);
    expect(violations[0]).toContain(expected);
  });

  it('passes a fixture that follows the table', () => {
    expect(checkLayers(join(fixtures, 'clean'))).toEqual([]);
  });

  it('exits non-zero from the command line on a violation, zero when clean', () => {
    const script = join(import.meta.dirname, '../../scripts/check-layers.mjs');
    expect(() =>
      execFileSync('node', [script, join(fixtures, 'shared-imports-fs')], { stdio: 'pipe' }),
    ).toThrow();
    expect(execFileSync('node', [script, join(fixtures, 'clean')], { encoding: 'utf8' })).toMatch(/respects/);
  });

  it('finds static, type-only, re-export, side-effect, dynamic and require imports', () => {
    const text = [
      "import a from 'a';",
      "import type { B } from 'b';",
      "export { c } from 'c';",
      "import 'd';",
      "const e = await import('e');",
      "const f = require('f');",
      'import {',
      '  g,',
      "} from 'g';",
    ].join('\n');
    expect(importSpecifiers(text).sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
  });

  it('finds no violation in this repository', () => {
    expect(checkLayers(join(import.meta.dirname, '../..'))).toEqual([]);
  });
});

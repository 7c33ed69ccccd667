import { join, resolve } from 'node:path';
import * as vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { importedSpecifiers, readText, SANDBOXED_PRELOAD_MODULES } from './bundle-scan';

/**
 * A sandboxed preload is loaded by Electron as one CommonJS script and may require only
 * `electron` (its renderer modules), `events`, `timers` and `url` (Electron's sandbox
 * documentation). An ES module, a second file or any other require fails at run time, on the
 * clinician's machine, with a blank window.
 */
const PRELOAD = resolve(import.meta.dirname, '../../out/preload/index.cjs');

describe('the built preload', () => {
  const code = readText(PRELOAD);

  it('is one CommonJS script: it compiles as a CommonJS function body', () => {
    expect(() =>
      vm.compileFunction(code, ['exports', 'require', 'module', '__filename', '__dirname'], {
        filename: PRELOAD,
      }),
    ).not.toThrow();
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/\bimport\(/);
  });

  it('requires only what a sandboxed preload may', () => {
    const required = importedSpecifiers(code);
    expect(required).toContain('electron');
    expect(required.filter((name) => !SANDBOXED_PRELOAD_MODULES.includes(name))).toEqual([]);
  });

  it('is the file the main window is given', () => {
    expect(readText(join(resolve(import.meta.dirname, '../../out/main'), 'index.js'))).toContain(
      '../preload/index.cjs',
    );
  });
});

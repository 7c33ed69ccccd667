import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { caseCollisions, modulesBesideFolders } from '../../scripts/check-file-names.mjs';

const made: string[] = [];
afterEach(() => {
  while (made.length > 0) rmSync(made.pop() as string, { recursive: true, force: true });
});

function tree(files: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'rekindle-names-'));
  made.push(root);
  for (const file of files) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), '');
  }
  return root;
}

describe('file names that differ only in case', () => {
  it('finds a component beside a module of the same name in other case, whatever the extensions', () => {
    const root = tree([
      'renderer/src/features/couples/CoupleForm.tsx',
      'renderer/src/features/couples/coupleForm.ts',
    ]);
    expect(caseCollisions(root)).toEqual([
      ['renderer/src/features/couples/CoupleForm', 'renderer/src/features/couples/coupleForm'],
    ]);
  });

  it('accepts distinct names, and a .test.ts beside its subject', () => {
    const root = tree([
      'renderer/src/features/couples/CoupleForm.tsx',
      'renderer/src/features/couples/coupleValues.ts',
      'shared/domain/dates.ts',
      'test/shared/dates.test.ts',
    ]);
    expect(caseCollisions(root)).toEqual([]);
  });

  it('holds for this repository', () => {
    expect(caseCollisions(process.cwd())).toEqual([]);
  });
});

describe('a module beside a folder of the same name', () => {
  it('finds plan.ts beside plan/, and accepts plan/index.ts', () => {
    const beside = tree(['shared/domain/plan.ts', 'shared/domain/plan/diff.ts']);
    expect(modulesBesideFolders(beside)).toEqual(['shared/domain/plan']);
    const folder = tree(['shared/domain/plan/index.ts', 'shared/domain/plan/diff.ts']);
    expect(modulesBesideFolders(folder)).toEqual([]);
  });
});

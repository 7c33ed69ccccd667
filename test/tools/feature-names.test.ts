import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { channelPrefixes, checkFeatureNames } from '../../scripts/check-feature-names.mjs';

const made: string[] = [];
afterEach(() => {
  while (made.length > 0) rmSync(made.pop() as string, { recursive: true, force: true });
});

/** A repository tree from path -> contents. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'rekindle-features-'));
  made.push(root);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}

const contract = (...channels: string[]) =>
  `export const c = {\n${channels.map((c) => `  '${c}': { input: x, output: y },`).join('\n')}\n} as const;\n`;
const service = (...channels: string[]) =>
  `export const h = {\n${channels.map((c) => `  '${c}': () => null,`).join('\n')}\n};\n`;

const consistent = {
  'shared/contract/index.ts': "export * from './couples';\n",
  'shared/contract/couples.ts': contract('couples:list', 'couples:get'),
  'shared/contract/exports/index.ts': contract('exports:create'),
  'shared/contract/exports/schema.ts': 'export const schema = 1;\n',
  'shared/contract/practice.ts': contract('practice:status'),
  'electron/core/services/couples.ts': service('couples:list', 'couples:get'),
  'electron/core/services/exports.ts': service('exports:create'),
  'electron/core/services/context.ts': 'export interface Ctx {}\n',
  'electron/core/db/repos/couples.ts': 'export const repo = 1;\n',
  'renderer/src/features/couples/CouplesPage.tsx': 'export const Page = 1;\n',
  'renderer/src/features/exports/ExportsPage.tsx': 'export const Page = 1;\n',
};

describe('one name per feature', () => {
  it('reads channel keys as declared and as handled', () => {
    expect(channelPrefixes(contract('couples:list', 'vault:lock'))).toEqual(['couples', 'vault']);
    expect(channelPrefixes("  'notes:get': ({ id }) => get(id),\n  'notes:sign'(input) {}\n")).toEqual([
      'notes',
      'notes',
    ]);
    // A channel named inside a call or a comment is not a key.
    expect(channelPrefixes("invoke('couples:list', {});\n// see 'couples:get'\n")).toEqual([]);
  });

  it('passes a tree where every layer uses the prefix, a folder module and the stated exception', () => {
    expect(checkFeatureNames(tree(consistent))).toEqual([]);
  });

  it('finds channels declared, handled or drawn under another name', () => {
    const root = tree({
      ...consistent,
      'shared/contract/progress.ts': contract('measurements:list', 'calendar:get'),
      'electron/core/services/progress.ts': service('measurements:list'),
      'electron/core/db/repos/record.ts': 'export const repo = 1;\n',
      'renderer/src/features/portability/Page.tsx': 'export const Page = 1;\n',
    });
    expect(checkFeatureNames(root)).toEqual([
      "shared/contract/progress: declares 'measurements:*' channels; declare them in shared/contract/measurements.ts",
      "shared/contract/progress: declares 'calendar:*' channels; declare them in shared/contract/calendar.ts",
      "electron/core/services/progress: no channel prefix 'progress:'; name a service for its feature",
      "electron/core/services/progress: handles 'measurements:*'; handle it in electron/core/services/measurements.ts",
      "'measurements:*' has no electron/core/services/measurements.ts",
      "'calendar:*' has no electron/core/services/calendar.ts",
      "electron/core/db/repos/record: no channel prefix 'record:'; name it for its feature",
      "renderer/src/features/portability: no channel prefix 'portability:'; name it for its feature",
    ]);
  });

  it('passes the repository itself', () => {
    expect(checkFeatureNames(join(import.meta.dirname, '../..'))).toEqual([]);
  });
});

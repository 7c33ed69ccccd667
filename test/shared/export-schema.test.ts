import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publishedExportSchemas } from '@shared/contract/exports/schema';
import { describe, expect, it } from 'vitest';

describe('the published export schema', () => {
  it('is committed exactly as generated from the contract (run `npm run export-schema` after a change)', () => {
    for (const [fileName, schema] of Object.entries(publishedExportSchemas())) {
      const committed = JSON.parse(readFileSync(join('resources', 'export', fileName), 'utf8')) as unknown;
      // Compared as JSON values: the file's layout is the formatter's business.
      expect(committed, fileName).toEqual(JSON.parse(JSON.stringify(schema)));
    }
  });
});

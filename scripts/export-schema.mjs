// Regenerates the published export schemas (resources/export/*.schema.json) from the contract.
// Run after changing shared/contract/exports/: `npm run export-schema` (tsx loads the TS).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const { publishedExportSchemas } = await import('../shared/contract/exports/schema');

const folder = join(import.meta.dirname, '..', 'resources', 'export');
for (const [fileName, schema] of Object.entries(publishedExportSchemas())) {
  writeFileSync(join(folder, fileName), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote resources/export/${fileName}`);
}

import { z } from 'zod';
import {
  type ExportTable,
  exportDataSchema,
  exportEnvelopeSchema,
  exportRowSchemas,
  exportTableSchema,
  exportTables,
} from './';
import { exportContentSchemas } from './content';

/**
 * The data document as published: the row schemas, with each JSON column Rekindle checks on
 * import described by the shape it checks (a note's content, a plan), so a reader knows what
 * is inside. Only the documentation differs from `exportDataSchema`; what is accepted is the same.
 */
function documentedDataSchema() {
  const tables = Object.fromEntries(
    exportTables.map((table: ExportTable) => {
      const content = exportContentSchemas[table] ?? {};
      const row = exportRowSchemas[table].extend(
        Object.fromEntries(
          Object.entries(content).map(([column, { what, schema }]) => [
            column,
            schema.describe(`JSON: ${what}`),
          ]),
        ),
      );
      return [table, exportTableSchema(table, row)];
    }),
  );
  return exportDataSchema.extend({ tables: z.object(tables).strict() });
}

/**
 * The published JSON Schemas of the export format, generated from the contract's zod schemas
 * so the document and the code cannot drift: `npm run export-schema` writes them to
 * `resources/export/`, and a test fails when the committed files differ from these.
 */
export function publishedExportSchemas(): Record<string, object> {
  // Text fields that the app trims on the way in are transforms; they are plain strings here.
  const options = { target: 'draft-2020-12', io: 'output', unrepresentable: 'any' } as const;
  return {
    'rekindle-export-v1.schema.json': {
      $id: 'https://rekindle.invalid/schemas/rekindle-export-v1.schema.json',
      title: 'Rekindle export data, version 1',
      ...z.toJSONSchema(documentedDataSchema(), options),
    },
    'rekindle-export-envelope-v1.schema.json': {
      $id: 'https://rekindle.invalid/schemas/rekindle-export-envelope-v1.schema.json',
      title: 'Rekindle export archive (.rekindle), version 1',
      ...z.toJSONSchema(exportEnvelopeSchema, options),
    },
  };
}

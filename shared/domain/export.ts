import type { ExportCounts, ExportTables } from '@shared/contract/exports';
import { exportTables } from '@shared/contract/exports';

/** Rows per table: written into the archive and shown before an import. */
export function exportCounts(tables: ExportTables): ExportCounts {
  return Object.fromEntries(exportTables.map((table) => [table, tables[table].length])) as ExportCounts;
}

/**
 * The latest creation or change of any record: tells the clinician how current an archive is
 * ("newest record 12 Nov") before they import it. ISO instants compare as strings.
 */
export function newestRecordAt(tables: ExportTables): string | null {
  let newest: string | null = null;
  for (const table of exportTables) {
    for (const row of tables[table] as { created_at?: string; updated_at?: string }[]) {
      for (const at of [row.created_at, row.updated_at]) {
        if (at !== undefined && (newest === null || at > newest)) newest = at;
      }
    }
  }
  return newest;
}

/** `rekindle-export-practice-20261120.rekindle`; a couple's export names initials only, never names. */
export function exportFileName(label: string, isoDate: string): string {
  return `rekindle-export-${label}-${isoDate.replaceAll('-', '')}.rekindle`;
}

import { type ExportTables, exportTables } from '@shared/contract/exports';
import { exportCounts, exportFileName, newestRecordAt } from '@shared/domain/export';
import { describe, expect, it } from 'vitest';

function emptyTables(): ExportTables {
  return Object.fromEntries(exportTables.map((table) => [table, []])) as unknown as ExportTables;
}

describe('export summaries', () => {
  it('names the file by scope and day, never by a person', () => {
    expect(exportFileName('practice', '2026-11-20')).toBe('rekindle-export-practice-20261120.rekindle');
    expect(exportFileName('ZM-LZ', '2026-01-02')).toBe('rekindle-export-ZM-LZ-20260102.rekindle');
  });

  it('finds the newest creation or change across every table, and none in an empty export', () => {
    const tables = emptyTables();
    expect(newestRecordAt(tables)).toBeNull();
    expect(exportCounts(tables).couples).toBe(0);
    const rows = tables as unknown as Record<string, object[]>;
    rows.couples = [{ created_at: '2026-03-01T10:00:00.000Z', updated_at: '2026-05-01T10:00:00.000Z' }];
    // A recovery day has only `updated_at`; an event only `created_at`.
    rows.recovery_days = [{ updated_at: '2026-06-02T08:00:00.000Z' }];
    rows.events = [{ created_at: '2026-04-01T10:00:00.000Z' }];
    expect(newestRecordAt(tables)).toBe('2026-06-02T08:00:00.000Z');
    expect(exportCounts(tables)).toMatchObject({ couples: 1, recovery_days: 1, events: 1, notes: 0 });
  });
});

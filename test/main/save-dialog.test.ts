import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SaveFileKind } from '@core/types';
import { createSaveDialog } from '@main/save-dialog';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dialog, FakeBrowserWindow } from './fake-electron';

vi.mock('electron', () =>
  import('./fake-electron').then((m) => ({ ...m.electronModule, default: m.electronModule })),
);

/** The preferences' remembered folders, in memory. */
function memoryFolders(initial: Partial<Record<SaveFileKind, string>> = {}) {
  const saved = { ...initial };
  return {
    saved,
    getSaveFolder: (kind: SaveFileKind) => saved[kind],
    setSaveFolder: (kind: SaveFileKind, folder: string) => {
      saved[kind] = folder;
    },
  };
}

let reportsFolder: string;
beforeEach(() => {
  dialog.showSaveDialog.mockReset();
  reportsFolder = mkdtempSync(join(tmpdir(), 'rekindle-reports-'));
});
afterEach(() => rmSync(reportsFolder, { recursive: true, force: true }));

describe('the save dialog the core asks for a path', () => {
  it('opens modal to the window in the home folder the first time (never Documents), PDF only, asking before overwriting', async () => {
    const window = new FakeBrowserWindow({});
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(reportsFolder, 'report.pdf') });
    const save = createSaveDialog(() => window as never, memoryFolders());
    expect(await save({ fileName: 'progress-report-2026-11-30.pdf', kind: 'progress' })).toBe(
      join(reportsFolder, 'report.pdf'),
    );
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(window, {
      title: 'Save as PDF',
      defaultPath: join('/fake/home', 'progress-report-2026-11-30.pdf'),
      filters: [{ name: 'PDF document', extensions: ['pdf'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
  });

  it('opens the next time in the folder last used for that kind of file, and only that kind', async () => {
    const folders = memoryFolders();
    const save = createSaveDialog(() => undefined, folders);
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(reportsFolder, 'chosen.pdf') });
    await save({ fileName: 'progress-report-2026-11-30.pdf', kind: 'progress' });
    expect(folders.saved).toEqual({ progress: reportsFolder });

    await save({ fileName: 'progress-report-2026-12-31.pdf', kind: 'progress' });
    expect(dialog.showSaveDialog.mock.calls[1]?.[0]).toMatchObject({
      defaultPath: join(reportsFolder, 'progress-report-2026-12-31.pdf'),
    });
    await save({ fileName: 'session-note-2026-11-30.pdf', kind: 'note' });
    expect(dialog.showSaveDialog.mock.calls[2]?.[0]).toMatchObject({
      defaultPath: join('/fake/home', 'session-note-2026-11-30.pdf'),
    });
  });

  it('falls back to the home folder when the remembered one is gone (a drive unplugged)', async () => {
    const save = createSaveDialog(
      () => undefined,
      memoryFolders({ export: join(reportsFolder, 'unplugged') }),
    );
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await save({
      fileName: 'practice.rekindle',
      kind: 'export',
      title: 'Save the export',
      filter: { name: 'Rekindle export', extensions: ['rekindle'] },
    });
    expect(dialog.showSaveDialog).toHaveBeenCalledWith({
      title: 'Save the export',
      defaultPath: join('/fake/home', 'practice.rekindle'),
      filters: [{ name: 'Rekindle export', extensions: ['rekindle'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
  });

  it('gives null when the clinician cancels, so nothing is written and no folder is remembered', async () => {
    const folders = memoryFolders();
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    expect(await createSaveDialog(() => undefined, folders)({ fileName: 'a.pdf', kind: 'plan' })).toBeNull();
    // Without a window the dialog still opens, just not attached to one.
    expect(dialog.showSaveDialog.mock.calls[0]?.[0]).toMatchObject({ title: 'Save as PDF' });
    expect(folders.saved).toEqual({});
  });
});

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createSaveDialog } from '../../electron/main/save-dialog';
import { dialog, FakeBrowserWindow } from './fake-electron';

vi.mock('electron', () =>
  import('./fake-electron').then((m) => ({ ...m.electronModule, default: m.electronModule })),
);

beforeEach(() => {
  dialog.showSaveDialog.mockReset();
});

describe('the save dialog the core asks for a path', () => {
  it('opens modal to the window in Documents with the suggested name, PDF only, asking before overwriting', async () => {
    const window = new FakeBrowserWindow({});
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/home/x/Documents/report.pdf' });
    const save = createSaveDialog(() => window as never);
    expect(await save({ fileName: 'progress-report-AE-RS-2026-11-30.pdf' })).toBe(
      '/home/x/Documents/report.pdf',
    );
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(window, {
      title: 'Save as PDF',
      defaultPath: '/fake/documents/progress-report-AE-RS-2026-11-30.pdf',
      filters: [{ name: 'PDF document', extensions: ['pdf'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
  });

  it('saves other kinds of file with their own title and filter (an export archive)', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/home/x/practice.rekindle' });
    const save = createSaveDialog(() => undefined);
    await save({
      fileName: 'practice.rekindle',
      title: 'Save the export',
      filter: { name: 'Rekindle export', extensions: ['rekindle'] },
    });
    expect(dialog.showSaveDialog).toHaveBeenCalledWith({
      title: 'Save the export',
      defaultPath: '/fake/documents/practice.rekindle',
      filters: [{ name: 'Rekindle export', extensions: ['rekindle'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
  });

  it('gives null when the clinician cancels, so nothing is written', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    expect(await createSaveDialog(() => undefined)({ fileName: 'a.pdf' })).toBeNull();
    // Without a window the dialog still opens, just not attached to one.
    expect(dialog.showSaveDialog.mock.calls[0]?.[0]).toMatchObject({ title: 'Save as PDF' });
  });
});

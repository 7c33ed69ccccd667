import { createOpenFileDialog } from '@main/open-file-dialog';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { dialog, FakeBrowserWindow } from './fake-electron';

vi.mock('electron', () =>
  import('./fake-electron').then((m) => ({ ...m.electronModule, default: m.electronModule })),
);

beforeEach(() => {
  dialog.showOpenDialog.mockReset();
});

const request = {
  title: 'Choose a backup to restore',
  buttonLabel: 'Choose this backup',
  filter: { name: 'Rekindle backup', extensions: ['db'] },
};

describe('the open-file dialog the core asks for a backup or an archive', () => {
  it('opens a picker for one file of the kind asked for, modal to the window', async () => {
    const window = new FakeBrowserWindow({});
    dialog.showOpenDialog.mockResolvedValue({
      canceled: false,
      filePaths: ['/media/usb/rekindle-backup-20261130-101500.db'],
    });
    expect(await createOpenFileDialog(() => window as never)(request)).toBe(
      '/media/usb/rekindle-backup-20261130-101500.db',
    );
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(window, {
      title: 'Choose a backup to restore',
      buttonLabel: 'Choose this backup',
      filters: [{ name: 'Rekindle backup', extensions: ['db'] }],
      properties: ['openFile'],
    });
  });

  it('gives null when the clinician cancels, so nothing changes', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    expect(await createOpenFileDialog(() => undefined)(request)).toBeNull();
    expect(dialog.showOpenDialog.mock.calls[0]?.[0]).toMatchObject({ properties: ['openFile'] });
  });
});

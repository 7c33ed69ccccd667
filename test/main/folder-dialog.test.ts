import { createFolderDialog } from '@main/folder-dialog';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { dialog, FakeBrowserWindow } from './fake-electron';

vi.mock('electron', () =>
  import('./fake-electron').then((m) => ({ ...m.electronModule, default: m.electronModule })),
);

beforeEach(() => {
  dialog.showOpenDialog.mockReset();
});

describe('the folder dialog the core asks for a backup folder', () => {
  it('opens a folder picker modal to the window and gives the chosen folder', async () => {
    const window = new FakeBrowserWindow({});
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/media/usb/rekindle-backups'] });
    expect(await createFolderDialog(() => window as never)()).toBe('/media/usb/rekindle-backups');
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(window, {
      title: 'Choose where backups go',
      buttonLabel: 'Use this folder',
      properties: ['openDirectory', 'createDirectory'],
    });
  });

  it('gives null when the clinician cancels, so the folder stays as it was', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    expect(await createFolderDialog(() => undefined)()).toBeNull();
  });
});

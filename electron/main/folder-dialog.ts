import type { FolderDialog } from '@core/types';
import { type BrowserWindow, dialog } from 'electron';

/**
 * The core's `folderDialog`: Electron's native folder picker, modal to the main window, for
 * choosing where backups go (an external drive, typically). Cancel resolves to null and the
 * core keeps the folder it had.
 */
export function createFolderDialog(window: () => BrowserWindow | undefined): FolderDialog {
  return async () => {
    const options: Electron.OpenDialogOptions = {
      title: 'Choose where backups go',
      buttonLabel: 'Use this folder',
      properties: ['openDirectory', 'createDirectory'],
    };
    const parent = window();
    const result = parent
      ? await dialog.showOpenDialog(parent, options)
      : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
}

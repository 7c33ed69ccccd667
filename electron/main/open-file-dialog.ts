import type { OpenFileDialog } from '@core/types';
import { type BrowserWindow, dialog } from 'electron';

/**
 * The core's `openFileDialog`: Electron's native picker for one existing file (a backup to
 * restore, an archive to import), modal to the main window and offering only the kind of
 * file asked for. Cancel resolves to null and the core changes nothing.
 */
export function createOpenFileDialog(window: () => BrowserWindow | undefined): OpenFileDialog {
  return async ({ title, buttonLabel, filter }) => {
    const options: Electron.OpenDialogOptions = {
      title,
      buttonLabel,
      filters: [filter],
      properties: ['openFile'],
    };
    const parent = window();
    const result = parent
      ? await dialog.showOpenDialog(parent, options)
      : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
}

import { join } from 'node:path';
import { app, type BrowserWindow, dialog } from 'electron';
import type { SaveDialog } from '../core/types';

/**
 * The core's `saveDialog`: Electron's native save dialog, attached to the main window so it
 * is modal to it, opening in Documents with the suggested name. The operating system asks
 * before replacing a file. Cancel resolves to null; the core then saves nothing.
 */
export function createSaveDialog(window: () => BrowserWindow | undefined): SaveDialog {
  return async ({ fileName }) => {
    const options: Electron.SaveDialogOptions = {
      title: 'Save as PDF',
      defaultPath: join(app.getPath('documents'), fileName),
      filters: [{ name: 'PDF document', extensions: ['pdf'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const parent = window();
    const result = parent
      ? await dialog.showSaveDialog(parent, options)
      : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  };
}

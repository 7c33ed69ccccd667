import { join } from 'node:path';
import { app, type BrowserWindow, dialog } from 'electron';
import type { FileFilter, SaveDialog } from '../core/types';

const PDF: FileFilter = { name: 'PDF document', extensions: ['pdf'] };

/**
 * The core's `saveDialog`: Electron's native save dialog, attached to the main window so it
 * is modal to it, opening in Documents with the suggested name (a PDF unless told otherwise). The operating system asks
 * before replacing a file. Cancel resolves to null; the core then saves nothing.
 */
export function createSaveDialog(window: () => BrowserWindow | undefined): SaveDialog {
  return async ({ fileName, title = 'Save as PDF', filter = PDF }) => {
    const options: Electron.SaveDialogOptions = {
      title,
      defaultPath: join(app.getPath('documents'), fileName),
      filters: [filter],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const parent = window();
    const result = parent
      ? await dialog.showSaveDialog(parent, options)
      : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  };
}

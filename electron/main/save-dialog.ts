import { statSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import type { FileFilter, SaveDialog, SaveFileKind } from '@core/types';
import { app, type BrowserWindow, dialog } from 'electron';
import type { Settings } from './settings';

const PDF: FileFilter = { name: 'PDF document', extensions: ['pdf'] };

/** Where the folder of each kind of file is remembered (electron-store preferences in the app). */
export type SaveFolders = Pick<Settings, 'getSaveFolder' | 'setSaveFolder'>;

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The folder the dialog opens in: the one this kind of file was last saved in, while it is
 * still there (an external drive may be unplugged). Otherwise the home folder, never
 * Documents: Documents (and the Desktop) are what OneDrive and iCloud sync by default, and
 * a clinician who means to keep a report off the cloud should have to choose such a folder,
 * not land in one. The home folder is the same on every platform and synced by none of them
 * by default; the OS's own default varies (and is often Documents).
 */
function startFolder(folders: SaveFolders, kind: SaveFileKind): string {
  const last = folders.getSaveFolder(kind);
  return last !== undefined && isAbsolute(last) && isFolder(last) ? last : app.getPath('home');
}

/**
 * The core's `saveDialog`: Electron's native save dialog, attached to the main window so it
 * is modal to it, with the suggested name (a PDF unless told otherwise), opening where this
 * kind of file was last saved. The operating system asks before replacing a file. Cancel
 * resolves to null; the core then saves nothing.
 */
export function createSaveDialog(window: () => BrowserWindow | undefined, folders: SaveFolders): SaveDialog {
  return async ({ fileName, kind, title = 'Save as PDF', filter = PDF }) => {
    const options: Electron.SaveDialogOptions = {
      title,
      defaultPath: join(startFolder(folders, kind), fileName),
      filters: [filter],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const parent = window();
    const result = parent
      ? await dialog.showSaveDialog(parent, options)
      : await dialog.showSaveDialog(options);
    if (result.canceled || !result.filePath) return null;
    folders.setSaveFolder(kind, dirname(result.filePath));
    return result.filePath;
  };
}

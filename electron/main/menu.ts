import { Menu, type MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  isPackaged: boolean;
  isMac: boolean;
  /** Locks the vault and shows the unlock screen. */
  onLock: () => void;
}

/**
 * A deliberately small menu. Edit roles are what make copy and paste work in forms;
 * reload and DevTools exist only in development, because a reload in production would
 * only drop unsaved form input and DevTools would open the clinical data to inspection.
 */
export function menuTemplate({ isPackaged, isMac, onLock }: MenuOptions): MenuItemConstructorOptions[] {
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { id: 'lock', label: 'Lock', accelerator: 'CmdOrCtrl+L', click: () => onLock() },
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'delete' },
      { type: 'separator' },
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      ...(isPackaged
        ? []
        : [{ role: 'reload' } as const, { role: 'toggleDevTools' } as const, { type: 'separator' } as const]),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  return [...(isMac ? [{ role: 'appMenu' } as const] : []), file, edit, view, { role: 'windowMenu' }];
}

export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(options)));
}

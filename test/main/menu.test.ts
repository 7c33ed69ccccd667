import { installMenu, menuTemplate } from '@main/menu';
import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Menu } from './fake-electron';

vi.mock('electron', () =>
  import('./fake-electron').then((m) => ({ ...m.electronModule, default: m.electronModule })),
);

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu as MenuItemConstructorOptions[]) : []),
  ]);
}

const roles = (items: MenuItemConstructorOptions[]) => items.map((item) => item.role).filter(Boolean);

beforeEach(() => vi.clearAllMocks());

describe('application menu', () => {
  it('has the edit roles forms need (cut, copy, paste, undo, select all)', () => {
    const items = flatten(menuTemplate({ isPackaged: true, isMac: false, onLock: vi.fn() }));
    expect(roles(items)).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']),
    );
  });

  it('offers no reload or DevTools in a packaged build, but does in development', () => {
    const packaged = roles(flatten(menuTemplate({ isPackaged: true, isMac: false, onLock: vi.fn() })));
    expect(packaged).not.toContain('reload');
    expect(packaged).not.toContain('forceReload');
    expect(packaged).not.toContain('toggleDevTools');
    const dev = roles(flatten(menuTemplate({ isPackaged: false, isMac: false, onLock: vi.fn() })));
    expect(dev).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('has a Lock item on Cmd/Ctrl+L that calls onLock', () => {
    const onLock = vi.fn();
    const lock = flatten(menuTemplate({ isPackaged: true, isMac: true, onLock })).find(
      (item) => item.id === 'lock',
    );
    expect(lock?.accelerator).toBe('CmdOrCtrl+L');
    if (typeof lock?.click !== 'function') throw new Error('the Lock item has no click handler');
    (lock.click as () => void)();
    expect(onLock).toHaveBeenCalledTimes(1);
  });

  it('installs the built template as the application menu', () => {
    installMenu({ isPackaged: true, isMac: false, onLock: vi.fn() });
    expect(Menu.buildFromTemplate).toHaveBeenCalledTimes(1);
    expect(Menu.setApplicationMenu).toHaveBeenCalledWith(Menu.buildFromTemplate.mock.results[0]?.value);
  });
});

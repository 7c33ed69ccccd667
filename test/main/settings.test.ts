import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSettings } from '@main/settings';
import { AUTO_LOCK_DEFAULT_MINUTES } from '@shared/contract/settings';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * electron-store is conf plus Electron's userData path. Replace it with conf itself, keeping
 * every option the module passes (schema, defaults, ...), so the real validation runs.
 */
vi.mock('electron-store', async () => {
  const { default: Conf } = await import('conf');
  type ConfOptions = NonNullable<ConstructorParameters<typeof Conf>[0]>;
  class ConfBackedStore extends Conf {
    constructor({ name, ...options }: ConfOptions & { name?: string }) {
      super({ ...options, configName: name ?? 'config', projectName: 'rekindle-test' });
    }
  }
  return { default: ConfBackedStore };
});

let dir: string;
const file = () => join(dir, 'preferences.json');
const onDisk = (): Record<string, unknown> => JSON.parse(readFileSync(file(), 'utf8'));

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rekindle-settings-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('settings store', () => {
  it('starts with the default auto-lock minutes and no window bounds', () => {
    const settings = openSettings({ cwd: dir });
    expect(settings.get('autoLockMinutes')).toBe(AUTO_LOCK_DEFAULT_MINUTES);
    expect(settings.getWindowBounds()).toBeUndefined();
  });

  it('keeps preferences and window bounds across restarts', () => {
    const first = openSettings({ cwd: dir });
    first.set('autoLockMinutes', 3);
    first.setWindowBounds({ x: 10, y: 20, width: 1200, height: 800, maximized: true });
    const second = openSettings({ cwd: dir });
    expect(second.get('autoLockMinutes')).toBe(3);
    expect(second.getWindowBounds()).toEqual({ x: 10, y: 20, width: 1200, height: 800, maximized: true });
  });

  it('refuses a key that is not a preference, and never writes it', () => {
    const settings = openSettings({ cwd: dir });
    expect(() =>
      settings.set('lastClientName' as 'autoLockMinutes', 'Jamie Doe' as unknown as number),
    ).toThrow(TypeError);
    expect(() => settings.get('vaultKey' as 'autoLockMinutes')).toThrow(TypeError);
    expect(readFileSync(file(), 'utf8')).not.toContain('Jamie');
  });

  it('refuses an out-of-range auto-lock value and keeps the previous one', () => {
    const settings = openSettings({ cwd: dir });
    settings.set('autoLockMinutes', 15);
    expect(() => settings.set('autoLockMinutes', 0)).toThrow(/schema/i);
    expect(() => settings.set('autoLockMinutes', 2.5)).toThrow(/schema/i);
    expect(settings.get('autoLockMinutes')).toBe(15);
  });

  it('strips unknown keys from a hand-edited file, top level and inside window bounds', () => {
    writeFileSync(
      file(),
      JSON.stringify({
        autoLockMinutes: 7,
        lastClientName: 'Jamie Doe',
        windowBounds: { width: 1000, height: 700, maximized: false, note: 'Jamie' },
      }),
    );
    const settings = openSettings({ cwd: dir });
    expect(settings.get('autoLockMinutes')).toBe(7);
    expect(settings.getWindowBounds()).toEqual({ width: 1000, height: 700, maximized: false });
    expect(onDisk()).toEqual({
      autoLockMinutes: 7,
      windowBounds: { width: 1000, height: 700, maximized: false },
    });
  });

  it('falls back to defaults instead of refusing to start when the file is invalid', () => {
    writeFileSync(file(), JSON.stringify({ autoLockMinutes: 'never' }));
    expect(openSettings({ cwd: dir }).get('autoLockMinutes')).toBe(AUTO_LOCK_DEFAULT_MINUTES);
    writeFileSync(file(), '{ not json');
    expect(openSettings({ cwd: dir }).get('autoLockMinutes')).toBe(AUTO_LOCK_DEFAULT_MINUTES);
  });

  it('keeps the initials-in-file-names choice and the folder last used per kind of file across restarts', () => {
    const first = openSettings({ cwd: dir });
    expect(first.get('initialsInFileNames')).toBeUndefined();
    first.set('initialsInFileNames', true);
    first.setSaveFolder('progress', '/home/clinician/Reports');
    first.setSaveFolder('export', '/media/clinician/USB');
    const second = openSettings({ cwd: dir });
    expect(second.get('initialsInFileNames')).toBe(true);
    expect(second.getSaveFolder('progress')).toBe('/home/clinician/Reports');
    expect(second.getSaveFolder('export')).toBe('/media/clinician/USB');
    expect(second.getSaveFolder('note')).toBeUndefined();
  });

  it.skipIf(process.platform === 'win32')(
    'keeps the preferences file owner-only (0600), also one an older version left 0644',
    () => {
      const umask = process.umask(0o022);
      try {
        const settings = openSettings({ cwd: dir });
        settings.set('autoLockMinutes', 7);
        expect(statSync(file()).mode & 0o777).toBe(0o600);
        chmodSync(file(), 0o644);
        openSettings({ cwd: dir });
        expect(statSync(file()).mode & 0o777).toBe(0o600);
      } finally {
        process.umask(umask);
      }
    },
  );
});

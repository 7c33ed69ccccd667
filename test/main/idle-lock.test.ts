import { IDLE_POLL_MS, startIdleLock } from '@main/idle-lock';
import { lockAndNotify } from '@main/lock';
import { IPC_LOCKED } from '@shared/contract';
import { AUTO_LOCK_DEFAULT_MINUTES } from '@shared/contract/settings';
import type { WebContents } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeWebContents, powerMonitor } from './fake-electron';

vi.mock('electron', () =>
  import('./fake-electron').then((m) => ({ ...m.electronModule, default: m.electronModule })),
);

let stop: (() => void) | undefined;

function setup(autoLockMinutes: number | undefined = 10) {
  const core = { lock: vi.fn(async () => undefined) };
  const contents = new FakeWebContents();
  const preferences = { get: vi.fn((_key: string) => autoLockMinutes) };
  stop = startIdleLock({
    core,
    preferences: preferences as never,
    target: () => contents as unknown as WebContents,
  });
  return { core, contents, preferences };
}

/** Sets the system idle time, then lets one poll run and its lock settle. */
async function idleFor(seconds: number): Promise<void> {
  powerMonitor.getSystemIdleTime.mockReturnValue(seconds);
  await vi.advanceTimersByTimeAsync(IDLE_POLL_MS);
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.clearAllMocks();
  powerMonitor.getSystemIdleTime.mockReturnValue(0);
});

afterEach(() => {
  stop?.();
  stop = undefined;
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('idle lock', () => {
  it.each(['lock-screen', 'suspend'])(
    'locks the vault and then tells the renderer on %s',
    async (eventName) => {
      const { core, contents } = setup();
      let finishLock: () => void = () => undefined;
      core.lock.mockImplementationOnce(
        () => new Promise<undefined>((resolve) => (finishLock = () => resolve(undefined))),
      );
      powerMonitor.emit(eventName);
      expect(core.lock).toHaveBeenCalledTimes(1);
      expect(contents.send).not.toHaveBeenCalled(); // not before the vault is actually locked
      finishLock();
      await vi.waitFor(() => expect(contents.send).toHaveBeenCalledWith(IPC_LOCKED));
    },
  );

  it('polls the system idle time every 30 seconds and locks once idle reaches the setting', async () => {
    const { core, contents } = setup(10);
    await idleFor(10 * 60 - 1);
    expect(core.lock).not.toHaveBeenCalled();
    await idleFor(10 * 60);
    expect(powerMonitor.getSystemIdleTime).toHaveBeenCalledTimes(2);
    expect(core.lock).toHaveBeenCalledTimes(1);
    expect(contents.send).toHaveBeenCalledWith(IPC_LOCKED);
  });

  it('locks once per idle stretch, and again after the clinician returns and leaves', async () => {
    const { core } = setup(5);
    await idleFor(5 * 60);
    await idleFor(5 * 60 + 30);
    await idleFor(5 * 60 + 60);
    expect(core.lock).toHaveBeenCalledTimes(1);
    await idleFor(3);
    await idleFor(5 * 60);
    expect(core.lock).toHaveBeenCalledTimes(2);
  });

  it('reads the auto-lock setting on every poll, so a change applies at once', async () => {
    const { core, preferences } = setup(30);
    await idleFor(2 * 60);
    expect(core.lock).not.toHaveBeenCalled();
    preferences.get.mockReturnValue(2);
    await idleFor(2 * 60);
    expect(preferences.get).toHaveBeenCalledWith('autoLockMinutes');
    expect(core.lock).toHaveBeenCalledTimes(1);
  });

  it('falls back to the default minutes when the setting is missing', async () => {
    const { core } = setup(undefined);
    await idleFor(AUTO_LOCK_DEFAULT_MINUTES * 60 - 1);
    expect(core.lock).not.toHaveBeenCalled();
    await idleFor(AUTO_LOCK_DEFAULT_MINUTES * 60);
    expect(core.lock).toHaveBeenCalledTimes(1);
  });

  it('stops listening and polling once stopped', async () => {
    const { core } = setup(1);
    stop?.();
    powerMonitor.emit('lock-screen');
    powerMonitor.emit('suspend');
    await idleFor(3600);
    expect(core.lock).not.toHaveBeenCalled();
    expect(powerMonitor.listenerCount('lock-screen')).toBe(0);
    expect(powerMonitor.listenerCount('suspend')).toBe(0);
  });
});

describe('lockAndNotify', () => {
  it('still tells the renderer to hide everything when locking fails', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const contents = new FakeWebContents();
    const core = { lock: vi.fn(async () => Promise.reject(new Error('database busy'))) };
    await lockAndNotify(core, () => contents as unknown as WebContents);
    expect(contents.send).toHaveBeenCalledWith(IPC_LOCKED);
  });

  it('does not send to a destroyed window or when there is none', async () => {
    const contents = new FakeWebContents();
    contents.destroyed = true;
    const core = { lock: vi.fn(async () => undefined) };
    await lockAndNotify(core, () => contents as unknown as WebContents);
    await lockAndNotify(core, () => undefined);
    expect(core.lock).toHaveBeenCalledTimes(2);
    expect(contents.send).not.toHaveBeenCalled();
  });
});

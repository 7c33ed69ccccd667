import { EventEmitter } from 'node:events';
import {
  type GdbusProcess,
  isLockSignal,
  type SpawnGdbus,
  watchLogindLock,
  watchScreenLock,
} from '@main/screen-lock';
import { describe, expect, it, vi } from 'vitest';

/** A stand-in for one gdbus process: the test writes its output and ends it. */
class FakeGdbus extends EventEmitter implements GdbusProcess {
  readonly stdout = new EventEmitter();
  readonly kill = vi.fn(() => true);
  print(text: string): void {
    this.stdout.emit('data', Buffer.from(text));
  }
  end(code: number): void {
    this.emit('close', code);
  }
}

const SESSION = '/org/freedesktop/login1/session/_32';
const LOCK_LINE = `${SESSION}: org.freedesktop.login1.Session.Lock ()\n`;
const LOCKED_HINT = `${SESSION}: org.freedesktop.DBus.Properties.PropertiesChanged ('org.freedesktop.login1.Session', {'LockedHint': <true>}, @as [])\n`;
const UNLOCKED_HINT = `${SESSION}: org.freedesktop.DBus.Properties.PropertiesChanged ('org.freedesktop.login1.Session', {'LockedHint': <false>}, @as [])\n`;

/** Runs the watch against fake gdbus processes: the session call, then the monitor. */
function logind() {
  const processes: { args: readonly string[]; child: FakeGdbus }[] = [];
  const spawnGdbus: SpawnGdbus = (args) => {
    const child = new FakeGdbus();
    processes.push({ args, child });
    return child;
  };
  const onLock = vi.fn();
  const watcher = watchLogindLock({ onLock, spawnGdbus });
  const call = () => processes[0];
  const monitor = () => processes[1];
  /** logind answers the session call with this process's session, and the monitor starts. */
  const answer = async (output = `(objectpath '${SESSION}',)\n`, code = 0) => {
    call()?.child.print(output);
    call()?.child.end(code);
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { processes, onLock, watcher, call, monitor, answer };
}

describe('isLockSignal', () => {
  it('recognizes the Lock signal and LockedHint becoming true, and nothing else', () => {
    expect(isLockSignal(LOCK_LINE)).toBe(true);
    expect(isLockSignal(LOCKED_HINT)).toBe(true);
    expect(isLockSignal(UNLOCKED_HINT)).toBe(false);
    expect(isLockSignal(`${SESSION}: org.freedesktop.login1.Session.Unlock ()`)).toBe(false);
    expect(isLockSignal('Monitoring signals on object /org/freedesktop/login1/session/_32')).toBe(false);
  });
});

describe('the logind watch (Linux)', () => {
  it("asks logind for this process's session, then monitors that session on the system bus", async () => {
    const { call, monitor, answer, watcher } = logind();
    expect(watcher.status()).toEqual({ state: 'checking', reason: null });
    expect(call()?.args).toEqual([
      'call',
      '--system',
      '--dest',
      'org.freedesktop.login1',
      '--object-path',
      '/org/freedesktop/login1',
      '--method',
      'org.freedesktop.login1.Manager.GetSession',
      "'auto'",
    ]);
    await answer();
    expect(monitor()?.args).toEqual([
      'monitor',
      '--system',
      '--dest',
      'org.freedesktop.login1',
      '--object-path',
      SESSION,
    ]);
    expect(watcher.status()).toEqual({ state: 'watched', reason: null });
  });

  it('locks on the Lock signal and when the desktop sets LockedHint, not when it clears it', async () => {
    const { monitor, answer, onLock } = logind();
    await answer();
    monitor()?.child.print(`Monitoring signals on object ${SESSION} owned by :1.3\n`);
    expect(onLock).not.toHaveBeenCalled();
    monitor()?.child.print(LOCK_LINE);
    expect(onLock).toHaveBeenCalledTimes(1);
    monitor()?.child.print(UNLOCKED_HINT);
    expect(onLock).toHaveBeenCalledTimes(1);
    monitor()?.child.print(LOCKED_HINT);
    expect(onLock).toHaveBeenCalledTimes(2);
  });

  it('reads a line split across two chunks of output', async () => {
    const { monitor, answer, onLock } = logind();
    await answer();
    monitor()?.child.print(LOCK_LINE.slice(0, 30));
    expect(onLock).not.toHaveBeenCalled();
    monitor()?.child.print(LOCK_LINE.slice(30));
    expect(onLock).toHaveBeenCalledTimes(1);
  });

  it('says gdbus is missing when it cannot be found, and starts no monitor', async () => {
    const { call, processes, watcher } = logind();
    call()?.child.emit('error', Object.assign(new Error('spawn gdbus ENOENT'), { code: 'ENOENT' }));
    await new Promise((resolve) => setImmediate(resolve));
    expect(watcher.status().state).toBe('unavailable');
    expect(watcher.status().reason).toMatch(/no gdbus/);
    expect(processes).toHaveLength(1);
  });

  it('says so when logind has no desktop session for this user', async () => {
    const { answer, processes, watcher } = logind();
    await answer('', 1);
    expect(watcher.status()).toEqual({
      state: 'unavailable',
      reason: 'systemd-logind has no desktop session for this user.',
    });
    expect(processes).toHaveLength(1);
  });

  it('says the watch stopped when the monitor ends on its own', async () => {
    const { monitor, answer, watcher } = logind();
    await answer();
    monitor()?.child.end(1);
    expect(watcher.status()).toEqual({
      state: 'unavailable',
      reason: 'The watch on the screen lock stopped.',
    });
  });

  it('ends the monitor when the process exits without quitting (app.exit), and stop() takes that back', async () => {
    const before = process.listeners('exit');
    const { monitor, answer, watcher } = logind();
    await answer();
    const added = process.listeners('exit').filter((listener) => !before.includes(listener));
    expect(added).toHaveLength(1);
    (added[0] as () => void)();
    expect(monitor()?.child.kill).toHaveBeenCalled();
    watcher.stop();
    expect(process.listeners('exit')).toEqual(before);
  });

  it('stop() ends the monitor, and a late answer after stop starts nothing', async () => {
    const first = logind();
    await first.answer();
    first.watcher.stop();
    expect(first.monitor()?.child.kill).toHaveBeenCalled();

    const second = logind();
    second.watcher.stop();
    await second.answer();
    expect(second.processes).toHaveLength(1);
  });
});

describe('watchScreenLock', () => {
  it.each(['darwin', 'win32'] as const)('on %s relies on powerMonitor and starts no process', (platform) => {
    const spawnGdbus = vi.fn();
    const watcher = watchScreenLock({ platform, onLock: vi.fn(), spawnGdbus });
    expect(watcher.status()).toEqual({ state: 'watched', reason: null });
    expect(spawnGdbus).not.toHaveBeenCalled();
  });

  it('on Linux watches logind', () => {
    const spawnGdbus = vi.fn(() => new FakeGdbus());
    watchScreenLock({ platform: 'linux', onLock: vi.fn(), spawnGdbus });
    expect(spawnGdbus).toHaveBeenCalledWith(expect.arrayContaining(['call', '--system']));
  });

  it('elsewhere says it cannot watch', () => {
    expect(watchScreenLock({ platform: 'freebsd', onLock: vi.fn() }).status().state).toBe('unavailable');
  });
});

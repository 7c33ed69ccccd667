import { spawn } from 'node:child_process';
import { errorCode } from '@core/error-summary';
import type { ScreenLockWatch } from '@shared/contract/settings';

/**
 * Electron's `powerMonitor` reports the screen locking only on macOS and Windows. On Linux
 * the desktop's lock is seen through systemd-logind on the system bus: its session object
 * sends `Lock` when something asks the session to lock (`loginctl lock-session`, an idle
 * policy) and sets `LockedHint` when the desktop's own locker (GNOME, KDE) has locked it.
 *
 * `gdbus` (GLib's command-line D-Bus client, on every GNOME and most KDE desktops) does the
 * listening, so no native module is needed. Where it or logind is missing, the watch says
 * why, and Settings tells the clinician that the idle lock is the safeguard.
 */

const LOGIND = 'org.freedesktop.login1';
const SESSION_PATH = /'(\/org\/freedesktop\/login1\/session\/[A-Za-z0-9_]+)'/;

/** The part of a child process used here, so tests can stand in for gdbus. */
export interface GdbusProcess {
  stdout: { on(event: 'data', listener: (chunk: Buffer | string) => void): unknown };
  on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown;
  on(event: 'close', listener: (code: number | null) => void): unknown;
  kill(): boolean;
}
export type SpawnGdbus = (args: readonly string[]) => GdbusProcess;

const spawnGdbus: SpawnGdbus = (args) =>
  spawn('gdbus', [...args], { stdio: ['ignore', 'pipe', 'ignore'], windowsHide: true });

export interface ScreenLockWatcher {
  status(): ScreenLockWatch;
  stop(): void;
}

/** True for a line of `gdbus monitor` output that says this session has locked. */
export function isLockSignal(line: string): boolean {
  if (/\borg\.freedesktop\.login1\.Session\.Lock\b/.test(line)) return true;
  return /\bPropertiesChanged\b/.test(line) && /'LockedHint':\s*<true>/.test(line);
}

/** Runs gdbus to completion; resolves with its output, or rejects saying in plain words why not. */
function gdbusOutput(run: SpawnGdbus, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    let child: GdbusProcess;
    try {
      child = run(args);
    } catch {
      reject(new Error('gdbus could not be started.'));
      return;
    }
    let out = '';
    child.stdout.on('data', (chunk: Buffer | string) => {
      out += chunk.toString();
    });
    child.on('error', (error: unknown) =>
      reject(
        new Error(
          errorCode(error) === 'ENOENT'
            ? 'This computer has no gdbus (GLib’s D-Bus tool), which Rekindle uses to see the lock.'
            : 'gdbus could not be started.',
        ),
      ),
    );
    child.on('close', (code: number | null) => {
      if (code === 0) resolve(out);
      else reject(new Error('systemd-logind has no desktop session for this user.'));
    });
  });
}

/**
 * Watches this process's logind session for a lock. `onLock` may fire more than once per
 * lock (the signal and the hint); locking an already locked vault does nothing.
 */
export function watchLogindLock(options: { onLock: () => void; spawnGdbus?: SpawnGdbus }): ScreenLockWatcher {
  const run = options.spawnGdbus ?? spawnGdbus;
  let state: ScreenLockWatch = { state: 'checking', reason: null };
  let monitor: GdbusProcess | undefined;
  let stopped = false;

  const unavailable = (reason: string): void => {
    state = { state: 'unavailable', reason };
  };

  // "auto" is the caller's session or, for a process outside any session (an app started from
  // a desktop file runs in an app-*.scope under the user's manager, not in session-N.scope),
  // the user's display session. The caller is the gdbus child: the same user as Rekindle.
  gdbusOutput(run, [
    'call',
    '--system',
    '--dest',
    LOGIND,
    '--object-path',
    '/org/freedesktop/login1',
    '--method',
    `${LOGIND}.Manager.GetSession`,
    "'auto'",
  ])
    .then((answer) => {
      if (stopped) return;
      const sessionPath = SESSION_PATH.exec(answer)?.[1];
      if (!sessionPath) {
        unavailable('systemd-logind did not name this desktop session.');
        return;
      }
      startMonitor(sessionPath);
    })
    .catch((error: unknown) => {
      if (!stopped)
        unavailable(error instanceof Error ? error.message : 'The screen lock cannot be watched.');
    });

  function startMonitor(sessionPath: string): void {
    let child: GdbusProcess;
    try {
      child = run(['monitor', '--system', '--dest', LOGIND, '--object-path', sessionPath]);
    } catch {
      unavailable('gdbus could not be started.');
      return;
    }
    monitor = child;
    // The monitor would otherwise outlive an app that exits without quitting (app.exit, a crash).
    process.once('exit', stopMonitor);
    state = { state: 'watched', reason: null };
    let pending = '';
    child.stdout.on('data', (chunk: Buffer | string) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      if (lines.some(isLockSignal)) options.onLock();
    });
    child.on('error', () => unavailable('The watch on the screen lock stopped.'));
    child.on('close', () => {
      monitor = undefined;
      if (!stopped) unavailable('The watch on the screen lock stopped.');
    });
  }

  function stopMonitor(): void {
    monitor?.kill();
    monitor = undefined;
  }

  return {
    status: () => state,
    stop: () => {
      stopped = true;
      process.off('exit', stopMonitor);
      stopMonitor();
    },
  };
}

/**
 * How the screen lock is seen on this platform: `powerMonitor` on macOS and Windows (wired
 * by the idle lock), logind on Linux, nothing elsewhere.
 */
export function watchScreenLock(options: {
  platform: NodeJS.Platform;
  onLock: () => void;
  spawnGdbus?: SpawnGdbus;
}): ScreenLockWatcher {
  if (options.platform === 'darwin' || options.platform === 'win32') {
    return { status: () => ({ state: 'watched', reason: null }), stop: () => undefined };
  }
  if (options.platform === 'linux') return watchLogindLock(options);
  return {
    status: () => ({ state: 'unavailable', reason: 'Rekindle cannot watch the screen lock on this system.' }),
    stop: () => undefined,
  };
}

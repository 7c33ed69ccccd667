import { errorSummary } from '@core/error-summary';
import type { Core } from '@core/types';
import type { App, BrowserWindow, PowerMonitor, WebContents } from 'electron';
import type { SaveDrafts } from './lock';

/**
 * Where the app stands in quitting: `open` until a quit starts, `closing` while drafts are
 * saved and the vault closes, `closed` once the core is closed and the quit may go through.
 */
export type QuitPhase = 'open' | 'closing' | 'closed';

/**
 * How long a quit waits for the drafts and the vault before it goes through anyway. Closing
 * may take a backup first (seconds on a large practice); a core that never answers must not
 * leave the app unable to quit. Committed changes are on disk either way (synchronous=FULL).
 */
export const QUIT_DEADLINE_MS = 30_000;

export interface QuitOptions {
  app: Pick<App, 'on' | 'quit'>;
  core: Pick<Core, 'close'>;
  /** The window whose drafts are saved; looked up when the quit starts. */
  contents: () => WebContents | undefined;
  saveDrafts: SaveDrafts;
  /** Stops the idle and screen-lock watches, which would otherwise lock a closing core. */
  stopWatching: () => void;
  deadlineMs?: number;
}

/** Our own rejection when closing takes too long: its message holds a number, never a path. */
class DeadlinePassed extends Error {
  constructor(ms: number) {
    super(`still closing after ${ms} ms`);
    this.name = 'DeadlinePassed';
  }
}

/** Settles with `work`, or rejects once `ms` have passed. */
function withDeadline(work: Promise<unknown>, ms: number): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise((_resolve, reject) => {
    timer = setTimeout(() => reject(new DeadlinePassed(ms)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/**
 * Holds every quit (Cmd+Q, the menu, the last window closing, the OS ending the session)
 * until the renderer's drafts are saved and the core has locked and closed, so the key is
 * wiped and the database flushed; then quits for real, once.
 *
 * Electron cancels a quit when any window's `close` is prevented, so the window's own
 * save-before-close (drafts.ts) must stand aside once this has run: it reads `phase()`.
 */
export function closeCoreBeforeQuit({
  app,
  core,
  contents,
  saveDrafts,
  stopWatching,
  deadlineMs = QUIT_DEADLINE_MS,
}: QuitOptions): {
  phase: () => QuitPhase;
} {
  let phase: QuitPhase = 'open';
  app.on('before-quit', (event) => {
    if (phase === 'closed') return;
    event.preventDefault();
    if (phase === 'closing') return;
    phase = 'closing';
    try {
      stopWatching();
    } catch (error) {
      console.error(`Rekindle: stopping the lock watches failed (${errorSummary(error)})`);
    }
    // Before any window closes: save what the clinician typed while the vault can take it.
    // Asked at once, not on a later tick: when Windows ends the session, every moment counts.
    let drafts: Promise<unknown>;
    try {
      drafts = saveDrafts(contents());
    } catch {
      drafts = Promise.resolve();
    }
    const closing = drafts.catch(() => undefined).then(() => core.close());
    void withDeadline(closing, deadlineMs)
      .catch((error: unknown) =>
        console.error(
          error instanceof DeadlinePassed
            ? `Rekindle: the vault was ${error.message}`
            : `Rekindle: closing the vault failed (${errorSummary(error)})`,
        ),
      )
      .finally(() => {
        phase = 'closed';
        app.quit();
      });
  });
  return { phase: () => phase };
}

/**
 * When the OS is shutting down, restarting or logging the clinician off, start the same
 * quit. `powerMonitor`'s `shutdown` (Linux, macOS) and the window's `query-session-end`
 * (Windows) may be held with `preventDefault` until the app quits, which Electron's
 * documentation allows where ending the session would lose data; Windows' `session-end`
 * cannot be held, so it only starts the quit and saves what it can before the process ends.
 */
export function quitWhenSessionEnds(options: {
  app: Pick<App, 'quit'>;
  powerMonitor: Pick<PowerMonitor, 'on'>;
  window: Pick<BrowserWindow, 'on'>;
  phase: () => QuitPhase;
}): void {
  const { app, phase } = options;
  const holdAndQuit = (event: unknown): void => {
    // Electron passes an event with preventDefault, although its typings for powerMonitor's
    // `shutdown` declare none.
    const hold = (event as { preventDefault?: unknown } | undefined)?.preventDefault;
    if (phase() !== 'closed' && typeof hold === 'function') hold.call(event);
    app.quit();
  };
  options.powerMonitor.on('shutdown', (...args: unknown[]) => holdAndQuit(args[0]));
  options.window.on('query-session-end', holdAndQuit);
  options.window.on('session-end', () => app.quit());
}

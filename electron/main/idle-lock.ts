import type { Core, PreferencesStore } from '@core/types';
import { AUTO_LOCK_DEFAULT_MINUTES } from '@shared/contract/settings';
import { powerMonitor, type WebContents } from 'electron';
import { lockAndNotify, type SaveDrafts } from './lock';

/** How often the system idle time is read. Auto-lock fires at most this late. */
export const IDLE_POLL_MS = 30_000;

export interface IdleLockOptions {
  core: Pick<Core, 'lock'>;
  /** Read on every poll, so a changed auto-lock setting applies without a restart. */
  preferences: Pick<PreferencesStore, 'get'>;
  /** The window to tell; looked up at lock time because it may have been recreated. */
  target: () => WebContents | undefined;
  pollMs?: number;
  /** Saves the renderer's drafts before each lock. */
  saveDrafts?: SaveDrafts;
}

/**
 * Locks the vault when the clinician walks away: the OS screen locks, the machine
 * suspends, or nobody has touched keyboard or mouse for the auto-lock minutes.
 * Returns a function that stops watching.
 */
export function startIdleLock({
  core,
  preferences,
  target,
  pollMs = IDLE_POLL_MS,
  saveDrafts,
}: IdleLockOptions): () => void {
  const lockNow = (): void => {
    void lockAndNotify(core, target, saveDrafts);
  };
  // Lock once per idle stretch, not on every poll while the machine stays idle.
  let lockedThisIdle = false;
  const poll = (): void => {
    const limitSeconds = (preferences.get('autoLockMinutes') ?? AUTO_LOCK_DEFAULT_MINUTES) * 60;
    if (powerMonitor.getSystemIdleTime() < limitSeconds) {
      lockedThisIdle = false;
    } else if (!lockedThisIdle) {
      lockedThisIdle = true;
      lockNow();
    }
  };

  powerMonitor.on('lock-screen', lockNow);
  powerMonitor.on('suspend', lockNow);
  const timer = setInterval(poll, pollMs);
  return () => {
    clearInterval(timer);
    powerMonitor.off('lock-screen', lockNow);
    powerMonitor.off('suspend', lockNow);
  };
}

import type { WebContents } from 'electron';
import { IPC_LOCKED } from '../../shared/contract';
import type { Core } from '../core/types';

/** Tells the renderer to drop what it shows and present the unlock screen. */
export function notifyLocked(contents: WebContents | undefined): void {
  if (contents && !contents.isDestroyed()) contents.send(IPC_LOCKED);
}

/**
 * Locks the vault, then tells the renderer, even if locking failed: whatever state the
 * core is in, clinical data must leave the screen.
 */
export async function lockAndNotify(
  core: Pick<Core, 'lock'>,
  target: () => WebContents | undefined,
): Promise<void> {
  try {
    await core.lock();
  } catch (error) {
    console.error('Rekindle: locking the vault failed', error);
  } finally {
    notifyLocked(target());
  }
}

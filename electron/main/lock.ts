import { errorSummary } from '@core/error-summary';
import type { Core } from '@core/types';
import { IPC_LOCKED } from '@shared/contract';
import type { WebContents } from 'electron';

/** Tells the renderer to drop what it shows and present the unlock screen. */
export function notifyLocked(contents: WebContents | undefined): void {
  if (contents && !contents.isDestroyed()) contents.send(IPC_LOCKED);
}

/** Asks the renderer to save its drafts; resolves when it has, or when waiting is pointless. */
export type SaveDrafts = (contents: WebContents | undefined) => Promise<unknown>;

/**
 * Saves the renderer's drafts, locks the vault, then tells the renderer, even if locking
 * failed: whatever state the core is in, clinical data must leave the screen.
 */
export async function lockAndNotify(
  core: Pick<Core, 'lock'>,
  target: () => WebContents | undefined,
  saveDrafts?: SaveDrafts,
): Promise<void> {
  try {
    // What the clinician typed is saved while the vault is still open to receive it.
    if (saveDrafts) await saveDrafts(target()).catch(() => undefined);
    await core.lock();
  } catch (error) {
    console.error(`Rekindle: locking the vault failed (${errorSummary(error)})`);
  } finally {
    notifyLocked(target());
  }
}

import type { Channel, Envelope, Input, Output, RekindleBridge } from '@shared/contract';
import { ApiError } from './errors';

export { ApiError, errorMessage, isApiError, UNEXPECTED_FAILURE } from './errors';

declare global {
  interface Window {
    /** Exposed by the preload (or the e2e bridge). Only this module touches it. */
    rekindle?: RekindleBridge;
  }
}

/**
 * Why the app went back to the unlock screen; the unlock screen words its notice on it.
 * `handBack`: a partner finished a private check-in and the laptop is back with the clinician.
 */
export type LockReason = 'user' | 'idle' | 'system' | 'handBack';

type LockListener = (reason: LockReason) => void;
const lockListeners = new Set<LockListener>();

function announceLock(reason: LockReason): void {
  for (const listener of [...lockListeners]) listener(reason);
}

function bridge(): RekindleBridge {
  const found = window.rekindle;
  if (!found) {
    throw new ApiError({
      code: 'internal',
      message: 'Rekindle could not reach its secure storage. Close the app and open it again.',
    });
  }
  return found;
}

/**
 * Calls one contract channel and returns its value, or throws an `ApiError`. A `locked`
 * answer from any channel means the core has locked behind our back (idle lock in the
 * main process, system sleep), so every subscriber is told to drop what it shows.
 */
export async function invoke<C extends Channel>(
  channel: C,
  input: Input<C>,
  options: { lockReason?: LockReason } = {},
): Promise<Output<C>> {
  let envelope: Envelope<unknown>;
  try {
    envelope = await bridge().invoke(channel, input);
  } catch (error) {
    if (error instanceof ApiError) throw error;
    // The transport itself broke; the original error may quote the input, so drop it.
    throw new ApiError({
      code: 'internal',
      message: 'The request could not reach Rekindle. Please try again.',
    });
  }
  if (!envelope.ok) {
    const error = new ApiError(envelope.error);
    if (error.code === 'locked') announceLock('system');
    throw error;
  }
  if (channel === 'vault:lock') announceLock(options.lockReason ?? 'user');
  // The core checked the value against the contract's output schema before sending it.
  return envelope.value as Output<C>;
}

/**
 * Subscribes to "the vault is now locked", whether this window asked for it (`vault:lock`),
 * a call found it locked, or the main process locked it (OS lock screen, suspend).
 */
export function subscribeToLock(listener: LockListener): () => void {
  lockListeners.add(listener);
  const fromMain = window.rekindle?.onLocked(() => listener('system'));
  return () => {
    lockListeners.delete(listener);
    fromMain?.();
  };
}

/**
 * Registers the answer to the main process's "save your drafts now" (sent before it locks
 * or closes the window). A bridge without the hook (an older preload) simply never asks.
 */
export function onSaveRequest(listener: () => Promise<void>): () => void {
  return window.rekindle?.onSaveRequest?.(listener) ?? (() => undefined);
}

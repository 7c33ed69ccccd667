import { isCorruptionError } from '@core/db/open';
import type { AllHandlers, Handler } from '@core/services/handlers';
import {
  type Channel,
  type CoreError,
  contract,
  type Envelope,
  isChannel,
  isVaultChannel,
} from '@shared/contract';
import { issuesToFieldErrors } from '@shared/contract/field-issues';
import { errorCode } from './error-summary';
import { CoreFailure } from './errors';

function failure(error: CoreError): Envelope<never> {
  return { ok: false, error };
}

/** SQLite errors that mean the disk is full, read-only or damaged: nothing was saved, say so plainly. */
function storageFailure(error: unknown): CoreError | null {
  const code = errorCode(error);
  if (code === 'SQLITE_FULL') {
    return { code: 'not_saved', message: 'Not saved: the disk is full. Free some space and try again.' };
  }
  if (code === 'SQLITE_READONLY' || code === 'SQLITE_IOERR' || code?.startsWith('SQLITE_IOERR')) {
    return {
      code: 'not_saved',
      message: 'Not saved: the data folder could not be written. Check the disk and try again.',
    };
  }
  if (isCorruptionError(error)) {
    // Found mid-session: a page went bad after the unlock's check (a failing disk).
    return {
      code: 'database_corrupt',
      message:
        'Part of the database could not be read: the file has been damaged since Rekindle was unlocked. This was not saved. Lock Rekindle and restore from your most recent backup.',
    };
  }
  return null;
}

export interface DispatcherOptions {
  handlers: Partial<AllHandlers>;
  isUnlocked(): boolean;
  isClosed(): boolean;
  /**
   * While a partner holds the laptop for a private check-in: the only channels answered (with
   * `vault:status` and `vault:lock`), else null. Everything else is refused as locked, so no
   * request, from the screen or a console, can bring the record onto the partner's screen.
   */
  onlyChannels?(): readonly Channel[] | null;
  /** Told when `onlyChannels` refused a request. */
  onRestrictedRefusal?(): void;
  /** Where unexpected errors are reported (never shown to the user, never with input). */
  onInternalError?(channel: Channel, error: unknown): void;
}

/** Answered even during a private check-in: the idle lock and the lock screen need them. */
const ALWAYS_ANSWERED: readonly Channel[] = ['vault:status', 'vault:lock'];

/**
 * The single entry point from IPC: checks the channel, refuses everything but `vault:*`
 * while locked, validates input with the contract, runs the handler, checks the output,
 * and always resolves to an envelope. It never throws.
 */
export function createDispatcher(options: DispatcherOptions) {
  return async function dispatch(channel: unknown, input: unknown): Promise<Envelope<unknown>> {
    if (!isChannel(channel)) {
      return failure({ code: 'unknown_channel', message: 'Rekindle does not know that request.' });
    }
    if (options.isClosed()) {
      return failure({ code: 'locked', message: 'Rekindle is closing.' });
    }
    if (!isVaultChannel(channel) && !options.isUnlocked()) {
      return failure({ code: 'locked', message: 'Rekindle is locked. Unlock it to continue.' });
    }
    const only = options.onlyChannels?.() ?? null;
    if (only && !only.includes(channel) && !ALWAYS_ANSWERED.includes(channel)) {
      options.onRestrictedRefusal?.();
      return failure({
        code: 'locked',
        message:
          'Rekindle locked: a partner was answering privately. Enter the passphrase to return to the record.',
      });
    }
    const schemas = contract[channel];
    const parsed = schemas.input.safeParse(input ?? {});
    if (!parsed.success) {
      return failure({
        code: 'validation',
        message: 'Some fields need attention.',
        fields: issuesToFieldErrors(parsed.error.issues),
      });
    }
    const handler = options.handlers[channel] as Handler<Channel> | undefined;
    if (!handler) {
      return failure({ code: 'unknown_channel', message: 'Rekindle does not know that request.' });
    }
    try {
      const value = await handler(parsed.data as never);
      const checked = schemas.output.safeParse(value);
      if (!checked.success) {
        options.onInternalError?.(channel, new Error(`Output of ${channel} broke the contract`));
        return failure({
          code: 'internal',
          message: 'Something went wrong inside Rekindle. Nothing was changed.',
        });
      }
      return { ok: true, value: checked.data };
    } catch (error) {
      if (error instanceof CoreFailure) return failure(error.toError());
      const storage = storageFailure(error);
      if (storage) return failure(storage);
      options.onInternalError?.(channel, error);
      return failure({
        code: 'internal',
        message: 'Something went wrong inside Rekindle. Nothing was changed.',
      });
    }
  };
}

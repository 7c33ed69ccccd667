import type { CoreError, ErrorCode } from '@shared/contract';

/**
 * A failed call, as the screens see it: the core's code and its safe-to-show message, plus
 * field messages (dotted paths like `partnerA.firstName`) and, for `throttled`, how long
 * to wait. Screens switch on `code`, never on the message text.
 */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly fields: Readonly<Record<string, string>>;
  readonly retryAfterMs: number | undefined;

  constructor(error: CoreError) {
    super(error.message);
    this.name = 'ApiError';
    this.code = error.code;
    this.fields = error.fields ?? {};
    this.retryAfterMs = error.retryAfterMs;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Said for a failure the core did not describe (an unexpected throw): generic, PHI-free. */
export const UNEXPECTED_FAILURE = 'Something went wrong inside Rekindle. Nothing was changed.';

/** The message to show for any failure; unexpected throws get a generic, PHI-free text. */
export function errorMessage(error: unknown): string {
  if (isApiError(error)) return error.message;
  return UNEXPECTED_FAILURE;
}

import type { CoreError, ErrorCode } from '@shared/contract';

/**
 * A failure a handler reports on purpose. Its message is written by us and shown to the
 * clinician, so it must never include clinical text, names or other input values.
 */
export class CoreFailure extends Error {
  readonly code: ErrorCode;
  readonly fields: Record<string, string> | undefined;
  readonly retryAfterMs: number | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    extra: { fields?: Record<string, string>; retryAfterMs?: number } = {},
  ) {
    super(message);
    this.name = 'CoreFailure';
    this.code = code;
    this.fields = extra.fields;
    this.retryAfterMs = extra.retryAfterMs;
  }

  toError(): CoreError {
    const error: CoreError = { code: this.code, message: this.message };
    if (this.fields) error.fields = this.fields;
    if (this.retryAfterMs !== undefined) error.retryAfterMs = this.retryAfterMs;
    return error;
  }
}

export function notFound(what: string): CoreFailure {
  return new CoreFailure('not_found', `That ${what} no longer exists. It may have been removed.`);
}

/** A validation failure the form shows beside each named field (`{ measuredOn: 'The date cannot be in the future' }`). */
export function invalidFields(fields: Record<string, string>): CoreFailure {
  return new CoreFailure('validation', 'Some fields need attention.', { fields });
}

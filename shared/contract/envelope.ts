/**
 * The result envelope every IPC call returns. Errors are data, never exceptions, so the
 * renderer can show a specific message and nothing crosses the process boundary as a throw.
 */
export const errorCodes = [
  /** Input failed the contract schema; `fields` maps dotted paths to messages. */
  'validation',
  /** The vault is locked; only `vault:*` channels are allowed. */
  'locked',
  'unknown_channel',
  'not_found',
  'weak_passphrase',
  'wrong_passphrase',
  'wrong_recovery_key',
  /** Too many failed unlock attempts; retry after a delay. */
  'throttled',
  'vault_exists',
  'vault_missing',
  'vault_corrupt',
  'database_missing',
  'database_corrupt',
  /** The database file is something else (empty, a plain SQLite file, a document). */
  'database_foreign',
  'database_newer',
  'not_encrypted_build',
  /** The request clashes with the record's current state (a second draft, a signed version). */
  'conflict',
  /** The write did not happen (disk full, read-only folder); what was typed is kept by the caller. */
  'not_saved',
  'internal',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface CoreError {
  code: ErrorCode;
  /** Human-readable, safe to show; never contains clinical text or names. */
  message: string;
  /** Field-level messages, keyed by dotted path (`partnerA.firstName`). */
  fields?: Record<string, string>;
  /** For `throttled`: milliseconds until the next attempt is allowed. */
  retryAfterMs?: number;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: CoreError };

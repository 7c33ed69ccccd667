/**
 * What may be logged about an error: its class name and its code, nothing else. A message or
 * a stack can quote a file path (which names the clinician's folders, or a couple's exported
 * file) or a value from a query, so neither is ever logged. The main process imports this
 * too, so every log line in the app goes through the same rule.
 */

/** Names and codes are identifiers (`SqliteError`, `SQLITE_FULL`, `ENOENT`); anything else is not logged. */
const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;

/** The error's string `code` (`ENOENT`, `SQLITE_FULL`, a CoreFailure's code), or null. */
export function errorCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  const { code } = error;
  return typeof code === 'string' && IDENTIFIER.test(code) ? code : null;
}

/** `SqliteError SQLITE_FULL`, `Error ENOENT`, `TypeError`; for a thrown non-error, its type. */
export function errorSummary(error: unknown): string {
  let name: string;
  if (error instanceof Error) name = IDENTIFIER.test(error.name) ? error.name : 'Error';
  else name = error === null ? 'null' : typeof error;
  const code = errorCode(error);
  return code === null ? name : `${name} ${code}`;
}

import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import { errorCode } from './error-summary';
import { CoreFailure } from './errors';
import { writeFileAtomic } from './files';

/**
 * Writes a document (a report, an export) where the clinician chose in the save dialog, and
 * returns the path written. The dialog confirmed replacing `chosen` itself, so `extension` is
 * added only where nothing is there already: never silently replace a file the clinician was
 * not asked about. A failed write is handed to `onFailed` with its system code only (never a
 * path, for the audit log) and answered "not saved"; the atomic write leaves nothing behind.
 */
export function writeToChosenPath(
  chosen: string,
  extension: string,
  content: string | Uint8Array,
  what: string,
  onFailed: (code: string) => void,
): string {
  const withExtension = `${chosen}${extension}`;
  const path =
    extname(chosen).toLowerCase() === extension || existsSync(withExtension) ? chosen : withExtension;
  try {
    writeFileAtomic(path, content);
  } catch (error) {
    const code = errorCode(error) ?? 'unknown';
    onFailed(code);
    throw new CoreFailure(
      'not_saved',
      `Not saved: ${what} could not be written there (${code}). Nothing was left behind; choose another folder and try again.`,
    );
  }
  return path;
}

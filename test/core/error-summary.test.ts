import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Database } from '@core/db/sqlite';
import { errorCode, errorSummary } from '@core/error-summary';
import { CoreFailure } from '@core/errors';
import { describe, expect, it } from 'vitest';

// A path that names a (fictional) couple, as an exported file's path might.
const REVEALING_PATH = join('/home/clinician/Exports', 'Quillfeather-Ashdown progress.pdf');

function thrown(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  throw new Error('expected the work to throw');
}

describe('errorSummary: what a log may say about an error', () => {
  it('keeps the class name and the system code of a file error, never its path or message', () => {
    const error = thrown(() => readFileSync(REVEALING_PATH));
    expect(String(error)).toContain('Quillfeather');
    expect(errorSummary(error)).toBe('Error ENOENT');
  });

  it('names a driver error by class and SQLite code', () => {
    const db = new Database(':memory:');
    try {
      const error = thrown(() => db.prepare("SELECT 'Quillfeather' FROM no_such_table").get());
      expect(errorSummary(error)).toBe('SqliteError SQLITE_ERROR');
    } finally {
      db.close();
    }
  });

  it('gives a thrown non-error only its type, and a CoreFailure its code', () => {
    expect(errorSummary(`could not open ${REVEALING_PATH}`)).toBe('string');
    expect(errorSummary(null)).toBe('null');
    expect(errorSummary(new TypeError(`bad ${REVEALING_PATH}`))).toBe('TypeError');
    expect(errorSummary(new CoreFailure('not_saved', 'Not saved.'))).toBe('CoreFailure not_saved');
  });

  it('drops a code or name that is not an identifier (it could carry data)', () => {
    const odd = Object.assign(new Error('x'), { code: REVEALING_PATH, name: 'Quill feather / Ashdown' });
    expect(errorSummary(odd)).toBe('Error');
    expect(errorCode(odd)).toBeNull();
    expect(errorCode({ code: 42 })).toBeNull();
    expect(errorCode({ code: 'SQLITE_FULL' })).toBe('SQLITE_FULL');
  });
});

import { ApiError } from '@renderer/api/errors';
import { describeRestoreError, describeUnlockError } from '@renderer/features/vault/unlockErrors';
import { describe, expect, it } from 'vitest';

describe('restoring as the way forward at unlock', () => {
  it('offers a restore for every damaged, missing, foreign or newer data file, and not for a wrong secret', () => {
    const offered = [
      'database_corrupt',
      'database_foreign',
      'database_missing',
      'database_newer',
      'vault_missing',
      'vault_corrupt',
    ] as const;
    for (const code of offered) {
      expect(describeUnlockError(new ApiError({ code, message: 'core text' })).restore, code).toBe(true);
    }
    for (const code of ['wrong_passphrase', 'wrong_recovery_key', 'throttled'] as const) {
      expect(describeUnlockError(new ApiError({ code, message: '' })).restore, code).toBeFalsy();
    }
  });

  it('says a backup opens with the passphrase of its time, pointing at the field', () => {
    const problem = describeRestoreError(new ApiError({ code: 'wrong_passphrase', message: '' }));
    expect(problem.title).toBe('That passphrase does not open this backup');
    expect(problem.message).toMatch(/current when it was made/);
    expect(problem.field).toBe('secret');
    // A backup the core cannot open is explained in the core's own, specific words.
    const missingKey = describeRestoreError(new ApiError({ code: 'vault_missing', message: 'No key file.' }));
    expect(missingKey).toEqual({
      title: 'This backup cannot be restored',
      message: 'No key file.',
      field: null,
    });
  });
});

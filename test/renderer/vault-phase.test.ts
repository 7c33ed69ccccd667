import { describe, expect, it } from 'vitest';
import { ApiError } from '../../renderer/src/api/errors';
import { vaultPhaseReducer } from '../../renderer/src/app/vaultPhase';
import { describeUnlockError } from '../../renderer/src/features/vault/unlockErrors';
import { errorCodes } from '../../shared/contract';

describe('vault phase', () => {
  it('drops an open session to the unlock screen on any lock, with the reason', () => {
    expect(vaultPhaseReducer({ kind: 'unlocked', notice: 'x' }, { type: 'locked', reason: 'idle' })).toEqual({
      kind: 'locked',
      reason: 'idle',
    });
  });

  it('keeps the one-time recovery key on screen through a system lock, then asks for the passphrase', () => {
    const shown = vaultPhaseReducer({ kind: 'setup' }, { type: 'created', recoveryKey: 'AAAA-BBBB' });
    const locked = vaultPhaseReducer(shown, { type: 'locked', reason: 'system' });
    expect(locked).toEqual({ kind: 'recovery-key', recoveryKey: 'AAAA-BBBB', lockedMeanwhile: true });
    expect(vaultPhaseReducer(locked, { type: 'recovery-key-stored' })).toEqual({
      kind: 'locked',
      reason: 'system',
    });
    expect(vaultPhaseReducer(shown, { type: 'recovery-key-stored' })).toEqual({ kind: 'backup-setup' });
  });

  it('ends set-up with the backup step, which a lock leaves for the unlock screen', () => {
    const step = vaultPhaseReducer(
      { kind: 'recovery-key', recoveryKey: 'AAAA-BBBB', lockedMeanwhile: false },
      { type: 'recovery-key-stored' },
    );
    expect(step).toEqual({ kind: 'backup-setup' });
    expect(vaultPhaseReducer(step, { type: 'backup-step-done', notice: 'Backups go to the drive.' })).toEqual(
      {
        kind: 'unlocked',
        notice: 'Backups go to the drive.',
      },
    );
    expect(vaultPhaseReducer(step, { type: 'backup-step-done' })).toEqual({ kind: 'unlocked', notice: null });
    expect(vaultPhaseReducer(step, { type: 'locked', reason: 'idle' })).toEqual({
      kind: 'locked',
      reason: 'idle',
    });
    // A late answer from the step changes nothing once the records were locked.
    expect(vaultPhaseReducer({ kind: 'locked', reason: 'idle' }, { type: 'backup-step-done' })).toEqual({
      kind: 'locked',
      reason: 'idle',
    });
  });

  it('shows the demo being built from set-up or unlock, ignoring stray locks, then checks the practice it switched to', () => {
    for (const from of [{ kind: 'setup' }, { kind: 'locked', reason: null }] as const) {
      const building = vaultPhaseReducer(from, { type: 'demo-building' });
      expect(building).toEqual({ kind: 'demo-building' });
      expect(vaultPhaseReducer(building, { type: 'locked', reason: 'system' })).toEqual(building);
      expect(vaultPhaseReducer(building, { type: 'practice-changed' })).toEqual({ kind: 'checking' });
    }
    // Leaving the demo from inside it unmounts every clinical screen at once.
    expect(vaultPhaseReducer({ kind: 'unlocked', notice: null }, { type: 'practice-changed' })).toEqual({
      kind: 'checking',
    });
  });

  it('ignores lock events before set-up', () => {
    expect(vaultPhaseReducer({ kind: 'setup' }, { type: 'locked', reason: 'system' })).toEqual({
      kind: 'setup',
    });
  });
});

describe('unlock error messages', () => {
  it('gives every unlock failure a title and a message, distinct for each file problem', () => {
    const fileCodes = [
      'vault_missing',
      'vault_corrupt',
      'database_missing',
      'database_corrupt',
      'database_newer',
    ] as const;
    const titles = fileCodes.map(
      (code) => describeUnlockError(new ApiError({ code, message: 'core text' })).title,
    );
    expect(new Set(titles).size).toBe(fileCodes.length);
    for (const code of errorCodes) {
      const problem = describeUnlockError(new ApiError({ code, message: 'core text' }));
      expect(problem.title.length).toBeGreaterThan(0);
      expect(problem.message.length).toBeGreaterThan(0);
    }
  });

  it('points a wrong secret at its field and nothing else', () => {
    expect(describeUnlockError(new ApiError({ code: 'wrong_passphrase', message: '' })).field).toBe('secret');
    expect(describeUnlockError(new ApiError({ code: 'database_corrupt', message: '' })).field).toBeNull();
  });
});

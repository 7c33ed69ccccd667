import { ApiError } from '@renderer/api/errors';
import { vaultPhaseReducer } from '@renderer/app/vaultPhase';
import { rotatedNotice } from '@renderer/features/vault/keyRotation';
import { describeSettingsVaultError, describeUnlockError } from '@renderer/features/vault/unlockErrors';
import { errorCodes } from '@shared/contract';
import type { PrivateCheckIn } from '@shared/contract/questionnaires';
import { describe, expect, it } from 'vitest';

describe('vault phase', () => {
  it('drops an open session to the unlock screen on any lock, with the reason', () => {
    expect(
      vaultPhaseReducer({ kind: 'unlocked', notice: { message: 'x' } }, { type: 'locked', reason: 'idle' }),
    ).toEqual({
      kind: 'locked',
      reason: 'idle',
    });
  });

  it('keeps the one-time recovery key on screen through a system lock, then asks for the passphrase', () => {
    const shown = vaultPhaseReducer({ kind: 'setup' }, { type: 'created', recoveryKey: 'AAAA-BBBB' });
    const locked = vaultPhaseReducer(shown, { type: 'locked', reason: 'system' });
    expect(locked).toEqual({
      kind: 'recovery-key',
      recoveryKey: 'AAAA-BBBB',
      lockedMeanwhile: true,
      afterRotation: null,
    });
    expect(vaultPhaseReducer(locked, { type: 'recovery-key-stored' })).toEqual({
      kind: 'locked',
      reason: 'system',
    });
    expect(vaultPhaseReducer(shown, { type: 'recovery-key-stored' })).toEqual({ kind: 'backup-setup' });
  });

  it('ends set-up with the backup step, which a lock leaves for the unlock screen', () => {
    const step = vaultPhaseReducer(
      { kind: 'recovery-key', recoveryKey: 'AAAA-BBBB', lockedMeanwhile: false, afterRotation: null },
      { type: 'recovery-key-stored' },
    );
    expect(step).toEqual({ kind: 'backup-setup' });
    const notice = { message: 'Backups go to the drive.' };
    expect(vaultPhaseReducer(step, { type: 'backup-step-done', notice })).toEqual({
      kind: 'unlocked',
      notice,
    });
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

  it('shows a rotated key once, as at set-up, then the notice of what changed', () => {
    const notice = { message: 'The encryption key was rotated.' };
    const open = {
      kind: 'unlocked',
      notice: { message: 'The backup is restored.', offerKeyRotation: true },
    } as const;
    const shown = vaultPhaseReducer(open, { type: 'key-rotated', recoveryKey: 'CCCC-DDDD', notice });
    expect(shown).toEqual({
      kind: 'recovery-key',
      recoveryKey: 'CCCC-DDDD',
      lockedMeanwhile: false,
      afterRotation: notice,
    });
    // The restore's offer to rotate is gone: the notice now says what the rotation did.
    expect(vaultPhaseReducer(shown, { type: 'recovery-key-stored' })).toEqual({ kind: 'unlocked', notice });
    // Locked while the key was on screen: the key stays until stored, then the unlock screen.
    const locked = vaultPhaseReducer(shown, { type: 'locked', reason: 'idle' });
    expect(locked).toMatchObject({ kind: 'recovery-key', recoveryKey: 'CCCC-DDDD', lockedMeanwhile: true });
    expect(vaultPhaseReducer(locked, { type: 'recovery-key-stored' })).toEqual({
      kind: 'locked',
      reason: 'system',
    });
  });

  it('still shows the new key when the records locked before the rotation answered', () => {
    const shown = vaultPhaseReducer(
      { kind: 'locked', reason: 'system' },
      { type: 'key-rotated', recoveryKey: 'EEEE-FFFF', notice: { message: 'Rotated.' } },
    );
    expect(shown).toMatchObject({ kind: 'recovery-key', recoveryKey: 'EEEE-FFFF', lockedMeanwhile: true });
    expect(vaultPhaseReducer(shown, { type: 'recovery-key-stored' })).toEqual({
      kind: 'locked',
      reason: 'system',
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

  describe('a partner’s private check-in', () => {
    const checkIn: PrivateCheckIn = {
      partner: 'A',
      partnerName: 'Partner One (fictional)',
      instruments: ['phq9'],
      checkIn: true,
      autoLockMinutes: 10,
    };
    const returnTo = '/sessions/s-1/workspace';
    const started = vaultPhaseReducer(
      { kind: 'unlocked', notice: null },
      { type: 'private-started', checkIn, returnTo },
    );

    it('leaves the open records for the partner’s screen, then the thank-you, then the passphrase', () => {
      expect(started).toEqual({ kind: 'private', checkIn, returnTo });
      const thanked = vaultPhaseReducer(started, { type: 'private-ended' });
      expect(thanked).toEqual({ kind: 'handed-back', returnTo });
      expect(vaultPhaseReducer(thanked, { type: 'therapist-back' })).toEqual({
        kind: 'locked',
        reason: 'handBack',
        returnTo,
      });
    });

    it('starts only from the open records: a late answer after a lock shows no questions', () => {
      for (const from of [
        { kind: 'locked', reason: 'idle' },
        { kind: 'checking' },
        { kind: 'setup' },
      ] as const) {
        expect(vaultPhaseReducer(from, { type: 'private-started', checkIn, returnTo })).toEqual(from);
      }
      // Nothing to end or leave outside the partner's screens.
      const open = { kind: 'unlocked', notice: null } as const;
      expect(vaultPhaseReducer(open, { type: 'private-ended' })).toEqual(open);
      expect(vaultPhaseReducer(open, { type: 'therapist-back' })).toEqual(open);
      expect(vaultPhaseReducer(started, { type: 'therapist-back' })).toEqual(started);
    });

    it('locks on idle while the partner answers, and still returns to the session after the passphrase', () => {
      expect(vaultPhaseReducer(started, { type: 'locked', reason: 'idle' })).toEqual({
        kind: 'locked',
        reason: 'idle',
        returnTo,
      });
    });

    it('keeps the thank-you screen through a lock: the records are already locked behind it', () => {
      const thanked = vaultPhaseReducer(started, { type: 'private-ended' });
      expect(vaultPhaseReducer(thanked, { type: 'locked', reason: 'system' })).toEqual(thanked);
    });

    it('opens the records again on unlock, with nothing of the partner’s screen left', () => {
      const locked = vaultPhaseReducer(vaultPhaseReducer(started, { type: 'private-ended' }), {
        type: 'therapist-back',
      });
      expect(vaultPhaseReducer(locked, { type: 'unlocked' })).toEqual({ kind: 'unlocked', notice: null });
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

describe('key rotation messages', () => {
  it('says whether the passphrase changed, and that earlier keys open only earlier backups', () => {
    const result = { recoveryKey: 'AAAA-BBBB', rotatedAt: '2026-03-04T12:00:00.000Z' };
    const same = rotatedNotice(result, false);
    const changed = rotatedNotice(result, true);
    expect(same).toContain('Your passphrase is the same.');
    expect(changed).toContain('Unlock with your new passphrase from now on.');
    for (const text of [same, changed]) {
      expect(text).toMatch(/^The encryption key was rotated on Mar 4, 2026/);
      expect(text).toContain(
        'The earlier recovery key and key files copied before no longer open your records.',
      );
      // The recovery key is never repeated in a notice that stays on screen.
      expect(text).not.toContain('AAAA-BBBB');
    }
  });

  it('answers a wrong passphrase in Settings without pointing at the recovery key or a restore', () => {
    const wrong = describeSettingsVaultError(
      new ApiError({ code: 'wrong_passphrase', message: '' }),
      'rotate',
    );
    expect(wrong.field).toBe('secret');
    expect(wrong.message).not.toMatch(/recovery key|restore/i);
    expect(wrong.restore).toBeUndefined();
    const full = describeSettingsVaultError(
      new ApiError({ code: 'not_saved', message: 'The disk is full.' }),
      'rotate',
    );
    expect(full).toEqual({
      title: 'The key was not rotated',
      message: 'The disk is full. Nothing you recorded was lost.',
      field: null,
    });
    expect(describeSettingsVaultError(new ApiError({ code: 'throttled', message: '' }), 'change').title).toBe(
      'Too many attempts in a row',
    );
  });
});

import { createDispatcher } from '@core/dispatch';
import { CoreFailure } from '@core/errors';
import { channels } from '@shared/contract';
import { emptyLetterhead } from '@shared/contract/settings';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeUnlockedCore, TEST_PASSPHRASE, type TestCore } from '../support/core';

let t: TestCore | undefined;
afterEach(async () => {
  await t?.dispose();
  t = undefined;
});

describe('dispatch', () => {
  it('refuses an unknown channel without throwing', async () => {
    t = await makeUnlockedCore();
    for (const channel of ['couples:drop', '__proto__', 'constructor', 42, null]) {
      expect(await t.core.dispatch(channel as string, {})).toMatchObject({
        ok: false,
        error: { code: 'unknown_channel' },
      });
    }
  });

  it('answers every channel with an envelope, never a throw, for junk input', async () => {
    t = await makeUnlockedCore();
    const junk: unknown[] = [null, 7, 'text', [], { unexpected: true }, { id: 'not-a-uuid' }];
    for (const channel of channels) {
      if (channel === 'vault:lock') continue;
      for (const input of junk) {
        const result = await t.core.dispatch(channel, input);
        expect(typeof result.ok, `${channel} with ${JSON.stringify(input)}`).toBe('boolean');
      }
    }
    expect(await t.ok('vault:status', {})).toEqual({ state: 'unlocked' });
  });

  it('rejects unknown keys (strict input), naming no values', async () => {
    t = await makeUnlockedCore();
    const result = await t.core.dispatch('couples:list', { query: 'x', sneaky: 'Zoë Müller' });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(JSON.stringify(result)).not.toContain('Zoë');
  });

  it('turns an unexpected error into a generic message with no data from the error', async () => {
    const reported: string[] = [];
    const dispatch = createDispatcher({
      handlers: {
        'couples:list': () => {
          throw new Error('constraint failed for Zoë Müller-Ñúñez');
        },
      },
      isUnlocked: () => true,
      isClosed: () => false,
      onInternalError: (channel) => reported.push(channel),
    });
    const result = await dispatch('couples:list', {});
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Something went wrong inside Rekindle. Nothing was changed.' },
    });
    expect(reported).toEqual(['couples:list']);
  });

  it('passes a deliberate failure through with its code, message and fields', async () => {
    const dispatch = createDispatcher({
      handlers: {
        'couples:get': () => {
          throw new CoreFailure('not_found', 'That couple no longer exists.', { fields: { id: 'gone' } });
        },
      },
      isUnlocked: () => true,
      isClosed: () => false,
    });
    expect(await dispatch('couples:get', { id: '00000000-0000-4000-8000-000000000000' })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'That couple no longer exists.', fields: { id: 'gone' } },
    });
  });

  it('reports a full disk as not saved', async () => {
    const dispatch = createDispatcher({
      handlers: {
        'couples:list': () => {
          throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
        },
      },
      isUnlocked: () => true,
      isClosed: () => false,
    });
    expect(await dispatch('couples:list', {})).toMatchObject({ ok: false, error: { code: 'not_saved' } });
  });

  it.each(['SQLITE_CORRUPT', 'SQLITE_CORRUPT_INDEX', 'SQLITE_NOTADB'])(
    'turns a page found damaged mid-session (%s) into database_corrupt with the way forward',
    async (code) => {
      const onInternalError = vi.fn();
      const dispatch = createDispatcher({
        handlers: {
          'couples:list': () => {
            throw Object.assign(new Error('database disk image is malformed'), { code });
          },
        },
        isUnlocked: () => true,
        isClosed: () => false,
        onInternalError,
      });
      const result = await dispatch('couples:list', {});
      expect(result).toMatchObject({ ok: false, error: { code: 'database_corrupt' } });
      if (!result.ok)
        expect(result.error.message).toMatch(/not saved.*restore from your most recent backup/i);
      expect(onInternalError).not.toHaveBeenCalled();
    },
  );

  it('refuses everything once the core is closed', async () => {
    t = await makeUnlockedCore();
    await t.core.close();
    expect(await t.core.dispatch('vault:status', {})).toMatchObject({ ok: false, error: { code: 'locked' } });
  });
});

describe('settings', () => {
  it('returns the default auto-lock, saves a change, and validates the range', async () => {
    t = await makeUnlockedCore();
    expect(await t.ok('settings:get', {})).toEqual({
      autoLockMinutes: 10,
      letterhead: emptyLetterhead,
      initialsInFileNames: false,
    });
    expect(await t.ok('settings:update', { autoLockMinutes: 25 })).toMatchObject({ autoLockMinutes: 25 });
    await t.restart();
    expect(await t.core.dispatch('settings:get', {})).toMatchObject({ ok: false, error: { code: 'locked' } });
    await t.ok('vault:unlock', { passphrase: TEST_PASSPHRASE });
    expect(await t.ok('settings:get', {})).toMatchObject({ autoLockMinutes: 25 });
    const bad = await t.core.dispatch('settings:update', { autoLockMinutes: 0 });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { autoLockMinutes: expect.stringMatching(/at least 1/) } },
    });
  });

  it('keeps the letterhead apart from the auto-lock, turns blanks into nothing, and refuses a field too long', async () => {
    t = await makeUnlockedCore();
    const letterhead = { ...emptyLetterhead, practiceName: 'Example Practice (fictional)', phone: '  ' };
    expect(await t.ok('settings:update', { letterhead })).toEqual({
      autoLockMinutes: 10,
      letterhead: { ...emptyLetterhead, practiceName: 'Example Practice (fictional)' },
      initialsInFileNames: false,
    });
    await t.ok('settings:update', { autoLockMinutes: 30 });
    expect((await t.ok('settings:get', {})).letterhead.practiceName).toBe('Example Practice (fictional)');
    const tooLong = await t.core.dispatch('settings:update', {
      letterhead: { ...letterhead, practiceName: 'x'.repeat(121) },
    });
    expect(tooLong).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        fields: { 'letterhead.practiceName': expect.stringMatching(/at most 120/) },
      },
    });
  });
});

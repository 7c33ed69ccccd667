import { MALFORMED_SECRET_MESSAGE, passphraseIssue } from '@shared/domain/passphrase';
import { afterEach, describe, expect, it } from 'vitest';
import { makeCore, makeUnlockedCore, TEST_PASSPHRASE, type TestCore } from '../support/core';

// Two different strings that UTF-8 encoding (what scrypt is given) turns into the same bytes:
// each lone surrogate becomes U+FFFD. Before the rule, a vault set up with one opened with the other.
const HIGH_HALF = 'amber kettle lantern \uD83D';
const LOW_HALF = 'amber kettle lantern \uDD11';
const NEXT_PASSPHRASE = 'harbor thistle graphite meadow';

let current: TestCore | undefined;
afterEach(async () => {
  await current?.dispose();
  current = undefined;
});

function refusedOn(field: string) {
  return {
    ok: false,
    error: { code: 'validation', fields: { [field]: MALFORMED_SECRET_MESSAGE } },
  };
}

describe('secrets must be well-formed Unicode', () => {
  it('is about two passphrases that differ but used to encode to the same bytes', () => {
    expect(HIGH_HALF).not.toBe(LOW_HALF);
    expect(Buffer.from(HIGH_HALF, 'utf8').equals(Buffer.from(LOW_HALF, 'utf8'))).toBe(true);
  });

  it('refuses either at set-up with a field message, and creates nothing', async () => {
    const t = await makeCore();
    current = t;
    for (const passphrase of [HIGH_HALF, LOW_HALF]) {
      expect(await t.core.dispatch('vault:create', { passphrase })).toMatchObject(refusedOn('passphrase'));
    }
    expect(await t.ok('vault:status', {})).toEqual({ state: 'new' });
  });

  it('refuses them at unlock, at a passphrase change and with a recovery key, keeping the vault as it was', async () => {
    const t = await makeUnlockedCore();
    current = t;
    await t.ok('vault:lock', {});
    expect(await t.core.dispatch('vault:unlock', { passphrase: LOW_HALF })).toMatchObject(
      refusedOn('passphrase'),
    );
    await t.ok('vault:unlock', { passphrase: TEST_PASSPHRASE });
    expect(
      await t.core.dispatch('vault:changePassphrase', { current: TEST_PASSPHRASE, next: HIGH_HALF }),
    ).toMatchObject(refusedOn('next'));
    expect(
      await t.core.dispatch('vault:changePassphrase', {
        current: `${TEST_PASSPHRASE}\uDC00`,
        next: NEXT_PASSPHRASE,
      }),
    ).toMatchObject(refusedOn('current'));
    expect(
      await t.core.dispatch('vault:unlockWithRecoveryKey', {
        recoveryKey: `${t.recoveryKey}\uD800`,
        newPassphrase: NEXT_PASSPHRASE,
      }),
    ).toMatchObject(refusedOn('recoveryKey'));
    expect(
      await t.core.dispatch('vault:unlockWithRecoveryKey', {
        recoveryKey: t.recoveryKey,
        newPassphrase: LOW_HALF,
      }),
    ).toMatchObject(refusedOn('newPassphrase'));
    // Nothing above changed the secrets: the original passphrase still opens.
    await t.ok('vault:lock', {});
    await t.ok('vault:unlock', { passphrase: TEST_PASSPHRASE });
  });

  it('gives the set-up screen the same feedback, while a whole emoji stays welcome', () => {
    expect(passphraseIssue(HIGH_HALF)).toBe(MALFORMED_SECRET_MESSAGE);
    expect(passphraseIssue('amber kettle lantern \uD83D\uDD11')).toBeNull();
  });
});

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_FILE } from '@core/vault/vault';
import { describe, expect, it, vi } from 'vitest';
import { makeCore, TEST_PASSPHRASE } from '../support/core';

const failNextWrite = vi.hoisted(() => ({ value: false }));

vi.mock('@core/vault/vault-file', async (importOriginal) => {
  const original = await importOriginal<typeof import('@core/vault/vault-file')>();
  return {
    ...original,
    writeVaultFile: (...args: Parameters<typeof original.writeVaultFile>) => {
      if (failNextWrite.value) {
        failNextWrite.value = false;
        throw Object.assign(new Error('simulated disk failure'), { code: 'EIO' });
      }
      original.writeVaultFile(...args);
    },
  };
});

describe('a set-up that fails half-way', () => {
  it('removes the new database when the vault file cannot be written, so set-up can be retried', async () => {
    const t = await makeCore();
    try {
      failNextWrite.value = true;
      const failed = await t.core.dispatch('vault:create', { passphrase: TEST_PASSPHRASE });
      expect(failed).toMatchObject({ ok: false, error: { code: 'internal' } });
      expect(existsSync(join(t.dataDir, DATABASE_FILE))).toBe(false);
      expect(await t.ok('vault:status', {})).toEqual({ state: 'new' });
      await t.ok('vault:create', { passphrase: TEST_PASSPHRASE });
      expect(await t.ok('vault:status', {})).toEqual({ state: 'unlocked' });
    } finally {
      await t.dispose();
    }
  });
});

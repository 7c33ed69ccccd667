import { readFileSync } from 'node:fs';
import { Vault } from '@core/vault/vault';
import { afterEach, describe, expect, it } from 'vitest';
import { fictionalCouple } from '../fixtures/couples';
import {
  makeUnlockedCore,
  TEST_KDF,
  TEST_PASSPHRASE,
  type TestCore,
  tempDataDir,
  testClock,
} from '../support/core';

let current: TestCore | undefined;
afterEach(async () => {
  await current?.dispose();
  current = undefined;
});

describe('audit log', () => {
  it('refuses UPDATE and DELETE at the database level', async () => {
    const vault = new Vault({ dataDir: tempDataDir(), clock: testClock().now, kdf: TEST_KDF });
    await vault.create(TEST_PASSPHRASE);
    const { db } = vault.current();
    expect(() => db.prepare("UPDATE audit_log SET action = 'tampered'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(db.prepare("SELECT count(*) FROM audit_log WHERE action = 'vault.created'").pluck().get()).toBe(1);
    await vault.lock();
  });

  it('records vault and record events in order, with ids but no names or clinical text', async () => {
    const t = await makeUnlockedCore();
    current = t;
    const couple = await t.ok('couples:create', fictionalCouple());
    await t.ok('couples:get', { id: couple.id });
    await t.ok('couples:update', { ...fictionalCouple({ status: 'active' }), id: couple.id });
    await t.ok('couples:archive', { id: couple.id });
    await t.ok('vault:lock', {});
    await t.core.dispatch('vault:unlock', { passphrase: 'a wrong passphrase' });
    await t.ok('vault:unlock', { passphrase: TEST_PASSPHRASE });

    const vault = new Vault({ dataDir: t.dataDir, clock: t.clock.now, kdf: TEST_KDF });
    await t.core.close();
    await vault.unlock(TEST_PASSPHRASE);
    const entries = vault.current().audit.list().reverse();
    expect(entries.map((e) => e.action)).toEqual([
      // The shipped intervention library is stored as the new database is created.
      'library.seeded',
      'vault.created',
      'couple.created',
      'couple.viewed',
      'couple.updated',
      'couple.archived',
      'vault.locked',
      'vault.unlock_failed',
      'vault.unlocked',
      'vault.locked',
      'vault.unlocked',
    ]);
    const updated = entries.find((e) => e.action === 'couple.updated');
    expect(updated).toMatchObject({ entity: 'couple', entityId: couple.id, detail: { fields: ['status'] } });
    expect(entries.find((e) => e.action === 'vault.unlock_failed')?.detail).toEqual({ attempts: 1 });
    const serialised = JSON.stringify(entries);
    for (const phi of ['Zoë', 'Müller', 'Łukasz', 'Żółć', 'example.org', 'alcohol', '555']) {
      expect(serialised).not.toContain(phi);
    }
    await vault.lock();
    expect(readFileSync(`${t.dataDir}/rekindle.db`).includes(Buffer.from('couple.created'))).toBe(false);
  });
});

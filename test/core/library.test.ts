import { applySeed, shippedLibrary } from '@core/library/seed';
import { Vault } from '@core/vault/vault';
import type { LibraryEntry } from '@shared/domain/library';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ownLibraryEntry as ownEntry } from '../fixtures/library';
import { makeUnlockedCore, TEST_KDF, TEST_PASSPHRASE, type TestCore } from '../support/core';

let t: TestCore;
beforeEach(async () => {
  t = await makeUnlockedCore();
});
afterEach(async () => {
  await t.dispose();
});

/** Direct access to the stored library with a second connection, as a later app version would have. */
async function withSession<T>(work: (session: ReturnType<Vault['current']>) => T): Promise<T> {
  await t.core.lock();
  const vault = new Vault({ dataDir: t.dataDir, clock: t.clock.now, kdf: TEST_KDF });
  await vault.unlock(TEST_PASSPHRASE);
  try {
    return work(vault.current());
  } finally {
    await vault.lock();
    await t.ok('vault:unlock', { passphrase: TEST_PASSPHRASE });
  }
}

describe('intervention library', () => {
  it('is seeded from resources/ when the vault is created', async () => {
    const { items } = await t.ok('library:list', {});
    expect(items).toHaveLength(shippedLibrary().length);
    expect(items.length).toBeGreaterThanOrEqual(40);
    expect(items.every((item) => item.origin === 'seed' && !item.edited)).toBe(true);
  });

  it('keeps a clinician’s edit when a newer seed arrives, and updates entries nobody edited', async () => {
    const [first, second] = shippedLibrary();
    if (!first || !second) throw new Error('seed too small');
    await t.ok('library:update', { entry: { ...first, name: `${first.name} (our version)` } });
    const newerSeed = shippedLibrary().map((entry) =>
      entry.id === first.id || entry.id === second.id
        ? { ...entry, purpose: `${entry.purpose} Updated seed text.` }
        : entry,
    );
    // Checked on the same connection: reopening through the core would re-apply the older
    // seed this build ships, which is not what a real upgrade does.
    const after = await withSession((session) => {
      const result = applySeed(session.library, newerSeed, '2027-01-01T00:00:00.000Z');
      const read = (id: string) => session.library.get(id)?.entry as LibraryEntry;
      return {
        result,
        first: read(first.id),
        second: read(second.id),
        // The stored column itself: the repository shows it as a boolean.
        edited: session.db.prepare('SELECT edited FROM library_entries WHERE id = ?').pluck().get(first.id),
      };
    });
    expect(after.result).toEqual({ added: 0, updated: 1 });
    expect(after.edited).toBe(1);
    expect(after.first).toMatchObject({ name: `${first.name} (our version)`, purpose: first.purpose });
    expect(after.second.purpose).toBe(`${second.purpose} Updated seed text.`);
  });

  it('changes nothing when unlocking again with the same seed', async () => {
    const before = await t.ok('library:list', {});
    await t.ok('vault:lock', {});
    await t.ok('vault:unlock', { passphrase: TEST_PASSPHRASE });
    expect(await t.ok('library:list', {})).toEqual(before);
    expect((await t.ok('audit:list', { action: 'library.seeded' })).items).toHaveLength(1);
  });

  it('lets the clinician add their own entries, with a unique id', async () => {
    const created = await t.ok('library:create', { entry: ownEntry() });
    expect(created).toMatchObject({ origin: 'clinician', edited: false, entry: { id: 'our-sunday-walk' } });
    expect(await t.core.dispatch('library:create', { entry: ownEntry() })).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { 'entry.id': expect.stringMatching(/already exists/) } },
    });
  });

  it('refuses a touch exercise that does not state consent and safety', async () => {
    const result = await t.core.dispatch('library:create', {
      entry: ownEntry({ id: 'unsafe-touch', involvesTouch: true, contraindications: ['None'] }),
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { 'entry.contraindications': expect.stringMatching(/consent/) } },
    });
  });

  it('says not_found when updating an entry that does not exist', async () => {
    expect(
      await t.core.dispatch('library:update', { entry: ownEntry({ id: 'no-such-entry' }) }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});

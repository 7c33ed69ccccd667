import { describe, expect, it } from 'vitest';
import { fictionalCouple } from '../fixtures/couples';
import { makeUnlockedCore } from '../support/core';

describe('smoke', () => {
  it('creates a vault and a couple', async () => {
    const t = await makeUnlockedCore();
    const couple = await t.ok('couples:create', fictionalCouple());
    expect(couple.partnerA.firstName).toBe('Zoë');
    const list = await t.ok('couples:list', { query: 'muller' });
    expect(list.items).toHaveLength(1);
    await t.dispose();
  });
});

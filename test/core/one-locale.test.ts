import { searchTitle } from '@core/services/search';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fictionalCouple } from '../fixtures/couples';
import { fictionalDapNote, fictionalSession } from '../fixtures/sessions';
import { makeUnlockedCore, type TestCore } from '../support/core';

let t: TestCore;
beforeEach(async () => {
  t = await makeUnlockedCore();
});
afterEach(async () => {
  await t.dispose();
});

describe('search results list dates in the one date style', () => {
  it('shows a note’s session date as "Nov 18, 2026", and the ISO date still finds it', async () => {
    const coupleId = (await t.ok('couples:create', fictionalCouple())).id;
    const session = await t.ok('sessions:create', fictionalSession(coupleId, { date: '2026-11-18' }));
    const note = await t.ok('notes:saveDraft', { sessionId: session.id, content: fictionalDapNote() });
    await t.ok('notes:sign', { id: note.id, signedBy: 'Dr. Robin Example', attest: true });
    const { items } = await t.ok('search:query', { query: 'gratitude' });
    expect(items.find((item) => item.kind === 'note')?.title).toBe('Zoë & Łukasz · Nov 18, 2026');
  });

  it('leaves a title without a trailing date as it is', () => {
    expect(searchTitle('Addendum · Zoë & Łukasz · 2026-02-01')).toBe('Addendum · Zoë & Łukasz · Feb 1, 2026');
    expect(searchTitle('Process note')).toBe('Process note');
    expect(searchTitle('Couple · 2026-02-30')).toBe('Couple · 2026-02-30');
  });
});

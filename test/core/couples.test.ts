import type { CoupleInput } from '@shared/contract/couples';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fictionalCouple, fictionalPartner } from '../fixtures/couples';
import { makeUnlockedCore, type TestCore } from '../support/core';

let t: TestCore;
beforeEach(async () => {
  t = await makeUnlockedCore();
});
afterEach(async () => {
  await t.dispose();
});

async function fieldErrorsFor(
  input: unknown,
  channel: 'couples:create' | 'couples:update' = 'couples:create',
) {
  const result = await t.core.dispatch(channel, input);
  expect(result.ok).toBe(false);
  if (result.ok) return {};
  expect(result.error.code).toBe('validation');
  return result.error.fields ?? {};
}

describe('couples:create and couples:get', () => {
  it('stores a couple with both partners exactly as entered, accents and all', async () => {
    const input = fictionalCouple();
    const created = await t.ok('couples:create', input);
    const fetched = await t.ok('couples:get', { id: created.id });
    expect(fetched).toEqual(created);
    expect(fetched.partnerA).toMatchObject({
      position: 'A',
      firstName: 'Zoë',
      lastName: 'Müller-Ñúñez',
      substances: ['alcohol'],
    });
    expect(fetched.partnerB).toMatchObject({
      position: 'B',
      firstName: 'Łukasz',
      lastName: 'Żółć',
      inRecovery: false,
    });
    expect(fetched.createdAt).toBe('2026-11-20T09:00:00.000Z');
    expect(fetched.archivedAt).toBeNull();
  });

  it('stores blank optional fields as null, not empty strings', async () => {
    const created = await t.ok(
      'couples:create',
      fictionalCouple({
        referralSource: '  ',
        startDate: '',
        partnerA: fictionalPartner({ phone: '', email: '', pronouns: ' ' }),
      }),
    );
    expect(created.referralSource).toBeNull();
    expect(created.startDate).toBeNull();
    expect(created.partnerA).toMatchObject({ phone: null, email: null, pronouns: null });
  });

  it('gives a field message for each invalid field, keyed by its path', async () => {
    const fields = await fieldErrorsFor(
      fictionalCouple({
        displayName: ' ',
        partnerA: fictionalPartner({ lastName: '', email: 'not-an-email', dateOfBirth: '1990-02-30' }),
        partnerB: fictionalPartner({ phone: 'call me', yearsOfUse: -2 }),
      }),
    );
    expect(fields).toMatchObject({
      displayName: expect.stringMatching(/display name/i),
      'partnerA.lastName': expect.stringMatching(/last name/i),
      'partnerA.email': expect.stringMatching(/email/i),
      'partnerA.dateOfBirth': expect.stringMatching(/real date/i),
      'partnerB.phone': expect.stringMatching(/digits/i),
      'partnerB.yearsOfUse': expect.stringMatching(/negative/i),
    });
  });

  it('refuses dates of birth and sobriety dates in the future, and saves nothing', async () => {
    const fields = await fieldErrorsFor(
      fictionalCouple({
        partnerB: fictionalPartner({ dateOfBirth: '2030-01-01', sobrietyDate: '2026-12-25' }),
      }),
    );
    expect(fields['partnerB.dateOfBirth']).toMatch(/future/);
    expect(fields['partnerB.sobrietyDate']).toMatch(/future/);
    expect((await t.ok('couples:list', { status: 'all' })).total).toBe(0);
  });

  it('says not_found for an id that does not exist', async () => {
    const result = await t.core.dispatch('couples:get', { id: '00000000-0000-4000-8000-000000000000' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('couples:list', () => {
  async function seed() {
    const make = (displayName: string, status: CoupleInput['status'], lastName: string) =>
      t.ok(
        'couples:create',
        fictionalCouple({ displayName, status, partnerA: fictionalPartner({ lastName }) }),
      );
    await make('Åsa & Ben', 'active', 'Lindqvist');
    await make('Zoë & Łukasz', 'intake', 'Müller-Ñúñez');
    await make('Chidi & Dana', 'archived', 'Okafor');
    await make('anna & Bo', 'maintenance', 'Ström');
  }

  it('finds couples by partner name ignoring accents and case', async () => {
    await seed();
    expect((await t.ok('couples:list', { query: 'MULLER' })).items.map((c) => c.displayName)).toEqual([
      'Zoë & Łukasz',
    ]);
    // A full name typed without accents finds every open couple with that partner.
    expect((await t.ok('couples:list', { query: 'lukasz zolc' })).total).toBe(3);
    expect((await t.ok('couples:list', { query: 'ÅSA' })).items.map((c) => c.displayName)).toEqual([
      'Åsa & Ben',
    ]);
    expect((await t.ok('couples:list', { query: 'strom' })).items.map((c) => c.displayName)).toEqual([
      'anna & Bo',
    ]);
  });

  it('treats % and _ in a search as characters, not wildcards', async () => {
    await seed();
    expect((await t.ok('couples:list', { query: '%' })).total).toBe(0);
    expect((await t.ok('couples:list', { query: '_' })).total).toBe(0);
  });

  it('hides archived couples by default, and filters by status', async () => {
    await seed();
    const open = await t.ok('couples:list', {});
    expect(open.items.map((c) => c.displayName)).toEqual(['anna & Bo', 'Åsa & Ben', 'Zoë & Łukasz']);
    expect((await t.ok('couples:list', { status: 'archived' })).items.map((c) => c.displayName)).toEqual([
      'Chidi & Dana',
    ]);
    expect((await t.ok('couples:list', { status: 'all' })).total).toBe(4);
    expect((await t.ok('couples:list', { status: 'active' })).items.map((c) => c.displayName)).toEqual([
      'Åsa & Ben',
    ]);
  });

  it('returns the partners’ names (preferred name first) and the total beyond the limit', async () => {
    await seed();
    await t.ok(
      'couples:create',
      fictionalCouple({ displayName: 'Extra', partnerA: fictionalPartner({ preferredName: 'Zo' }) }),
    );
    const page = await t.ok('couples:list', { limit: 2 });
    expect(page.items).toHaveLength(2);
    expect(page.total).toBe(4);
    const extra = (await t.ok('couples:list', { query: 'extra' })).items[0];
    expect(extra?.partnerNames).toEqual(['Zo Müller-Ñúñez', 'Łukasz Żółć']);
  });
});

describe('couples:update and couples:archive', () => {
  it('updates fields of the couple and both partners', async () => {
    const created = await t.ok('couples:create', fictionalCouple());
    t.clock.advance(60_000);
    const updated = await t.ok('couples:update', {
      ...fictionalCouple({
        status: 'active',
        partnerB: fictionalPartner({ firstName: 'Łukasz', lastName: 'Żółć', preferredName: 'Luk' }),
      }),
      id: created.id,
    });
    expect(updated.status).toBe('active');
    expect(updated.partnerB.preferredName).toBe('Luk');
    expect(updated.partnerB.id).toBe(created.partnerB.id);
    expect(updated.updatedAt).not.toBe(created.updatedAt);
    expect((await t.ok('couples:list', { query: 'luk' })).total).toBe(1);
  });

  it('keeps what was saved when an update is invalid', async () => {
    const created = await t.ok('couples:create', fictionalCouple());
    await fieldErrorsFor(
      { ...fictionalCouple({ partnerA: fictionalPartner({ firstName: '' }) }), id: created.id },
      'couples:update',
    );
    expect(await t.ok('couples:get', { id: created.id })).toEqual(created);
  });

  it('archives a couple, which then leaves the open list, and archiving again changes nothing', async () => {
    const created = await t.ok('couples:create', fictionalCouple());
    const archived = await t.ok('couples:archive', { id: created.id });
    expect(archived.status).toBe('archived');
    expect(archived.archivedAt).toBe('2026-11-20T09:00:00.000Z');
    expect((await t.ok('couples:list', {})).total).toBe(0);
    t.clock.advance(1000);
    expect(await t.ok('couples:archive', { id: created.id })).toEqual(archived);
  });

  it('clears the archive date when a couple is returned to an open status', async () => {
    const created = await t.ok('couples:create', fictionalCouple());
    await t.ok('couples:archive', { id: created.id });
    const reopened = await t.ok('couples:update', {
      ...fictionalCouple({ status: 'active' }),
      id: created.id,
    });
    expect(reopened.archivedAt).toBeNull();
  });
});

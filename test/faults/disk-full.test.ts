/**
 * Disk full, simulated the way SQLite's own tests do it: `PRAGMA max_page_count` caps the open
 * database at its current size, so the next write that needs a new page fails with SQLITE_FULL
 * exactly as a full disk would. The save must answer `not_saved`, change nothing, and work once
 * there is room again.
 */

import { rmSync } from 'node:fs';
import { Vault } from '@core/vault/vault';
import type { Note, NoteContentInput } from '@shared/contract/notes';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fictionalCouple } from '../fixtures/couples';
import { fictionalDapNote, fictionalSession } from '../fixtures/sessions';
import { TEST_KDF, TEST_PASSPHRASE, tempDataDir, testClock } from '../support/core';
import { clinicalCore, integrityProblems, tableCounts } from './support';

let dataDir: string;
let vault: Vault;
let dispatch: ReturnType<typeof clinicalCore>['dispatch'];

async function ok<T>(
  result: Promise<{ ok: true; value: T } | { ok: false; error: { code: string } }>,
): Promise<T> {
  const envelope = await result;
  if (!envelope.ok) throw new Error(`expected ok, got ${envelope.error.code}`);
  return envelope.value;
}

/** About 60,000 characters of fictional text: far more than the pages left. */
function largeNote(tag: string): NoteContentInput {
  const filler = (section: string) =>
    `${tag} ${section}: the partners practiced reflective listening. `.repeat(400).slice(0, 20_000);
  return fictionalDapNote({
    sections: { data: filler('data'), assessment: filler('assessment'), plan: filler('plan') },
  });
}

function db() {
  return vault.current().db;
}

/** Caps the database at its current size. SQLite never sets the cap below the current page count. */
function fillDisk(): void {
  const pages = db().pragma('page_count', { simple: true }) as number;
  db().pragma(`max_page_count = ${pages}`);
}

function freeDisk(): void {
  db().pragma('max_page_count = 4294967294');
}

beforeEach(async () => {
  dataDir = tempDataDir();
  const clock = testClock();
  vault = new Vault({ dataDir, clock: clock.now, kdf: TEST_KDF });
  ({ dispatch } = clinicalCore(vault, clock.now));
  await ok(dispatch('vault:create', { passphrase: TEST_PASSPHRASE }));
});
afterEach(async () => {
  await vault.lock();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('disk full while saving a note', () => {
  it('answers not_saved, loses and changes nothing, and saves once there is room', async () => {
    const couple = await ok(dispatch('couples:create', fictionalCouple()));
    // Something saved earlier: a signed note and a draft that must survive untouched.
    const s1 = await ok(dispatch('sessions:create', fictionalSession(couple.id)));
    const d1 = await ok(dispatch('notes:saveDraft', { sessionId: s1.id, content: fictionalDapNote() }));
    const signed = await ok(
      dispatch('notes:sign', { id: d1.id, signedBy: 'Dr. Example Clinician, LMFT', attest: true }),
    );
    const s2 = await ok(dispatch('sessions:create', fictionalSession(couple.id, { date: '2026-11-19' })));
    const draft = await ok(dispatch('notes:saveDraft', { sessionId: s2.id, content: fictionalDapNote() }));
    const s3 = await ok(dispatch('sessions:create', fictionalSession(couple.id, { date: '2026-11-20' })));

    const notesBefore: Note[] = [
      await ok(dispatch('notes:get', { id: signed.id })),
      await ok(dispatch('notes:get', { id: draft.id })),
    ];
    // Taken after the reads above because reading a note is itself audited.
    const before = tableCounts(db());

    fillDisk();
    // A new note on a new session, and a larger version of the existing draft.
    const newNote = await dispatch('notes:saveDraft', { sessionId: s3.id, content: largeNote('new') });
    expect(newNote).toMatchObject({ ok: false, error: { code: 'not_saved' } });
    const grownDraft = await dispatch('notes:saveDraft', { sessionId: s2.id, content: largeNote('grown') });
    expect(grownDraft).toMatchObject({ ok: false, error: { code: 'not_saved' } });
    if (!newNote.ok) expect(newNote.error.message).toMatch(/disk is full/);
    // Not a row more anywhere: no session link, no search entry, no audit entry of a save.
    expect(tableCounts(db())).toEqual(before);

    // Nothing half-written, nothing earlier changed, and the file is sound.
    expect(await ok(dispatch('notes:get', { id: signed.id }))).toEqual(notesBefore[0]);
    expect(await ok(dispatch('notes:get', { id: draft.id }))).toEqual(notesBefore[1]);
    expect((await ok(dispatch('notes:get', { id: signed.id }))).hashValid).toBe(true);
    expect(integrityProblems(db())).toEqual([]);
    expect((await ok(dispatch('sessions:get', { id: s3.id }))).noteId).toBeNull();

    freeDisk();
    const saved = await ok(dispatch('notes:saveDraft', { sessionId: s3.id, content: largeNote('new') }));
    expect(saved.content.sections.data).toBe(largeNote('new').sections?.data);
    const grown = await ok(dispatch('notes:saveDraft', { sessionId: s2.id, content: largeNote('grown') }));
    expect(grown.id).toBe(draft.id);
    expect(grown.content.sections.plan).toBe(largeNote('grown').sections?.plan);
    expect(integrityProblems(db())).toEqual([]);

    // And it all survives closing and reopening.
    await vault.lock();
    await ok(dispatch('vault:unlock', { passphrase: TEST_PASSPHRASE }));
    expect((await ok(dispatch('notes:get', { id: saved.id }))).content.sections.assessment).toBe(
      largeNote('new').sections?.assessment,
    );
    expect(await ok(dispatch('notes:get', { id: signed.id }))).toEqual(notesBefore[0]);
  });

  it('refuses a sign that cannot be written, leaves the draft a draft, and signs once there is room', async () => {
    const couple = await ok(dispatch('couples:create', fictionalCouple()));
    const session = await ok(dispatch('sessions:create', fictionalSession(couple.id)));
    const draft = await ok(
      dispatch('notes:saveDraft', { sessionId: session.id, content: largeNote('sign') }),
    );
    fillDisk();
    const sign = () =>
      dispatch('notes:sign', { id: draft.id, signedBy: 'Dr. Example Clinician, LMFT', attest: true });
    // Signing adds an audit entry and rewrites the note with its hash: more than the last page holds.
    expect(await sign()).toMatchObject({ ok: false, error: { code: 'not_saved' } });
    expect(await ok(dispatch('notes:get', { id: draft.id }))).toMatchObject({
      status: 'draft',
      contentHash: null,
      signedAt: null,
      signedBy: null,
    });
    expect(integrityProblems(db())).toEqual([]);
    freeDisk();
    const signed = await sign();
    expect(signed).toMatchObject({ ok: true, value: { status: 'signed', hashValid: true } });
    expect(integrityProblems(db())).toEqual([]);
  });
});

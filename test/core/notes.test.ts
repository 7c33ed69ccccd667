import { HIGHLIGHT_END, HIGHLIGHT_START } from '@shared/contract/search';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fictionalCouple } from '../fixtures/couples';
import { fictionalDapNote, fictionalSession } from '../fixtures/sessions';
import { makeUnlockedCore, type TestCore, withDirectSql } from '../support/core';

let t: TestCore;
let coupleId: string;
let sessionId: string;

beforeEach(async () => {
  t = await makeUnlockedCore();
  coupleId = (await t.ok('couples:create', fictionalCouple())).id;
  sessionId = (await t.ok('sessions:create', fictionalSession(coupleId))).id;
});
afterEach(async () => {
  await t.dispose();
});

/** Direct SQL on the same encrypted database, as an attacker or a bug would do it. */
async function signedNote() {
  const draft = await t.ok('notes:saveDraft', { sessionId, content: fictionalDapNote() });
  return t.ok('notes:sign', { id: draft.id, signedBy: 'Dr. Example Clinician, LMFT', attest: true });
}

describe('sessions', () => {
  it('records a session with attendance and per-partner check-in', async () => {
    const session = await t.ok('sessions:get', { id: sessionId });
    expect(session).toMatchObject({ type: 'joint', attendance: { A: 'present', B: 'late' }, noteId: null });
    expect(session.checkIn.B?.trust).toBe(2);
  });

  it('updates a session, and refuses to move it to another couple', async () => {
    const updated = await t.ok('sessions:update', {
      ...fictionalSession(coupleId, { durationMinutes: 80, place: 'telehealth' }),
      id: sessionId,
    });
    expect(updated).toMatchObject({ durationMinutes: 80, place: 'telehealth' });
    const other = (await t.ok('couples:create', fictionalCouple({ displayName: 'Other couple' }))).id;
    expect(
      await t.core.dispatch('sessions:update', { ...fictionalSession(other), id: sessionId }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect((await t.ok('sessions:get', { id: sessionId })).coupleId).toBe(coupleId);
  });

  it('refuses to change the session of a signed note, pointing to an addendum', async () => {
    await signedNote();
    const result = await t.core.dispatch('sessions:update', {
      ...fictionalSession(coupleId, {
        outcome: 'noShow',
        outcomeReason: 'rewriting history',
        checkIn: { A: null, B: null },
      }),
      id: sessionId,
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'validation', message: expect.stringMatching(/addendum/) },
    });
    expect((await t.ok('sessions:get', { id: sessionId })).outcome).toBe('held');
  });

  it('requires a reason for a cancellation and refuses a check-in for an absent partner', async () => {
    const result = await t.core.dispatch(
      'sessions:create',
      fictionalSession(coupleId, { outcome: 'cancelled', attendance: { A: 'absent', B: 'absent' } }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.fields).toMatchObject({
      outcomeReason: expect.any(String),
      'checkIn.A': expect.any(String),
    });
  });
});

describe('a session dated after today (the core clock is 2026-11-20)', () => {
  it('is refused as held, with the date named, and nothing is written', async () => {
    const result = await t.core.dispatch(
      'sessions:create',
      fictionalSession(coupleId, { date: '2026-11-21' }),
    );
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        fields: { date: 'This date is after today: record the session once it has taken place' },
      },
    });
    expect((await t.ok('sessions:list', { coupleId })).items).toHaveLength(1);
  });

  it('cannot be moved into the future by an update', async () => {
    const result = await t.core.dispatch('sessions:update', {
      ...fictionalSession(coupleId, { date: '2026-12-01' }),
      id: sessionId,
    });
    expect(result).toMatchObject({ ok: false, error: { fields: { date: expect.any(String) } } });
    expect((await t.ok('sessions:get', { id: sessionId })).date).toBe('2026-11-18');
  });

  it('may be recorded as canceled ahead, and takes no note until its day', async () => {
    const ahead = await t.ok(
      'sessions:create',
      fictionalSession(coupleId, {
        date: '2026-11-27',
        outcome: 'cancelled',
        outcomeReason: 'Clinician away (fictional)',
        attendance: { A: 'notExpected', B: 'notExpected' },
        checkIn: { A: null, B: null },
      }),
    );
    const note = await t.core.dispatch('notes:saveDraft', {
      sessionId: ahead.id,
      content: fictionalDapNote(),
    });
    expect(note).toMatchObject({
      ok: false,
      error: { code: 'validation', message: expect.stringMatching(/after today/) },
    });
    expect((await t.ok('sessions:get', { id: ahead.id })).noteId).toBeNull();
    t.clock.advance(7 * 24 * 60 * 60 * 1000);
    expect((await t.ok('notes:saveDraft', { sessionId: ahead.id, content: fictionalDapNote() })).status).toBe(
      'draft',
    );
  });

  it('a session dated today can be held', async () => {
    expect((await t.ok('sessions:create', fictionalSession(coupleId, { date: '2026-11-20' }))).outcome).toBe(
      'held',
    );
  });
});

describe('progress notes', () => {
  it('saves a draft, then updates the same draft', async () => {
    const first = await t.ok('notes:saveDraft', { sessionId, content: fictionalDapNote() });
    t.clock.advance(2000);
    const second = await t.ok('notes:saveDraft', {
      sessionId,
      content: fictionalDapNote({ homework: 'Two check-ins a day' }),
    });
    expect(second.id).toBe(first.id);
    expect(second.content.homework).toBe('Two check-ins a day');
    expect(second.status).toBe('draft');
    expect((await t.ok('sessions:get', { id: sessionId })).noteStatus).toBe('draft');
  });

  it('signs with attestation, timestamp and a SHA-256 that verifies when shown', async () => {
    const signed = await signedNote();
    expect(signed).toMatchObject({
      status: 'signed',
      signedBy: 'Dr. Example Clinician, LMFT',
      hashValid: true,
    });
    expect(signed.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(signed.attestation).toMatch(/I attest/);
    expect(signed.signedAt).toBe(t.clock.now().toISOString());
  });

  it('refuses to sign without the attestation ticked or with an empty note', async () => {
    const empty = await t.ok('notes:saveDraft', { sessionId, content: fictionalDapNote({ sections: {} }) });
    const noAttest = await t.core.dispatch('notes:sign', {
      id: empty.id,
      signedBy: 'Dr. Example',
      attest: false,
    });
    expect(noAttest).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { attest: expect.any(String) } },
    });
    const emptyResult = await t.core.dispatch('notes:sign', {
      id: empty.id,
      signedBy: 'Dr. Example',
      attest: true,
    });
    expect(emptyResult).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('refuses any change to a signed note through the app', async () => {
    const signed = await signedNote();
    const result = await t.core.dispatch('notes:saveDraft', {
      sessionId,
      content: fictionalDapNote({ homework: 'changed' }),
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'validation', message: expect.stringMatching(/addendum/) },
    });
    expect((await t.ok('notes:get', { id: signed.id })).content.homework).toBe(
      'Gratitude journal, three entries each',
    );
  });

  it('refuses UPDATE and DELETE of a signed note and of an addendum in direct SQL', async () => {
    const signed = await signedNote();
    const withAddendum = await t.ok('notes:addAddendum', {
      noteId: signed.id,
      body: 'Correction: date of the argument was Tuesday.',
      signedBy: 'Dr. Example',
    });
    const addendumId = withAddendum.addenda[0]?.id;
    await withDirectSql(t, (db) => {
      expect(() => db.prepare("UPDATE notes SET content = '{}' WHERE id = ?").run(signed.id)).toThrow(
        /signed notes cannot be changed/,
      );
      expect(() => db.prepare("UPDATE notes SET status = 'draft' WHERE id = ?").run(signed.id)).toThrow(
        /signed notes/,
      );
      expect(() => db.prepare('DELETE FROM notes WHERE id = ?').run(signed.id)).toThrow(
        /signed notes cannot be deleted/,
      );
      expect(() => db.prepare("UPDATE note_addenda SET body = 'x' WHERE id = ?").run(addendumId)).toThrow(
        /addenda cannot be changed/,
      );
      expect(() => db.prepare('DELETE FROM note_addenda WHERE id = ?').run(addendumId)).toThrow(
        /addenda cannot be deleted/,
      );
      // REPLACE deletes the old row first; with recursive triggers that delete is refused too.
      expect(() =>
        db
          .prepare(
            "INSERT OR REPLACE INTO notes SELECT id, session_id, couple_id, format, '{}', status, created_at, updated_at, signed_at, signed_by, attestation, content_hash FROM notes WHERE id = ?",
          )
          .run(signed.id),
      ).toThrow(/signed notes cannot be deleted/);
      expect(() =>
        db
          .prepare(
            "INSERT OR REPLACE INTO audit_log (id, at, actor, action) SELECT id, at, actor, 'tampered' FROM audit_log LIMIT 1",
          )
          .run(),
      ).toThrow(/append-only/);
      expect(() => db.prepare("UPDATE sessions SET date = '2020-01-01' WHERE id = ?").run(sessionId)).toThrow(
        /session of a signed note/,
      );
    });
    expect((await t.ok('notes:get', { id: signed.id })).hashValid).toBe(true);
  });

  it('detects a tampered signed note when it is shown', async () => {
    const signed = await signedNote();
    await withDirectSql(t, (db) => {
      // Someone with the key drops the guard and edits the row.
      db.exec('DROP TRIGGER notes_signed_no_update');
      const content = JSON.parse(
        db.prepare('SELECT content FROM notes WHERE id = ?').pluck().get(signed.id) as string,
      );
      content.sections.assessment = 'Edited after signing.';
      db.prepare('UPDATE notes SET content = ? WHERE id = ?').run(JSON.stringify(content), signed.id);
    });
    const shown = await t.ok('notes:get', { id: signed.id });
    expect(shown.content.sections.assessment).toBe('Edited after signing.');
    expect(shown.hashValid).toBe(false);
  });

  it('links addenda to the signed note, in order, each with its own verified hash; drafts take none', async () => {
    const draft = await t.ok('notes:saveDraft', { sessionId, content: fictionalDapNote() });
    expect(
      await t.core.dispatch('notes:addAddendum', {
        noteId: draft.id,
        body: 'too early',
        signedBy: 'Dr. Example',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    await t.ok('notes:sign', { id: draft.id, signedBy: 'Dr. Example', attest: true });
    t.clock.advance(60_000);
    await t.ok('notes:addAddendum', { noteId: draft.id, body: 'First correction.', signedBy: 'Dr. Example' });
    t.clock.advance(60_000);
    const note = await t.ok('notes:addAddendum', {
      noteId: draft.id,
      body: 'Second correction.',
      signedBy: 'Dr. Example',
    });
    expect(note.addenda.map((a) => [a.body, a.noteId, a.hashValid])).toEqual([
      ['First correction.', draft.id, true],
      ['Second correction.', draft.id, true],
    ]);
  });

  it('raises a safety flag when the risk review reports safety concerns', async () => {
    await t.ok('notes:saveDraft', {
      sessionId,
      content: fictionalDapNote({
        risk: {
          useSinceLastSession: { A: 'yes', B: 'no' },
          safetyConcerns: true,
          suicidalThoughts: false,
          details: null,
        },
      }),
    });
    await t.ok('notes:saveDraft', {
      sessionId,
      content: fictionalDapNote({
        risk: {
          useSinceLastSession: { A: 'yes', B: 'no' },
          safetyConcerns: true,
          suicidalThoughts: false,
          details: null,
        },
      }),
    });
    const { items } = await t.ok('safety:list', { coupleId });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ source: 'note', reasons: ['note.safetyConcerns'] });
  });

  it('lists drafts left unsigned for longer than a given time', async () => {
    await t.ok('notes:saveDraft', { sessionId, content: fictionalDapNote() });
    expect((await t.ok('notes:listUnsigned', { olderThanHours: 24 })).items).toEqual([]);
    t.clock.advance(25 * 3_600_000);
    expect((await t.ok('notes:listUnsigned', { olderThanHours: 24 })).items).toHaveLength(1);
    await signedNote();
    expect((await t.ok('notes:listUnsigned', { olderThanHours: 0 })).items).toEqual([]);
  });
});

describe('search', () => {
  it('finds notes by a word with a highlighted snippet that opens the note, accent-insensitively', async () => {
    const note = await signedNote();
    const { items } = await t.ok('search:query', { query: 'gratitude' });
    const hit = items.find((item) => item.kind === 'note');
    expect(hit).toMatchObject({ refId: note.id, noteId: note.id, coupleId });
    expect(hit?.snippet).toContain(`${HIGHLIGHT_START}gratitude${HIGHLIGHT_END}`);
    expect((await t.ok('search:query', { query: 'muller' })).items.map((i) => i.kind)).toContain('couple');
  });

  it('ranks the note that mentions a word more often first', async () => {
    await signedNote();
    const other = (await t.ok('sessions:create', fictionalSession(coupleId, { date: '2026-11-19' }))).id;
    await t.ok('notes:saveDraft', {
      sessionId: other,
      content: fictionalDapNote({
        sections: { data: 'Trust trust trust: the whole session was about trust.' },
      }),
    });
    const { items } = await t.ok('search:query', { query: 'trust' });
    expect(items[0]?.snippet).toMatch(/whole session/);
  });

  it('follows a draft as it changes: old words stop matching, new words match', async () => {
    await t.ok('notes:saveDraft', {
      sessionId,
      content: fictionalDapNote({ sections: { data: 'They talked about the zebra.' } }),
    });
    expect((await t.ok('search:query', { query: 'zebra' })).items).toHaveLength(1);
    await t.ok('notes:saveDraft', {
      sessionId,
      content: fictionalDapNote({ sections: { data: 'They talked about the giraffe.' } }),
    });
    expect((await t.ok('search:query', { query: 'zebra' })).items).toEqual([]);
    expect((await t.ok('search:query', { query: 'giraffe' })).items).toHaveLength(1);
  });

  it('finds addenda and opens their note', async () => {
    const note = await signedNote();
    await t.ok('notes:addAddendum', {
      noteId: note.id,
      body: 'Correction about the zeppelin museum visit.',
      signedBy: 'Dr. Example',
    });
    const { items } = await t.ok('search:query', { query: 'zeppelin' });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'addendum', noteId: note.id });
  });

  it('leaves process notes out of search unless asked, and out of the note list', async () => {
    await t.ok('notes:saveProcessNote', {
      coupleId,
      sessionId,
      body: 'Private hypothesis about the albatross dream.',
    });
    expect((await t.ok('search:query', { query: 'albatross' })).items).toEqual([]);
    const asked = await t.ok('search:query', { query: 'albatross', includeProcessNotes: true });
    expect(asked.items.map((i) => i.kind)).toEqual(['process']);
    expect((await t.ok('sessions:get', { id: sessionId })).noteId).toBeNull();
  });

  it('treats FTS operators and quotes in the query as text', async () => {
    await signedNote();
    for (const query of ['"', 'NEAR(', 'gratitude OR', '*', 'a:b', '(']) {
      const result = await t.core.dispatch('search:query', { query });
      expect(result.ok, query).toBe(true);
    }
  });

  it('refuses NUL and other control characters in the query as a validation error naming the field', async () => {
    for (const query of ['gratitude\u0000', '\u0000', 'a\u0007b', 'trust\u001bx', 'x\u007fy', 'x\u0085y']) {
      const result = await t.core.dispatch('search:query', { query });
      expect(result, JSON.stringify(query)).toEqual({
        ok: false,
        error: {
          code: 'validation',
          message: 'Some fields need attention.',
          fields: { query: 'Search text cannot contain control characters' },
        },
      });
    }
  });
});

describe('process notes', () => {
  it('are kept apart, marked as process notes, editable, and listed only when asked (which is audited)', async () => {
    const first = await t.ok('notes:saveProcessNote', { coupleId, sessionId, body: 'Hypothesis one.' });
    expect(first.kind).toBe('psychotherapy-process-note');
    t.clock.advance(1000);
    const edited = await t.ok('notes:saveProcessNote', {
      id: first.id,
      coupleId,
      sessionId,
      body: 'Hypothesis one, revised.',
    });
    expect(edited).toMatchObject({
      id: first.id,
      body: 'Hypothesis one, revised.',
      createdAt: first.createdAt,
    });
    expect(edited.updatedAt).not.toBe(first.updatedAt);
    const { items } = await t.ok('notes:listProcessNotes', { coupleId });
    expect(items.map((n) => n.body)).toEqual(['Hypothesis one, revised.']);
    expect((await t.ok('audit:list', { action: 'process_note.listed' })).items).toHaveLength(1);
    const other = (await t.ok('couples:create', fictionalCouple({ displayName: 'Other couple' }))).id;
    expect(
      await t.core.dispatch('notes:saveProcessNote', { id: first.id, coupleId: other, body: 'moved' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});

describe('timeline and audit', () => {
  it('orders sessions, assessments, flags and events by date', async () => {
    await t.ok('sessions:create', fictionalSession(coupleId, { date: '2026-11-04' }));
    await t.ok('timeline:addEvent', {
      coupleId,
      occurredOn: '2026-11-10',
      kind: 'relapse',
      partner: 'A',
      description: 'Drank at a wedding.',
    });
    await t.ok('timeline:addEvent', {
      coupleId,
      occurredOn: '2026-11-12',
      kind: 'disclosure',
      description: 'Disclosed hidden debt.',
    });
    const { items } = await t.ok('timeline:get', { coupleId });
    expect(items.map((i) => [i.date, i.label])).toEqual([
      ['2026-11-04', 'Joint session'],
      ['2026-11-10', 'Relapse'],
      ['2026-11-12', 'Disclosure'],
      ['2026-11-18', 'Joint session'],
    ]);
    expect(items[1]).toMatchObject({ partner: 'A', flagged: true });
    expect(JSON.stringify(items)).not.toContain('wedding');
  });

  it('lists audit entries by couple and action, with no clinical text', async () => {
    const note = await signedNote();
    await t.ok('notes:get', { id: note.id });
    await t.ok('notes:addAddendum', {
      noteId: note.id,
      body: 'Addendum text never logged.',
      signedBy: 'Dr. Example',
    });
    const other = (await t.ok('couples:create', fictionalCouple({ displayName: 'Other couple' }))).id;
    const forCouple = await t.ok('audit:list', { coupleId });
    const actions = forCouple.items.map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'couple.created',
        'session.created',
        'note.created',
        'note.signed',
        'note.viewed',
        'note.addendum_added',
      ]),
    );
    expect(forCouple.items.every((e) => e.coupleId === coupleId)).toBe(true);
    expect(forCouple.items.some((e) => e.entityId === other)).toBe(false);
    expect((await t.ok('audit:list', { action: 'note.signed' })).items).toHaveLength(1);
    const all = JSON.stringify((await t.ok('audit:list', {})).items);
    for (const text of ['Gratitude', 'Addendum text', 'Zoë', 'Dr. Example']) expect(all).not.toContain(text);
  });
});

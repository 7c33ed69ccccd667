import { createHash } from 'node:crypto';
import {
  canonicalNote,
  type NoteContent,
  noteSearchText,
  riskReviewGaps,
  withNoteDefaults,
} from '@shared/domain/notes';
import { describe, expect, it } from 'vitest';
import { storedV1Ids as ids, STORED_V1_HASH, storedV1Content } from '../fixtures/stored-v1-note';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

const linked: NoteContent = {
  ...withNoteDefaults(storedV1Content),
  planInterventions: [
    {
      planVersionId: '2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a',
      key: 'i-reflective',
      name: 'Reflective listening',
    },
  ],
  progress: [
    {
      planVersionId: '2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a',
      objectiveKey: 'o-checkins',
      objective: 'Five evening check-ins a week',
      status: 'progressing',
      sentence: 'Four check-ins this week, up from two.',
    },
  ],
};

describe('the canonical form a note signature covers', () => {
  it('stays byte-identical to rekindle-note-v1 for a note with no plan links, stored with or without the new fields', () => {
    const expected =
      '["rekindle-note-v1","0b9f0a3e-1c2d-4e5f-8a6b-7c8d9e0f1a2b","1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f","Dr. Example Clinician, LMFT","2026-10-01T15:00:00.000Z","SOAP",[["subjective","Zoë said the week felt calmer."],["objective","Both arrived on time."],["assessment","Trust is growing."],["plan","Keep the café check-ins."]],["Reflective listening"],"Three gratitude notes each",["no","unknown",false,false,null]]';
    expect(canonicalNote({ ...ids, content: storedV1Content })).toBe(expected);
    expect(canonicalNote({ ...ids, content: withNoteDefaults(storedV1Content) })).toBe(expected);
    expect(sha256(expected)).toBe(STORED_V1_HASH);
  });

  it('uses rekindle-note-v2 once the note links to the plan, covering every progress entry and plan intervention', () => {
    const text = canonicalNote({ ...ids, content: linked });
    expect(JSON.parse(text)[0]).toBe('rekindle-note-v2');
    expect(text).toContain('["2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a","i-reflective","Reflective listening"]');
    const hash = sha256(text);
    const changed = (content: NoteContent) => sha256(canonicalNote({ ...ids, content }));
    const entry = linked.progress[0];
    if (!entry) throw new Error('fixture has a progress entry');
    expect(changed({ ...linked, progress: [{ ...entry, status: 'met' }] })).not.toBe(hash);
    expect(changed({ ...linked, progress: [{ ...entry, sentence: 'Two check-ins.' }] })).not.toBe(hash);
    expect(changed({ ...linked, planInterventions: [] })).not.toBe(hash);
    // Only progress, or only plan interventions, is enough to use v2.
    expect(JSON.parse(canonicalNote({ ...ids, content: { ...linked, progress: [] } }))[0]).toBe(
      'rekindle-note-v2',
    );
  });

  it('hashes the composed and decomposed spellings of an accented sentence the same (NFC)', () => {
    const entry = linked.progress[0];
    if (!entry) throw new Error('fixture has a progress entry');
    const composed = { ...entry, sentence: 'Zoë led the café talk.'.normalize('NFC') };
    const decomposed = { ...entry, sentence: 'Zoë led the café talk.'.normalize('NFD') };
    expect(decomposed.sentence).not.toBe(composed.sentence);
    expect(canonicalNote({ ...ids, content: { ...linked, progress: [decomposed] } })).toBe(
      canonicalNote({ ...ids, content: { ...linked, progress: [composed] } }),
    );
  });
});

describe('noteSearchText', () => {
  it('includes the progress sentences and the plan interventions’ names, and reads old notes', () => {
    const text = noteSearchText(linked);
    expect(text).toContain('Four check-ins this week, up from two.');
    expect(text).toContain('Reflective listening');
    expect(noteSearchText(storedV1Content)).toContain('Trust is growing.');
  });
});

describe('riskReviewGaps (signing while a safety flag is open)', () => {
  const risk = withNoteDefaults(storedV1Content).risk;
  it('asks for use answers of the partners who attended, and for the details', () => {
    expect(riskReviewGaps(risk, { A: 'present', B: 'late' })).toEqual([
      { kind: 'use', partner: 'B' },
      { kind: 'details' },
    ]);
  });
  it('asks nothing of a partner who was absent or not expected', () => {
    const review = { ...risk, details: 'Discussed the safety plan; both agreed to it.' };
    expect(riskReviewGaps(review, { A: 'present', B: 'absent' })).toEqual([]);
    expect(riskReviewGaps(review, { A: 'notExpected', B: 'late' })).toEqual([{ kind: 'use', partner: 'B' }]);
  });
  it('does not take blank details as written', () => {
    const review = { ...risk, useSinceLastSession: { A: 'no', B: 'yes' } as const, details: '   ' };
    expect(riskReviewGaps(review, { A: 'present', B: 'present' })).toEqual([{ kind: 'details' }]);
  });
});

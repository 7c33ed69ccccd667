import { createHash } from 'node:crypto';
import type { Db } from '@core/db/sqlite';
import type { Addendum, Note, processNoteSchema } from '@shared/contract/notes';
import { canonicalAddendum, canonicalNote, type NoteContent, withNoteDefaults } from '@shared/domain/notes';
import type { z } from 'zod';

interface NoteRow {
  id: string;
  session_id: string;
  couple_id: string;
  format: string;
  content: string;
  status: 'draft' | 'signed';
  created_at: string;
  updated_at: string;
  signed_at: string | null;
  signed_by: string | null;
  attestation: string | null;
  content_hash: string | null;
}

interface AddendumRow {
  id: string;
  note_id: string;
  body: string;
  created_at: string;
  signed_by: string;
  content_hash: string;
}

interface ProcessNoteRow {
  id: string;
  couple_id: string;
  session_id: string | null;
  body: string;
  created_at: string;
  updated_at: string;
}

export type ProcessNote = z.infer<typeof processNoteSchema>;

/**
 * The signature of a note or addendum: a SHA-256 of its canonical text (shared/domain/notes.ts),
 * computed here when it is stored and again whenever it is read, so a changed row shows.
 */
function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function toAddendum(row: AddendumRow): Addendum {
  return {
    id: row.id,
    noteId: row.note_id,
    body: row.body,
    createdAt: row.created_at,
    signedBy: row.signed_by,
    hashValid:
      sha256(
        canonicalAddendum({
          addendumId: row.id,
          noteId: row.note_id,
          signedBy: row.signed_by,
          createdAt: row.created_at,
          body: row.body,
        }),
      ) === row.content_hash,
  };
}

/** A note as the contract shows it, with its signature and each addendum checked against their hashes. */
function toNote(row: NoteRow, addenda: Addendum[]): Note {
  // Notes stored before the plan links existed read with empty links (withNoteDefaults).
  const content = withNoteDefaults(JSON.parse(row.content) as NoteContent);
  const signedBy = row.signed_by;
  const hashValid =
    row.status === 'signed' && row.signed_at && signedBy
      ? sha256(
          canonicalNote({
            noteId: row.id,
            sessionId: row.session_id,
            signedBy,
            signedAt: row.signed_at,
            content,
          }),
        ) === row.content_hash
      : null;
  return {
    id: row.id,
    sessionId: row.session_id,
    coupleId: row.couple_id,
    content,
    status: row.status,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    signedAt: row.signed_at,
    signedBy,
    attestation: row.attestation,
    contentHash: row.content_hash,
    hashValid,
    addenda,
  };
}

/** Process notes always carry their kind, so no screen or report can mistake one for a progress note. */
function toProcessNote(row: ProcessNoteRow): ProcessNote {
  return {
    id: row.id,
    coupleId: row.couple_id,
    sessionId: row.session_id,
    body: row.body,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    kind: 'psychotherapy-process-note',
  };
}

export function createNotesRepo(db: Db) {
  function addenda(noteId: string): Addendum[] {
    return (
      db
        .prepare('SELECT * FROM note_addenda WHERE note_id = ? ORDER BY created_at, id')
        .all(noteId) as AddendumRow[]
    ).map(toAddendum);
  }

  const withAddenda = (row: NoteRow | undefined): Note | null => (row ? toNote(row, addenda(row.id)) : null);

  return {
    getBySession(sessionId: string): Note | null {
      return withAddenda(
        db.prepare('SELECT * FROM notes WHERE session_id = ?').get(sessionId) as NoteRow | undefined,
      );
    },

    get(id: string): Note | null {
      return withAddenda(db.prepare('SELECT * FROM notes WHERE id = ?').get(id) as NoteRow | undefined);
    },

    insertDraft(row: {
      id: string;
      sessionId: string;
      coupleId: string;
      content: NoteContent;
      now: string;
    }): void {
      db.prepare(
        `INSERT INTO notes (id, session_id, couple_id, format, content, status, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, 'draft', ?, ?)`,
      ).run(
        row.id,
        row.sessionId,
        row.coupleId,
        row.content.format,
        JSON.stringify(row.content),
        row.now,
        row.now,
      );
    },

    /** Only drafts change; the database refuses an UPDATE of a signed note anyway. */
    updateDraft(id: string, content: NoteContent, now: string): void {
      db.prepare(
        `UPDATE notes SET format = ?, content = ?, updated_at = ? WHERE id = ? AND status = 'draft'`,
      ).run(content.format, JSON.stringify(content), now, id);
    },

    /** Signs a draft: stores the content as signed with the hash of its canonical text. */
    sign(row: {
      id: string;
      sessionId: string;
      content: NoteContent;
      signedAt: string;
      signedBy: string;
      attestation: string;
    }): void {
      const hash = sha256(
        canonicalNote({
          noteId: row.id,
          sessionId: row.sessionId,
          signedBy: row.signedBy,
          signedAt: row.signedAt,
          content: row.content,
        }),
      );
      db.prepare(
        `UPDATE notes SET content = ?, status = 'signed', signed_at = ?, signed_by = ?, attestation = ?, content_hash = ?, updated_at = ?
         WHERE id = ? AND status = 'draft'`,
      ).run(
        JSON.stringify(row.content),
        row.signedAt,
        row.signedBy,
        row.attestation,
        hash,
        row.signedAt,
        row.id,
      );
    },

    /** Stores a signed addendum with the hash of its canonical text. */
    insertAddendum(addendum: Omit<Addendum, 'hashValid'>): void {
      const hash = sha256(
        canonicalAddendum({
          addendumId: addendum.id,
          noteId: addendum.noteId,
          signedBy: addendum.signedBy,
          createdAt: addendum.createdAt,
          body: addendum.body,
        }),
      );
      db.prepare(
        'INSERT INTO note_addenda (id, note_id, body, created_at, signed_by, content_hash) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(addendum.id, addendum.noteId, addendum.body, addendum.createdAt, addendum.signedBy, hash);
    },

    listUnsigned(updatedBefore: string) {
      return db
        .prepare(
          `SELECT n.id, n.session_id AS sessionId, n.couple_id AS coupleId, s.date AS sessionDate, n.updated_at AS updatedAt
           FROM notes n JOIN sessions s ON s.id = n.session_id
           WHERE n.status = 'draft' AND n.updated_at <= ? ORDER BY s.date`,
        )
        .all(updatedBefore) as {
        id: string;
        sessionId: string;
        coupleId: string;
        sessionDate: string;
        updatedAt: string;
      }[];
    },

    getProcessNote(id: string): ProcessNote | null {
      const row = db.prepare('SELECT * FROM process_notes WHERE id = ?').get(id) as
        | ProcessNoteRow
        | undefined;
      return row ? toProcessNote(row) : null;
    },

    upsertProcessNote(note: Omit<ProcessNote, 'kind'>): void {
      db.prepare(
        `INSERT INTO process_notes (id, couple_id, session_id, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET body = excluded.body, session_id = excluded.session_id, updated_at = excluded.updated_at`,
      ).run(note.id, note.coupleId, note.sessionId, note.body, note.createdAt, note.updatedAt);
    },

    listProcessNotes(coupleId: string): ProcessNote[] {
      return (
        db
          .prepare('SELECT * FROM process_notes WHERE couple_id = ? ORDER BY created_at DESC')
          .all(coupleId) as ProcessNoteRow[]
      ).map(toProcessNote);
    },
  };
}

export type NotesRepo = ReturnType<typeof createNotesRepo>;

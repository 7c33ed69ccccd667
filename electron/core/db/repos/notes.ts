import type { Db } from '@core/db/sqlite';
import type { NoteContent } from '@shared/domain/notes';

export interface NoteRow {
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

export interface AddendumRow {
  id: string;
  note_id: string;
  body: string;
  created_at: string;
  signed_by: string;
  content_hash: string;
}

export interface ProcessNoteRow {
  id: string;
  couple_id: string;
  session_id: string | null;
  body: string;
  created_at: string;
  updated_at: string;
}

export function createNotesRepo(db: Db) {
  return {
    getBySession(sessionId: string): NoteRow | null {
      return (
        (db.prepare('SELECT * FROM notes WHERE session_id = ?').get(sessionId) as NoteRow | undefined) ?? null
      );
    },

    get(id: string): NoteRow | null {
      return (db.prepare('SELECT * FROM notes WHERE id = ?').get(id) as NoteRow | undefined) ?? null;
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

    sign(row: {
      id: string;
      content: NoteContent;
      signedAt: string;
      signedBy: string;
      attestation: string;
      hash: string;
    }): void {
      db.prepare(
        `UPDATE notes SET content = ?, status = 'signed', signed_at = ?, signed_by = ?, attestation = ?, content_hash = ?, updated_at = ?
         WHERE id = ? AND status = 'draft'`,
      ).run(
        JSON.stringify(row.content),
        row.signedAt,
        row.signedBy,
        row.attestation,
        row.hash,
        row.signedAt,
        row.id,
      );
    },

    addenda(noteId: string): AddendumRow[] {
      return db
        .prepare('SELECT * FROM note_addenda WHERE note_id = ? ORDER BY created_at, id')
        .all(noteId) as AddendumRow[];
    },

    insertAddendum(row: AddendumRow): void {
      db.prepare(
        'INSERT INTO note_addenda (id, note_id, body, created_at, signed_by, content_hash) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(row.id, row.note_id, row.body, row.created_at, row.signed_by, row.content_hash);
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

    getProcessNote(id: string): ProcessNoteRow | null {
      return (
        (db.prepare('SELECT * FROM process_notes WHERE id = ?').get(id) as ProcessNoteRow | undefined) ?? null
      );
    },

    upsertProcessNote(row: ProcessNoteRow): void {
      db.prepare(
        `INSERT INTO process_notes (id, couple_id, session_id, body, created_at, updated_at) VALUES (@id, @couple_id, @session_id, @body, @created_at, @updated_at)
         ON CONFLICT (id) DO UPDATE SET body = excluded.body, session_id = excluded.session_id, updated_at = excluded.updated_at`,
      ).run(row);
    },

    listProcessNotes(coupleId: string): ProcessNoteRow[] {
      return db
        .prepare('SELECT * FROM process_notes WHERE couple_id = ? ORDER BY created_at DESC')
        .all(coupleId) as ProcessNoteRow[];
    },
  };
}

export type NotesRepo = ReturnType<typeof createNotesRepo>;

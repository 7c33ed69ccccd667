import { createHash, randomUUID } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { errorCode } from '@core/error-summary';
import { CoreFailure, notFound } from '@core/errors';
import { NEWER_EXPORT_VERSION, openArchive, readEnvelope, sealArchive } from '@core/exports/archive';
import { renderNote } from '@core/reports/note-document';
import { writeToChosenPath } from '@core/save-chosen-file';
import type { Session } from '@core/session';
import type { OpenFileDialog, PreferencesStore, SaveDialog, ScryptParams } from '@core/types';
import { DEFAULT_SCRYPT } from '@core/vault/key-wrap';
import type { Output, ParsedInput } from '@shared/contract';
import {
  EXPORT_DATA_FORMAT,
  EXPORT_DATA_VERSION,
  type ExportCounts,
  type ExportData,
  type ExportScopeInput,
  type ExportTable,
  type ExportTables,
  exportDataSchema,
  exportJsonColumns,
  type exportsContract,
  exportTables,
} from '@shared/contract/exports';
import { unreadableContent } from '@shared/contract/exports/content';
import { toIsoDate } from '@shared/domain/dates';
import { exportCounts, exportFileName, newestRecordAt } from '@shared/domain/export';
import { type NoteContent, noteSearchText } from '@shared/domain/notes';
import type { ServiceContext } from './context';
import { indexForSearch } from './couples';
import type { HandlerMap } from './handlers';
import { ADDENDUM_INDEX_PREFIX, noteIndexTitle, PROCESS_NOTE_INDEX_TITLE } from './notes';
import { perSession } from './per-session';
import { documentFrame, loadCouple } from './reports';
import { initialsIfChosen } from './settings';

export interface PortabilityDeps {
  preferences: PreferencesStore;
  saveDialog: SaveDialog | undefined;
  openFileDialog: OpenFileDialog | undefined;
  /** scrypt cost for the archive key: the vault's default; tests pass a cheap one. */
  kdf: ScryptParams | undefined;
  demo: boolean;
}

/** An archive the clinician chose to import: the path stays here, the page only sees the id. */
interface PendingImport {
  path: string;
  fileName: string;
  /** Set once the passphrase opened it (the preview); the import uses exactly what was previewed. */
  data: ExportData | null;
}

/** Per unlocked session: locking drops the session, and any decrypted archive with it. */
const pendingOf = perSession<PendingImport>();

/** Far above a practice's export: refuses a wrong multi-gigabyte file before reading it. */
const MAX_ARCHIVE_BYTES = 1024 * 1024 * 1024;

const EXPORT_FILTER = { name: 'Rekindle export', extensions: ['rekindle'] };

type Row = Record<string, unknown>;

/** Database rows to export records: JSON columns become JSON. */
function readTables(s: Session, scope: ExportScopeInput, includeProcessNotes: boolean): ExportTables {
  const coupleId = scope.kind === 'couple' ? scope.coupleId : null;
  const tables = {} as Record<ExportTable, Row[]>;
  for (const table of exportTables) {
    const rows = table === 'process_notes' && !includeProcessNotes ? [] : s.exports.rows(table, coupleId);
    const json = exportJsonColumns[table] as readonly string[];
    tables[table] = rows.map((row) => {
      const out: Row = { ...row };
      for (const column of json) {
        const value = row[column];
        out[column] = typeof value === 'string' ? JSON.parse(value) : value;
      }
      return out;
    });
  }
  return tables as ExportTables;
}

/** Export records back to database rows: JSON as text again, exactly as the app writes it. */
function toDatabaseRows(table: ExportTable, rows: readonly Row[]): Row[] {
  const json = exportJsonColumns[table] as readonly string[];
  return rows.map((row) => {
    const out: Row = { ...row };
    for (const column of json) {
      const value = row[column];
      // A null check-in stays SQL NULL; every other JSON value is stored as its text.
      out[column] = value === null && table === 'sessions' ? null : JSON.stringify(value);
    }
    return out;
  });
}

/** The search index is derived: rebuilt from the imported rows, never copied. */
function reindex(s: Session, tables: ExportTables): void {
  const couples = new Map(tables.couples.map((c) => [c.id, c.display_name]));
  for (const couple of tables.couples) {
    const fields = s.couples.get(couple.id);
    if (fields) indexForSearch(s, couple.id, fields);
  }
  const sessionDates = new Map(tables.sessions.map((row) => [row.id, row.date]));
  const noteTitles = new Map<string, { coupleId: string; title: string }>();
  for (const row of tables.notes) {
    const title = noteIndexTitle(couples.get(row.couple_id) ?? '', sessionDates.get(row.session_id) ?? '');
    noteTitles.set(row.id, { coupleId: row.couple_id, title });
    // parseData checked every note's content against the note schema (portability-content.ts).
    s.search.index(
      'note',
      row.id,
      row.couple_id,
      title,
      noteSearchText(row.content as unknown as NoteContent),
    );
  }
  for (const row of tables.note_addenda) {
    const note = noteTitles.get(row.note_id);
    if (note)
      s.search.index('addendum', row.id, note.coupleId, `${ADDENDUM_INDEX_PREFIX}${note.title}`, row.body);
  }
  for (const row of tables.process_notes) {
    s.search.index('process', row.id, row.couple_id, PROCESS_NOTE_INDEX_TITLE, row.body);
  }
}

// biome-ignore lint/complexity/noExcessiveLinesPerFunction: a handler map: each exports:* handler is its own short function, closing over the pending import
export function createExportsHandlers(ctx: ServiceContext, deps: PortabilityDeps) {
  const frame = () => documentFrame(deps.preferences, deps.demo, ctx.clock());
  /** The export being made, if any: each PDF is awaited, so the screen can ask in between. */
  let progress: Output<'exports:progress'> = null;

  /** Each signed note as the PDF Rekindle prints (with its addenda): readable without Rekindle. */
  async function signedNoteDocuments(tables: ExportTables): Promise<ExportData['documents']> {
    const documents: ExportData['documents'] = [];
    const signed = tables.notes.filter((row) => row.status === 'signed');
    progress = { stage: 'documents', done: 0, total: signed.length };
    const exporting = ctx.session();
    for (const row of signed) {
      // Rendering is asynchronous: a lock meanwhile answers "locked", and a restore meanwhile
      // would mix two databases in one archive, so the export stops instead.
      const s = ctx.session();
      if (s !== exporting) {
        throw new CoreFailure(
          'conflict',
          'The records were replaced while the export was being made (a restore). Nothing was saved; export again.',
        );
      }
      const note = s.notes.get(row.id);
      const session = note ? s.sessions.get(note.sessionId) : null;
      if (!note || !session) throw notFound('note');
      const { couple, partners, initials } = loadCouple(s, note.coupleId);
      const { bytes } = await renderNote(
        { coupleLabel: couple.displayName, partners, note, session },
        frame(),
      );
      documents.push({
        noteId: row.id,
        fileName: `session-note-${initials}-${session.date}-${row.id.slice(0, 8)}.pdf`,
        pdfBase64: bytes.toString('base64'),
        sha256: createHash('sha256').update(bytes).digest('hex'),
      });
      progress = { stage: 'documents', done: documents.length, total: signed.length };
    }
    return documents;
  }

  function pending(importId: string): PendingImport {
    const chosen = pendingOf(ctx.session()).get(importId);
    if (!chosen)
      throw new CoreFailure('not_found', 'That export is no longer chosen. Choose the file again.');
    return chosen;
  }

  function requireEmptyPractice(s: Session): void {
    const couples = s.exports.coupleCount();
    if (couples > 0) {
      throw new CoreFailure(
        'conflict',
        `An export can only be imported into an empty practice, and this one has ${couples} ${couples === 1 ? 'couple' : 'couples'}. Set up new records (a new vault) and import there.`,
      );
    }
  }

  /** Makes the archive, asks where to save it, and writes it. */
  async function createExport({
    scope,
    includeProcessNotes,
    passphrase,
  }: ParsedInput<'exports:create'>): Promise<Output<'exports:create'>> {
    // Before any work: without a window there is nowhere to save.
    const saveDialog = deps.saveDialog;
    if (!saveDialog) {
      throw new CoreFailure('not_saved', 'Not saved: saving a file needs the Rekindle desktop window.');
    }
    const now = ctx.clock();
    let s = ctx.session();
    // A couple's export says so; it carries their initials only when the clinician opted in.
    const label =
      scope.kind === 'couple'
        ? (initialsIfChosen(deps.preferences, loadCouple(s, scope.coupleId).initials) ?? 'couple')
        : 'practice';
    const tables = readTables(s, scope, includeProcessNotes);
    const counts = exportCounts(tables);
    const data: ExportData = {
      format: EXPORT_DATA_FORMAT,
      version: EXPORT_DATA_VERSION,
      exportedAt: now.toISOString(),
      schemaVersion: s.exports.schemaVersion(),
      scope,
      includesProcessNotes: includeProcessNotes,
      counts,
      tables,
      documents: await signedNoteDocuments(tables),
    };
    // What is written is what the published schema promises; a mismatch is our bug, never shipped.
    const checked = exportDataSchema.safeParse(data);
    if (!checked.success) throw new Error('export document does not match its schema');
    const file = await sealArchive(JSON.stringify(checked.data), passphrase, deps.kdf ?? DEFAULT_SCRYPT);
    const fileName = exportFileName(label, toIsoDate(now));
    // Made: what follows is the clinician choosing where it goes.
    progress = null;
    const chosen = await saveDialog({
      fileName,
      kind: 'export',
      title: 'Save the export',
      filter: EXPORT_FILTER,
    });
    const result = { bytes: 0, counts, documents: data.documents.length };
    if (chosen === null) return { saved: false, fileName: null, ...result };
    // The dialog may have stayed open across a lock: the session is asked for again.
    s = ctx.session();
    const path = writeToChosenPath(chosen, '.rekindle', file, 'the export', (code) =>
      s.audit.record('export.save_failed', undefined, { code }),
    );
    s.audit.record('export.created', undefined, {
      scope: scope.kind,
      ...(scope.kind === 'couple' ? { coupleId: scope.coupleId } : {}),
      includesProcessNotes: includeProcessNotes,
      ...auditCounts(counts),
    });
    return { saved: true, fileName: basename(path), ...result, bytes: Buffer.byteLength(file) };
  }

  return {
    'exports:progress': () => progress,

    'exports:create': async (input) => {
      try {
        return await createExport(input);
      } finally {
        progress = null;
      }
    },

    'exports:importStatus': () => {
      const couples = ctx.session().exports.coupleCount();
      return { empty: couples === 0, couples };
    },

    'exports:chooseImport': async () => {
      requireEmptyPractice(ctx.session());
      if (!deps.openFileDialog) {
        throw new CoreFailure('conflict', 'Choosing a file needs the Rekindle desktop window.');
      }
      const path = await deps.openFileDialog({
        title: 'Choose a Rekindle export',
        buttonLabel: 'Choose',
        filter: EXPORT_FILTER,
      });
      if (path === null) return { importId: null, fileName: null };
      const importId = randomUUID();
      const fileName = basename(path);
      pendingOf(ctx.session()).set(importId, { path, fileName, data: null });
      return { importId, fileName };
    },

    'exports:preview': async ({ importId, passphrase }) => {
      const chosen = pending(importId);
      let file: Buffer;
      try {
        if (statSync(chosen.path).size > MAX_ARCHIVE_BYTES) {
          throw new CoreFailure('validation', 'That file is far too large to be a Rekindle export.');
        }
        file = readFileSync(chosen.path);
      } catch (error) {
        if (error instanceof CoreFailure) throw error;
        const code = errorCode(error) ?? 'unknown';
        throw new CoreFailure(
          'not_found',
          `The export file cannot be read (${code}). Check the drive is connected, then choose it again.`,
        );
      }
      const text = await openArchive(readEnvelope(file), passphrase);
      const data = parseData(text);
      if (data.schemaVersion > ctx.session().exports.schemaVersion()) {
        // Its records have columns this version does not know: importing would lose them.
        throw new CoreFailure('validation', NEWER_EXPORT_VERSION);
      }
      chosen.data = data;
      const couple = data.scope.kind === 'couple' ? data.tables.couples[0] : undefined;
      return {
        fileName: chosen.fileName,
        exportedAt: data.exportedAt,
        scope: data.scope.kind,
        coupleName: couple?.display_name ?? null,
        includesProcessNotes: data.includesProcessNotes,
        counts: exportCounts(data.tables),
        documents: data.documents.length,
        newestRecordAt: newestRecordAt(data.tables),
      };
    },

    'exports:import': ({ importId }) => {
      const chosen = pending(importId);
      const { data } = chosen;
      if (!data) {
        throw new CoreFailure('conflict', 'Open the export with its passphrase first, then import it.');
      }
      const s = ctx.session();
      const counts = exportCounts(data.tables);
      try {
        s.db.transaction(() => {
          requireEmptyPractice(s);
          for (const table of exportTables) {
            s.exports.insert(table, toDatabaseRows(table, data.tables[table] as Row[]));
          }
          reindex(s, data.tables);
          s.audit.record('import.completed', undefined, {
            scope: data.scope.kind,
            exportedAt: data.exportedAt,
            includesProcessNotes: data.includesProcessNotes,
            ...auditCounts(counts),
          });
        })();
      } catch (error) {
        if (error instanceof CoreFailure) throw error;
        const code = errorCode(error);
        if (code?.startsWith('SQLITE_CONSTRAINT')) {
          throw new CoreFailure(
            'validation',
            `Nothing was imported: the records in this export do not fit together (${code}). It may have been edited by hand.`,
          );
        }
        throw error;
      }
      pendingOf(s).delete(importId);
      return { counts };
    },
  } satisfies HandlerMap<keyof typeof exportsContract>;
}

/** Counts only, never content: how many couples and how many records in all. */
function auditCounts(counts: ExportCounts): { couples: number; records: number } {
  return { couples: counts.couples, records: Object.values(counts).reduce((sum, n) => sum + n, 0) };
}

/** The data document, with a specific message for a newer format and for a damaged one. */
function parseData(text: string): ExportData {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new CoreFailure(
      'validation',
      'This export is damaged: its content cannot be read. Export it again.',
    );
  }
  const head = parsed as { format?: unknown; version?: unknown } | null;
  if (
    head?.format === EXPORT_DATA_FORMAT &&
    typeof head.version === 'number' &&
    head.version > EXPORT_DATA_VERSION
  ) {
    throw new CoreFailure('validation', NEWER_EXPORT_VERSION);
  }
  const data = exportDataSchema.safeParse(parsed);
  if (!data.success) {
    throw new CoreFailure(
      'validation',
      'This export does not follow the Rekindle export format, so nothing can be imported from it.',
    );
  }
  const unreadable = unreadableContent(data.data.tables);
  if (unreadable) {
    throw new CoreFailure(
      'validation',
      `This export does not follow the Rekindle export format (${unreadable} cannot be read), so nothing can be imported from it. It may have been edited by hand.`,
    );
  }
  return data.data;
}

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createExportsRepo } from '@core/db/repos/exports';
import { createDemoClock, generateDemoPractice } from '@core/demo';
import { openArchive, readEnvelope, sealArchive } from '@core/exports/archive';
import {
  type ExportEnvelope,
  type ExportTable,
  exportDataSchema,
  exportTables,
} from '@shared/contract/exports';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownLibraryEntry } from '../fixtures/library';
import { fictionalDapNote, fictionalSession } from '../fixtures/sessions';
import {
  makeCore,
  makeUnlockedCore,
  TEST_KDF,
  TEST_PASSPHRASE,
  type TestCore,
  withDirectSql,
} from '../support/core';

/** The export passphrase: different from the vault's, as a clinician would choose. */
const EXPORT_PASSPHRASE = 'harbour kettle juniper meadow';
const PRESENT = new Date(2026, 10, 20, 15, 0);

const folder = mkdtempSync(join(tmpdir(), 'rekindle-export-test-'));
let source: TestCore;
let nextOpen: string | null = null;
let cancelSave = false;
const dialogs = {
  saveDialog: async ({ fileName }: { fileName: string }) => (cancelSave ? null : join(folder, fileName)),
  openFileDialog: async () => nextOpen,
};
let firstCoupleId = '';

type Rows = Record<ExportTable, Record<string, unknown>[]>;

/** Every exported table of a database, read directly (not through the services under test). */
function tablesOf(t: TestCore, coupleId: string | null = null): Promise<Rows> {
  return withDirectSql(t, (db) => {
    const repo = createExportsRepo(db);
    return Object.fromEntries(exportTables.map((table) => [table, repo.rows(table, coupleId)])) as Rows;
  });
}

/** Order-independent: each table's rows as sorted JSON strings. */
function canonical(rows: Rows): Record<string, string[]> {
  return Object.fromEntries(
    exportTables.map((table) => [table, rows[table].map((row) => JSON.stringify(row)).sort()]),
  );
}

async function importInto(file: string, passphrase = EXPORT_PASSPHRASE) {
  const target = await makeUnlockedCore(dialogs);
  nextOpen = file;
  const chosen = await target.ok('exports:chooseImport', {});
  if (!chosen.importId) throw new Error('no import chosen');
  const preview = await target.ok('exports:preview', { importId: chosen.importId, passphrase });
  const imported = await target.ok('exports:import', { importId: chosen.importId });
  return { target, preview, imported };
}

beforeAll(async () => {
  const clock = createDemoClock(new Date(2026, 4, 1, 9, 0));
  source = await makeCore({ clock, core: dialogs });
  await source.ok('vault:create', { passphrase: TEST_PASSPHRASE });
  clock.set(PRESENT);
  await generateDemoPractice({
    dispatch: source.core.dispatch,
    clock,
    couples: 2,
    months: 3,
    seed: 'export',
  });
  // What the demo does not write: the clinician's own and edited library entries, a draft, an
  // addendum, a process note, a timeline event and a report record.
  const [couple] = (await source.ok('couples:list', { status: 'all' })).items;
  if (!couple) throw new Error('no demo couple');
  firstCoupleId = couple.id;
  const library = await source.ok('library:list', {});
  const seed = library.items.find((item) => item.origin === 'seed');
  if (!seed) throw new Error('no seed entry');
  await source.ok('library:update', {
    entry: { ...seed.entry, purpose: 'Edited by the (fictional) clinician.' },
  });
  await source.ok('library:create', { entry: ownLibraryEntry() });
  const session = await source.ok('sessions:create', fictionalSession(couple.id, { date: '2026-11-19' }));
  await source.ok('notes:saveDraft', { sessionId: session.id, content: fictionalDapNote() });
  await source.ok('notes:saveProcessNote', {
    coupleId: couple.id,
    sessionId: session.id,
    body: 'Fictional process note.',
  });
  await source.ok('timeline:addEvent', {
    coupleId: couple.id,
    occurredOn: '2026-11-10',
    kind: 'milestone',
    description: 'Fictional milestone: first weekend away.',
  });
  const later = await source.ok('sessions:create', fictionalSession(couple.id, { date: '2026-11-20' }));
  // Homework: one reviewed in the session whose note is signed below, one still to do.
  const homework = {
    coupleId: couple.id,
    sessionId: session.id,
    who: 'partnerA' as const,
    instructions: null,
  };
  const reviewed = await source.ok('homework:assign', {
    ...homework,
    libraryId: 'feelings-journal',
    title: 'Feelings journal',
    dueDate: '2026-11-20',
  });
  await source.ok('homework:review', {
    id: reviewed.id,
    sessionId: later.id,
    status: 'partly',
    comment: null,
  });
  await source.ok('homework:assign', {
    ...homework,
    libraryId: null,
    title: 'Fictional task: list three calm evenings',
    dueDate: '2026-11-27',
  });
  const note = await source.ok('notes:saveDraft', { sessionId: later.id, content: fictionalDapNote() });
  await source.ok('notes:sign', { id: note.id, signedBy: 'Dr. Example Clinician', attest: true });
  await source.ok('notes:addAddendum', {
    noteId: note.id,
    body: 'Fictional correction: the session ran ten minutes over.',
    signedBy: 'Dr. Example Clinician',
  });
  await source.ok('reports:generate', { kind: 'calendarSheet', coupleId: couple.id, month: '2026-11' });
  const consent = await source.ok('consents:record', {
    coupleId: couple.id,
    partner: 'A',
    recipientKind: 'referringProgramme',
    recipientName: 'Sample Recovery Program (fictional)',
    purpose: 'Coordinating care',
    scope: ['diagnosis', 'useData'],
    signedOn: '2026-11-02',
    expiresOn: '2027-11-01',
    expiryEvent: null,
  });
  await source.ok('consents:revoke', { id: consent.id, revokedOn: '2026-11-15' });
  // Questionnaires: a schedule, and a PHQ-9 the clinician entered from a paper form.
  await source.ok('questionnaires:setSchedule', {
    coupleId: couple.id,
    entries: [{ instrument: 'phq9', partner: 'A', cadence: 'every2Weeks' }],
  });
  await source.ok('questionnaires:record', {
    coupleId: couple.id,
    partner: 'A',
    instrument: 'phq9',
    answeredOn: '2026-11-10',
    answers: {
      interest: 1,
      mood: 1,
      sleep: 2,
      energy: 1,
      appetite: 0,
      selfWorth: 0,
      concentration: 1,
      psychomotor: 0,
      selfHarmThoughts: 0,
    },
  });
  // Bookings: a weekly series, the first of which partner B called off late.
  const series = await source.ok('sessions:book', {
    coupleId: couple.id,
    date: '2026-11-23',
    startTime: '07:00',
    durationMinutes: 50,
    type: 'joint',
    place: 'telehealth',
    repeat: { every: 'week', count: 2 },
  });
  await source.ok('sessions:recordOutcome', {
    ...fictionalSession(couple.id, {
      date: '2026-11-23',
      startTime: '07:00',
      place: 'telehealth',
      outcome: 'cancelled',
      outcomeReason: 'Fictional: a late shift',
      cancelledBy: 'partnerB',
      noticeHours: 5,
      attendance: { A: 'notExpected', B: 'notExpected' },
      checkIn: { A: null, B: null },
    }),
    id: series.items[0]?.id ?? '',
  });
}, 180_000);

afterAll(async () => {
  await source.dispose();
  rmSync(folder, { recursive: true, force: true });
});

describe('export for portability', () => {
  let practiceFile = '';

  it('writes the whole practice as an encrypted archive, with every kind of record', async () => {
    expect(await source.ok('exports:progress', {})).toBeNull();
    const running = source.ok('exports:create', {
      scope: { kind: 'practice' },
      includeProcessNotes: true,
      passphrase: EXPORT_PASSPHRASE,
    });
    // Each PDF is awaited, so the core answers how far it has got while it works.
    const seen: string[] = [];
    for (let i = 0; i < 200; i += 1) {
      const progress = await source.ok('exports:progress', {});
      if (progress) seen.push(`${progress.stage} ${progress.done}/${progress.total}`);
      if (progress?.stage === 'sealing') break;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const result = await running;
    expect(seen.length).toBeGreaterThan(1);
    expect(new Set(seen).size).toBeGreaterThan(1);
    expect(seen.every((line) => line.endsWith(`/${result.documents}`))).toBe(true);
    expect(await source.ok('exports:progress', {})).toBeNull();
    expect(result.saved).toBe(true);
    expect(result.fileName).toBe('rekindle-export-practice-20261120.rekindle');
    practiceFile = join(folder, result.fileName ?? '');
    const file = readFileSync(practiceFile);
    expect(result.bytes).toBe(file.length);
    // Every table holds something, so the round trip below covers every kind of record.
    for (const table of exportTables) expect(result.counts[table], table).toBeGreaterThan(0);
    expect(result.documents).toBeGreaterThan(0);
    // Encrypted: no name, note text or JSON field of the data is readable in the file.
    const text = file.toString('utf8');
    expect(text).not.toMatch(/Fictional|display_name|our-sunday-walk/);
    console.info(`practice export: ${file.length} bytes, ${JSON.stringify(result.counts)}`);
  });

  it('holds signed notes as PDFs whose hashes match, and follows the published JSON Schemas', async () => {
    const file = readFileSync(practiceFile);
    const plain = JSON.parse(await openArchive(readEnvelope(file), EXPORT_PASSPHRASE)) as unknown;
    // Validated as an outside reader would: with the committed JSON Schema files, not with zod.
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    ajv.addFormat('base64', /^[A-Za-z0-9+/]*={0,2}$/);
    const published = (name: string) =>
      JSON.parse(readFileSync(join('resources', 'export', name), 'utf8')) as object;
    const validateData = ajv.compile(published('rekindle-export-v1.schema.json'));
    expect(validateData(plain), JSON.stringify(validateData.errors?.slice(0, 3))).toBe(true);
    const validateEnvelope = ajv.compile(published('rekindle-export-envelope-v1.schema.json'));
    expect(validateEnvelope(JSON.parse(file.toString('utf8')))).toBe(true);
    const data = exportDataSchema.parse(plain);
    // Bookings and who cancelled travel with the sessions, their series shared.
    const booked = data.tables.sessions.filter((row) => row.series_id !== null);
    expect(booked.map((row) => [row.outcome, row.cancelled_by, row.notice_hours])).toEqual(
      expect.arrayContaining([
        ['cancelled', 'partnerB', 5],
        ['booked', null, null],
      ]),
    );
    const signed = data.tables.notes.filter((n) => n.status === 'signed');
    expect(data.documents.map((d) => d.noteId).sort()).toEqual(signed.map((n) => n.id).sort());
    const { createHash } = await import('node:crypto');
    for (const document of data.documents) {
      const bytes = Buffer.from(document.pdfBase64, 'base64');
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(document.sha256);
    }
    expect(data.includesProcessNotes).toBe(true);
    expect(data.tables.library_entries.every((e) => e.origin === 'clinician' || e.edited === 1)).toBe(true);
  });

  it('imports into an empty vault, round-tripping every exported row, signatures and search', async () => {
    const { target, preview, imported } = await importInto(practiceFile);
    try {
      expect(preview).toMatchObject({ scope: 'practice', coupleName: null, includesProcessNotes: true });
      expect(preview.newestRecordAt).toBe(PRESENT.toISOString());
      expect(imported.counts).toEqual(preview.counts);
      expect(canonical(await tablesOf(target))).toEqual(canonical(await tablesOf(source)));

      // Signed notes stay signed, and their hashes (and their addenda's) still verify.
      const notes = (await tablesOf(target)).notes.filter((n) => n.status === 'signed');
      expect(notes.length).toBeGreaterThan(0);
      for (const row of notes) {
        const note = await target.ok('notes:get', { id: String(row.id) });
        expect(note.hashValid, String(row.id)).toBe(true);
        expect(note.addenda.every((a) => a.hashValid)).toBe(true);
      }
      // The search index was rebuilt, process notes kept apart.
      expect((await target.ok('search:query', { query: 'finances' })).items.length).toBeGreaterThan(0);
      expect(
        (await target.ok('search:query', { query: 'process', includeProcessNotes: true })).items.length,
      ).toBeGreaterThan(0);
      // The audit log records the import with counts only.
      const audit = await target.ok('audit:list', { action: 'import.completed' });
      expect(audit.items).toHaveLength(1);
      expect(JSON.stringify(audit.items)).not.toMatch(/Fictional|Zoë/);

      // Now it is not empty: a second import is refused, before and after choosing a file.
      expect(await target.ok('exports:importStatus', {})).toMatchObject({ empty: false });
      expect(await target.core.dispatch('exports:chooseImport', {})).toMatchObject({
        ok: false,
        error: {
          code: 'conflict',
          message: expect.stringMatching(/only be imported into an empty practice/),
        },
      });
    } finally {
      await target.dispose();
    }
  });

  it('imports an archive written before safety answers and the DSM-5 switch, and reads it as the app reads its own', async () => {
    const envelope = JSON.parse(readFileSync(practiceFile, 'utf8')) as ExportEnvelope;
    const data = JSON.parse(await openArchive(envelope, EXPORT_PASSPHRASE)) as {
      tables: Record<string, Record<string, unknown>[]> & {
        assessments: {
          id: string;
          answers: Record<string, Record<string, unknown>>;
          scores: Record<string, Record<string, unknown>>;
        }[];
      };
    };
    // The previous shape: a boolean per safety item, no dsm5Assessed, scores without the new fields.
    const legacy = data.tables.assessments.map((row) => {
      const answers = structuredClone(row.answers);
      const scores = structuredClone(row.scores);
      for (const key of ['partnerA', 'partnerB'] as const) {
        const partner = answers[key] as { safety: Record<string, string>; dsm5Assessed?: boolean };
        partner.safety = Object.fromEntries(
          Object.entries(partner.safety).map(([id, answer]) => [id, answer === 'yes']),
        ) as never;
        delete partner.dsm5Assessed;
        delete scores[key]?.dsm5Assessed;
        delete scores[key]?.unaskedSafety;
      }
      return { ...row, answers, scores };
    });
    expect(legacy.length).toBeGreaterThan(0);
    const file = join(folder, 'legacy-assessments.rekindle');
    writeFileSync(
      file,
      await sealArchive(
        JSON.stringify({ ...data, tables: { ...data.tables, assessments: legacy } }),
        EXPORT_PASSPHRASE,
        TEST_KDF,
      ),
    );
    const { target } = await importInto(file);
    try {
      for (const row of legacy) {
        const read = await target.ok('assessments:get', { id: row.id });
        for (const key of ['partnerA', 'partnerB'] as const) {
          const stored = row.answers[key] as {
            safety: Record<string, boolean>;
            dsm5Criteria: string[];
            substances: string[];
          };
          // true is yes; false cannot be told from "never asked", so it reads as not asked.
          for (const [id, positive] of Object.entries(stored.safety)) {
            expect(read[key].safety[id as keyof (typeof read)[typeof key]['safety']]).toBe(
              positive ? 'yes' : 'notAsked',
            );
          }
          expect(read[key].dsm5Assessed).toBe(stored.dsm5Criteria.length > 0 || stored.substances.length > 0);
          expect(read.scores[key].dsm5Assessed).toBe(read[key].dsm5Assessed);
          expect(read.scores[key].unaskedSafety.length).toBe(
            Object.values(stored.safety).filter((positive) => !positive).length,
          );
        }
      }
    } finally {
      await target.dispose();
    }
  });

  it('imports an archive written before homework (schema 7) as one with no homework', async () => {
    const envelope = JSON.parse(readFileSync(practiceFile, 'utf8')) as ExportEnvelope;
    const data = JSON.parse(await openArchive(envelope, EXPORT_PASSPHRASE)) as {
      schemaVersion: number;
      tables: Record<string, unknown[]>;
      counts: Record<string, number>;
    };
    expect(data.tables.homework?.length).toBeGreaterThan(0);
    const { homework: _rows, ...tables } = data.tables;
    const { homework: _count, ...counts } = data.counts;
    const file = join(folder, 'before-homework.rekindle');
    writeFileSync(
      file,
      await sealArchive(
        JSON.stringify({ ...data, schemaVersion: 7, tables, counts }),
        EXPORT_PASSPHRASE,
        TEST_KDF,
      ),
    );
    const { target, preview, imported } = await importInto(file);
    try {
      expect(preview.counts.homework).toBe(0);
      expect(imported.counts.sessions).toBe(data.counts.sessions);
      expect((await target.ok('homework:list', { coupleId: firstCoupleId })).items).toEqual([]);
    } finally {
      await target.dispose();
    }
  });

  it('refuses an archive whose assessment answers are not an assessment, before writing anything', async () => {
    const envelope = JSON.parse(readFileSync(practiceFile, 'utf8')) as ExportEnvelope;
    const data = JSON.parse(await openArchive(envelope, EXPORT_PASSPHRASE)) as {
      tables: Record<string, Record<string, unknown>[]>;
    };
    const assessments = (data.tables.assessments ?? []).map((row, i) =>
      i === 0 ? { ...row, answers: { partnerA: { safety: { fearOfPartner: 'maybe' } } } } : row,
    );
    const file = join(folder, 'bad-assessment.rekindle');
    writeFileSync(
      file,
      await sealArchive(
        JSON.stringify({ ...data, tables: { ...data.tables, assessments } }),
        EXPORT_PASSPHRASE,
        TEST_KDF,
      ),
    );
    const target = await makeUnlockedCore(dialogs);
    try {
      nextOpen = file;
      const chosen = await target.ok('exports:chooseImport', {});
      expect(
        await target.core.dispatch('exports:preview', {
          importId: chosen.importId ?? '',
          passphrase: EXPORT_PASSPHRASE,
        }),
      ).toMatchObject({
        ok: false,
        error: { code: 'validation', message: expect.stringMatching(/an assessment cannot be read/) },
      });
    } finally {
      await target.dispose();
    }
  });

  it('exports one couple without process notes unless asked, and imports only that couple', async () => {
    const result = await source.ok('exports:create', {
      scope: { kind: 'couple', coupleId: firstCoupleId },
      includeProcessNotes: false,
      passphrase: EXPORT_PASSPHRASE,
    });
    // Without the clinician's opt-in, the file name says a couple, not which one.
    expect(result.fileName).toBe('rekindle-export-couple-20261120.rekindle');
    expect(result.counts.couples).toBe(1);
    expect(result.counts.process_notes).toBe(0);
    const { target, preview } = await importInto(join(folder, result.fileName ?? ''));
    try {
      expect(preview.scope).toBe('couple');
      expect(preview.coupleName).not.toBeNull();
      const expected = await tablesOf(source, firstCoupleId);
      expected.process_notes = [];
      expect(canonical(await tablesOf(target))).toEqual(canonical(expected));
      expect((await target.ok('couples:list', { status: 'all' })).items.map((c) => c.id)).toEqual([
        firstCoupleId,
      ]);
    } finally {
      await target.dispose();
    }
  });

  it('refuses a wrong passphrase, an altered header, a foreign file and a newer format, specifically', async () => {
    const target = await makeUnlockedCore(dialogs);
    const preview = async (file: string, passphrase = EXPORT_PASSPHRASE) => {
      nextOpen = file;
      const chosen = await target.ok('exports:chooseImport', {});
      return target.core.dispatch('exports:preview', { importId: chosen.importId ?? '', passphrase });
    };
    try {
      expect(await preview(practiceFile, 'not the export passphrase')).toMatchObject({
        ok: false,
        error: { code: 'wrong_passphrase', message: expect.stringMatching(/does not open this export/) },
      });
      const envelope = JSON.parse(readFileSync(practiceFile, 'utf8')) as ExportEnvelope;
      const altered = join(folder, 'altered.rekindle');
      writeFileSync(altered, JSON.stringify({ ...envelope, kdf: { ...envelope.kdf, p: 2 } }));
      expect(await preview(altered)).toMatchObject({ ok: false, error: { code: 'wrong_passphrase' } });
      const foreign = join(folder, 'foreign.rekindle');
      writeFileSync(foreign, '{"hello":"world"}');
      expect(await preview(foreign)).toMatchObject({
        ok: false,
        error: { code: 'validation', message: expect.stringMatching(/not a Rekindle export/) },
      });
      const newer = join(folder, 'newer.rekindle');
      writeFileSync(newer, JSON.stringify({ ...envelope, version: 2 }));
      expect(await preview(newer)).toMatchObject({
        ok: false,
        error: { code: 'validation', message: expect.stringMatching(/newer version of Rekindle/) },
      });
      // A data document from a newer format or a newer database: refused, not half-read.
      const data = JSON.parse(await openArchive(envelope, EXPORT_PASSPHRASE)) as Record<string, unknown>;
      for (const [name, change] of [
        ['newer-data.rekindle', { version: 2 }],
        ['newer-schema.rekindle', { schemaVersion: 99 }],
      ] as const) {
        const path = join(folder, name);
        writeFileSync(
          path,
          await sealArchive(JSON.stringify({ ...data, ...change }), EXPORT_PASSPHRASE, TEST_KDF),
        );
        expect(await preview(path), name).toMatchObject({
          ok: false,
          error: { code: 'validation', message: expect.stringMatching(/newer version of Rekindle/) },
        });
      }
      // Importing before the passphrase opened the file is refused; nothing was written.
      nextOpen = practiceFile;
      const chosen = await target.ok('exports:chooseImport', {});
      expect(await target.core.dispatch('exports:import', { importId: chosen.importId ?? '' })).toMatchObject(
        {
          ok: false,
          error: { code: 'conflict' },
        },
      );
      // A note whose content is not a note (edited by hand): refused before anything is written.
      const notes = (data.tables as { notes: Record<string, unknown>[] }).notes;
      const edited = join(folder, 'edited.rekindle');
      const badNotes = notes.map((n, i) => (i === 0 ? { ...n, content: { format: 'SOAP' } } : n));
      writeFileSync(
        edited,
        await sealArchive(
          JSON.stringify({ ...data, tables: { ...(data.tables as object), notes: badNotes } }),
          EXPORT_PASSPHRASE,
          TEST_KDF,
        ),
      );
      expect(await preview(edited)).toMatchObject({
        ok: false,
        error: { code: 'validation', message: expect.stringMatching(/a session note cannot be read/) },
      });
      // Records that do not fit together (notes without their sessions): all or nothing, so nothing.
      const tables = data.tables as Record<string, unknown[]>;
      const broken = join(folder, 'broken.rekindle');
      writeFileSync(
        broken,
        await sealArchive(
          JSON.stringify({ ...data, tables: { ...tables, sessions: [] } }),
          EXPORT_PASSPHRASE,
          TEST_KDF,
        ),
      );
      nextOpen = broken;
      const again = await target.ok('exports:chooseImport', {});
      await target.ok('exports:preview', { importId: again.importId ?? '', passphrase: EXPORT_PASSPHRASE });
      expect(await target.core.dispatch('exports:import', { importId: again.importId ?? '' })).toMatchObject({
        ok: false,
        error: { code: 'validation', message: expect.stringMatching(/Nothing was imported/) },
      });
      expect(await target.ok('exports:importStatus', {})).toEqual({ empty: true, couples: 0 });
    } finally {
      await target.dispose();
    }
  });

  it("asks for a passphrase as strong as the vault's, and says when the save dialog was cancelled", async () => {
    expect(
      await source.core.dispatch('exports:create', {
        scope: { kind: 'practice' },
        includeProcessNotes: false,
        passphrase: 'short',
      }),
    ).toMatchObject({ ok: false, error: { code: 'validation', fields: { passphrase: expect.any(String) } } });
    cancelSave = true;
    try {
      const cancelled = await source.ok('exports:create', {
        scope: { kind: 'practice' },
        includeProcessNotes: false,
        passphrase: EXPORT_PASSPHRASE,
      });
      expect(cancelled).toMatchObject({ saved: false, fileName: null, bytes: 0 });
    } finally {
      cancelSave = false;
    }
    const audit = await source.ok('audit:list', { action: 'export.created' });
    // Two exports were saved above; the cancelled one is not recorded as created.
    expect(audit.items).toHaveLength(2);
    expect(JSON.stringify(audit.items)).not.toMatch(/Fictional|Zoë|passphrase/i);
  });
});

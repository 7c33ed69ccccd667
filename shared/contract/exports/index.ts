import { idSchema } from '@shared/contract/fields';
import { gcmIvSchema, gcmTagSchema, scryptFields } from '@shared/contract/scrypt';
import { newPassphraseSchema } from '@shared/contract/vault';
import { isWellFormedSecret, MALFORMED_SECRET_MESSAGE } from '@shared/domain/passphrase';
import { z } from 'zod';

/**
 * Export for portability: the whole practice or one couple as a documented archive that
 * another system (or a later Rekindle) can read without this app. The data document below is
 * the published format: `resources/export/rekindle-export-v1.schema.json` is generated from
 * these schemas (`npm run export-schema`) and a test keeps the two equal.
 *
 * Records are the database rows: field names are the column names, values as stored
 * (timestamps ISO 8601 UTC, dates YYYY-MM-DD, flags 0/1), except that columns holding JSON are
 * given as JSON rather than as text. Copying rows unchanged is what keeps every id, every
 * reference and every signature hash valid after an import.
 */

export const EXPORT_DATA_FORMAT = 'rekindle-export-data';
export const EXPORT_DATA_VERSION = 1;

const text = z.string();
const optional = z.string().nullable();
const flag = z.union([z.literal(0), z.literal(1)]);
const json = (what: string) => z.json().describe(`JSON: ${what}`);
const id = z.string().min(1).max(200);

const couple = z
  .object({
    id,
    display_name: text,
    status: z.enum(['intake', 'active', 'maintenance', 'discharged', 'archived']),
    referral_source: optional,
    start_date: optional,
    created_at: text,
    updated_at: text,
    archived_at: optional,
    search_text: text.describe('Accent- and case-folded names, for search'),
    sort_key: text,
  })
  .strict();

const partner = z
  .object({
    id,
    couple_id: id,
    position: z.enum(['A', 'B']),
    first_name: text,
    last_name: text,
    preferred_name: optional,
    pronouns: optional,
    date_of_birth: optional,
    phone: optional,
    email: optional,
    in_recovery: flag,
    substances: json('array of substance names'),
    severity: z.enum(['mild', 'moderate', 'severe']).nullable(),
    years_of_use: z.number().nullable(),
    sobriety_date: optional,
  })
  .strict();

const assessment = z
  .object({
    id,
    couple_id: id,
    version: z.number().int(),
    kind: z.enum(['intake', 'review']),
    assessed_on: text,
    created_at: text,
    answers: json('the assessment answer set'),
    scores: json('computed scores'),
    safety_positive: flag,
  })
  .strict();

const safetyFlag = z
  .object({
    id,
    couple_id: id,
    raised_at: text,
    source: z.enum(['assessment', 'note', 'questionnaire']),
    source_id: id.describe('The assessment, note or questionnaire response that raised it'),
    reasons: json('array of reasons'),
    resolved_at: optional,
    resolution: optional,
  })
  .strict();

const attendance = z.enum(['present', 'late', 'absent', 'notExpected']);
const session = z
  .object({
    id,
    couple_id: id,
    date: text,
    start_time: optional,
    duration_minutes: z.number().int(),
    type: z.enum(['joint', 'individualA', 'individualB', 'workshop', 'checkIn']),
    place: z.enum(['office', 'telehealth']),
    outcome: z.enum(['booked', 'held', 'cancelled', 'noShow']),
    outcome_reason: optional,
    // Added with bookings (schema 7): an export written before them has none, read as null.
    cancelled_by: z
      .enum(['partnerA', 'partnerB', 'both', 'clinician'])
      .nullable()
      .default(null)
      .describe('Who canceled; only for a cancellation'),
    notice_hours: z
      .number()
      .int()
      .min(0)
      .nullable()
      .default(null)
      .describe('Hours of notice given for a cancellation'),
    series_id: id.nullable().default(null).describe('Shared by the sessions of one repeating booking'),
    attendance_a: attendance,
    attendance_b: attendance,
    checkin_a: json("partner A's check-in").nullable(),
    checkin_b: json("partner B's check-in").nullable(),
    // Added with questionnaires (schema 10): an export written before them has none, read as null.
    checkin_a_by: z
      .enum(['clinician', 'partner'])
      .nullable()
      .default(null)
      .describe("Who gave partner A's check-in: the clinician, or the partner answering privately"),
    checkin_b_by: z
      .enum(['clinician', 'partner'])
      .nullable()
      .default(null)
      .describe("Who gave partner B's check-in"),
    created_at: text,
    updated_at: text,
  })
  .strict();

const note = z
  .object({
    id,
    session_id: id,
    couple_id: id,
    format: z.enum(['SOAP', 'DAP', 'BIRP']),
    content: json('the note: format, sections, interventions, homework, risk review'),
    status: z.enum(['draft', 'signed']),
    created_at: text,
    updated_at: text,
    signed_at: optional,
    signed_by: optional,
    attestation: optional,
    content_hash: optional.describe('SHA-256 (hex) of the canonical signed content'),
  })
  .strict();

const addendum = z
  .object({
    id,
    note_id: id,
    body: text,
    created_at: text,
    signed_by: text,
    content_hash: text.describe('SHA-256 (hex) of the canonical addendum'),
  })
  .strict();

const processNote = z
  .object({
    id,
    couple_id: id,
    session_id: id.nullable(),
    body: text,
    created_at: text,
    updated_at: text,
  })
  .strict();

const event = z
  .object({
    id,
    couple_id: id,
    occurred_on: text,
    kind: z.enum(['relapse', 'disclosure', 'crisis', 'milestone', 'other']),
    partner: z.enum(['A', 'B']).nullable(),
    description: text,
    created_at: text,
  })
  .strict();

const planVersion = z
  .object({
    id,
    couple_id: id,
    version: z.number().int().min(1),
    status: z.enum(['draft', 'active', 'superseded']),
    source: z.enum(['proposal', 'blank', 'revision']),
    based_on: id.nullable(),
    assessment_id: id.nullable(),
    document: json('the plan: problems, goals, objectives, interventions (library ids), milestones'),
    review_date: optional,
    created_at: text,
    updated_at: text,
    signed_at: optional,
    signed_by: optional,
    superseded_at: optional,
  })
  .strict();

const libraryEntry = z
  .object({
    id,
    entry: json('the library entry'),
    origin: z.enum(['seed', 'clinician']),
    seed_hash: optional,
    edited: flag,
    created_at: text,
    updated_at: text,
  })
  .strict();

const measurement = z
  .object({
    id,
    couple_id: id,
    milestone_key: text,
    source: z.enum([
      'coupleLog',
      'therapistEvaluation',
      'partnerFeedbackA',
      'partnerFeedbackB',
      'sessionObservation',
    ]),
    measured_on: text,
    value: z.number().min(0),
    comment: optional,
    session_id: id.nullable(),
    created_at: text,
    updated_at: text,
  })
  .strict();

const yesNo = z.enum(['yes', 'no', 'unknown']).nullable();
const recoveryDay = z
  .object({
    couple_id: id,
    date: text,
    trust_discussion: flag.nullable(),
    abstinence_a: yesNo,
    abstinence_b: yesNo,
    support_meeting: flag.nullable(),
    screen: z.enum(['negative', 'positive']).nullable(),
    updated_at: text,
  })
  .strict();

const report = z
  .object({
    id,
    couple_id: id.nullable(),
    kind: z.enum(['progress', 'plan', 'note', 'worksheet', 'calendarSheet']),
    title: text,
    recipient: z.enum(['couple', 'referringProgramme', 'insurer', 'court', 'other']).nullable(),
    recipient_name: optional,
    options: json('the options chosen (never the narrative)'),
    page_count: z.number().int().min(1),
    sha256: text,
    created_at: text,
    saved_at: optional,
    printed_at: optional,
  })
  .strict();

const homework = z
  .object({
    id,
    couple_id: id,
    assigned_in_session_id: id.nullable().describe('The session it was assigned in'),
    plan_version_id: id.nullable().describe('The plan version of the intervention it comes from'),
    intervention_key: optional.describe('The plan intervention it comes from'),
    library_id: optional.describe('The library exercise behind it; null for a custom task'),
    title: text,
    instructions: optional,
    who: z.enum(['both', 'partnerA', 'partnerB']),
    joint: flag.describe('Needs both partners together'),
    assigned_on: text,
    due_date: text,
    status: z.enum(['assigned', 'done', 'partly', 'notDone']),
    comment: optional,
    reviewed_in_session_id: id.nullable(),
    reviewed_on: optional,
    created_at: text,
    updated_at: text,
  })
  .strict();

const consent = z
  .object({
    id,
    couple_id: id,
    partner: z.enum(['A', 'B']).describe('Whose consent: the partner at this position'),
    recipient_kind: z.enum(['couple', 'referringProgramme', 'insurer', 'court', 'other']),
    recipient_name: optional.describe('The named recipient; null only for the couple'),
    purpose: text,
    scope: json('what may be disclosed: diagnosis, useData, attendance, treatment'),
    signed_on: text,
    expires_on: optional.describe('The last day it is valid; null when an event ends it'),
    expiry_event: optional,
    revoked_on: optional,
    created_at: text,
  })
  .strict()
  .describe('A 42 CFR Part 2 consent to disclose substance-use information');

const questionnaireResponse = z
  .object({
    id,
    couple_id: id,
    partner: z.enum(['A', 'B']),
    instrument: z.enum(['phq9', 'gad7', 'pcl5', 'auditC']).describe('PHQ-9, GAD-7, PCL-5 or AUDIT-C'),
    answered_on: text,
    session_id: id.nullable(),
    answers: json('answers by item id, each the value of the chosen option'),
    total: z.number().int().min(0),
    mode: z
      .enum(['privateSelfReport', 'clinicianEntered'])
      .describe('Answered privately by the partner, or entered by the clinician'),
    risk_answers: json('items answered at or above their risk level, as asked and answered'),
    reviewed_at: optional,
    created_at: text,
  })
  .strict()
  .describe('One partner’s answers to a validated questionnaire');

const questionnaireScheduleEntry = z
  .object({
    couple_id: id,
    instrument: z.enum(['phq9', 'gad7', 'pcl5', 'auditC']),
    partner: z.enum(['A', 'B']),
    cadence: z.enum(['everySession', 'every2Weeks', 'every4Weeks', 'atReview']),
  })
  .strict()
  .describe('Which questionnaire is due for a partner, and how often');

/**
 * Every exported table, in an order where each row's references come before it. The search
 * index is rebuilt on import, and the audit log stays with the practice it describes.
 */
export const exportRowSchemas = {
  couples: couple,
  partners: partner,
  assessments: assessment,
  safety_flags: safetyFlag,
  sessions: session,
  notes: note,
  note_addenda: addendum,
  process_notes: processNote,
  events: event,
  library_entries: libraryEntry,
  plan_versions: planVersion,
  measurements: measurement,
  recovery_days: recoveryDay,
  reports: report,
  homework,
  consents: consent,
  questionnaire_responses: questionnaireResponse,
  questionnaire_schedule: questionnaireScheduleEntry,
} as const;

export type ExportTable = keyof typeof exportRowSchemas;
export const exportTables = Object.keys(exportRowSchemas) as ExportTable[];
export type ExportRow<T extends ExportTable> = z.output<(typeof exportRowSchemas)[T]>;

/** Columns stored as JSON text in the database and given as JSON in the export. */
export const exportJsonColumns: { [T in ExportTable]: readonly (keyof ExportRow<T>)[] } = {
  couples: [],
  partners: ['substances'],
  assessments: ['answers', 'scores'],
  safety_flags: ['reasons'],
  sessions: ['checkin_a', 'checkin_b'],
  notes: ['content'],
  note_addenda: [],
  process_notes: [],
  events: [],
  library_entries: ['entry'],
  plan_versions: ['document'],
  measurements: [],
  recovery_days: [],
  reports: ['options'],
  homework: [],
  consents: ['scope'],
  questionnaire_responses: ['answers', 'risk_answers'],
  questionnaire_schedule: [],
};

/**
 * Tables added after the first published version: an archive written before them has none,
 * read as empty (its counts as 0), as a column added later is read as null.
 */
export const exportTablesAddedLater: readonly ExportTable[] = [
  'homework',
  'consents',
  'questionnaire_responses',
  'questionnaire_schedule',
];

/** A table's rows as the data document holds them; a table added later may be missing. */
export function exportTableSchema<R extends z.ZodType>(
  table: ExportTable,
  row: R,
): z.ZodArray<R> | z.ZodDefault<z.ZodArray<R>> {
  const rows = z.array(row);
  return exportTablesAddedLater.includes(table)
    ? rows
        .default([])
        .describe(
          'Added later (homework: schema 8, consents: schema 9, questionnaires: schema 10): missing in an older export',
        )
    : rows;
}

const tablesSchema = z
  .object(
    Object.fromEntries(
      exportTables.map((table) => [table, exportTableSchema(table, exportRowSchemas[table])]),
    ) as {
      [T in ExportTable]:
        | z.ZodArray<(typeof exportRowSchemas)[T]>
        | z.ZodDefault<z.ZodArray<(typeof exportRowSchemas)[T]>>;
    },
  )
  .strict();
export type ExportTables = z.output<typeof tablesSchema>;

export const exportCountsSchema = z.object(
  Object.fromEntries(
    exportTables.map((table) => {
      const count = z.number().int().min(0);
      return [table, exportTablesAddedLater.includes(table) ? count.default(0) : count];
    }),
  ) as { [T in ExportTable]: z.ZodNumber | z.ZodDefault<z.ZodNumber> },
);
export type ExportCounts = z.output<typeof exportCountsSchema>;

const scopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('practice') }).strict(),
  z.object({ kind: z.literal('couple'), coupleId: id }).strict(),
]);

/** A signed note as a PDF (with its addenda), for readers without Rekindle. */
const exportDocumentSchema = z
  .object({
    noteId: id,
    fileName: z.string().min(1).max(200),
    pdfBase64: z.base64(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();

/** The decrypted, decompressed content of an archive: the published format. */
export const exportDataSchema = z
  .object({
    format: z.literal(EXPORT_DATA_FORMAT),
    version: z.literal(EXPORT_DATA_VERSION),
    exportedAt: z.iso.datetime(),
    /** The database schema version the rows come from (SQLite user_version). */
    schemaVersion: z.number().int().min(1),
    scope: scopeSchema,
    /** Psychotherapy process notes are left out unless the clinician chose to include them. */
    includesProcessNotes: z.boolean(),
    /** Rows per table, for a reader to check it saw everything. */
    counts: exportCountsSchema,
    tables: tablesSchema,
    documents: z.array(exportDocumentSchema),
  })
  .strict()
  .describe('Rekindle export: the decrypted content of a .rekindle archive');
export type ExportData = z.output<typeof exportDataSchema>;

export const exportScopeInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('practice') }).strict(),
  z.object({ kind: z.literal('couple'), coupleId: idSchema }).strict(),
]);
export type ExportScopeInput = z.output<typeof exportScopeInputSchema>;

/** A passphrase typed to open an archive: any non-empty string (the archive decides). */
const archivePassphrase = z
  .string()
  .min(1, 'Enter the passphrase of the export')
  .max(1024, 'That passphrase is too long')
  .refine(isWellFormedSecret, MALFORMED_SECRET_MESSAGE);

const importIdSchema = z.string().uuid('Choose the export file again');

export const importPreviewSchema = z.object({
  fileName: z.string(),
  exportedAt: z.string(),
  scope: z.enum(['practice', 'couple']),
  /** The exported couple's name, for a one-couple export. */
  coupleName: z.string().nullable(),
  includesProcessNotes: z.boolean(),
  counts: exportCountsSchema,
  documents: z.number().int().min(0),
  /** The latest created or updated time of any record: how current the export is. */
  newestRecordAt: z.string().nullable(),
});
export type ImportPreview = z.output<typeof importPreviewSchema>;

export const exportsContract = {
  /** Builds, encrypts and saves an archive where the clinician chooses (native dialog). */
  'exports:create': {
    input: z
      .object({
        scope: exportScopeInputSchema,
        includeProcessNotes: z.boolean(),
        passphrase: newPassphraseSchema,
      })
      .strict(),
    output: z.object({
      saved: z.boolean(),
      fileName: z.string().nullable(),
      bytes: z.number().int().min(0),
      counts: exportCountsSchema,
      documents: z.number().int().min(0),
    }),
  },
  /**
   * How far the export being made has got, for its progress bar: the signed notes drawn as
   * PDFs so far (the long part), then sealing; null when no export is being made.
   */
  'exports:progress': {
    input: z.object({}).strict(),
    output: z
      .object({
        stage: z.enum(['documents', 'sealing']),
        done: z.number().int().min(0),
        total: z.number().int().min(0),
      })
      .nullable(),
  },
  /** Whether an import is possible: only into a practice with no couples yet. */
  'exports:importStatus': {
    input: z.object({}).strict(),
    output: z.object({ empty: z.boolean(), couples: z.number().int().min(0) }),
  },
  /** Asks for the archive (native dialog); the core keeps the path, the page gets an opaque id. */
  'exports:chooseImport': {
    input: z.object({}).strict(),
    output: z.object({ importId: z.string().nullable(), fileName: z.string().nullable() }),
  },
  /** Opens the chosen archive with its passphrase and says what it holds; writes nothing. */
  'exports:preview': {
    input: z.object({ importId: importIdSchema, passphrase: archivePassphrase }).strict(),
    output: importPreviewSchema,
  },
  /** Imports the previewed archive in one transaction: everything or nothing. */
  'exports:import': {
    input: z.object({ importId: importIdSchema }).strict(),
    output: z.object({ counts: exportCountsSchema }),
  },
} as const;

export const EXPORT_FILE_FORMAT = 'rekindle-export';
export const EXPORT_FILE_VERSION = 1;

const base64Bytes = (what: string) => z.base64().describe(`base64: ${what}`);

/**
 * The archive file itself (UTF-8 JSON). The plaintext is the gzip of the data document's
 * UTF-8 JSON, encrypted with AES-256-GCM under a key scrypt derives from the passphrase. The
 * header is bound as GCM additional data (see `exportHeaderAad`), so it cannot be altered.
 */
export const exportEnvelopeSchema = z
  .object({
    format: z.literal(EXPORT_FILE_FORMAT),
    version: z.number().int().min(1),
    kdf: z
      .object({
        name: z.literal('scrypt'),
        // Bounded (shared/contract/scrypt.ts): the file names its own cost, and an unbounded
        // one could ask for gigabytes of memory, or make the passphrase nearly free to guess.
        ...scryptFields,
      })
      .strict(),
    cipher: z.literal('aes-256-gcm'),
    iv: gcmIvSchema,
    tag: gcmTagSchema,
    ciphertext: base64Bytes('the encrypted gzip of the data document'),
  })
  .strict()
  .describe('Rekindle export archive (.rekindle): the encrypted envelope');
export type ExportEnvelope = z.output<typeof exportEnvelopeSchema>;

/** The additional authenticated data: every header field, in a fixed order, as a JSON array. */
export function exportHeaderAad(header: Omit<ExportEnvelope, 'tag' | 'ciphertext'>): string {
  const { kdf } = header;
  return JSON.stringify([
    header.format,
    header.version,
    kdf.name,
    kdf.N,
    kdf.r,
    kdf.p,
    kdf.salt,
    header.cipher,
    header.iv,
  ]);
}

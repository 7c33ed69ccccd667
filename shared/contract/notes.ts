import { noteFormats, noteSections, objectiveStatuses, useSinceLastSession } from '@shared/domain/notes';
import { itemKeySchema } from '@shared/domain/plan/document';
import { z } from 'zod';
import { clinicianNameSchema, idSchema, optionalText, signRequestSchema } from './fields';

const sectionText = z.string().max(20_000, 'A section can hold at most 20,000 characters');
const allSectionIds = [
  ...new Set(Object.values(noteSections).flatMap((sections) => sections.map((s) => s.id))),
] as [string, ...string[]];

export const riskReviewSchema = z.object({
  useSinceLastSession: z.object({
    A: z.enum(useSinceLastSession).default('unknown'),
    B: z.enum(useSinceLastSession).default('unknown'),
  }),
  safetyConcerns: z.boolean().default(false),
  suicidalThoughts: z.boolean().default(false),
  details: optionalText(4000, 'Risk details'),
});

/**
 * One active objective's progress as the note records it. The objective is referenced by its
 * plan version and stable key, and its wording is kept as written, so an old note still reads
 * the same after the plan is revised.
 */
export const objectiveProgressSchema = z.object({
  planVersionId: idSchema,
  objectiveKey: itemKeySchema,
  objective: z.string().max(300),
  status: z.enum(objectiveStatuses, { error: 'Choose progressing, no change, worse or met' }),
  sentence: z.string().trim().max(500, 'Keep it to one sentence (at most 500 characters)').default(''),
});
export type ObjectiveProgress = z.output<typeof objectiveProgressSchema>;

/** An intervention used in the session, picked from the plan (its name kept as it was). */
export const planInterventionUsedSchema = z.object({
  planVersionId: idSchema,
  key: itemKeySchema,
  name: z.string().max(120),
});

export const noteContentSchema = z.object({
  format: z.enum(noteFormats, { error: 'Choose SOAP, DAP or BIRP' }),
  sections: z.partialRecord(z.enum(allSectionIds), sectionText).default({}),
  /** Interventions used, written freely (in addition to those picked from the plan). */
  interventions: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
  planInterventions: z.array(planInterventionUsedSchema).max(50).default([]),
  /** "Progress toward the plan": one entry per active objective the clinician rated. */
  progress: z.array(objectiveProgressSchema).max(40).default([]),
  homework: optionalText(4000, 'Homework'),
  risk: riskReviewSchema,
});
export type NoteContentInput = z.input<typeof noteContentSchema>;

export const addendumSchema = z.object({
  id: idSchema,
  noteId: idSchema,
  body: z.string(),
  createdAt: z.string(),
  signedBy: z.string(),
  hashValid: z.boolean(),
});
export type Addendum = z.infer<typeof addendumSchema>;

export const noteSchema = z.object({
  id: idSchema,
  sessionId: idSchema,
  coupleId: idSchema,
  content: noteContentSchema,
  status: z.enum(['draft', 'signed']),
  createdAt: z.string(),
  updatedAt: z.string(),
  signedAt: z.string().nullable(),
  signedBy: z.string().nullable(),
  attestation: z.string().nullable(),
  contentHash: z.string().nullable(),
  /** For a signed note: whether the stored hash still matches the content (tamper check). */
  hashValid: z.boolean().nullable(),
  addenda: z.array(addendumSchema),
});
export type Note = z.infer<typeof noteSchema>;

export const ATTESTATION =
  'I attest that this note accurately documents the session and that I provided the services described.';

export const processNoteSchema = z.object({
  id: idSchema,
  coupleId: idSchema,
  sessionId: idSchema.nullable(),
  body: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  kind: z.literal('psychotherapy-process-note'),
});

export const notesContract = {
  /** Creates the session's note on first save, then updates the draft. Refused once signed. */
  'notes:saveDraft': {
    input: z.object({ sessionId: idSchema, content: noteContentSchema }).strict(),
    output: noteSchema,
  },
  'notes:get': { input: z.object({ id: idSchema }).strict(), output: noteSchema },
  'notes:sign': {
    input: signRequestSchema,
    output: noteSchema,
  },
  'notes:addAddendum': {
    input: z
      .object({
        noteId: idSchema,
        body: z.string().trim().min(1, 'Write the addendum').max(20_000),
        signedBy: clinicianNameSchema,
      })
      .strict(),
    output: noteSchema,
  },
  'notes:listUnsigned': {
    input: z
      .object({
        olderThanHours: z
          .number()
          .min(0)
          .max(24 * 365)
          .default(0),
      })
      .strict(),
    output: z.object({
      items: z.array(
        z.object({
          id: idSchema,
          sessionId: idSchema,
          coupleId: idSchema,
          sessionDate: z.string(),
          updatedAt: z.string(),
        }),
      ),
    }),
  },
  'notes:saveProcessNote': {
    input: z
      .object({
        id: idSchema.optional(),
        coupleId: idSchema,
        sessionId: idSchema.nullable().default(null),
        body: z.string().max(50_000, 'A process note can hold at most 50,000 characters'),
      })
      .strict(),
    output: processNoteSchema,
  },
  'notes:listProcessNotes': {
    input: z.object({ coupleId: idSchema }).strict(),
    output: z.object({ items: z.array(processNoteSchema) }),
  },
} as const;

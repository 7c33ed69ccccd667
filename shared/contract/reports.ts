import { libraryEntrySchema } from '@shared/domain/library';
import { reportDetails, reportKinds, reportRecipients, reportSections } from '@shared/domain/reports/options';
import { KEEP_REASON_MAX, redactionActions } from '@shared/domain/reports/redaction/decisions';
import { findingKinds } from '@shared/domain/reports/redaction/scan';
import { z } from 'zod';
import { idSchema, optionalText, requiredIsoDate } from './fields';

const isoDate = requiredIsoDate;

/**
 * The clinician's decision on one finding of the redaction review (`reports:scan`): replace
 * with initials (names), remove, or keep with a one-line reason. Whether it resolves its
 * finding is checked against the core's own scan (`decisionProblem`).
 */
export const redactionDecisionSchema = z
  .object({
    findingId: z.string().regex(/^f[0-9a-z]{1,14}$/, 'Not a finding of the review'),
    action: z.enum(redactionActions, { error: 'Choose replace, remove or keep' }),
    reason: z
      .string()
      .trim()
      .max(KEEP_REASON_MAX, `Keep the reason to at most ${KEEP_REASON_MAX} characters`)
      .nullable()
      .default(null),
  })
  .strict();
export type RedactionDecisionInput = z.input<typeof redactionDecisionSchema>;

/** What the clinician chooses in the progress report dialog. */
export const progressReportOptionsSchema = z
  .object({
    coupleId: idSchema,
    from: isoDate('The start of the period'),
    to: isoDate('The end of the period'),
    recipient: z.enum(reportRecipients, { error: 'Choose who the report is for' }),
    /** Printed on the report ("Prepared for ..."): a program, an insurer, a court. */
    recipientName: optionalText(200, 'The recipient'),
    /** `initials` replaces every partner name with initials ("J. D."), the couple's name too. */
    identifiers: z.enum(['full', 'initials']),
    /** Recovery status, abstinence, screens, meetings and relapses; adds the 42 CFR Part 2 notice. */
    includeSubstanceUse: z.boolean(),
    /**
     * With substance-use details included, whose: each partner's needs that partner's current
     * consent to this recipient (42 CFR part 2). Absent: every partner with such information.
     */
    substanceUseOf: z.object({ A: z.boolean(), B: z.boolean() }).strict().optional(),
    sections: z.object({
      ...(Object.fromEntries(reportSections.map((s) => [s, z.boolean()])) as Record<
        (typeof reportSections)[number],
        z.ZodBoolean
      >),
      // Added with the questionnaires table (issue 19): choices remembered or recorded before it
      // have no such key, and mean the table was not chosen.
      questionnaires: z.boolean().default(false),
    }),
    narrative: optionalText(8000, 'The summary'),
    recommendations: optionalText(8000, 'The recommendations'),
    /**
     * The first page's plain-language paragraph as the clinician edited it (the dialog offers
     * the draft from `reports:overviewDraft`). Printed as written, like the summary; null prints
     * the draft.
     */
    overview: optionalText(4000, 'The overview paragraph'),
    /** A court case number or an insurer's member number, printed when the details include it. */
    referenceNumber: optionalText(60, 'The case or member number'),
    /** Which outside-recipient details print; null takes the recipient's preset. */
    details: z
      .object(
        Object.fromEntries(reportDetails.map((d) => [d, z.boolean()])) as Record<
          (typeof reportDetails)[number],
          z.ZodBoolean
        >,
      )
      .nullable()
      .default(null),
    /** Decisions on the redaction review's findings; findings no longer in the text are ignored. */
    redactions: z.array(redactionDecisionSchema).max(500).default([]),
  })
  .strict()
  .refine((o) => o.from <= o.to, { path: ['to'], message: 'The period must end on or after its start' });
export type ProgressReportOptions = z.output<typeof progressReportOptionsSchema>;
export type ProgressReportOptionsInput = z.input<typeof progressReportOptionsSchema>;

/**
 * Who a note or plan PDF is made for. Absent (null): a copy for the clinician's own record, which
 * is not a disclosure: no consent is checked and no 42 CFR 2.32 statement printed, only a footer
 * on its substance-use pages saying it is not for disclosure. With a recipient it is a
 * disclosure: each partner whose substance-use information it shows needs a current consent to
 * that recipient, and it carries the statement and names the consents.
 */
export const documentRecipientSchema = z
  .object({
    kind: z.enum(reportRecipients, { error: 'Choose who the copy is for' }),
    name: optionalText(200, 'The recipient'),
  })
  .strict();
export type DocumentRecipient = z.output<typeof documentRecipientSchema>;

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Choose a month (YYYY-MM)');

/** Every document Rekindle prints, and what each needs. */
export const reportRequestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('progress'), options: progressReportOptionsSchema }).strict(),
  /** A plan version, with signature lines for the clinician and both partners. */
  z
    .object({
      kind: z.literal('plan'),
      versionId: idSchema,
      recipient: documentRecipientSchema.nullable().default(null),
    })
    .strict(),
  /**
   * A signed session note with its addenda (never a process note). `forCouple` prints the copy
   * the couple may take home: without the risk review, and recorded in the history as that copy.
   * `recipient` makes it a disclosure (Part 2 consent checked); without one it is the record's copy.
   */
  z
    .object({
      kind: z.literal('note'),
      noteId: idSchema,
      forCouple: z.boolean().default(false),
      recipient: documentRecipientSchema.nullable().default(null),
    })
    .strict(),
  /**
   * A library exercise: instructions and a blank weekly log; the couple's names when given. Or a
   * homework assignment (`homeworkId`): for whom, due when, the clinician's instructions, and the
   * exercise of the assignment (a custom task prints with room to note how it went); its couple
   * and exercise come from the assignment.
   */
  z
    .object({
      kind: z.literal('worksheet'),
      libraryId: libraryEntrySchema.shape.id.nullable().default(null),
      coupleId: idSchema.nullable().default(null),
      homeworkId: idSchema.nullable().default(null),
    })
    .strict()
    .refine((request) => request.libraryId !== null || request.homeworkId !== null, {
      path: ['libraryId'],
      message: 'Choose an exercise or a homework assignment to print',
    }),
  /** A month of the recovery calendar to fill in by hand. */
  z.object({ kind: z.literal('calendarSheet'), coupleId: idSchema, month }).strict(),
  /**
   * At set-up: how to get in without the passphrase, with the recovery key. Printed only, never
   * saved; no report record, and the audit log notes only that one was made.
   */
  z
    .object({
      kind: z.literal('emergencySheet'),
      recoveryKey: z.string().trim().min(1, 'The recovery key is missing').max(200),
    })
    .strict(),
]);
export type ReportRequest = z.input<typeof reportRequestSchema>;
export type ParsedReportRequest = z.output<typeof reportRequestSchema>;

export const generatedReportSchema = z.object({
  /** Held in memory until the vault locks: save and print refer to it. */
  documentId: idSchema,
  kind: z.enum(reportKinds),
  title: z.string(),
  /** Suggested file name for the save dialog: never a person's full name. */
  fileName: z.string(),
  pageCount: z.number().int().min(1),
  /** The PDF itself, for the preview and for printing. */
  pdfBase64: z.string(),
});
export type GeneratedReport = z.infer<typeof generatedReportSchema>;

/** One finding of the redaction review, with its context for the dialog. */
export const redactionFindingSchema = z.object({
  id: z.string(),
  /** The field's id (`narrative`, `plan.goal.<key>`) and how the review names it. */
  field: z.string(),
  fieldLabel: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  text: z.string(),
  kind: z.enum(findingKinds),
  why: z.string(),
  /** The initials a name would be replaced with; null for other kinds. */
  initials: z.string().nullable(),
  /** Up to a few words of the field before and after the finding. */
  before: z.string(),
  after: z.string(),
});
export type RedactionFindingView = z.infer<typeof redactionFindingSchema>;

/** A generated report as recorded: when, which options, for whom. Narrative text is not copied here. */
export const reportRecordSchema = z.object({
  id: idSchema,
  coupleId: idSchema.nullable(),
  kind: z.enum(reportKinds),
  title: z.string(),
  recipient: z.enum(reportRecipients).nullable(),
  recipientName: z.string().nullable(),
  /** The options chosen (sections, identifiers, substance use, period), without the narrative. */
  options: z.record(z.string(), z.unknown()),
  pageCount: z.number().int(),
  sha256: z.string(),
  createdAt: z.string(),
  savedAt: z.string().nullable(),
  /** When it was last sent to the print dialog. */
  printedAt: z.string().nullable(),
});
export type ReportRecord = z.infer<typeof reportRecordSchema>;

export const reportsContract = {
  'reports:generate': { input: reportRequestSchema, output: generatedReportSchema },
  /**
   * The redaction review: what the progress report's free text holds that its options leave
   * out (names, email, phone, dates of birth under initials; substance use when left out).
   * `reports:generate` scans again and refuses while any finding has no valid decision.
   */
  'reports:scan': {
    input: z.object({ options: progressReportOptionsSchema }).strict(),
    output: z.object({ findings: z.array(redactionFindingSchema) }),
  },
  /** Asks where to save (native dialog), then writes the file atomically. */
  'reports:save': {
    input: z.object({ documentId: idSchema }).strict(),
    output: z.object({ saved: z.boolean(), fileName: z.string().nullable() }),
  },
  /**
   * The document was sent to the system's print dialog: recorded and audited. The page cannot
   * know whether the clinician then printed or cancelled, so the record says "sent to print".
   */
  'reports:printed': {
    input: z.object({ documentId: idSchema }).strict(),
    output: z.object({ recorded: z.literal(true) }),
  },
  /**
   * The first page's paragraph as drafted from the record for these options, for the clinician
   * to edit before generating (the edited text goes back as `options.overview`).
   */
  'reports:overviewDraft': {
    input: z.object({ options: progressReportOptionsSchema }).strict(),
    output: z.object({ draft: z.string() }),
  },
  /**
   * Checks a progress report's period before anything is made: why it is impossible (in the
   * future, or before the couple's start date), and how much the record holds inside it, so
   * the dialog can say that a period has nothing to show. Reads counts only; records nothing.
   */
  'reports:checkPeriod': {
    input: z
      .object({
        coupleId: idSchema,
        from: isoDate('The start of the period'),
        to: isoDate('The end of the period'),
      })
      .strict(),
    output: z.object({
      problems: z.object({ from: z.string().optional(), to: z.string().optional() }),
      recorded: z.object({
        sessions: z.number().int(),
        assessments: z.number().int(),
        calendarDays: z.number().int(),
        measurements: z.number().int(),
        homework: z.number().int(),
      }),
      /** The dialog's sentence when nothing was recorded in the period; null otherwise. */
      empty: z.string().nullable(),
    }),
  },
  'reports:history': {
    input: z.object({ coupleId: idSchema }).strict(),
    output: z.object({ items: z.array(reportRecordSchema) }),
  },
} as const;

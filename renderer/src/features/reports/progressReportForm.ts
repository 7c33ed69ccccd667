import { type FieldErrors, placeFieldErrors } from '@renderer/ui/fieldErrors';
import { issuesToFieldErrors } from '@shared/contract/field-issues';
import {
  type RedactionDecisionInput,
  type ReportRequest,
  reportRequestSchema,
} from '@shared/contract/reports';
import type { Letterhead } from '@shared/contract/settings';
import { addMonthsIso, isIsoDate } from '@shared/domain/dates';
import {
  type ReportDetailKey,
  type ReportRecipient,
  type ReportSection,
  recipientPresets,
  reportRecipientLabels,
  reportSectionLabels,
  reportSections,
} from '@shared/domain/reports/options';
import { type PeriodBounds, periodProblems } from '@shared/domain/reports/period';

/** What the progress report dialog holds: exactly what was chosen and typed. */
export interface ProgressReportFormValues {
  from: string;
  to: string;
  recipient: ReportRecipient;
  recipientName: string;
  identifiers: 'full' | 'initials';
  includeSubstanceUse: boolean;
  /** With substance-use details included, whose: each partner's needs that partner's consent. */
  substanceUseOf: { A: boolean; B: boolean };
  sections: Record<ReportSection, boolean>;
  narrative: string;
  recommendations: string;
  /** The first page's paragraph as edited; '' prints the draft from the record. */
  overview: string;
  referenceNumber: string;
  details: Record<ReportDetailKey, boolean>;
  /** Decisions made in the redaction review, kept with the choices while the records are open. */
  redactions: RedactionDecisionInput[];
}

/** Field names are the contract's paths inside `reports:generate`, as the core reports them. */
export const FIELD_ORDER = [
  'options.from',
  'options.to',
  'options.recipient',
  'options.recipientName',
  'options.identifiers',
  'options.includeSubstanceUse',
  'options.substanceUseOf.A',
  'options.substanceUseOf.B',
  'options.sections',
  'options.narrative',
  'options.recommendations',
  'options.overview',
  'options.referenceNumber',
  'options.details',
  'options.redactions',
] as const;

/** The longest narrative or recommendations the contract accepts. */
export const NARRATIVE_MAX = 8000;
/** The longest first-page overview the contract accepts. */
export const OVERVIEW_MAX = 4000;

/** The day `months` calendar months before `iso`, kept inside the shorter month (31 May - 3 = 28 Feb). */
export function monthsBefore(iso: string, months: number): string {
  return addMonthsIso(iso, -months);
}

/**
 * The period a report starts with: since the active plan was signed (what the plan has
 * achieved so far), else the last three months. A plan signed today would give a one-day
 * period, so the three months apply then too.
 */
export function defaultPeriod(
  today: string,
  planSignedOn: string | null,
  startDate: string | null = null,
): { from: string; to: string } {
  const from = planSignedOn && isIsoDate(planSignedOn) && planSignedOn < today ? planSignedOn : null;
  const proposed = from ?? monthsBefore(today, 3);
  // Never before treatment began: the core refuses such a period.
  const start = startDate && isIsoDate(startDate) && startDate <= today ? startDate : null;
  return { from: start && proposed < start ? start : proposed, to: today };
}

/**
 * Applies a recipient's preset; the period, the recipient's name and the text typed are kept.
 * A partner's substance-use details start included only with that partner's consent to this
 * recipient (`consented`, from the recorded consents): 42 CFR part 2 holds for the couple's own
 * copy too, where each partner would read the other's.
 */
export function withRecipient(
  values: ProgressReportFormValues,
  recipient: ReportRecipient,
  consented: { A: boolean; B: boolean } = { A: false, B: false },
): ProgressReportFormValues {
  const preset = recipientPresets[recipient];
  return {
    ...values,
    recipient,
    identifiers: preset.identifiers,
    includeSubstanceUse: preset.includeSubstanceUse,
    substanceUseOf: { ...consented },
    sections: { ...preset.sections },
    details: { ...preset.details },
  };
}

/**
 * What choosing a recipient just changed, said once in a status line: the other fields change
 * without the clinician touching them, and a screen-reader user would not otherwise know.
 */
export function presetSummary(recipient: ReportRecipient): string {
  const preset = recipientPresets[recipient];
  const sections = checkedSections(preset.sections).map((s) => reportSectionLabels[s].toLowerCase());
  return [
    `Choices set for ${reportRecipientLabels[recipient]}:`,
    preset.identifiers === 'full' ? 'full names;' : 'initials only;',
    preset.includeSubstanceUse
      ? 'substance-use details included for each partner whose consent is recorded;'
      : 'substance-use details left out;',
    sections.length > 0 ? `sections: ${sections.join(', ')}.` : 'no sections.',
    'You can change any of these.',
  ].join(' ');
}

export function initialProgressReportValues(
  today: string,
  planSignedOn: string | null,
  startDate: string | null = null,
): ProgressReportFormValues {
  const empty: ProgressReportFormValues = {
    ...defaultPeriod(today, planSignedOn, startDate),
    recipient: 'couple',
    recipientName: '',
    identifiers: 'full',
    includeSubstanceUse: false,
    substanceUseOf: { A: false, B: false },
    sections: {
      attendance: false,
      goals: false,
      milestones: false,
      charts: false,
      calendar: false,
      questionnaires: false,
    },
    narrative: '',
    recommendations: '',
    overview: '',
    referenceNumber: '',
    details: { ...recipientPresets.couple.details },
    redactions: [],
  };
  return withRecipient(empty, 'couple');
}

export function checkedSections(sections: Record<ReportSection, boolean>): ReportSection[] {
  return reportSections.filter((section) => sections[section]);
}

export function sectionsFrom(checked: readonly ReportSection[]): Record<ReportSection, boolean> {
  return Object.fromEntries(reportSections.map((s) => [s, checked.includes(s)])) as Record<
    ReportSection,
    boolean
  >;
}

export function toProgressRequest(coupleId: string, values: ProgressReportFormValues): ReportRequest {
  return { kind: 'progress', options: { coupleId, ...values } };
}

/**
 * Checks the choices with the contract's own schema, so the dialog and the core refuse the
 * same things with the same words. Paths are the core's (`options.to`).
 */
export function validateProgressReport(
  coupleId: string,
  values: ProgressReportFormValues,
  bounds?: PeriodBounds,
): { ok: true; request: ReportRequest } | { ok: false; errors: FieldErrors } {
  const request = toProgressRequest(coupleId, values);
  const parsed = reportRequestSchema.safeParse(request);
  // The period's own checks (not after today, not before treatment began), as the core makes them.
  const period = Object.fromEntries(
    Object.entries(bounds ? periodProblems(values.from, values.to, bounds) : {}).map(([end, message]) => [
      `options.${end}`,
      message,
    ]),
  );
  const errors = { ...(parsed.success ? {} : issuesToFieldErrors(parsed.error.issues)), ...period };
  if (Object.keys(errors).length === 0) return { ok: true, request };
  return { ok: false, errors: placeProgressReportErrors(errors) };
}

/** Maps the core's paths (`options.sections.charts`) to the fields the dialog shows. */
export function placeProgressReportErrors(errors: Readonly<Record<string, string>>): FieldErrors {
  return placeFieldErrors(errors, FIELD_ORDER);
}

/** "1,204 of 8,000 characters", or how far over the limit the text is. */
export function characterCount(text: string, max: number = NARRATIVE_MAX): string {
  const used = text.trim().length;
  const format = (n: number) => n.toLocaleString('en');
  if (used > max) return `${format(used - max)} characters over the limit of ${format(max)}`;
  return `${format(used)} of ${format(max)} characters`;
}

/** What the letterhead still needs for a report to say who wrote it; empty when complete. */
export function letterheadGaps(letterhead: Letterhead): string[] {
  const gaps: string[] = [];
  if (!letterhead.practiceName) gaps.push('practice name');
  if (!letterhead.clinicianName) gaps.push('clinician name');
  return gaps;
}

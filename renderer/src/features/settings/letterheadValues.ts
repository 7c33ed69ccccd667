import { type FieldErrors, placeFieldErrors } from '@renderer/ui/fieldErrors';
import { issuesToFieldErrors } from '@shared/contract/field-issues';
import { type Letterhead, letterheadSchema } from '@shared/contract/settings';

export type LetterheadField = keyof Letterhead;

/** The fields in screen order; their names are the core's paths (`letterhead.phone`). */
export const LETTERHEAD_FIELDS: readonly LetterheadField[] = [
  'practiceName',
  'address',
  'phone',
  'clinicianName',
  'credentials',
  'licenceNumber',
];

export const letterheadPath = (field: LetterheadField) => `letterhead.${field}`;
export const LETTERHEAD_FIELD_ORDER = LETTERHEAD_FIELDS.map(letterheadPath);

/** What the form holds: every field as typed, '' for nothing. */
export type LetterheadFormValues = Record<LetterheadField, string>;

export function letterheadFormValues(letterhead: Letterhead): LetterheadFormValues {
  return Object.fromEntries(LETTERHEAD_FIELDS.map((field) => [field, letterhead[field] ?? ''])) as Record<
    LetterheadField,
    string
  >;
}

/** Checks with the contract's schema; errors are keyed by the core's paths so both show alike. */
export function validateLetterhead(
  values: LetterheadFormValues,
): { ok: true; input: Letterhead } | { ok: false; errors: FieldErrors } {
  const parsed = letterheadSchema.safeParse(values);
  if (parsed.success) return { ok: true, input: parsed.data };
  const errors = issuesToFieldErrors(
    parsed.error.issues.map((i) => ({ ...i, path: ['letterhead', ...i.path] })),
  );
  return { ok: false, errors: placeLetterheadErrors(errors) };
}

export function placeLetterheadErrors(errors: Readonly<Record<string, string>>): FieldErrors {
  return placeFieldErrors(errors, LETTERHEAD_FIELD_ORDER);
}

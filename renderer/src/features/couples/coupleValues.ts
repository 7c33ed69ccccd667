import { type FieldErrors, fieldOf, placeFieldErrors } from '@renderer/ui/fieldErrors';
import {
  type Couple,
  type CoupleInput,
  coupleInputSchema,
  type Partner,
  type PartnerInput,
} from '@shared/contract/couples';
import { issuesToFieldErrors } from '@shared/contract/field-issues';
import {
  type CoupleStatus,
  coupleStatuses,
  type PartnerPosition,
  type Severity,
  suggestDisplayName,
} from '@shared/domain/couple';

/**
 * What the form holds: exactly what was typed, as strings, so nothing is lost or reshaped
 * while the clinician works (a half-typed number stays as typed). It becomes a contract
 * input only on submit.
 */
export interface PartnerFormValues {
  firstName: string;
  lastName: string;
  preferredName: string;
  pronouns: string;
  dateOfBirth: string;
  phone: string;
  email: string;
  inRecovery: boolean;
  /** Comma-separated, as typed. */
  substances: string;
  severity: Severity | '';
  yearsOfUse: string;
  sobrietyDate: string;
}

export interface CoupleFormValues {
  displayName: string;
  /** False while the display name still follows the partners' names. */
  displayNameEdited: boolean;
  status: CoupleStatus;
  referralSource: string;
  startDate: string;
  partnerA: PartnerFormValues;
  partnerB: PartnerFormValues;
}

export const partnerKey = (position: PartnerPosition) => (position === 'A' ? 'partnerA' : 'partnerB');

function emptyPartner(): PartnerFormValues {
  return {
    firstName: '',
    lastName: '',
    preferredName: '',
    pronouns: '',
    dateOfBirth: '',
    phone: '',
    email: '',
    inRecovery: false,
    substances: '',
    severity: '',
    yearsOfUse: '',
    sobrietyDate: '',
  };
}

export function emptyCoupleForm(startDate: string): CoupleFormValues {
  return {
    displayName: '',
    displayNameEdited: false,
    status: 'intake',
    referralSource: '',
    startDate,
    partnerA: emptyPartner(),
    partnerB: emptyPartner(),
  };
}

function partnerValues(partner: Partner): PartnerFormValues {
  return {
    firstName: partner.firstName,
    lastName: partner.lastName,
    preferredName: partner.preferredName ?? '',
    pronouns: partner.pronouns ?? '',
    dateOfBirth: partner.dateOfBirth ?? '',
    phone: partner.phone ?? '',
    email: partner.email ?? '',
    inRecovery: partner.inRecovery,
    substances: partner.substances.join(', '),
    severity: partner.severity ?? '',
    yearsOfUse: partner.yearsOfUse === null ? '' : String(partner.yearsOfUse),
    sobrietyDate: partner.sobrietyDate ?? '',
  };
}

export function coupleFormFromCouple(couple: Couple): CoupleFormValues {
  return {
    displayName: couple.displayName,
    displayNameEdited: true,
    status: couple.status,
    referralSource: couple.referralSource ?? '',
    startDate: couple.startDate ?? '',
    partnerA: partnerValues(couple.partnerA),
    partnerB: partnerValues(couple.partnerB),
  };
}

function suggestedName(values: CoupleFormValues): string {
  const names = (p: PartnerFormValues) => ({
    firstName: p.firstName,
    preferredName: p.preferredName.trim() || null,
  });
  return suggestDisplayName(names(values.partnerA), names(values.partnerB));
}

/** Keeps the suggested display name in step with the partners' names until the clinician types one. */
export function withSuggestedName(values: CoupleFormValues): CoupleFormValues {
  return values.displayNameEdited ? values : { ...values, displayName: suggestedName(values) };
}

/** Applies a change to one partner, keeping the suggested display name in step until edited. */
export function changePartner(
  values: CoupleFormValues,
  position: PartnerPosition,
  patch: Partial<PartnerFormValues>,
): CoupleFormValues {
  const key = partnerKey(position);
  return withSuggestedName({ ...values, [key]: { ...values[key], ...patch } });
}

/** The clinician typed a display name; clearing it hands it back to the suggestion. */
export function changeDisplayName(values: CoupleFormValues, displayName: string): CoupleFormValues {
  if (displayName.trim() === '')
    return { ...values, displayName: suggestedName(values), displayNameEdited: false };
  return { ...values, displayName, displayNameEdited: true };
}

/** Accepts "2.5" and "2,5"; anything else becomes NaN so the schema names the problem. */
function parseNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  return /^-?\d+([.,]\d+)?$/.test(trimmed) ? Number(trimmed.replace(',', '.')) : Number.NaN;
}

function partnerInput(values: PartnerFormValues): PartnerInput {
  return {
    firstName: values.firstName,
    lastName: values.lastName,
    preferredName: values.preferredName,
    pronouns: values.pronouns,
    dateOfBirth: values.dateOfBirth,
    phone: values.phone,
    email: values.email,
    inRecovery: values.inRecovery,
    substances: values.substances
      .split(',')
      .map((substance) => substance.trim())
      .filter(Boolean),
    severity: values.severity === '' ? null : values.severity,
    yearsOfUse: parseNumber(values.yearsOfUse),
    sobrietyDate: values.sobrietyDate,
  };
}

/** The contract input for what the form holds; blank optional fields become null in the schema. */
export function toCoupleInput(values: CoupleFormValues): CoupleInput {
  return {
    displayName: values.displayName,
    status: values.status,
    referralSource: values.referralSource,
    startDate: values.startDate,
    partnerA: partnerInput(values.partnerA),
    partnerB: partnerInput(values.partnerB),
  };
}

/** The form's fields in screen order; a deeper path (`partnerA.substances.2`) belongs to its field. */
const PARTNER_FIELDS = [
  'firstName',
  'lastName',
  'preferredName',
  'pronouns',
  'dateOfBirth',
  'phone',
  'email',
  'inRecovery',
  'substances',
  'severity',
  'yearsOfUse',
  'sobrietyDate',
] as const satisfies readonly (keyof PartnerFormValues)[];

export const FIELD_ORDER: readonly string[] = [
  'displayName',
  'status',
  'referralSource',
  'startDate',
  ...PARTNER_FIELDS.map((field) => `partnerA.${field}`),
  ...PARTNER_FIELDS.map((field) => `partnerB.${field}`),
];

/** Maps an error path to the form field showing it; '' when it belongs to no field. */
export function fieldForPath(path: string): string {
  return fieldOf(path, FIELD_ORDER);
}

/** Keeps the first message per field, keyed by the field it belongs to. */
export function normalizeFieldErrors(errors: Readonly<Record<string, string>>): FieldErrors {
  return placeFieldErrors(errors, FIELD_ORDER);
}

/** Validates with the contract's own schema, so the form and the core can never disagree. */
export function validateCoupleForm(values: CoupleFormValues): { input: CoupleInput; errors: FieldErrors } {
  const input = toCoupleInput(values);
  const parsed = coupleInputSchema.safeParse(input);
  if (parsed.success) return { input, errors: {} };
  return { input, errors: normalizeFieldErrors(issuesToFieldErrors(parsed.error.issues)) };
}

/** Statuses offered in the form: archiving has its own confirmed action, so it is offered only to keep it. */
export function statusOptions(current: CoupleStatus): CoupleStatus[] {
  return coupleStatuses.filter((status) => status !== 'archived' || current === 'archived');
}

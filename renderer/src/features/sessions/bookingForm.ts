import { type FieldErrors, placeFieldErrors } from '@renderer/ui/fieldErrors';
import { issuesToFieldErrors } from '@shared/contract/field-issues';
import {
  type BookingClash,
  type BookingInput,
  bookingInputSchema,
  type sessionTypes,
} from '@shared/contract/sessions';
import { formatIsoDate } from '@shared/domain/dates';

export interface BookingFormValues {
  date: string;
  startTime: string;
  durationMinutes: string;
  type: (typeof sessionTypes)[number];
  place: 'office' | 'telehealth';
  repeat: 'none' | 'week' | 'fortnight';
  count: string;
}

export function emptyBookingForm(date: string): BookingFormValues {
  return {
    date,
    startTime: '',
    durationMinutes: '50',
    type: 'joint',
    place: 'office',
    repeat: 'none',
    count: '6',
  };
}

function wholeNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

export const BOOKING_FIELD_ORDER: readonly string[] = [
  'date',
  'startTime',
  'durationMinutes',
  'type',
  'place',
  'repeat.every',
  'repeat.count',
];

export function placeBookingErrors(errors: Readonly<Record<string, string>>): FieldErrors {
  return placeFieldErrors(errors, BOOKING_FIELD_ORDER);
}

export function validateBookingForm(
  coupleId: string,
  values: BookingFormValues,
): { input: BookingInput | null; errors: FieldErrors } {
  const parsed = bookingInputSchema.safeParse({
    coupleId,
    date: values.date,
    startTime: values.startTime.trim() || undefined,
    durationMinutes: wholeNumber(values.durationMinutes),
    type: values.type,
    place: values.place,
    repeat: values.repeat === 'none' ? null : { every: values.repeat, count: wholeNumber(values.count) },
  });
  if (parsed.success) return { input: parsed.data, errors: {} };
  return { input: null, errors: placeBookingErrors(issuesToFieldErrors(parsed.error.issues)) };
}

/** "Mon 23 Nov 2026 at 14:00 overlaps Other couple (14:30, 50 min)": a warning, not a refusal. */
export function clashWarning(clash: BookingClash): string {
  return `${formatIsoDate(clash.date)} at ${clash.startTime} overlaps ${clash.other.coupleName} (${clash.other.startTime}, ${clash.other.durationMinutes} min)`;
}

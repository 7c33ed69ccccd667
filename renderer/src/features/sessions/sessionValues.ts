import { type FieldErrors, placeFieldErrors } from '@renderer/ui/fieldErrors';
import { issuesToFieldErrors } from '@shared/contract/field-issues';
import {
  type attendanceValues,
  type cancelledByValues,
  type Session,
  type SessionInput,
  sessionInputSchema,
  type sessionOutcomes,
  type sessionTypes,
} from '@shared/contract/sessions';
import { type RatingArea, ratingAreas } from '@shared/domain/assessment';

type Attendance = (typeof attendanceValues)[number];
type Position = 'A' | 'B';

export interface SessionFormValues {
  date: string;
  startTime: string;
  durationMinutes: string;
  type: (typeof sessionTypes)[number];
  place: 'office' | 'telehealth';
  outcome: (typeof sessionOutcomes)[number];
  outcomeReason: string;
  /** Who cancelled and the hours of notice; only sent with a cancellation. */
  cancelledBy: (typeof cancelledByValues)[number] | '';
  noticeHours: string;
  attendance: Record<Position, Attendance>;
  /** Whether each partner's quick check-in is recorded. */
  checkInOn: Record<Position, boolean>;
  checkIn: Record<Position, Record<RatingArea, string>>;
}

const blankRatings = () => Object.fromEntries(ratingAreas.map((a) => [a, ''])) as Record<RatingArea, string>;

export function emptySessionForm(date: string): SessionFormValues {
  return {
    date,
    startTime: '',
    durationMinutes: '50',
    type: 'joint',
    place: 'office',
    outcome: 'held',
    outcomeReason: '',
    cancelledBy: '',
    noticeHours: '',
    attendance: { A: 'present', B: 'present' },
    checkInOn: { A: false, B: false },
    checkIn: { A: blankRatings(), B: blankRatings() },
  };
}

export function sessionFormFromSession(session: Session): SessionFormValues {
  const ratings = (position: Position) => {
    const found = session.checkIn[position];
    return found
      ? (Object.fromEntries(ratingAreas.map((a) => [a, String(found[a])])) as Record<RatingArea, string>)
      : blankRatings();
  };
  return {
    date: session.date,
    startTime: session.startTime ?? '',
    durationMinutes: String(session.durationMinutes),
    type: session.type,
    place: session.place,
    // Recording a booked session starts from "held", the usual outcome; the clinician changes it.
    outcome: session.outcome === 'booked' ? 'held' : session.outcome,
    outcomeReason: session.outcomeReason ?? '',
    cancelledBy: session.cancelledBy ?? '',
    noticeHours: session.noticeHours === null ? '' : String(session.noticeHours),
    attendance: session.outcome === 'booked' ? { A: 'present', B: 'present' } : session.attendance,
    checkInOn: { A: session.checkIn.A !== null, B: session.checkIn.B !== null },
    checkIn: { A: ratings('A'), B: ratings('B') },
  };
}

function numberOrUndefined(text: string): number | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

export function toSessionDraft(coupleId: string, values: SessionFormValues) {
  const ratings = (position: Position) =>
    values.checkInOn[position] &&
    values.outcome === 'held' &&
    values.attendance[position] !== 'absent' &&
    values.attendance[position] !== 'notExpected'
      ? Object.fromEntries(ratingAreas.map((a) => [a, numberOrUndefined(values.checkIn[position][a])]))
      : null;
  const cancelled = values.outcome === 'cancelled';
  return {
    coupleId,
    date: values.date,
    startTime: values.startTime.trim() || null,
    durationMinutes: numberOrUndefined(values.durationMinutes),
    type: values.type,
    place: values.place,
    outcome: values.outcome,
    outcomeReason: values.outcomeReason,
    cancelledBy: cancelled && values.cancelledBy ? values.cancelledBy : null,
    noticeHours: cancelled ? (numberOrUndefined(values.noticeHours) ?? null) : null,
    attendance: values.attendance,
    checkIn: { A: ratings('A'), B: ratings('B') },
  };
}

export const SESSION_FIELD_ORDER: readonly string[] = [
  'date',
  'startTime',
  'durationMinutes',
  'type',
  'place',
  'outcome',
  'outcomeReason',
  'cancelledBy',
  'noticeHours',
  'attendance.A',
  'attendance.B',
  'checkIn',
  ...(['A', 'B'] as const).flatMap((p) => [`checkIn.${p}`, ...ratingAreas.map((a) => `checkIn.${p}.${a}`)]),
];

export function placeSessionErrors(errors: Readonly<Record<string, string>>): FieldErrors {
  return placeFieldErrors(errors, SESSION_FIELD_ORDER);
}

export function validateSessionForm(
  coupleId: string,
  values: SessionFormValues,
): { input: SessionInput | null; errors: FieldErrors } {
  const parsed = sessionInputSchema.safeParse(toSessionDraft(coupleId, values));
  if (parsed.success) return { input: parsed.data, errors: {} };
  return { input: null, errors: placeSessionErrors(issuesToFieldErrors(parsed.error.issues)) };
}

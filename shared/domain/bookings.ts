import { addDaysIso } from './dates';

/** The dates of a booking and its repeats: one date, or `count` dates a week or two apart. */
export function bookingDates(
  first: string,
  repeat: { every: 'week' | 'fortnight'; count: number } | null,
): string[] {
  if (!repeat) return [first];
  const step = repeat.every === 'week' ? 7 : 14;
  return Array.from({ length: repeat.count }, (_, index) => addDaysIso(first, index * step));
}

/** Minutes since midnight of an `HH:MM` time. */
export function minutesOfDay(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

export interface TimeSlot {
  date: string;
  startTime: string | null;
  durationMinutes: number;
}

/**
 * Whether two sessions overlap in time on the same day. Touching ends (one ends at 10:00, the
 * next starts at 10:00) do not clash: back-to-back sessions are how a clinician's day runs.
 * A session without a start time cannot be placed, so it clashes with nothing.
 */
export function overlaps(a: TimeSlot, b: TimeSlot): boolean {
  if (a.date !== b.date || a.startTime === null || b.startTime === null) return false;
  const aStart = minutesOfDay(a.startTime);
  const bStart = minutesOfDay(b.startTime);
  return aStart < bStart + b.durationMinutes && bStart < aStart + a.durationMinutes;
}

/**
 * Time for the demo practice. History is written through the core's public API, which stamps
 * records with its clock and refuses dates after "today"; the generator therefore moves a
 * clock it controls through the months it writes, and leaves it at the present at the end.
 */
import { addDaysIso, toIsoDate } from '@shared/domain/dates';

export interface DemoClock {
  /** Pass this to `createCore({ clock })`. */
  now(): Date;
  set(instant: Date): void;
  advance(ms: number): void;
}

export function createDemoClock(start: Date): DemoClock {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    set(instant) {
      current = instant.getTime();
    },
    advance(ms) {
      current += ms;
    },
  };
}

/** Local wall-clock time on a calendar date (the core reads dates in local time). */
export function atLocal(isoDate: string, time: string): Date {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return new Date(y, m - 1, d, hh, mm, 0, 0);
}

/** Minutes after midnight as `HH:MM`. */
export function hhmm(minutes: number): string {
  const clamped = Math.max(0, Math.min(23 * 60 + 59, Math.round(minutes)));
  return `${String(Math.floor(clamped / 60)).padStart(2, '0')}:${String(clamped % 60).padStart(2, '0')}`;
}

/** The local date and minutes after midnight `hours` before a time on a date (a call ahead of a session). */
export function hoursBefore(
  isoDate: string,
  minutes: number,
  hours: number,
): { date: string; minutes: number } {
  const at = new Date(atLocal(isoDate, hhmm(minutes)).getTime() - hours * 3_600_000);
  return { date: toIsoDate(at), minutes: at.getHours() * 60 + at.getMinutes() };
}

export const isoDay = toIsoDate;
export const addDays = addDaysIso;

/** How far back the practice reaches for a given history length: the vault is created then. */
export function historyStart(present: Date, months: number): Date {
  const first = addDaysIso(toIsoDate(present), -Math.ceil(Math.max(months, 3) * 30.5) - 21);
  return atLocal(first, '08:00');
}

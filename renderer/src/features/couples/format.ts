import { formatIsoDate, toIsoDate, yearsBetween } from '@shared/domain/dates';

/** Today's calendar date on this computer, the reference for ages and days sober. */
export function today(): string {
  return toIsoDate(new Date());
}

export function formatDate(value: string | null): string | null {
  return value ? formatIsoDate(value) : null;
}

/** The local calendar date of a stored instant (`archivedAt`), formatted. */
export function formatInstantDate(instant: string): string {
  return formatIsoDate(toIsoDate(new Date(instant)));
}

export function ageOn(dateOfBirth: string, on: string = today()): number {
  return yearsBetween(dateOfBirth, on);
}

/** Whole days from `since` to `on`, both calendar dates (no time zone can shift them). */
export function daysBetween(since: string, on: string = today()): number {
  const toUtc = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((toUtc(on) - toUtc(since)) / 86_400_000);
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}

import { formatInstant, formatIsoDate, isIsoDate } from '@shared/domain/dates';
import type { PartnerKey } from '@shared/domain/plan-engine/types';
import type { DocumentPartners } from './types';

/**
 * How printed documents write dates, names and the like. One locale for every document, not
 * the machine's (`formatIsoDate` and `formatInstant` in shared/domain/dates.ts, which the
 * screens use too): a note printed on a laptop set to another language still reads the same,
 * and tests get the same text everywhere.
 */

/** The dash printed where a value was never entered, so a blank cannot pass for a lost digit. */
export const NOT_SET = '—';

/** "Mar 5, 2025" for an ISO date; the dash for a date not entered yet. */
export function printDate(isoDate: string | null | undefined): string {
  return isoDate && isIsoDate(isoDate) ? formatIsoDate(isoDate) : NOT_SET;
}

/** "Mar 5, 2025, 14:32" in the clinician's local time: when something was signed. */
export function printTimestamp(timestamp: string): string {
  return formatInstant(timestamp);
}

/** Numbers as entered ("2.5"), or the dash when missing. */
export function printNumber(value: number | null): string {
  return value === null ? NOT_SET : String(value);
}

export function partnerName(partners: DocumentPartners, key: PartnerKey): string {
  return partners[key].name;
}

/** "Alex Example and Zoë Exemple-Dupont". */
export function bothNames(partners: DocumentPartners): string {
  return `${partners.A.name} and ${partners.B.name}`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

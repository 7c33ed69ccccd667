/**
 * The outside-recipient details: what an insurer, a court or a program needs to match the
 * report to their file and to the services given. Each is switched on per preset and can be
 * switched off; the rules on who may see what sit here:
 * - date of birth and the case or member number identify the partners, so a report with
 *   initials only never prints them, whatever the switches say;
 * - the diagnosis is substance-use information (42 CFR Part 2): printed only with those
 *   details included, and only where the DSM-5 criteria were assessed;
 * - dates of service are held sessions in the period; the counts add canceled sessions and
 *   no-shows, so a reader sees what was scheduled as well as what took place.
 */
import type { UseDisorderSeverity } from '@shared/domain/assessment';
import { formatIsoDate } from '@shared/domain/dates';
import { disorderDiagnoses } from './icd10';
import type { ReportDetail } from './model';
import type { ReportDetailKey } from './options';

const date = formatIsoDate;

export type ServiceType = 'joint' | 'individualA' | 'individualB' | 'workshop' | 'checkIn';

export interface DiagnosisBasis {
  dsm5Assessed: boolean;
  severity: UseDisorderSeverity;
  substances: readonly string[];
}

/** What the details are read from, beside the dashboard input. */
export interface ReportRecordExtras {
  /** The couple's treatment start date as recorded on the couple. */
  startDate?: string | null | undefined;
  datesOfBirth?: { A: string | null; B: string | null } | undefined;
  services?:
    | readonly { date: string; type: ServiceType; outcome: 'booked' | 'held' | 'cancelled' | 'noShow' }[]
    | undefined;
  /** Each assessment's DSM-5 result per partner, any order. */
  assessments?: readonly { assessedOn: string; A: DiagnosisBasis; B: DiagnosisBasis }[] | undefined;
  /** The plan in force's review date. */
  reviewDate?: string | null | undefined;
  homework?:
    | readonly {
        title: string;
        who: string;
        assignedOn: string;
        dueDate: string;
        status: string;
        reviewedOn: string | null;
      }[]
    | undefined;
}

export interface DetailsInput {
  switches: Record<ReportDetailKey, boolean>;
  identifiers: 'full' | 'initials';
  includeSubstanceUse: boolean;
  /** The partners whose substance-use information the report shows (each one consented). */
  substanceUsePartners: readonly ('A' | 'B')[];
  names: { A: string; B: string };
  period: { from: string; asOf: string };
  referenceNumber: string | null;
  extras: ReportRecordExtras;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** The first day of treatment: the couple's start date, else the first held session or assessment. */
export function treatmentStart(extras: ReportRecordExtras): string | null {
  if (extras.startDate) return extras.startDate;
  const dates = [
    ...(extras.services ?? []).filter((s) => s.outcome === 'held').map((s) => s.date),
    ...(extras.assessments ?? []).map((a) => a.assessedOn),
  ].sort();
  return dates[0] ?? null;
}

/** "Mar 3, Mar 10, Apr 2, 2026; Jan 5, 2027": dates grouped by year, the year said once. */
function serviceDates(dates: readonly string[]): string {
  const byYear = new Map<string, string[]>();
  for (const d of dates) {
    const year = d.slice(0, 4);
    const list = byYear.get(year) ?? [];
    list.push(date(d).replace(/, \d{4}$/, ''));
    byYear.set(year, list);
  }
  return [...byYear.entries()].map(([year, list]) => `${list.join(', ')}, ${year}`).join('; ');
}

export function serviceCounts(services: NonNullable<ReportRecordExtras['services']>): string {
  const held = services.filter((s) => s.outcome === 'held');
  const joint = held.filter((s) => s.type === 'joint').length;
  const individual = held.filter((s) => s.type === 'individualA' || s.type === 'individualB').length;
  const other = held.length - joint - individual;
  const parts = [`${joint} joint`, `${individual} individual`];
  if (other > 0) parts.push(`${other} other (workshops, brief check-ins)`);
  const canceled = services.filter((s) => s.outcome === 'cancelled').length;
  const noShow = services.filter((s) => s.outcome === 'noShow').length;
  return `${plural(held.length, 'session')} held: ${parts.join(', ')}; ${canceled} canceled; ${plural(noShow, 'no-show')}`;
}

export function recipientDetails(input: DetailsInput): ReportDetail[] {
  const { switches, extras, names, period } = input;
  const identifying = input.identifiers === 'full';
  const details: ReportDetail[] = [];
  if (switches.referenceNumber && identifying && input.referenceNumber) {
    details.push({ label: 'Case or member number', value: input.referenceNumber });
  }
  if (switches.dateOfBirth && identifying && extras.datesOfBirth) {
    const dob = extras.datesOfBirth;
    const known = (['A', 'B'] as const).flatMap((p) => {
      const value = dob[p];
      return value ? [`${names[p]}: ${date(value)}`] : [];
    });
    if (known.length > 0) details.push({ label: 'Date of birth', value: known.join('; ') });
  }
  if (switches.treatmentStart) {
    const start = treatmentStart(extras);
    if (start) details.push({ label: 'Treatment start', value: date(start) });
  }
  if (switches.diagnosis && input.includeSubstanceUse) {
    // The latest assessment on or before the period's end that assessed the partner's criteria.
    const assessed = [...(extras.assessments ?? [])]
      .filter((a) => a.assessedOn <= period.asOf)
      .sort((x, y) => (x.assessedOn < y.assessedOn ? -1 : 1));
    // A partner left out (no consent of theirs) keeps their diagnosis out too.
    const lines = input.substanceUsePartners.flatMap((p) => {
      const latest = assessed.filter((a) => a[p].dsm5Assessed).at(-1);
      if (!latest) return [];
      const found = disorderDiagnoses(latest[p]);
      return found.length === 0
        ? []
        : [
            `${names[p]}: ${found.map((d) => `${d.label} (${d.code})`).join('; ')}, assessed ${date(latest.assessedOn)}`,
          ];
    });
    if (lines.length > 0) details.push({ label: 'Diagnosis (ICD-10-CM)', value: lines.join('\n') });
  }
  if (switches.datesOfService && extras.services) {
    const inPeriod = extras.services
      .filter((s) => s.date >= period.from && s.date <= period.asOf && s.outcome !== 'booked')
      .sort((x, y) => (x.date < y.date ? -1 : 1));
    details.push({ label: 'Sessions', value: serviceCounts(inPeriod) });
    const held = inPeriod.filter((s) => s.outcome === 'held').map((s) => s.date);
    details.push({
      label: 'Dates of service',
      value: held.length > 0 ? serviceDates(held) : 'None in this period',
    });
  }
  return details;
}

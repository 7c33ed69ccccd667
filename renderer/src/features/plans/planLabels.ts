import type { PlanStatus, PlanVersionSummary } from '@shared/contract/plans';
import { formatIsoDate } from '@shared/domain/dates';
import { type Frequency, perPeriod } from '@shared/domain/library';
import type { PlanDocument, problemPriorities, ReviewStatus } from '@shared/domain/plan';

export const planStatusLabels: Record<PlanStatus, string> = {
  draft: 'Draft',
  active: 'Active',
  superseded: 'Superseded',
};

export const planSourceLabels: Record<PlanVersionSummary['source'], string> = {
  proposal: 'From a proposal',
  blank: 'From a blank page',
  revision: 'Revision',
};

export const priorityLabels: Record<(typeof problemPriorities)[number], string> = {
  safety: 'Safety first',
  high: 'High',
  medium: 'Medium',
  maintenance: 'Maintenance',
};

export const reviewStatusLabels: Record<ReviewStatus, string> = {
  overdue: 'Overdue',
  dueSoon: 'Due within 7 days',
  scheduled: 'Scheduled',
};

/** "Version 2 (active)" */
export function versionName(version: Pick<PlanVersionSummary, 'version' | 'status'>): string {
  return `Version ${version.version} (${planStatusLabels[version.status].toLowerCase()})`;
}

/** "Partner A (Zoë)", for the select options and the read-only plan. */
export function partnerLabel(position: 'A' | 'B', names: { A: string; B: string }): string {
  return names[position] ? `Partner ${position} (${names[position]})` : `Partner ${position}`;
}

export function assigneeText(
  who: 'both' | 'partnerA' | 'partnerB' | 'inSession',
  names: { A: string; B: string },
): string {
  if (who === 'partnerA') return partnerLabel('A', names);
  if (who === 'partnerB') return partnerLabel('B', names);
  return who === 'both' ? 'Both partners' : 'In session';
}

export function objectivePartnerText(partner: 'A' | 'B' | 'both', names: { A: string; B: string }): string {
  return partner === 'both' ? 'Both partners' : partnerLabel(partner, names);
}

/** "2 → 5 by 7 Jan 2027", with gaps shown as such while the draft is incomplete. */
export function measureText(baseline: number | null, target: number | null, date: string): string {
  const value = (n: number | null) => (n === null ? '?' : String(n));
  return `${value(baseline)} → ${value(target)}${date ? ` by ${formatIsoDate(date)}` : ''}`;
}

export function frequencyText(frequency: Frequency): string {
  if (frequency === 'asNeeded') return 'As needed';
  const times = frequency.times === 1 ? 'Once' : frequency.times === 2 ? 'Twice' : `${frequency.times} times`;
  return frequency.per === 'session' ? `${times} per session` : `${times} ${perPeriod(frequency.per)}`;
}

/** "One joint session a week; every four weeks: 4 joint, 1 individual (A), …" */
export function sessionPlanText(sessions: PlanDocument['sessions']): string {
  const { frequency, mixPerFourWeeks: mix } = sessions;
  const times = frequency.sessions === 1 ? 'One session' : `${frequency.sessions} sessions`;
  const parts = [
    `${mix.joint} joint`,
    mix.individualA ? `${mix.individualA} individual with partner A` : null,
    mix.individualB ? `${mix.individualB} individual with partner B` : null,
    mix.workshop ? `${mix.workshop} workshop` : null,
  ].filter(Boolean);
  return `${times} ${perPeriod(frequency.per)}; every four weeks ${parts.join(', ')}`;
}

export function timelineText(timeline: PlanDocument['timeline']): string {
  return timeline.minWeeks === timeline.maxWeeks
    ? `About ${timeline.minWeeks} weeks`
    : `${timeline.minWeeks}–${timeline.maxWeeks} weeks`;
}

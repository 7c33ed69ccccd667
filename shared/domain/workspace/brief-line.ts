/**
 * The brief in one line, for Today's agenda: what to have in mind before opening the session.
 * Built from the same `Brief` the workspace shows, so the line and the workspace agree.
 */

import { formatIsoDate } from '@shared/domain/dates';
import type { PartnerKey } from '@shared/domain/plan-engine/types';
import type { Brief } from './brief';
import { count } from './words';

export interface BriefLine {
  text: string;
  /** An open safety flag: Today shows the line as an alert. */
  safety: boolean;
}

export function briefLine(
  brief: Brief<{ status: string }, unknown>,
  names: Record<PartnerKey, string>,
): BriefLine {
  const parts: string[] = [];
  const safety = brief.safetyFlags.length > 0;
  if (safety) parts.push('Safety flag open');
  const open = brief.homeworkDue.filter((item) => item.status === 'assigned').length;
  if (open > 0) parts.push(`${count(open, 'homework item')} to review`);
  const useDays = (['A', 'B'] as const).flatMap((partner) => {
    const use = brief.recovery[partner]?.use ?? 0;
    return use > 0 ? [`${names[partner]} ${use}`] : [];
  });
  if (useDays.length > 0) parts.push(`use days: ${useDays.join(', ')}`);
  const stalled = brief.milestones.filter((m) => m.status === 'stalled').length;
  const overdue = brief.milestones.filter((m) => m.status === 'overdue').length;
  const due = brief.milestones.filter((m) => m.status === 'due').length;
  if (stalled > 0) parts.push(`${count(stalled, 'milestone')} stalled`);
  if (overdue > 0) parts.push(`${count(overdue, 'milestone')} overdue`);
  if (due > 0) parts.push(`${count(due, 'milestone')} due soon`);
  for (const gap of brief.partnerGaps) parts.push(`gap in ${gap.label.toLowerCase()} (${gap.A} vs ${gap.B})`);
  if (parts.length === 0)
    parts.push(brief.since ? `Nothing flagged since ${formatIsoDate(brief.since.date)}` : 'First session');
  const text = parts.join(' · ');
  return { text: text.charAt(0).toUpperCase() + text.slice(1), safety };
}

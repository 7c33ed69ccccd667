import { plural } from '@renderer/features/couples/format';
import type { Homework, HomeworkWho } from '@shared/contract/homework';
import { formatIsoDate } from '@shared/domain/dates';
import type { ReactNode } from 'react';

export type PartnerNames = { A: string; B: string };

/** "Both partners", or the partner's name: who a homework is for, as the clinician reads it. */
export function whoLabel(who: HomeworkWho, names: PartnerNames): string {
  if (who === 'partnerA') return names.A;
  if (who === 'partnerB') return names.B;
  return 'Both partners';
}

/**
 * "Both partners · due Dec 13, 2026". The name is isolated (`bdi`), so a right-to-left name
 * does not carry the date or the separator to its side.
 */
export function homeworkMeta(homework: Homework, names: PartnerNames): ReactNode {
  return (
    <>
      <bdi>{whoLabel(homework.who, names)}</bdi>
      {homework.joint ? ' together' : ''} · due {formatIsoDate(homework.dueDate)}
    </>
  );
}

/** "5 of 7 days kept, 1 use day, 1 not recorded" */
export function recoveryLine(days: { kept: number; use: number; unrecorded: number; days: number }): string {
  const parts = [`${days.kept} of ${plural(days.days, 'day')} kept`];
  parts.push(days.use === 0 ? 'no use days' : plural(days.use, 'use day'));
  if (days.unrecorded > 0) parts.push(`${days.unrecorded} not recorded`);
  return parts.join(', ');
}

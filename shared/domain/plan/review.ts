import { addDaysIso } from '@shared/domain/dates';

/** How far ahead the Today view looks for plan reviews. */
export const REVIEW_LOOKAHEAD_DAYS = 7;

export type ReviewStatus = 'overdue' | 'dueSoon' | 'scheduled';

/** Overdue before today; due soon from today to seven days ahead; scheduled after that. */
export function reviewStatus(reviewDate: string, today: string): ReviewStatus {
  if (reviewDate < today) return 'overdue';
  if (reviewDate <= addDaysIso(today, REVIEW_LOOKAHEAD_DAYS)) return 'dueSoon';
  return 'scheduled';
}

/** The last review date the Today view still lists. */
export function reviewHorizon(today: string): string {
  return addDaysIso(today, REVIEW_LOOKAHEAD_DAYS);
}

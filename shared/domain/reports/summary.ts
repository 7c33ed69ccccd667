/**
 * The first page: start, now and next. Every recipient gets it, so it is built only from what
 * the report may show that recipient: ratings (never substance use unless included), the goal
 * statuses the goal table prints, attendance, the plan's review date and frequency, the revised
 * timeline, and the homework currently set.
 *
 * Why one paragraph drafted from the data: a referrer or a court reads the first page and
 * little else. A paragraph the clinician writes from scratch drifts from the figures; one
 * drafted from the same derived facts and then edited keeps the clinician's voice without
 * contradicting the tables behind it.
 */
import { ratingAreaLabels, ratingAreas } from '@shared/domain/assessment';
import { type RatingsInput, ratingsOf } from '@shared/domain/dashboard/areas';
import type { Dashboard } from '@shared/domain/dashboard/types';
import { formatIsoDate } from '@shared/domain/dates';
import type { PlanDocument } from '@shared/domain/plan/document';
import type { ReportAreaChange, ReportAttendance, ReportGoal, ReportSummary } from './model';
import type { ReportRecoveryStatus } from './recovery-status';
import { lapseStatement } from './recovery-text';

const date = formatIsoDate;

/** Intake (the first rating on record) against the latest as of the period's end, per area with any rating. */
export function areaChanges(record: RatingsInput): ReportAreaChange[] {
  return ratingAreas.flatMap((area) => {
    const A = ratingsOf(record, area, 'A');
    const B = ratingsOf(record, area, 'B');
    if (A.length === 0 && B.length === 0) return [];
    const intake = { A: A[0]?.value ?? null, B: B[0]?.value ?? null };
    const latest = { A: A.at(-1)?.value ?? null, B: B.at(-1)?.value ?? null };
    const diff = (p: 'A' | 'B') => {
      const from = intake[p];
      const to = latest[p];
      return from === null || to === null ? null : Math.round((to - from) * 100) / 100;
    };
    return [{ label: ratingAreaLabels[area], intake, latest, change: { A: diff('A'), B: diff('B') } }];
  });
}

/** "1 session a week", "2 sessions every two weeks". */
export function frequencyText(frequency: PlanDocument['sessions']['frequency']): string {
  const sessions = `${frequency.sessions} session${frequency.sessions === 1 ? '' : 's'}`;
  return frequency.per === 'week' ? `${sessions} a week` : `${sessions} every two weeks`;
}

export function weeksRemaining(timeline: Dashboard['timeline']): ReportSummary['next']['weeksRemaining'] {
  if (!timeline) return null;
  return {
    estimate: Math.round((timeline.minWeeks + timeline.maxWeeks) / 2),
    min: timeline.minWeeks,
    max: timeline.maxWeeks,
  };
}

export interface DraftFacts {
  names: { A: string; B: string };
  period: { from: string; to: string };
  areas: readonly ReportAreaChange[];
  attendance: Pick<ReportAttendance, 'due' | 'attended'> | null;
  goals: readonly Pick<ReportGoal, 'status'>[] | null;
  /** Only with substance-use details included. */
  recovery: { A: ReportRecoveryStatus | null; B: ReportRecoveryStatus | null } | null;
  next: ReportSummary['next'];
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

function joinAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** The largest mean change across both partners, up and down, in words. */
function ratingSentence(facts: DraftFacts): string | null {
  const scored = facts.areas.flatMap((area) => {
    const changes = [area.change.A, area.change.B].filter((c): c is number => c !== null);
    return changes.length === 0 ? [] : [{ area, mean: changes.reduce((a, b) => a + b, 0) / changes.length }];
  });
  if (scored.length === 0) return null;
  const changesOf = (area: ReportAreaChange) =>
    (['A', 'B'] as const)
      .flatMap((p) =>
        area.change[p] === null ? [] : [`${facts.names[p]} ${signed(area.change[p] as number)}`],
      )
      .join(', ');
  const best = scored.reduce((a, b) => (b.mean > a.mean ? b : a));
  const worst = scored.reduce((a, b) => (b.mean < a.mean ? b : a));
  const parts: string[] = [];
  if (best.mean > 0)
    parts.push(`Since intake, ratings rose most in ${best.area.label} (${changesOf(best.area)})`);
  else parts.push('Since intake, no area’s ratings have risen on average');
  if (worst.mean < 0 && worst !== best)
    parts.push(`fell most in ${worst.area.label} (${changesOf(worst.area)})`);
  return `${parts.join(' and ')}.`;
}

function goalSentence(goals: DraftFacts['goals']): string | null {
  if (!goals || goals.length === 0) return null;
  const count = (status: ReportGoal['status']) => goals.filter((g) => g.status === status).length;
  const parts = [
    count('met') > 0 ? `${count('met')} met` : '',
    count('progressing') > 0 ? `${count('progressing')} in progress` : '',
    count('stalled') > 0 ? `${count('stalled')} stalled` : '',
    count('notMeasured') > 0 ? `${count('notMeasured')} not yet measured` : '',
  ].filter(Boolean);
  return `Of the plan’s ${goals.length} goal${goals.length === 1 ? '' : 's'}, ${joinAnd(parts)}.`;
}

/**
 * The paragraph, sentence by sentence from the facts: attendance, ratings since intake, the
 * goals, recovery (only when included), and what comes next. Nothing is said that a table or
 * line elsewhere in the report does not also say.
 */
export function draftOverview(facts: DraftFacts): string {
  const sentences: string[] = [];
  const period = `From ${date(facts.period.from)} to ${date(facts.period.to)}`;
  if (facts.attendance && facts.attendance.due > 0) {
    sentences.push(
      `${period}, the couple attended ${facts.attendance.attended} of ${facts.attendance.due} sessions due (${Math.round(
        (facts.attendance.attended / facts.attendance.due) * 100,
      )}%).`,
    );
  } else {
    sentences.push(`This report covers ${date(facts.period.from)} to ${date(facts.period.to)}.`);
  }
  const ratings = ratingSentence(facts);
  if (ratings) sentences.push(ratings);
  const goals = goalSentence(facts.goals);
  if (goals) sentences.push(goals);
  for (const p of ['A', 'B'] as const) {
    const status = facts.recovery?.[p];
    if (status) sentences.push(lapseStatement(facts.names[p], status));
  }
  const next: string[] = [];
  if (facts.next.reviewDate) next.push(`the plan is next reviewed on ${date(facts.next.reviewDate)}`);
  if (facts.next.weeksRemaining) {
    const w = facts.next.weeksRemaining;
    next.push(`about ${w.estimate} weeks of treatment are estimated to remain (${w.min} to ${w.max})`);
  }
  if (next.length > 0) {
    const text = joinAnd(next);
    sentences.push(`${text.charAt(0).toUpperCase()}${text.slice(1)}.`);
  }
  return sentences.join(' ');
}

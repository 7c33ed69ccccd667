/**
 * Wins to celebrate with the couple at the start of a session: milestones reached or reliably
 * improving since the last session, recovery and trust-discussion streaks kept, homework done.
 *
 * Clinical why: the founding article's "celebrate small milestones". Naming progress aloud
 * rebuilds the sense that the work pays off, which is what keeps a couple coming back through
 * the hard middle of treatment. Each win is worded for the couple, in plain language with
 * their names, because the same list appears in the shareable view they may see. Only what
 * the record supports is claimed: "improving" is the dashboard's own trend verdict, a
 * streak is the calendar's conservative streak, and homework counts only once reviewed done.
 */
import type { MilestoneProgress } from '@shared/domain/dashboard/types';
import type { PartnerKey } from '@shared/domain/plan-engine/types';
import type { Streaks } from '@shared/domain/progress';
import { count } from './words';

/** A recovery or trust-discussion streak worth naming aloud. */
export const STREAK_WORTH_CELEBRATING_DAYS = 7;

export const winKinds = ['milestoneMet', 'milestoneImproving', 'streak', 'homeworkDone'] as const;
export type WinKind = (typeof winKinds)[number];
export interface Win {
  kind: WinKind;
  text: string;
}

export interface WinsInput {
  /** Wins count from the day after this date; null counts the whole record (a first session). */
  since: string | null;
  /** The session's date: nothing after it counts. */
  until: string;
  milestones: readonly MilestoneProgress[];
  streaks: Streaks;
  homework: readonly { title: string; status: string; reviewedOn: string | null }[];
  /** The partners' names as the couple is addressed. */
  names: Record<PartnerKey, string>;
}

const after = (date: string, since: string | null) => since === null || date > since;

function milestoneWins(input: WinsInput): Win[] {
  return input.milestones.flatMap((m): Win[] => {
    const reached = m.reachedOn;
    const latest = m.latest;
    if (reached && after(reached, input.since) && reached <= input.until && m.progress === 1)
      return [{ kind: 'milestoneMet', text: `Milestone reached: ${m.description} (now ${latest?.value}).` }];
    if (m.trend === 'improving' && latest && after(latest.date, input.since) && latest.date <= input.until)
      return [
        {
          kind: 'milestoneImproving',
          text: `${m.description} keeps improving: from ${m.baseline} at the start to ${latest.value} now.`,
        },
      ];
    return [];
  });
}

function streakWins(input: WinsInput): Win[] {
  const wins: Win[] = [];
  for (const partner of ['A', 'B'] as const) {
    const current = input.streaks.abstinence[partner]?.current;
    if (current && current.days >= STREAK_WORTH_CELEBRATING_DAYS)
      wins.push({
        kind: 'streak',
        text: `${input.names[partner]}: ${count(current.days, 'day')} of recovery in a row.`,
      });
  }
  const trust = input.streaks.trustDiscussion.current;
  if (trust.days >= STREAK_WORTH_CELEBRATING_DAYS)
    wins.push({
      kind: 'streak',
      text: `The daily trust discussion, held ${count(trust.days, 'day')} in a row.`,
    });
  return wins;
}

function homeworkWins(input: WinsInput): Win[] {
  return input.homework
    .filter(
      (item) =>
        item.status === 'done' &&
        item.reviewedOn !== null &&
        after(item.reviewedOn, input.since) &&
        item.reviewedOn <= input.until,
    )
    .map((item) => ({ kind: 'homeworkDone' as const, text: `Homework done: ${item.title}.` }));
}

/** Met milestones first, then improving ones, streaks, then homework done. */
export function sessionWins(input: WinsInput): Win[] {
  return [...milestoneWins(input), ...streakWins(input), ...homeworkWins(input)];
}

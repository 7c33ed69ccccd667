/**
 * A plan goal's status on a report, from where its milestones stand.
 *
 * Clinical why: goals are not measured directly; their milestones are. A report reader (an
 * insurer, a court, a referring program) takes "Met" as "this work is done", so a goal is met
 * only when every milestone that can be judged (it has a baseline and a target) has its latest
 * measurement at the target or beyond it, whichever way the target points; a goal whose
 * milestones cannot be judged is never called met. A stall comes next because therapists
 * adjust the plan when a milestone stalls, and the reader should see that before any "in
 * progress"; a goal whose milestones are all at target is not stalled, only being maintained
 * (the same rule as `detectStall`). "In progress" needs at least one measurement: a goal
 * nobody has measured yet is "Not yet measured", never quietly "in progress".
 */
import type { DatedValue } from '@shared/domain/progress';
import { betterDirection, hasReached } from '@shared/domain/progress';
import type { GoalStatus } from './model';

/** What the status needs of each of the goal's milestones (a `MilestoneProgress` fits). */
export interface MilestoneStanding {
  baseline: number | null;
  target: number | null;
  /** Latest measurement as of the end of the report's period. */
  latest: DatedValue | null;
  stalled: boolean;
}

export interface GoalStanding {
  status: GoalStatus;
  /** One plain-language line on why. */
  detail: string;
}

function isAtTarget(m: MilestoneStanding): boolean {
  if (m.baseline === null || m.target === null || m.latest === null) return false;
  return hasReached(m.latest.value, m.target, betterDirection({ baseline: m.baseline, target: m.target }));
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/**
 * Rules, in order: `met` when there is at least one milestone with a baseline and a target
 * and every such milestone is at target; otherwise `stalled` when any milestone is stalled;
 * otherwise `progressing` when any milestone has a measurement; otherwise `notMeasured`.
 */
export function goalStanding(milestones: readonly MilestoneStanding[]): GoalStanding {
  const measurable = milestones.filter((m) => m.baseline !== null && m.target !== null);
  const atTarget = measurable.filter(isAtTarget).length;
  const stalled = milestones.filter((m) => m.stalled).length;
  const measured = milestones.filter((m) => m.latest !== null).length;
  const reached = `${atTarget} of ${count(measurable.length, 'milestone')} at target`;

  if (measurable.length > 0 && atTarget === measurable.length) return { status: 'met', detail: reached };
  if (stalled > 0) {
    return {
      status: 'stalled',
      detail: `${count(stalled, 'milestone')} with no recent improvement; ${reached}`,
    };
  }
  if (measured > 0) {
    return {
      status: 'progressing',
      detail:
        measurable.length > 0 ? reached : `${count(measured, 'milestone')} measured; none has a target set`,
    };
  }
  return {
    status: 'notMeasured',
    detail: milestones.length === 0 ? 'No milestones set for this goal' : 'No measurements yet',
  };
}

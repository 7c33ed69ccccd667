/**
 * The plan's timeline, revised once the couple is under way.
 *
 * Clinical why: the range estimated at intake is a guess; after some weeks the couple's own
 * pace, stalled milestones and attendance say more. Couples ask "how much longer?", and the
 * honest answer moves with the evidence. The revision is deliberately one-sided where the
 * evidence is about effort: poorer attendance or more stalled milestones can only lengthen the
 * estimate, never shorten it, so the number can never reward missed sessions. Progress made
 * shortens it, which is the small win couples should see.
 */
import { attendanceWeeks, weeksPerStalledMilestone } from '@shared/domain/plan-engine/rules';
import { formatValue, requireFinite } from './values';

/** The cap on any estimate, as in the plan document's timeline (five years). */
export const maxTimelineWeeks = 260;

/** Before this many weeks the couple's own pace is too noisy to project from. */
export const minWeeksForPace = 4;

/**
 * The couple's own pace can at most double the plan-pace upper bound: progress in therapy is
 * rarely linear (slow starts are common), so a straight-line projection from a slow start
 * would overstate the time left.
 */
export const paceCapFactor = 2;

export interface TimelineRange {
  minWeeks: number;
  maxWeeks: number;
}

export interface TimelineEvidence {
  /** Weeks since the plan (or its timeline) started. */
  weeksElapsed: number;
  /** Progress toward the milestones' targets, 0-1 (for example the mean of `progressToward`). */
  progressFraction: number;
  /** Milestones stalled now (see `detectStall`). */
  stalls: number;
  /** Share of due sessions attended since the plan started, 0-1; null when none was due yet. */
  attendanceRate: number | null;
}

export interface RevisedTimeline extends TimelineRange {
  /** Plain-language steps, in the order applied, for the screen and the report. */
  reasons: string[];
}

/**
 * Rule (weeks remaining, rounded up to whole weeks, at most 260):
 * 1. Plan pace: p = progress clamped to [0, 1]; the work left, (1 - p), at the original pace
 *    gives (1 - p) x minWeeks to (1 - p) x maxWeeks.
 * 2. Observed pace (only after 4 or more weeks, and p < 1): weeksElapsed x (1 - p) / p weeks
 *    left (unbounded when p = 0), capped at twice the plan-pace upper bound. When slower than
 *    planned it raises the upper bound to it; the lower bound stays the plan pace (the best
 *    case is the planned pace; the worst case is the couple's own pace so far).
 * 3. Stalls: + (1 to 2 weeks) per stalled milestone, at most 5 counted (the plan engine's
 *    rule), scaled by (1 - p).
 * 4. Attendance: the plan engine's table (90% or more +0; 75% +2-4; 50% +4-8; below +8-12
 *    weeks), scaled by (1 - p); nothing when unknown.
 * Scaling by (1 - p) applies the delays to the work still ahead, so a couple at their targets
 * has 0 weeks left. Every step is non-decreasing in stalls and non-increasing in attendance,
 * so worse attendance or more stalls never shorten the estimate; more progress never
 * lengthens it.
 */
export function updatedTimelineEstimate(
  original: TimelineRange,
  evidence: TimelineEvidence,
): RevisedTimeline {
  requireFinite('original.minWeeks', original.minWeeks);
  requireFinite('original.maxWeeks', original.maxWeeks);
  requireFinite('weeksElapsed', evidence.weeksElapsed);
  requireFinite('progressFraction', evidence.progressFraction);
  requireFinite('stalls', evidence.stalls);
  if (evidence.attendanceRate !== null) requireFinite('attendanceRate', evidence.attendanceRate);

  const reasons: string[] = [];
  const planMin = Math.max(0, Math.min(original.minWeeks, original.maxWeeks));
  const planMax = Math.max(0, original.minWeeks, original.maxWeeks);
  const elapsed = Math.max(0, evidence.weeksElapsed);
  const p = Math.min(1, Math.max(0, evidence.progressFraction));
  const left = 1 - p;
  const percent = Math.round(p * 100);

  let low = left * planMin;
  let high = left * planMax;
  reasons.push(
    `${percent}% of the way to the targets: ${weeks(low)}-${weeks(high)} weeks left at the planned pace of ${weeks(planMin)}-${weeks(planMax)} weeks`,
  );

  if (elapsed >= minWeeksForPace && left > 0) {
    const observed = p > 0 ? (elapsed * left) / p : Number.POSITIVE_INFINITY;
    const worstCase = Math.min(observed, paceCapFactor * high);
    if (worstCase > high) {
      reasons.push(
        p > 0
          ? `${percent}% in ${formatValue(elapsed)} weeks is slower than planned: up to ${weeks(worstCase)} weeks left at this pace`
          : `No progress yet after ${formatValue(elapsed)} weeks: up to ${weeks(worstCase)} weeks left`,
      );
      high = worstCase;
    }
  }

  const stalled = Math.min(weeksPerStalledMilestone.cap, Math.max(0, Math.floor(evidence.stalls)));
  if (stalled > 0 && left > 0) {
    low += stalled * weeksPerStalledMilestone.min * left;
    high += stalled * weeksPerStalledMilestone.max * left;
    reasons.push(
      `${stalled} stalled milestone${stalled === 1 ? '' : 's'}: +${weeks(stalled * weeksPerStalledMilestone.min * left)}-${weeks(stalled * weeksPerStalledMilestone.max * left)} weeks`,
    );
  }

  if (evidence.attendanceRate !== null && left > 0) {
    const rate = Math.min(1, Math.max(0, evidence.attendanceRate));
    const row = attendanceWeeks.find((r) => rate >= r.minRate);
    if (row && row.max > 0) {
      low += row.min * left;
      high += row.max * left;
      reasons.push(
        `Attendance ${Math.round(rate * 100)}%: +${weeks(row.min * left)}-${weeks(row.max * left)} weeks`,
      );
    }
  }

  const maxWeeks = Math.min(maxTimelineWeeks, weeks(high));
  const minWeeks = Math.min(maxWeeks, weeks(low));
  return { minWeeks, maxWeeks, reasons };
}

/** Whole weeks, rounded up; a tiny float excess (12.000000001) does not add a week. */
function weeks(value: number): number {
  return Math.max(0, Math.ceil(value - 1e-9));
}

/**
 * Which of a plan's milestones the demo couple and clinician actually measure, and the value
 * each measurement takes on a given day. A real couple does not log thirty things a week:
 * the check-in ratings and the recovery calendar measure most milestones by themselves (see
 * plan/measure.ts); of the rest, each demo couple keeps a daily journal of one area (each
 * partner on their own), a weekly tally from a paper log, and the therapist rates one area in
 * session.
 */
import type { RatingArea } from '@shared/domain/assessment';
import { daysBetweenIso } from '@shared/domain/dates';
import { isDerived, milestoneMeasure, type PlanDocument, type PlanItem, walkPlan } from '@shared/domain/plan';
import type { MilestoneMethod } from '@shared/domain/plan-engine/types';
import { clampTo } from './course';
import type { Rng } from './prng';
import type { Position } from './profile';

export interface MeasuredMilestone {
  key: string;
  description: string;
  method: MilestoneMethod;
  baseline: number;
  target: number;
  dueDate: string;
  /** The rated area and whose rating, for milestones that follow a partner's rating. */
  area: RatingArea | null;
  partner: Position | null;
  /** The highest value the milestone's scale allows: 10 for ratings, 7 for days a week, 1 for yes/no. */
  max: number;
}

export interface MeasurePlan {
  /** Daily journal ratings of one area, one milestone per partner (partner feedback A and B). */
  journal: { area: RatingArea; A: MeasuredMilestone; B: MeasuredMilestone } | null;
  /** One milestone both partners give feedback on (how well promises to A are kept). */
  shared: MeasuredMilestone | null;
  /** Rated by the therapist in session on a 0-10 rubric. */
  evaluation: MeasuredMilestone | null;
  /** Confirmed by the therapist once (0 = no, 1 = yes). */
  confirmations: MeasuredMilestone[];
  /** A weekly total from the couple's paper log. */
  tally: MeasuredMilestone | null;
  /** Counted in session. */
  observation: MeasuredMilestone | null;
}

const areaOrder: RatingArea[] = [
  'trust',
  'emotional',
  'communication',
  'physical',
  'experiential',
  'intellectual',
];

/**
 * A milestone the demo enters values for, or null: one without a baseline and target, or one
 * measured from what the demo already records (check-in ratings, the recovery calendar), whose
 * values nobody types twice.
 */
function toMeasured(item: MeasuredPlanMilestone): MeasuredMilestone | null {
  if (item.baseline === null || item.target === null) return null;
  const { scale, source } = milestoneMeasure(item);
  if (isDerived(source)) return null;
  const parts = item.key.split(':');
  const area = areaOrder.includes(parts[1] as RatingArea) ? (parts[1] as RatingArea) : null;
  const partner = parts.find((part) => part === 'A' || part === 'B') as Position | undefined;
  return {
    key: item.key,
    description: item.description,
    method: item.method,
    baseline: item.baseline,
    target: item.target,
    dueDate: item.dueDate,
    area,
    partner: partner ?? null,
    max: scale.max,
  };
}

type MeasuredPlanMilestone = Extract<PlanItem, { method: MilestoneMethod }>;

/** Picks what this couple measures from the signed plan; `journalPick` chooses among the first rated areas. */
export function measurePlan(doc: PlanDocument, journalPick: number): MeasurePlan {
  const all = new Map<string, MeasuredMilestone>();
  for (const walked of walkPlan(doc)) {
    if (walked.kind !== 'milestone' || !('method' in walked.item)) continue;
    const measured = toMeasured(walked.item);
    if (measured) all.set(measured.key, measured);
  }
  const byKey = (key: string) => all.get(key) ?? null;
  // Ratings of an area come from the check-ins; the journal is of what each partner reports on an area's own measure.
  const ratingOf = (area: RatingArea, p: Position) =>
    [...all.values()].find(
      (m) => m.area === area && m.partner === p && m.method === `partnerFeedback${p}` && m.max > 1,
    ) ?? null;

  const journalAreas = areaOrder.filter((area) => ratingOf(area, 'A') && ratingOf(area, 'B'));
  const candidates = journalAreas.slice(0, 3);
  const journalArea = candidates[journalPick % Math.max(1, candidates.length)] ?? null;
  const evaluation =
    [...all.values()].find((m) => m.method === 'therapistEvaluation' && m.max === 10 && m.area !== null) ??
    [...all.values()].find((m) => m.method === 'therapistEvaluation' && m.max === 10) ??
    null;
  const tally =
    byKey('milestone:trust:accountability:log') ??
    [...all.values()].find((m) => m.method === 'coupleLog' && m.max === 7) ??
    null;
  return {
    journal: journalArea
      ? {
          area: journalArea,
          A: ratingOf(journalArea, 'A') as MeasuredMilestone,
          B: ratingOf(journalArea, 'B') as MeasuredMilestone,
        }
      : null,
    shared: byKey('milestone:trust:accountability:A'),
    evaluation,
    confirmations: [...all.values()].filter((m) => m.method === 'therapistEvaluation' && m.max === 1),
    tally,
    observation: [...all.values()].find((m) => m.method === 'sessionObservation') ?? null,
  };
}

/**
 * When a couple reaches a milestone and how a measurement moves on the way. The value climbs
 * from the baseline to the target by `reachOn` (the plan's due date, stretched for slower
 * couples), then holds at or a little above it: a couple that got there stays there unless a
 * relapse sets them back. Noise never makes a reached milestone look lost.
 */
export interface Climb {
  from: string;
  reachOn: string;
}

export function climbValue(
  m: MeasuredMilestone,
  climb: Climb,
  date: string,
  setback: number,
  rng: Rng,
  spread = 0.6,
): number {
  const span = Math.max(1, daysBetweenIso(climb.from, climb.reachOn));
  const fraction = Math.min(1, Math.max(0, daysBetweenIso(climb.from, date) / span)) ** 0.85 - setback;
  const up = m.target >= m.baseline;
  if (fraction >= 0.97) {
    const bonus = rng.chance(0.25) ? 1 : 0;
    return clampTo(up ? m.target + bonus : m.target - bonus, 0, m.max);
  }
  const value = m.baseline + (m.target - m.baseline) * Math.max(0, fraction) + rng.noise(spread);
  // On the way, not yet there: the target is for the day it is reached.
  return up
    ? clampTo(Math.min(value, m.target - 1), 0, m.max)
    : clampTo(Math.max(value, m.target + 1), 0, m.max);
}

/**
 * Feedback on "promises to A are being kept": A answers from experience, B rates their own
 * reliability, usually more kindly; the gap is the discrepancy the dashboard shows.
 */
export function kinderView(value: number, trustGap: number, rng: Rng): number {
  return clampTo(value + trustGap + 1 + rng.noise(0.6), 0, 10);
}

/** Whether a value meets the milestone's target (in the milestone's direction). */
export function reached(m: Pick<MeasuredMilestone, 'baseline' | 'target'>, value: number): boolean {
  return m.target >= m.baseline ? value >= m.target : value <= m.target;
}

/**
 * A stalled series: never better than the best value before the stall began (nor the
 * target), often a little worse. Assumes higher is better, as for every measured milestone.
 */
export function stalledValue(value: number, bestBefore: number, m: MeasuredMilestone, rng: Rng): number {
  const ceiling = Math.min(bestBefore, m.target - 1);
  return Math.max(0, Math.min(value, ceiling) - (rng.chance(0.45) ? 1 : 0));
}

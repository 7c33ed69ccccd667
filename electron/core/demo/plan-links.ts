/**
 * What a demo note says about the plan: the plan interventions used in the session and the
 * "Progress toward the plan" entries, each naming the signed plan version and the item's
 * stable key, with a status that follows the couple's course (a lapse sets an objective back,
 * a stall holds it, reached milestones meet it).
 */
import type { ObjectiveProgress } from '@shared/contract/notes';
import type { PlanVersion } from '@shared/contract/plans';
import type { ObjectiveStatus } from '@shared/domain/notes';
import { type PlanObjective, walkPlan } from '@shared/domain/plan';
import type { PlanItemRef } from './note-text';
import type { Rng } from './prng';

/**
 * One or two of the plan's accepted interventions, as used in the session. With a safety flag
 * open (or a safety-first plan), touch and conflict exercises are left out.
 */
export function interventionsUsed(
  plan: PlanVersion,
  rng: Rng,
  safe: boolean,
  isSensitive: (libraryId: string) => boolean,
): PlanItemRef[] {
  const all = [...walkPlan(plan.document)].flatMap((w) =>
    w.kind === 'intervention' &&
    'libraryId' in w.item &&
    w.item.decision === 'accepted' &&
    (!safe || !isSensitive(w.item.libraryId))
      ? [{ planVersionId: plan.id, key: w.item.key, name: w.item.name }]
      : [],
  );
  return rng.sample(all, rng.chance(0.4) ? 2 : 1);
}

const SENTENCES: Record<ObjectiveStatus, readonly string[]> = {
  progressing: [
    'Moving in the right direction since the last session.',
    'Both partners report small, steady gains here.',
    'Closer to the target than at the last session.',
  ],
  noChange: [
    'No clear change since the last session.',
    'Holding at about the same level as last week.',
    'Still short of the target; the week brought no change.',
  ],
  worse: [
    'Set back since the last session; the lapse was discussed openly.',
    'Harder this week; reviewed what got in the way.',
  ],
  met: ['Target reached and holding; the focus is now on keeping it.', 'Met, and both partners can say how.'],
};

export interface ProgressContext {
  /** The area in focus this session: its objectives are rated first. */
  focus: string;
  /** Whether the couple's course rose since the last note. */
  improving: boolean;
  /** A lapse reported in this session. */
  lapse: boolean;
  /** How far a recent relapse still holds the couple back (0 when none). */
  setback: number;
  /** The milestones reached so far (an objective whose milestones are all reached is met). */
  reached: ReadonlySet<string>;
  /** The milestone that has stalled, once the stall has begun. */
  stalled: string | null;
}

function statusOf(objective: PlanObjective, ctx: ProgressContext, first: boolean): ObjectiveStatus {
  const keys = objective.milestones.filter((m) => m.decision === 'accepted').map((m) => m.key);
  if (ctx.lapse) return first ? 'worse' : 'noChange';
  if (ctx.stalled !== null && keys.includes(ctx.stalled)) return 'noChange';
  if (keys.length > 0 && keys.every((key) => ctx.reached.has(key))) return 'met';
  if (ctx.setback > 0.08) return 'noChange';
  return ctx.improving ? 'progressing' : 'noChange';
}

/** One to three of the plan's accepted objectives (the focus area's first), each with a status and one sentence. */
export function objectiveProgress(plan: PlanVersion, rng: Rng, ctx: ProgressContext): ObjectiveProgress[] {
  const objectives: { objective: PlanObjective; inFocus: boolean }[] = [];
  for (const area of plan.document.problemAreas) {
    if (area.decision !== 'accepted') continue;
    for (const goal of area.goals) {
      if (goal.decision !== 'accepted') continue;
      for (const objective of goal.objectives) {
        if (objective.decision !== 'accepted') continue;
        objectives.push({ objective, inFocus: area.title.toLowerCase() === ctx.focus });
      }
    }
  }
  const inFocus = objectives.filter((o) => o.inFocus).map((o) => o.objective);
  const others = rng.sample(
    objectives.filter((o) => !o.inFocus).map((o) => o.objective),
    objectives.length,
  );
  const rated = [...inFocus, ...others].slice(0, rng.int(1, 3));
  return rated.map((objective, index) => {
    const status = statusOf(objective, ctx, index === 0);
    return {
      planVersionId: plan.id,
      objectiveKey: objective.key,
      objective: objective.description,
      status,
      sentence: rng.pick(SENTENCES[status]),
    };
  });
}

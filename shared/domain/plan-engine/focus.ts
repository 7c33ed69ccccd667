/**
 * Narrows everything the rules consider into a plan a clinician can review in minutes.
 *
 * Clinical why: a proposal of a hundred items in ten areas is not reviewed, it is accepted
 * wholesale, and then nobody measures most of what was signed. A first plan covers the next
 * 8-12 weeks: safety and recovery first when they apply, then the lowest-rated areas and what
 * the couple's history calls for, a few goals each, and one way to measure each objective.
 * Nothing the rules found is lost: what is left out becomes a suggestion, with why, one click
 * from the draft.
 */
import { priorityRank } from './pick';
import type {
  ProposedGoal,
  ProposedIntervention,
  ProposedMilestone,
  ProposedObjective,
  ProposedProblemArea,
  ProposedSuggestion,
} from './types';

/** The bounds of a focused proposal. */
export const focusBounds = {
  areas: 4,
  goalsPerArea: 2,
  objectivesPerGoal: 2,
  interventionsPerObjective: 3,
  /** Every item the clinician reviews: areas, goals, objectives, interventions and milestones. */
  items: 30,
} as const;

/** One area the rules built, with what ranks it for focus. */
export interface ConsideredArea {
  area: ProposedProblemArea;
  /** Safety comes first, then recovery, then everything else by priority and rating. */
  tier: 'safety' | 'recovery' | 'other';
  /** Called for by a specific finding (trust history, co-dependency indicators, recovery with low physical ratings). */
  calledFor: boolean;
  /** The lower of the two partners' ratings the area answers to, when it answers to one. */
  lowestRating: number | null;
}

const tierRank = { safety: 0, recovery: 1, other: 2 } as const;

/**
 * The order areas are taken into focus: safety, recovery, then by priority, areas a specific
 * finding calls for before areas only a rating does, lower ratings first. Ties keep the order
 * they were given in (the engine's fixed area order), so the result never depends on the library.
 */
export function focusOrder(areas: readonly ConsideredArea[]): ConsideredArea[] {
  return areas
    .map((considered, index) => ({ considered, index }))
    .sort(
      (x, y) =>
        tierRank[x.considered.tier] - tierRank[y.considered.tier] ||
        priorityRank[x.considered.area.priority] - priorityRank[y.considered.area.priority] ||
        Number(y.considered.calledFor) - Number(x.considered.calledFor) ||
        (x.considered.lowestRating ?? 11) - (y.considered.lowestRating ?? 11) ||
        x.index - y.index,
    )
    .map(({ considered }) => considered);
}

interface Caps {
  goals: number;
  objectives: number;
  interventions: number;
  milestones: number;
}

/**
 * Tightened one step at a time, last focus area first, until the proposal fits `items`: the
 * most urgent area keeps the most. The last step (one of each) always fits, because four areas
 * of one goal, objective, exercise and milestone are 20 items (an exercise both partners do is
 * two rows, so a little more), and a safety area, never tightened, is at most 12.
 */
const capSteps: readonly Caps[] = [
  { goals: 2, objectives: 2, interventions: 3, milestones: 2 },
  { goals: 2, objectives: 2, interventions: 2, milestones: 2 },
  { goals: 2, objectives: 2, interventions: 2, milestones: 1 },
  { goals: 2, objectives: 2, interventions: 1, milestones: 1 },
  { goals: 1, objectives: 2, interventions: 1, milestones: 1 },
  { goals: 1, objectives: 1, interventions: 1, milestones: 1 },
];

/** The shape `countItems` reads: a proposal's or a plan document's problem areas both fit. */
interface CountableArea {
  goals: readonly {
    objectives: readonly { interventions: readonly unknown[]; milestones: readonly unknown[] }[];
  }[];
}

export function countItems(areas: readonly CountableArea[]): number {
  let count = 0;
  for (const area of areas) {
    count += 1;
    for (const goal of area.goals) {
      count += 1;
      for (const objective of goal.objectives)
        count += 1 + objective.interventions.length + objective.milestones.length;
    }
  }
  return count;
}

/** The area cut down to `caps`, and everything cut, as suggestions under the parent it came from. */
function capArea(
  area: ProposedProblemArea,
  caps: Caps,
  why: string,
): { area: ProposedProblemArea; cut: ProposedSuggestion[] } {
  const cut: ProposedSuggestion[] = [];
  const keep = <T>(items: readonly T[], limit: number, drop: (item: T) => void) => {
    items.slice(limit).forEach(drop);
    return items.slice(0, limit);
  };
  const capObjective = (objective: ProposedObjective): ProposedObjective => ({
    ...objective,
    interventions: keepExercises(objective.interventions, caps.interventions, (item) =>
      cut.push({ why, kind: 'intervention', parentKey: objective.key, item }),
    ),
    milestones: keep(measuredFirst(objective.milestones), caps.milestones, (item) =>
      cut.push({ why, kind: 'milestone', parentKey: objective.key, item }),
    ),
  });
  const capGoal = (goal: ProposedGoal): ProposedGoal => ({
    ...goal,
    objectives: keep(goal.objectives, caps.objectives, (item) =>
      cut.push({ why, kind: 'objective', parentKey: goal.key, item }),
    ).map(capObjective),
  });
  const goals = keep(area.goals, caps.goals, (item) =>
    cut.push({ why, kind: 'goal', parentKey: area.key, item }),
  ).map(capGoal);
  return { area: { ...area, goals }, cut };
}

/**
 * The first `limit` exercises, counted by library entry: an exercise both partners do is one
 * row per partner, and the pair stays together (in the plan or among the suggestions).
 */
function keepExercises(
  interventions: readonly ProposedIntervention[],
  limit: number,
  drop: (item: ProposedIntervention) => void,
): ProposedIntervention[] {
  const kept = new Set<string>();
  return interventions.filter((item) => {
    if (kept.has(item.libraryId) || kept.size < limit) {
      kept.add(item.libraryId);
      return true;
    }
    drop(item);
    return false;
  });
}

/**
 * Milestones measured from what sessions and the calendar already record come first, so the
 * one an objective keeps is one that measures itself. Otherwise the rules' order stands.
 */
function measuredFirst(milestones: readonly ProposedMilestone[]): ProposedMilestone[] {
  const derived = (m: ProposedMilestone) => (m.recordedBy && m.recordedBy.kind !== 'entry' ? 0 : 1);
  return milestones
    .map((m, index) => ({ m, index }))
    .sort((x, y) => derived(x.m) - derived(y.m) || x.index - y.index)
    .map(({ m }) => m);
}

export interface FocusedProposal {
  problemAreas: ProposedProblemArea[];
  suggestions: ProposedSuggestion[];
}

/** Picks the focus areas, bounds each and the whole, and turns everything else into suggestions. */
export function focusProposal(considered: readonly ConsideredArea[]): FocusedProposal {
  const ordered = focusOrder(considered);
  const inFocus = ordered.slice(0, focusBounds.areas);
  const focusTitles = inFocus.map((c) => c.area.title.toLowerCase()).join(', ');
  const beyond = `Left out of the first 8-12 weeks to keep the plan focused on ${focusTitles}`;
  const trimmed = 'Beyond what this area proposes for the first 8-12 weeks; add it if the couple is ready';

  let areas = inFocus.map((c) => c.area);
  let cut: ProposedSuggestion[][] = areas.map(() => []);
  const apply = (index: number, caps: Caps) => {
    const original = inFocus[index]?.area;
    if (!original) return;
    const capped = capArea(original, caps, trimmed);
    areas = areas.map((area, i) => (i === index ? capped.area : area));
    cut = cut.map((list, i) => (i === index ? capped.cut : list));
  };
  const [structural, ...tighter] = capSteps;
  if (structural) for (const index of areas.keys()) apply(index, structural);
  // Safety work is never cut below its structure: a safety plan, crisis contacts and individual
  // sessions are the whole of the work while joint sessions are paused (at most 12 items, so the
  // three other areas at one of each still fit in 30).
  const tightenable = [...inFocus.keys()].filter((index) => inFocus[index]?.tier !== 'safety').reverse();
  for (const caps of tighter) {
    for (const index of tightenable) {
      if (countItems(areas) <= focusBounds.items) break;
      apply(index, caps);
    }
    if (countItems(areas) <= focusBounds.items) break;
  }

  const notInFocus: ProposedSuggestion[] = ordered
    .slice(focusBounds.areas)
    .map((c) => ({ why: beyond, kind: 'problemArea', parentKey: null, item: c.area }));
  return { problemAreas: areas, suggestions: [...cut.flat(), ...notInFocus] };
}

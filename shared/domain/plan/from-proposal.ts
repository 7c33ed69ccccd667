import { addDaysIso } from '@shared/domain/dates';
import type {
  ProposedGoal,
  ProposedIntervention,
  ProposedMilestone,
  ProposedObjective,
  ProposedPlan,
  ProposedProblemArea,
  ProposedSuggestion,
} from '@shared/domain/plan-engine/types';
import type {
  PlanBasis,
  PlanDocument,
  PlanGoal,
  PlanIntervention,
  PlanMilestone,
  PlanObjective,
  PlanProblemArea,
  Suggestion,
} from './document';
import { subtreeKeys, walkPlan } from './document';

/**
 * Turns the engine's proposal into a draft plan the clinician edits: every item starts as
 * `proposed` with the engine's reasons, and weeks from now become calendar dates from `today`.
 * The engine's further suggestions come along, converted the same way, ready to be added.
 */
export function documentFromProposal(
  engineProposal: ProposedPlan,
  today: string,
  basis: Omit<PlanBasis, 'partners'>,
): PlanDocument {
  // A copy: the draft is edited in place by the editor and must not share arrays with the engine's output.
  const proposal = structuredClone(engineProposal);
  const convert = converters((weeks: number) => addDaysIso(today, Math.round(weeks * 7)));
  return {
    safetyFirst: proposal.safetyFirst,
    basis: { ...basis, partners: proposal.partners },
    problemAreas: proposal.problemAreas.map(convert.problemArea),
    sessions: {
      frequency: proposal.sessions.frequency,
      mixPerFourWeeks: proposal.sessions.mixPerFourWeeks,
      reasons: proposal.sessions.reasons,
    },
    timeline: {
      minWeeks: proposal.timeline.minWeeks,
      maxWeeks: proposal.timeline.maxWeeks,
      reasons: proposal.timeline.reasons,
    },
    rejected: [],
    suggestions: proposal.suggestions.map(convert.suggestion),
    withheld: proposal.withheld,
  };
}

function converters(inWeeks: (weeks: number) => string) {
  const intervention = (item: ProposedIntervention): PlanIntervention => ({
    key: item.key,
    libraryId: item.libraryId,
    name: item.name,
    who: item.who,
    frequency: item.frequency,
    notes: '',
    reasons: item.reasons,
    decision: 'proposed',
  });
  const milestone = (item: ProposedMilestone): PlanMilestone => ({
    key: item.key,
    description: item.description,
    method: item.method,
    ...(item.scale ? { scale: item.scale } : {}),
    ...(item.recordedBy ? { recordedBy: item.recordedBy } : {}),
    baseline: item.baseline,
    target: item.target,
    dueDate: inWeeks(item.dueInWeeks),
    reasons: item.reasons,
    decision: 'proposed',
  });
  const objective = (item: ProposedObjective): PlanObjective => ({
    key: item.key,
    description: item.description,
    partner: item.partner,
    measure: item.measure,
    baseline: item.baseline,
    target: item.target,
    targetDate: inWeeks(item.targetWeeks),
    reasons: item.reasons,
    decision: 'proposed',
    interventions: item.interventions.map(intervention),
    milestones: item.milestones.map(milestone),
  });
  const goal = (item: ProposedGoal): PlanGoal => ({
    key: item.key,
    description: item.description,
    reasons: item.reasons,
    decision: 'proposed',
    objectives: item.objectives.map(objective),
  });
  const problemArea = (item: ProposedProblemArea): PlanProblemArea => ({
    key: item.key,
    area: item.area,
    title: item.title,
    priority: item.priority,
    reasons: item.reasons,
    decision: 'proposed',
    goals: item.goals.map(goal),
  });
  const suggestion = (s: ProposedSuggestion): Suggestion => {
    switch (s.kind) {
      case 'problemArea':
        return { why: s.why, entry: { kind: s.kind, parentKey: null, item: problemArea(s.item) } };
      case 'goal':
        return { why: s.why, entry: { kind: s.kind, parentKey: s.parentKey, item: goal(s.item) } };
      case 'objective':
        return { why: s.why, entry: { kind: s.kind, parentKey: s.parentKey, item: objective(s.item) } };
      case 'intervention':
        return { why: s.why, entry: { kind: s.kind, parentKey: s.parentKey, item: intervention(s.item) } };
      case 'milestone':
        return { why: s.why, entry: { kind: s.kind, parentKey: s.parentKey, item: milestone(s.item) } };
    }
  };
  return { problemArea, suggestion };
}

/**
 * A revision's suggestions: the engine's from the latest assessment, not those of the version
 * it copies, which go stale (a screen that has since turned positive must not leave joint
 * exercises one click away). A suggestion whose keys the revised plan already uses, live or
 * rejected, is left out, as is one whose parent is nowhere in it.
 */
export function withCurrentSuggestions(revised: PlanDocument, proposal: PlanDocument | null): PlanDocument {
  if (!proposal) return { ...revised, suggestions: [] };
  const used = new Set([...walkPlan(revised)].map((walked) => walked.item.key));
  for (const rejected of revised.rejected) for (const key of subtreeKeys(rejected.item)) used.add(key);
  const suggestions = proposal.suggestions.filter(({ entry }) => {
    if (subtreeKeys(entry.item).some((key) => used.has(key))) return false;
    return entry.parentKey === null || used.has(entry.parentKey);
  });
  return { ...revised, suggestions };
}

/**
 * Suggestions with no joint, touch or conflict exercise anywhere inside, for a couple with an
 * open safety flag (raised by an assessment or a note's risk review): the engine only knows
 * the assessment, and "Add to plan" must not bring back what the flag holds back.
 */
export function suggestionsWhileFlagged(
  document: PlanDocument,
  isJointOrSensitive: (libraryId: string) => boolean,
): PlanDocument {
  const suggestions = document.suggestions.filter(({ entry }) => {
    const tree = entry.kind === 'problemArea' ? { problemAreas: [entry.item] } : null;
    const ids = tree
      ? [...walkPlan(tree)].flatMap((w) => ('libraryId' in w.item ? [w.item.libraryId] : []))
      : collectLibraryIds(entry.item);
    return !ids.some(isJointOrSensitive);
  });
  return { ...document, suggestions };
}

function collectLibraryIds(item: object): string[] {
  const record = item as Record<string, unknown>;
  const own = typeof record.libraryId === 'string' ? [record.libraryId] : [];
  const nested = ['goals', 'objectives', 'interventions']
    .flatMap((field) => (Array.isArray(record[field]) ? (record[field] as object[]) : []))
    .flatMap(collectLibraryIds);
  return [...own, ...nested];
}

import { addDaysIso } from '../dates';
import type {
  ProposedGoal,
  ProposedIntervention,
  ProposedMilestone,
  ProposedObjective,
  ProposedPlan,
  ProposedProblemArea,
  ProposedSuggestion,
} from '../plan-engine/types';
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

import { addDaysIso } from '../dates';
import type { ProposedPlan } from '../plan-engine/types';
import type { PlanBasis, PlanDocument } from './document';

/**
 * Turns the engine's proposal into a draft plan the clinician edits: every item starts as
 * `proposed` with the engine's reasons, and weeks from now become calendar dates from `today`.
 */
export function documentFromProposal(
  engineProposal: ProposedPlan,
  today: string,
  basis: Omit<PlanBasis, 'partners'>,
): PlanDocument {
  // A copy: the draft is edited in place by the editor and must not share arrays with the engine's output.
  const proposal = structuredClone(engineProposal);
  const inWeeks = (weeks: number) => addDaysIso(today, Math.round(weeks * 7));
  return {
    safetyFirst: proposal.safetyFirst,
    basis: { ...basis, partners: proposal.partners },
    problemAreas: proposal.problemAreas.map((area) => ({
      key: area.key,
      area: area.area,
      title: area.title,
      priority: area.priority,
      reasons: area.reasons,
      decision: 'proposed',
      goals: area.goals.map((goal) => ({
        key: goal.key,
        description: goal.description,
        reasons: goal.reasons,
        decision: 'proposed',
        objectives: goal.objectives.map((objective) => ({
          key: objective.key,
          description: objective.description,
          partner: objective.partner,
          measure: objective.measure,
          baseline: objective.baseline,
          target: objective.target,
          targetDate: inWeeks(objective.targetWeeks),
          reasons: objective.reasons,
          decision: 'proposed',
          interventions: objective.interventions.map((intervention) => ({
            key: intervention.key,
            libraryId: intervention.libraryId,
            name: intervention.name,
            who: intervention.who,
            frequency: intervention.frequency,
            notes: '',
            reasons: intervention.reasons,
            decision: 'proposed',
          })),
          milestones: objective.milestones.map((milestone) => ({
            key: milestone.key,
            description: milestone.description,
            method: milestone.method,
            baseline: milestone.baseline,
            target: milestone.target,
            dueDate: inWeeks(milestone.dueInWeeks),
            reasons: milestone.reasons,
            decision: 'proposed',
          })),
        })),
      })),
    })),
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
    withheld: proposal.withheld,
  };
}

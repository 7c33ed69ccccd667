/**
 * The plan engine: a pure function from the latest assessment (and, when there is one, the
 * attendance and milestone history) to a proposed treatment plan. Every proposed item carries
 * plain-language reasons that cite the assessment answers behind it, so the clinician can see
 * why it is there before accepting, editing or rejecting it. The rules are tables in
 * `plan-engine/rules.ts`; this file walks them.
 */
import { ratingAreas, safetyItems, trustHistoryItems } from './assessment';
import type { LibraryArea } from './library';
import {
  accountabilityGoal,
  aftercareArea,
  codependencyArea,
  recoveryArea,
  safetyArea,
  sexualHealthArea,
} from './plan-engine/areas';
import { type Context, labelOf, partnerKeys, priorityRank, summarisePartner } from './plan-engine/pick';
import { ratedArea, ratedPriority } from './plan-engine/rated-areas';
import { type Priority, sexualHealthMaxPhysicalRating } from './plan-engine/rules';
import { recommendSessions } from './plan-engine/sessions';
import { estimateTimeline } from './plan-engine/timeline';
import type {
  EnginePartner,
  PartnerKey,
  PlanEngineInput,
  ProposedGoal,
  ProposedIntervention,
  ProposedPlan,
  ProposedProblemArea,
} from './plan-engine/types';

export { bandFor, summarisePartner } from './plan-engine/pick';
export { estimateTimeline } from './plan-engine/timeline';
export type * from './plan-engine/types';

const areaOrder: readonly LibraryArea[] = [
  'safety',
  'trust',
  'emotional',
  'physical',
  'communication',
  'intellectual',
  'experiential',
  'codependency',
  'triggers',
  'sexualHealth',
  'aftercare',
];

// ---------------------------------------------------------------- the engine

export function proposePlan(input: PlanEngineInput): ProposedPlan {
  const partners: Record<PartnerKey, EnginePartner> = {
    A: input.assessment.partnerA,
    B: input.assessment.partnerB,
  };
  const summary = { A: summarisePartner(partners.A), B: summarisePartner(partners.B) };
  const safetyFirst = summary.A.positiveSafety.length + summary.B.positiveSafety.length > 0;
  const bothInRecovery = summary.A.inRecovery && summary.B.inRecovery;

  const safetyReasonFor = (p: PartnerKey) =>
    summary[p].positiveSafety.map((id) => `Safety screen: ${labelOf(safetyItems, id)} (partner ${p})`);
  const recoveryReasonFor = (p: PartnerKey) => {
    const s = summary[p];
    const parts: string[] = [];
    if (s.severity !== 'none')
      parts.push(`Partner ${p}: ${s.criteriaMet} DSM-5 criteria met (${s.severity})`);
    if (partners[p].substances.length > 0) {
      parts.push(`Partner ${p}: substances recorded (${partners[p].substances.join(', ')})`);
    }
    const years = partners[p].yearsOfUse;
    if (years !== null && years > 0) parts.push(`Partner ${p}: ${years} years of use`);
    return parts;
  };

  const library = [...input.library].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const ctx: Context = {
    byId: new Map(library.map((entry) => [entry.id, entry])),
    safetyFirst,
    safetyReasons: partnerKeys.flatMap((p) =>
      summary[p].positiveSafety.map((id) => `${labelOf(safetyItems, id)}, partner ${p}`),
    ),
    anyInRecovery: summary.A.inRecovery || summary.B.inRecovery,
    recoveryReasons: partnerKeys
      .filter((p) => summary[p].inRecovery)
      .map((p) => `partner ${p} is in recovery`),
    used: new Set(),
    withheld: new Map(),
  };

  const timeline = estimateTimeline(partners.A, partners.B, summary, input.history, safetyFirst);

  // Each builder runs in priority order, so the most urgent area gets the first pick of exercises.
  const builders: { area: LibraryArea; priority: Priority; build: () => ProposedProblemArea | null }[] = [];

  // Safety: individual safety planning and individual sessions come first.
  if (safetyFirst) {
    builders.push({ area: 'safety', priority: 'safety', build: () => safetyArea(ctx, safetyReasonFor) });
  }

  const trustHistory = partnerKeys.flatMap((p) => partners[p].trustHistory.map((id) => ({ p, id })));
  const trustHistoryReasons = trustHistory.map(
    ({ p, id }) => `Trust history: partner ${p}'s own behavior: ${labelOf(trustHistoryItems, id)}`,
  );

  for (const area of ratingAreas) {
    let priority = ratedPriority(area, partners);
    const extraGoals: (() => ProposedGoal)[] = [];
    if (area === 'trust' && trustHistory.length > 0) {
      priority = priorityRank[priority] <= priorityRank.high ? priority : 'high';
      extraGoals.push(() => accountabilityGoal(ctx, trustHistory, trustHistoryReasons));
    }
    builders.push({
      area,
      priority,
      build: () =>
        ratedArea(
          ctx,
          area,
          partners,
          priority,
          extraGoals.map((make) => make()),
          area === 'trust' ? trustHistoryReasons : [],
        ),
    });
  }

  // Co-dependency: boundaries and self-care for each partner with indicators.
  const codependent = partnerKeys.filter((p) => partners[p].codependency.length > 0);
  if (codependent.length > 0) {
    const priority: Priority = codependent.some((p) => partners[p].codependency.length >= 3)
      ? 'high'
      : 'medium';
    builders.push({
      area: 'codependency',
      priority,
      build: () => codependencyArea(ctx, partners, codependent, priority),
    });
  }

  // Recovery: relapse prevention and coping with triggers for each partner in recovery.
  const inRecovery = partnerKeys.filter((p) => summary[p].inRecovery);
  if (inRecovery.length > 0) {
    const priority: Priority =
      bothInRecovery || inRecovery.some((p) => summary[p].severity === 'severe') ? 'high' : 'medium';
    builders.push({
      area: 'triggers',
      priority,
      build: () => recoveryArea(ctx, summary, inRecovery, recoveryReasonFor, priority),
    });
  }

  // Sexual health: when someone is in recovery and physical intimacy is rated low.
  const lowPhysical = partnerKeys.filter(
    (p) => partners[p].ratings.physical <= sexualHealthMaxPhysicalRating,
  );
  if (inRecovery.length > 0 && lowPhysical.length > 0) {
    builders.push({
      area: 'sexualHealth',
      priority: 'medium',
      build: () =>
        sexualHealthArea(ctx, [
          ...lowPhysical.map(
            (p) => `Partner ${p} rated physical intimacy ${partners[p].ratings.physical}/10`,
          ),
          ...inRecovery.flatMap(recoveryReasonFor),
        ]),
    });
  }

  builders.push({ area: 'aftercare', priority: 'maintenance', build: () => aftercareArea(ctx, timeline) });

  builders.sort(
    (x, y) =>
      priorityRank[x.priority] - priorityRank[y.priority] ||
      areaOrder.indexOf(x.area) - areaOrder.indexOf(y.area),
  );
  const problemAreas = builders.map((b) => b.build()).filter((a): a is ProposedProblemArea => a !== null);

  return {
    safetyFirst,
    partners: summary,
    problemAreas,
    sessions: recommendSessions(partners, summary, problemAreas, trustHistoryReasons, safetyReasonFor),
    timeline,
    suggestions: [],
    withheld: [...ctx.withheld.values()].sort((x, y) => (x.libraryId < y.libraryId ? -1 : 1)),
  };
}

export function planInterventions(plan: ProposedPlan): ProposedIntervention[] {
  return plan.problemAreas.flatMap((area) =>
    area.goals.flatMap((goal) => goal.objectives.flatMap((objective) => objective.interventions)),
  );
}

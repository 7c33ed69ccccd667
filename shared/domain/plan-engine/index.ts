/**
 * The plan engine: a pure function from the latest assessment (and, when there is one, the
 * attendance and milestone history) to a proposed treatment plan. Every proposed item carries
 * plain-language reasons that cite the assessment answers behind it, so the clinician can see
 * why it is there before accepting, editing or rejecting it. The rules are tables in
 * `plan-engine/rules.ts`; this file walks them.
 */

import { ratingAreas, safetyItems, trustHistoryItems } from '@shared/domain/assessment';
import type { LibraryArea } from '@shared/domain/library';
import { milestoneMeasure } from '@shared/domain/plan/measure';
import {
  accountabilityGoal,
  aftercareArea,
  codependencyArea,
  recoveryArea,
  safetyArea,
  safetyScreenArea,
  sexualHealthArea,
} from './areas';
import { type ConsideredArea, focusProposal } from './focus';
import { type Context, labelOf, partnerKeys, priorityRank, summarizePartner } from './pick';
import { ratedArea, ratedPriority } from './rated-areas';
import { type Priority, sexualHealthMaxPhysicalRating } from './rules';
import { recommendSessions } from './sessions';
import { estimateTimeline } from './timeline';
import type {
  EnginePartner,
  PartnerKey,
  PlanEngineInput,
  ProposedGoal,
  ProposedIntervention,
  ProposedPlan,
  ProposedProblemArea,
} from './types';

export { countItems, focusBounds } from './focus';
export { bandFor, summarizePartner } from './pick';
export { estimateTimeline } from './timeline';
export type * from './types';

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

/**
 * The proposal a clinician reviews: what the rules consider (`considerPlan`), narrowed by
 * `focusProposal` to at most four areas and thirty items, the rest kept as suggestions.
 */
export function proposePlan(input: PlanEngineInput): ProposedPlan {
  const { plan, areas } = considerPlan(input);
  const focused = focusProposal(areas);
  return { ...plan, problemAreas: focused.problemAreas, suggestions: focused.suggestions };
}

/**
 * Everything the rules call for, every area in full, before focusing: the tables in
 * `plan-engine/rules.ts` walked in priority order. Its `plan` has no suggestions.
 */
// biome-ignore lint/complexity/noExcessiveLinesPerFunction: one pass over the rule tables in the order a clinician reads a plan; each step calls out to its own module
export function considerPlan(input: PlanEngineInput): { plan: ProposedPlan; areas: ConsideredArea[] } {
  const partners: Record<PartnerKey, EnginePartner> = {
    A: input.assessment.partnerA,
    B: input.assessment.partnerB,
  };
  const summary = { A: summarizePartner(partners.A), B: summarizePartner(partners.B) };
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
    unaskedSafety: partnerKeys.flatMap((p) =>
      summary[p].unaskedSafety.map((id) => `${labelOf(safetyItems, id)}, partner ${p}`),
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
  type Builder = Omit<ConsideredArea, 'area'> & {
    area: LibraryArea;
    priority: Priority;
    build: () => ProposedProblemArea | null;
  };
  const builders: Builder[] = [];
  const lowest = (area: (typeof ratingAreas)[number]) =>
    Math.min(partners.A.ratings[area], partners.B.ratings[area]);

  // A screen with items nobody asked is not negative: finishing it comes first (no positive answer yet).
  const unaskedReasonFor = (p: PartnerKey) => {
    const unasked = summary[p].unaskedSafety;
    return unasked.length === 0
      ? []
      : [
          `Safety screen not done for partner ${p}: ${unasked.length} of ${safetyItems.length} items not asked (${unasked.map((id) => labelOf(safetyItems, id)).join('; ')})`,
        ];
  };
  // Safety: individual safety planning and individual sessions come first.
  if (safetyFirst) {
    builders.push({
      area: 'safety',
      priority: 'safety',
      tier: 'safety',
      calledFor: true,
      lowestRating: null,
      build: () => safetyArea(ctx, safetyReasonFor, unaskedReasonFor),
    });
  }

  if (!safetyFirst && partnerKeys.some((p) => summary[p].unaskedSafety.length > 0)) {
    builders.push({
      area: 'safety',
      priority: 'safety',
      tier: 'safety',
      calledFor: true,
      lowestRating: null,
      build: () => safetyScreenArea(ctx, unaskedReasonFor),
    });
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
      tier: 'other',
      calledFor: extraGoals.length > 0,
      lowestRating: lowest(area),
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
      tier: 'other',
      calledFor: true,
      lowestRating: null,
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
      tier: 'recovery',
      calledFor: true,
      lowestRating: null,
      build: () =>
        recoveryArea(
          ctx,
          summary,
          inRecovery,
          recoveryReasonFor,
          priority,
          input.history?.abstinentDaysPerWeek,
        ),
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
      tier: 'other',
      // Follows from a low physical rating (with recovery), not from a finding of its own.
      calledFor: false,
      lowestRating: lowest('physical'),
      build: () =>
        sexualHealthArea(ctx, [
          ...lowPhysical.map(
            (p) => `Partner ${p} rated physical intimacy ${partners[p].ratings.physical}/10`,
          ),
          ...inRecovery.flatMap(recoveryReasonFor),
        ]),
    });
  }

  builders.push({
    area: 'aftercare',
    priority: 'maintenance',
    tier: 'other',
    calledFor: false,
    lowestRating: null,
    build: () => aftercareArea(ctx, timeline),
  });

  builders.sort(
    (x, y) =>
      priorityRank[x.priority] - priorityRank[y.priority] ||
      areaOrder.indexOf(x.area) - areaOrder.indexOf(y.area),
  );
  const areas: ConsideredArea[] = builders.flatMap(({ build, tier, calledFor, lowestRating }) => {
    const built = build();
    return built ? [{ area: withMeasures(built), tier, calledFor, lowestRating }] : [];
  });
  const problemAreas = areas.map((a) => a.area);

  return {
    areas,
    plan: {
      safetyFirst,
      partners: summary,
      problemAreas,
      sessions: recommendSessions(partners, summary, problemAreas, trustHistoryReasons, safetyReasonFor),
      timeline,
      suggestions: [],
      withheld: [...ctx.withheld.values()].sort((x, y) => (x.libraryId < y.libraryId ? -1 : 1)),
    },
  };
}

/** Every milestone says its unit, range and source, so the plan stores them (see plan/measure.ts). */
function withMeasures(area: ProposedProblemArea): ProposedProblemArea {
  return {
    ...area,
    goals: area.goals.map((goal) => ({
      ...goal,
      objectives: goal.objectives.map((objective) => ({
        ...objective,
        milestones: objective.milestones.map((milestone) => {
          const { scale, source } = milestoneMeasure(milestone);
          return { ...milestone, scale, recordedBy: source };
        }),
      })),
    })),
  };
}

export function planInterventions(plan: ProposedPlan): ProposedIntervention[] {
  return plan.problemAreas.flatMap((area) =>
    area.goals.flatMap((goal) => goal.objectives.flatMap((objective) => objective.interventions)),
  );
}

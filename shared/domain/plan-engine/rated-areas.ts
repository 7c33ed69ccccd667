/** The six rated areas: objectives per partner in proportion to their ratings. */
import type { RatingArea } from '@shared/domain/assessment';
import { type LibraryEntry, libraryAreaLabels } from '@shared/domain/library';
import {
  areaLabel,
  bandFor,
  type Candidate,
  type Context,
  onHoldReason,
  partnerKeys,
  pick,
  priorityRank,
  withReasons,
} from './pick';
import {
  areaInterventions,
  areaMilestones,
  highestProposedRung,
  ladderStart,
  maintenanceIntervention,
  type Priority,
} from './rules';
import type {
  EnginePartner,
  PartnerKey,
  ProposedGoal,
  ProposedMilestone,
  ProposedObjective,
  ProposedProblemArea,
} from './types';

// ---------------------------------------------------------------- rated areas

export function ladderEntry(ctx: Context, rung: number): LibraryEntry | undefined {
  return [...ctx.byId.values()].find((entry) => entry.stage === rung && entry.involvesTouch);
}

export function ratedArea(
  ctx: Context,
  area: RatingArea,
  partners: Record<PartnerKey, EnginePartner>,
  priority: Priority,
  extraGoals: ProposedGoal[],
  extraReasons: string[],
): ProposedProblemArea {
  const ratings = { A: partners.A.ratings[area], B: partners.B.ratings[area] };
  const bands = { A: bandFor(ratings.A), B: bandFor(ratings.B) };
  const ratingReason = (p: PartnerKey) => `Partner ${p} rated ${areaLabel(area)} ${ratings[p]}/10`;
  const objectives: ProposedObjective[] = [];

  let ladderReasons: string[] = [];
  let ladderId: string | undefined;
  let startRung = 1;
  if (area === 'physical') {
    const lower = Math.min(ratings.A, ratings.B);
    startRung = ladderStart.find((row) => lower <= row.maxRating)?.rung ?? 1;
    ladderId = ladderEntry(ctx, startRung)?.id;
    const slower: PartnerKey = ratings.A <= ratings.B ? 'A' : 'B';
    ladderReasons = [
      `Touch starts at rung ${startRung} of the ladder, at the pace of the partner who rated physical intimacy lower (partner ${slower}: ${lower}/10)`,
      `Rungs above ${highestProposedRung} are added only with both partners' explicit consent, recorded by the clinician`,
    ];
  }

  if (bands.A.priority === 'maintenance' && bands.B.priority === 'maintenance') {
    const baseline = Math.min(ratings.A, ratings.B);
    const reasons = [ratingReason('A'), ratingReason('B'), 'Both ratings are 7 or more: maintenance only'];
    const candidates = withReasons([maintenanceIntervention[area], ...areaInterventions[area]], reasons);
    const interventions = pick(ctx, candidates, bands.A.interventions, 'both');
    objectives.push({
      key: `objective:${area}:maintain`,
      description: `Both partners keep rating ${areaLabel(area)} at ${baseline}/10 or more`,
      partner: 'both',
      measure: `Each partner's own rating of ${areaLabel(area)} (0-10)`,
      baseline,
      target: baseline,
      targetWeeks: bands.A.targetWeeks,
      interventions,
      milestones: partnerKeys.map((p) => ({
        key: `milestone:${area}:maintain:${p}`,
        description: `Partner ${p} still rates ${areaLabel(area)} at ${ratings[p]}/10 or more`,
        method: p === 'A' ? 'partnerFeedbackA' : 'partnerFeedbackB',
        baseline: ratings[p],
        target: ratings[p],
        dueInWeeks: bands.A.targetWeeks,
        reasons: [ratingReason(p)],
      })),
      reasons: [...reasons, ...onHoldReason(ctx, interventions)],
    });
  } else {
    // The lower-rated partner first: their needs get the first pick of exercises.
    const order = [...partnerKeys].sort((x, y) => ratings[x] - ratings[y]);
    for (const p of order) {
      const band = bands[p];
      if (band.priority === 'maintenance') continue;
      const baseline = ratings[p];
      const target = Math.min(10, baseline + band.targetGain);
      const reasons = [
        ratingReason(p),
        `${band.priority === 'high' ? 'High' : 'Medium'} priority for partner ${p}`,
      ];
      const candidates: Candidate[] = [
        ...(ladderId ? [{ id: ladderId, reasons: [ratingReason(p), ...ladderReasons] }] : []),
        ...withReasons(areaInterventions[area], [ratingReason(p)]),
      ];
      const interventions = pick(ctx, candidates, band.interventions, p);
      const method = p === 'A' ? 'partnerFeedbackA' : 'partnerFeedbackB';
      const row = areaMilestones[area];
      const milestones: ProposedMilestone[] = [
        {
          key: `milestone:${area}:${p}:halfway`,
          description: `Partner ${p}'s rating of ${areaLabel(area)} halfway to target`,
          method,
          baseline,
          target: baseline + Math.ceil((target - baseline) / 2),
          dueInWeeks: Math.ceil(band.targetWeeks / 2),
          reasons: [ratingReason(p), 'A small win to notice and celebrate on the way'],
        },
        {
          key: `milestone:${area}:${p}:${row.method}`,
          // Each partner has one: named, or a report lists two identical lines and nobody knows whose is whose.
          description: `${row.description} (partner ${p})`,
          method: row.method === 'partnerFeedback' ? method : row.method,
          baseline: row.baseline === 'rating' ? baseline : area === 'physical' ? startRung - 1 : row.baseline,
          target: row.target === 'target' ? target : row.target,
          dueInWeeks: band.targetWeeks,
          reasons: area === 'physical' ? [ratingReason(p), ...ladderReasons.slice(0, 1)] : [ratingReason(p)],
        },
      ];
      objectives.push({
        key: `objective:${area}:${p}`,
        description: `Partner ${p}'s rating of ${areaLabel(area)} rises from ${baseline} to ${target} within ${band.targetWeeks} weeks`,
        partner: p,
        measure: `Partner ${p}'s own rating of ${areaLabel(area)} (0-10)`,
        baseline,
        target,
        targetWeeks: band.targetWeeks,
        interventions,
        milestones,
        reasons: [...reasons, ...onHoldReason(ctx, interventions)],
      });
    }
  }

  const lowest = Math.min(ratings.A, ratings.B);
  const goals: ProposedGoal[] = [
    {
      key: `goal:${area}:ratings`,
      description: goalText[area],
      objectives,
      reasons: [ratingReason('A'), ratingReason('B')],
    },
    ...extraGoals,
  ];
  return {
    key: `area:${area}`,
    area,
    title: libraryAreaLabels[area],
    priority,
    goals,
    reasons: [`Lowest rating ${lowest}/10`, ratingReason('A'), ratingReason('B'), ...extraReasons],
  };
}

export const goalText: Record<RatingArea, string> = {
  emotional: 'Feel emotionally close again: share feelings and feel understood',
  physical: 'Make touch feel safe and welcome again, one agreed step at a time',
  intellectual: 'Think and plan together: shared goals and joint problem-solving',
  experiential: 'Build new, positive shared experiences',
  trust: 'Rebuild trust through consistency and promises kept',
  communication: 'Talk and listen in ways that work: needs without blame, conflict handled safely',
};

export function ratedPriority(area: RatingArea, partners: Record<PartnerKey, EnginePartner>): Priority {
  const a = bandFor(partners.A.ratings[area]).priority;
  const b = bandFor(partners.B.ratings[area]).priority;
  return priorityRank[a] <= priorityRank[b] ? a : b;
}

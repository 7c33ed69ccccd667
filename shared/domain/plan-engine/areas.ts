/** Cross-cutting areas: safety, accountability, co-dependency, recovery, sexual health, aftercare. */
import { codependencyItems, type TrustHistoryId, trustHistoryItems } from '@shared/domain/assessment';
import { libraryAreaLabels } from '@shared/domain/library';
import { type Candidate, type Context, labelOf, onHoldReason, partnerKeys, pick, withReasons } from './pick';
import {
  accountabilityForBoth,
  aftercareInterventions,
  bothInRecoveryInterventions,
  codependencyCore,
  codependencyItemInterventions,
  individualSessionId,
  type Priority,
  recoveryInterventionCount,
  recoveryInterventions,
  safetyInterventions,
  sexualHealthInterventions,
  trustHistoryInterventions,
} from './rules';
import type {
  EnginePartner,
  PartnerKey,
  PartnerSummary,
  ProposedGoal,
  ProposedObjective,
  ProposedProblemArea,
  TimelineEstimate,
} from './types';

// ---------------------------------------------------------------- cross-cutting areas

export function safetyArea(
  ctx: Context,
  safetyReasonFor: (p: PartnerKey) => string[],
  unaskedReasonFor: (p: PartnerKey) => string[],
): ProposedProblemArea {
  const all = partnerKeys.flatMap(safetyReasonFor);
  const objectives: ProposedObjective[] = partnerKeys.map((p) => {
    const own = safetyReasonFor(p);
    const unasked = unaskedReasonFor(p);
    // The other partner's screen is not done: finishing it matters more than sessions to fill time.
    if (own.length === 0 && unasked.length > 0)
      return screenObjective(ctx, p, unasked, [
        ...all,
        'Conjoint work is paused, so each partner is seen individually',
      ]);
    if (own.length > 0) {
      const interventions = pick(
        ctx,
        withReasons([...safetyInterventions, individualSessionId], own),
        safetyInterventions.length + 1,
        p,
      );
      return {
        key: `objective:safety:${p}`,
        description: `Partner ${p} has a written individual safety plan, reviewed with the therapist`,
        partner: p,
        measure: 'Individual safety plan in place (0 = no, 1 = yes)',
        baseline: 0,
        target: 1,
        targetWeeks: 1,
        interventions,
        milestones: [
          {
            key: `milestone:safety:${p}`,
            description: `Therapist confirms partner ${p}'s safety plan and crisis contacts are in place`,
            method: 'therapistEvaluation',
            baseline: 0,
            target: 1,
            dueInWeeks: 1,
            reasons: own,
          },
        ],
        reasons: own,
      };
    }
    const reasons = [...all, 'Conjoint work is paused, so each partner is seen individually'];
    return {
      key: `objective:safety:${p}`,
      description: `Partner ${p} attends individual sessions while joint work is paused`,
      partner: p,
      measure: 'Individual sessions attended',
      baseline: 0,
      target: 2,
      targetWeeks: 2,
      interventions: pick(ctx, withReasons([individualSessionId], reasons), 1, p),
      milestones: [
        {
          key: `milestone:safety:${p}`,
          description: `Partner ${p} has attended two individual sessions`,
          method: 'therapistEvaluation',
          baseline: 0,
          target: 2,
          dueInWeeks: 2,
          reasons,
        },
      ],
      reasons,
    };
  });
  return {
    key: 'area:safety',
    area: 'safety',
    title: libraryAreaLabels.safety,
    priority: 'safety',
    goals: [
      {
        key: 'goal:safety',
        description: 'Safety first: individual safety planning and individual sessions before any joint work',
        objectives,
        reasons: all,
      },
    ],
    reasons: [
      ...all,
      'Touch, conflict and other joint exercises are held back until the concern is resolved',
    ],
  };
}

/**
 * The safety screen is not done: each partner with unasked items is asked them, individually,
 * before touch or conflict work. Nothing was answered yes, so joint sessions go ahead.
 */
export function safetyScreenArea(
  ctx: Context,
  unaskedReasonFor: (p: PartnerKey) => string[],
): ProposedProblemArea {
  const all = partnerKeys.flatMap(unaskedReasonFor);
  const objectives = partnerKeys.flatMap((p) => {
    const own = unaskedReasonFor(p);
    return own.length === 0 ? [] : [screenObjective(ctx, p, own)];
  });
  return {
    key: 'area:safety',
    area: 'safety',
    title: libraryAreaLabels.safety,
    priority: 'safety',
    goals: [
      {
        key: 'goal:safety:screen',
        description: 'Finish the safety screen before touch or conflict work',
        objectives,
        reasons: all,
      },
    ],
    reasons: [...all, 'Touch and conflict exercises are held back until every item has been asked'],
  };
}

/** The therapist asks a partner the safety items nobody asked yet, alone, within a week. */
function screenObjective(
  ctx: Context,
  p: PartnerKey,
  unasked: string[],
  context: string[] = [],
): ProposedObjective {
  const reasons = [
    ...unasked,
    ...context,
    'Screen each partner alone, so neither answers in front of the other',
  ];
  return {
    key: `objective:safety:screen:${p}`,
    description: `The therapist completes the safety screen with partner ${p}, individually, within a week`,
    partner: p,
    measure: 'Safety screen completed (0 = no, 1 = yes)',
    baseline: 0,
    target: 1,
    targetWeeks: 1,
    interventions: pick(ctx, withReasons([individualSessionId], reasons), 1, p),
    milestones: [
      {
        key: `milestone:safety:screen:${p}`,
        description: `Therapist has asked partner ${p} every safety screen item (0 = no, 1 = yes)`,
        method: 'therapistEvaluation',
        baseline: 0,
        target: 1,
        dueInWeeks: 1,
        reasons: unasked,
      },
    ],
    reasons,
  };
}

export function accountabilityGoal(
  ctx: Context,
  history: readonly { p: PartnerKey; id: TrustHistoryId }[],
  historyReasons: string[],
): ProposedGoal {
  const both = [...historyReasons, 'Accountability runs both ways: structures for both partners'];
  const specific: Candidate[] = history.flatMap(({ p, id }) =>
    trustHistoryInterventions[id].map((libraryId) => ({
      id: libraryId,
      reasons: [`Trust history: partner ${p}'s own behavior: ${labelOf(trustHistoryItems, id)}`],
    })),
  );
  const interventions = [
    ...pick(ctx, withReasons(accountabilityForBoth, both), accountabilityForBoth.length, 'both'),
    ...pick(ctx, specific, specific.length, 'both'),
  ];
  return {
    key: 'goal:trust:accountability',
    description: 'Accountability for both partners: small promises made, kept and seen',
    reasons: historyReasons,
    objectives: [
      {
        key: 'objective:trust:accountability',
        description: 'Both partners log their promises kept on at least 5 days a week within 4 weeks',
        partner: 'both',
        measure: 'Days per week each partner logs promises made and kept',
        baseline: 0,
        target: 5,
        targetWeeks: 4,
        interventions,
        milestones: [
          {
            key: 'milestone:trust:accountability:log',
            description: 'Days per week the daily trust discussion or promises-kept log is recorded',
            method: 'coupleLog',
            baseline: 0,
            target: 5,
            dueInWeeks: 4,
            reasons: historyReasons,
          },
          {
            key: 'milestone:trust:accountability:A',
            description: 'Partner A reports that promises to them are being kept (0-10)',
            method: 'partnerFeedbackA',
            baseline: 0,
            target: 7,
            dueInWeeks: 8,
            reasons: historyReasons,
          },
          {
            key: 'milestone:trust:accountability:B',
            description: 'Partner B reports that promises to them are being kept (0-10)',
            method: 'partnerFeedbackB',
            baseline: 0,
            target: 7,
            dueInWeeks: 8,
            reasons: historyReasons,
          },
        ],
        reasons: [...both, ...onHoldReason(ctx, interventions)],
      },
    ],
  };
}

export function codependencyArea(
  ctx: Context,
  partners: Record<PartnerKey, EnginePartner>,
  codependent: readonly PartnerKey[],
  priority: Priority,
): ProposedProblemArea {
  const reasonsFor = (p: PartnerKey) =>
    partners[p].codependency.map((id) => `Co-dependency: ${labelOf(codependencyItems, id)} (partner ${p})`);
  const goals: ProposedGoal[] = codependent.map((p) => {
    const reasons = reasonsFor(p);
    const items = partners[p].codependency;
    const candidates: Candidate[] = [
      ...withReasons(codependencyCore, reasons),
      ...items.flatMap((id) =>
        codependencyItemInterventions[id].map((libraryId) => ({
          id: libraryId,
          reasons: [`Co-dependency: ${labelOf(codependencyItems, id)} (partner ${p})`],
        })),
      ),
    ];
    const interventions = pick(ctx, candidates, candidates.length, p);
    const target = Math.floor(items.length / 2);
    return {
      key: `goal:codependency:${p}`,
      description: `Partner ${p}: look after yourself, set boundaries and grow independently`,
      reasons,
      objectives: [
        {
          key: `objective:codependency:${p}`,
          description: `Partner ${p} endorses ${target} or fewer co-dependency indicators at review, within 12 weeks`,
          partner: p,
          measure: 'Co-dependency indicators endorsed at review',
          baseline: items.length,
          target,
          targetWeeks: 12,
          interventions,
          milestones: [
            {
              key: `milestone:codependency:${p}:self-care`,
              description: `Days per week partner ${p} reports a planned self-care activity`,
              method: p === 'A' ? 'partnerFeedbackA' : 'partnerFeedbackB',
              baseline: 0,
              target: 5,
              dueInWeeks: 4,
              reasons,
            },
            {
              key: `milestone:codependency:${p}:boundaries`,
              description: `Therapist rates partner ${p}'s boundaries as stated and kept (0-10)`,
              method: 'therapistEvaluation',
              baseline: 0,
              target: 7,
              dueInWeeks: 12,
              reasons,
            },
          ],
          reasons,
        },
      ],
    };
  });
  return {
    key: 'area:codependency',
    area: 'codependency',
    title: libraryAreaLabels.codependency,
    priority,
    goals,
    reasons: codependent.flatMap(reasonsFor),
  };
}

export function recoveryArea(
  ctx: Context,
  summary: Record<PartnerKey, PartnerSummary>,
  inRecovery: readonly PartnerKey[],
  recoveryReasonFor: (p: PartnerKey) => string[],
  priority: Priority,
  abstinentDaysPerWeek: { A: number | null; B: number | null } = { A: null, B: null },
): ProposedProblemArea {
  const goals: ProposedGoal[] = inRecovery.map((p) => {
    const reasons = recoveryReasonFor(p);
    const count = recoveryInterventionCount[summary[p].severity];
    const interventions = pick(ctx, withReasons(recoveryInterventions.slice(0, count), reasons), count, p);
    return {
      key: `goal:triggers:${p}`,
      description: `Partner ${p}: prevent relapse and cope with triggers`,
      reasons,
      objectives: [
        {
          key: `objective:triggers:${p}`,
          description: `Partner ${p} reviews the coping plan on at least 5 days a week within 4 weeks`,
          partner: p,
          measure: `Days per week partner ${p} reviews the coping plan (own log)`,
          baseline: 0,
          target: 5,
          targetWeeks: 4,
          interventions,
          milestones: [
            {
              key: `milestone:triggers:${p}:abstinence`,
              description: `Days per week partner ${p} is abstinent, from the recovery calendar`,
              method: 'coupleLog',
              // Where the calendar already shows the weeks, the milestone starts there: a partner
              // abstinent every day keeps it (7 to 7) rather than "progressing" from 0.
              baseline: abstinentDaysPerWeek[p] ?? 0,
              target: 7,
              dueInWeeks: 4,
              reasons: [
                ...reasons,
                ...(abstinentDaysPerWeek[p] === null
                  ? []
                  : [
                      `Recovery calendar: partner ${p} abstinent ${abstinentDaysPerWeek[p]} days a week lately`,
                    ]),
                'Counted from the recovery calendar kept at each session; nothing to enter twice',
              ],
            },
            {
              key: `milestone:triggers:${p}:log`,
              description: `Days per week partner ${p}'s coping plan is reviewed`,
              method: 'coupleLog',
              baseline: 0,
              target: 5,
              dueInWeeks: 4,
              reasons,
            },
            {
              key: `milestone:triggers:${p}:plan`,
              description: `Therapist confirms partner ${p}'s written relapse-prevention plan (0 = no, 1 = yes)`,
              method: 'therapistEvaluation',
              baseline: 0,
              target: 1,
              dueInWeeks: 6,
              reasons,
            },
          ],
          reasons,
        },
      ],
    };
  });
  if (inRecovery.length === 2) {
    const reasons = ['Both partners are in recovery', ...inRecovery.flatMap(recoveryReasonFor)];
    const interventions = pick(
      ctx,
      withReasons(bothInRecoveryInterventions, reasons),
      bothInRecoveryInterventions.length,
      'both',
    );
    goals.push({
      key: 'goal:triggers:mutual',
      description: "Support each other's recovery without policing it: mutual accountability",
      reasons,
      objectives: [
        {
          key: 'objective:triggers:mutual',
          description: 'The mutual recovery check-in is held on at least 5 days a week within 4 weeks',
          partner: 'both',
          measure: 'Days per week the mutual recovery check-in is logged',
          baseline: 0,
          target: 5,
          targetWeeks: 4,
          interventions,
          milestones: [
            {
              key: 'milestone:triggers:mutual',
              description: 'Days per week the mutual recovery check-in is logged',
              method: 'coupleLog',
              baseline: 0,
              target: 5,
              dueInWeeks: 4,
              reasons,
            },
          ],
          reasons: [...reasons, ...onHoldReason(ctx, interventions)],
        },
      ],
    });
  }
  return {
    key: 'area:triggers',
    area: 'triggers',
    title: libraryAreaLabels.triggers,
    priority,
    goals,
    reasons: inRecovery.flatMap(recoveryReasonFor),
  };
}

export function sexualHealthArea(ctx: Context, reasons: string[]): ProposedProblemArea {
  const interventions = pick(
    ctx,
    withReasons(sexualHealthInterventions, reasons),
    sexualHealthInterventions.length,
    'both',
  );
  return {
    key: 'area:sexualHealth',
    area: 'sexualHealth',
    title: libraryAreaLabels.sexualHealth,
    priority: 'medium',
    reasons,
    goals: [
      {
        key: 'goal:sexualHealth',
        description: 'Talk openly about desire, performance worries and how use has affected your sex life',
        reasons,
        objectives: [
          {
            key: 'objective:sexualHealth',
            description: 'Two therapist-guided sexual-health conversations within 8 weeks',
            partner: 'both',
            measure: 'Sexual-health conversations held in session',
            baseline: 0,
            target: 2,
            targetWeeks: 8,
            interventions,
            milestones: [
              {
                key: 'milestone:sexualHealth',
                description: 'Both partners take part in a sexual-health conversation in session',
                method: 'sessionObservation',
                baseline: 0,
                target: 2,
                dueInWeeks: 8,
                reasons,
              },
            ],
            reasons: [...reasons, ...onHoldReason(ctx, interventions)],
          },
        ],
      },
    ],
  };
}

export function aftercareArea(ctx: Context, timeline: TimelineEstimate): ProposedProblemArea {
  const reasons = [`Estimated length of therapy ${timeline.minWeeks}-${timeline.maxWeeks} weeks`];
  const interventions = pick(
    ctx,
    withReasons(aftercareInterventions, reasons),
    aftercareInterventions.length,
    'both',
  );
  return {
    key: 'area:aftercare',
    area: 'aftercare',
    title: libraryAreaLabels.aftercare,
    priority: 'maintenance',
    reasons,
    goals: [
      {
        key: 'goal:aftercare',
        description: 'Keep the gains after regular sessions end',
        reasons,
        objectives: [
          {
            key: 'objective:aftercare',
            description: `A written aftercare plan agreed by week ${timeline.minWeeks}`,
            partner: 'both',
            measure: 'Aftercare plan written and agreed (0 = no, 1 = yes)',
            baseline: 0,
            target: 1,
            targetWeeks: timeline.minWeeks,
            interventions,
            milestones: [
              {
                key: 'milestone:aftercare',
                description: 'Therapist confirms a written aftercare plan',
                method: 'therapistEvaluation',
                baseline: 0,
                target: 1,
                dueInWeeks: timeline.minWeeks,
                reasons,
              },
            ],
            reasons: [...reasons, ...onHoldReason(ctx, interventions)],
          },
        ],
      },
    ],
  };
}

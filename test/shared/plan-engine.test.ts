import seed from '@resources/library/interventions.json';
import { assessmentInputSchema } from '@shared/contract/assessments';
import {
  codependencyItems,
  dsm5Criteria,
  type RatingArea,
  ratingAreas,
  type SafetyItemId,
  safetyItems,
  trustHistoryItems,
} from '@shared/domain/assessment';
import { type LibraryEntry, librarySchema } from '@shared/domain/library';
import {
  considerPlan,
  type EnginePartner,
  type PlanEngineInput,
  type ProposedIntervention,
  type ProposedPlan,
  planInterventions,
  proposePlan,
} from '@shared/domain/plan-engine';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { historyArb, partnerArb } from './engine-arbitraries';

const library: LibraryEntry[] = librarySchema.parse(seed);
const byId = new Map(library.map((entry) => [entry.id, entry]));
const criteria = dsm5Criteria.map((c) => c.id);

/** Every safety item asked and denied: a negative screen. */
const deniedScreen = Object.fromEntries(safetyItems.map((item) => [item.id, 'no' as const]));

/** A fictional partner with nothing to work on: every rating 8, no use, no history, committed. */
function partner(overrides: Partial<EnginePartner> = {}): EnginePartner {
  return {
    ratings: { emotional: 8, physical: 8, intellectual: 8, experiential: 8, trust: 8, communication: 8 },
    substances: [],
    dsm5Criteria: [],
    yearsOfUse: null,
    trustHistory: [],
    codependency: [],
    commitment: 5,
    intent: 'improve',
    safety: deniedScreen,
    ...overrides,
  };
}
function withRatings(ratings: Partial<Record<RatingArea, number>>, overrides: Partial<EnginePartner> = {}) {
  const p = partner(overrides);
  return { ...p, ratings: { ...p.ratings, ...ratings } };
}
/** What the rules call for, before focusing: the rules below are about this. */
function plan(A: EnginePartner, B: EnginePartner = partner(), history?: PlanEngineInput['history']) {
  return considerPlan({ assessment: { partnerA: A, partnerB: B }, library, history }).plan;
}
function area(p: ProposedPlan, name: string) {
  return p.problemAreas.find((a) => a.area === name);
}
function areaInterventions(p: ProposedPlan, name: string): ProposedIntervention[] {
  return (area(p, name)?.goals ?? []).flatMap((g) => g.objectives.flatMap((o) => o.interventions));
}
function has(p: ProposedPlan, libraryId: string, who?: string) {
  return planInterventions(p).some((i) => i.libraryId === libraryId && (who === undefined || i.who === who));
}
/** Every item that must carry reasons. */
function reasonedItems(p: ProposedPlan) {
  return [
    ...p.problemAreas.flatMap((a) => [
      a,
      ...a.goals.flatMap((g) => [
        g,
        ...g.objectives.flatMap((o) => [o, ...o.interventions, ...o.milestones]),
      ]),
    ]),
    p.sessions,
    p.timeline,
    ...p.withheld,
  ];
}

const inRecovery = (severityCriteria: number, extra: Partial<EnginePartner> = {}) =>
  partner({ substances: ['alcohol'], dsm5Criteria: criteria.slice(0, severityCriteria), ...extra });

describe('rule: each intimacy type is addressed in proportion to its ratings, per partner', () => {
  it.each([
    [0, 'high', 3],
    [3, 'high', 3],
    [4, 'medium', 2],
    [6, 'medium', 2],
  ])('partner A rating intellectual %i is %s priority with %i exercises', (rating, priority, count) => {
    const p = plan(withRatings({ intellectual: rating }));
    const intellectual = area(p, 'intellectual');
    expect(intellectual?.priority).toBe(priority);
    const objective = intellectual?.goals[0]?.objectives.find((o) => o.partner === 'A');
    expect(objective?.interventions).toHaveLength(count);
    expect(objective).toMatchObject({ baseline: rating });
    expect(objective?.target).toBeGreaterThan(rating);
    expect(objective?.reasons).toContain(`Partner A rated intellectual intimacy ${rating}/10`);
  });

  it.each(ratingAreas)(
    '%s rated 7 or more by both partners gets at most maintenance (one exercise)',
    (name) => {
      const p = plan(withRatings({ [name]: 7 }), withRatings({ [name]: 9 }));
      const found = area(p, name);
      expect(found?.priority).toBe('maintenance');
      expect(areaInterventions(p, name).length).toBeLessThanOrEqual(1);
      const objective = found?.goals[0]?.objectives[0];
      expect(objective).toMatchObject({ partner: 'both', baseline: 7, target: 7 });
    },
  );

  it('gives each partner below 7 an objective of their own, and none to a partner at 7 or more', () => {
    const p = plan(withRatings({ emotional: 2 }), withRatings({ emotional: 5 }));
    const objectives = area(p, 'emotional')?.goals[0]?.objectives ?? [];
    expect(objectives.map((o) => [o.partner, o.baseline])).toEqual([
      ['A', 2],
      ['B', 5],
    ]);
    const q = plan(withRatings({ emotional: 2 }), withRatings({ emotional: 9 }));
    expect(area(q, 'emotional')?.goals[0]?.objectives.map((o) => o.partner)).toEqual(['A']);
  });

  it('puts lower-rated areas before higher-rated ones', () => {
    const p = plan(withRatings({ experiential: 1, intellectual: 5 }));
    const order = p.problemAreas.map((a) => a.area);
    expect(order.indexOf('experiential')).toBeLessThan(order.indexOf('intellectual'));
    expect(order.indexOf('intellectual')).toBeLessThan(order.indexOf('emotional'));
  });

  it('gives a lower-rated partner at least as many exercises in an area as a higher-rated one', () => {
    for (const name of ratingAreas) {
      const counts = [1, 5, 9].map((rating) => {
        const p = plan(withRatings({ [name]: rating }));
        return (area(p, name)?.goals[0]?.objectives.find((o) => o.partner !== 'B')?.interventions ?? [])
          .length;
      });
      expect(counts[0]).toBeGreaterThanOrEqual(counts[1] ?? 0);
      expect(counts[1]).toBeGreaterThanOrEqual(counts[2] ?? 0);
    }
  });
});

describe("rule: touch is reintroduced up the ladder, starting at the lower-rated partner's pace", () => {
  it.each([
    [1, 9, 'touch-ladder-holding-hands'],
    [9, 3, 'touch-ladder-holding-hands'],
    [4, 6, 'touch-ladder-hugging'],
    [6, 6, 'touch-ladder-gentle-touch'],
  ])('physical %i and %i starts at %s', (a, b, rung) => {
    const p = plan(withRatings({ physical: a }), withRatings({ physical: b }));
    const touch = planInterventions(p).filter((i) => byId.get(i.libraryId)?.involvesTouch);
    expect(touch.map((i) => i.libraryId)).toEqual([rung]);
  });

  it('never proposes a rung above 3 (onward rungs need consent the clinician records)', () => {
    for (let rating = 0; rating <= 10; rating++) {
      const p = plan(withRatings({ physical: rating }), withRatings({ physical: rating }));
      for (const i of planInterventions(p)) expect(byId.get(i.libraryId)?.stage ?? 0).toBeLessThanOrEqual(3);
    }
  });
});

describe('rule: any trust history adds accountability structures for BOTH partners', () => {
  it.each(trustHistoryItems.map((item) => [item.id, item.label] as const))(
    'trust history "%s" adds the daily trust discussion and a promises log for each partner',
    (id, label) => {
      const p = plan(inRecovery(4, { trustHistory: [id] }));
      expect(has(p, 'daily-trust-discussion', 'both')).toBe(true);
      expect(has(p, 'promises-kept-log', 'partnerA')).toBe(true);
      expect(has(p, 'promises-kept-log', 'partnerB')).toBe(true);
      expect(area(p, 'trust')?.priority).toBe('high');
      const discussion = planInterventions(p).find((i) => i.libraryId === 'daily-trust-discussion');
      expect(discussion?.reasons).toContain(
        `Trust history: partner A's own behavior: ${label.toLowerCase()}`,
      );
    },
  );

  it.each([
    ['deceptionAboutUse', 'transparency-agreement'],
    ['financialSecrecy', 'financial-transparency-review'],
    ['infidelity', 'past-hurts-structured-session'],
  ] as const)('trust history %s adds %s', (id, libraryId) => {
    expect(has(plan(partner(), partner({ trustHistory: [id] })), libraryId)).toBe(true);
  });

  it('adds no accountability structures without trust history', () => {
    const p = plan(inRecovery(4));
    expect(has(p, 'daily-trust-discussion')).toBe(false);
    expect(has(p, 'promises-kept-log')).toBe(false);
  });
});

describe('rule: co-dependency indicators add boundaries and self-care for the partner who has them', () => {
  it.each(codependencyItems.map((item) => [item.id, item.label] as const))(
    'indicator "%s" (partner B)',
    (id, label) => {
      const p = plan(inRecovery(4), partner({ codependency: [id] }));
      expect(has(p, 'personal-boundaries-plan', 'partnerB')).toBe(true);
      expect(has(p, 'self-care-plan', 'partnerB')).toBe(true);
      expect(has(p, 'personal-boundaries-plan', 'partnerA')).toBe(false);
      expect(area(p, 'codependency')?.reasons).toContain(
        `Co-dependency: ${label.charAt(0).toLowerCase()}${label.slice(1)} (partner B)`,
      );
    },
  );

  it('adds no co-dependency work without indicators', () => {
    const p = plan(inRecovery(4));
    expect(area(p, 'codependency')).toBeUndefined();
    expect(has(p, 'personal-boundaries-plan')).toBe(false);
  });

  it('makes co-dependency high priority with three or more indicators', () => {
    const p = plan(
      partner(),
      partner({ codependency: ['coversForPartner', 'neglectsOwnNeeds', 'moodDependsOnPartner'] }),
    );
    expect(area(p, 'codependency')?.priority).toBe('high');
  });
});

describe('rule: the plan adapts when both partners are in recovery', () => {
  const lowExperiential = { experiential: 1 };
  it('gives both partners relapse prevention and adds mutual accountability', () => {
    const p = plan(inRecovery(4, {}), inRecovery(2, { substances: ['cannabis'] }));
    for (const who of ['partnerA', 'partnerB']) {
      expect(has(p, 'relapse-prevention-plan', who)).toBe(true);
      expect(has(p, 'trigger-coping-plan', who)).toBe(true);
    }
    expect(has(p, 'mutual-recovery-check-in', 'both')).toBe(true);
    expect(has(p, 'substance-free-home-agreement', 'both')).toBe(true);
    expect(area(p, 'triggers')?.priority).toBe('high');
  });

  it('gives relapse prevention only to the partner in recovery when only one is', () => {
    const p = plan(inRecovery(4));
    expect(has(p, 'relapse-prevention-plan', 'partnerA')).toBe(true);
    expect(has(p, 'relapse-prevention-plan', 'partnerB')).toBe(false);
    expect(has(p, 'mutual-recovery-check-in')).toBe(false);
  });

  it('proposes no alcohol-centred couple activity when anyone is in recovery, and says why', () => {
    const none = plan(withRatings(lowExperiential), withRatings(lowExperiential));
    expect(has(none, 'evening-out')).toBe(true);
    const both = plan(
      withRatings(lowExperiential, { substances: ['alcohol'] }),
      withRatings(lowExperiential, { substances: ['alcohol'] }),
    );
    expect(has(both, 'evening-out')).toBe(false);
    expect(both.withheld.find((w) => w.libraryId === 'evening-out')?.reasons[0]).toMatch(
      /partner A is in recovery/,
    );
  });

  it('derives "in recovery" from severity or listed substances', () => {
    expect(plan(partner({ dsm5Criteria: ['craving', 'tolerance'] })).partners.A.inRecovery).toBe(true);
    expect(plan(partner({ substances: ['fictional-substance'] })).partners.A.inRecovery).toBe(true);
    expect(plan(partner({ dsm5Criteria: ['craving'] })).partners.A.inRecovery).toBe(false);
  });

  it('summarizes whether the DSM-5 criteria were assessed and which safety items were not asked', () => {
    const notAssessed = plan(
      partner({ dsm5Assessed: false, safety: { fearOfPartner: 'no', suicidalThoughts: 'yes' } }),
    );
    expect(notAssessed.partners.A).toMatchObject({
      dsm5Assessed: false,
      positiveSafety: ['suicidalThoughts'],
      unaskedSafety: ['physicalViolencePastYear', 'coerciveControl', 'intoxicatedAtSessions'],
    });
    expect(plan(partner({ dsm5Assessed: true })).partners.A.dsm5Assessed).toBe(true);
    // A caller without the field reads as a stored legacy assessment does.
    expect(plan(partner({ substances: ['alcohol'] })).partners.A.dsm5Assessed).toBe(true);
    expect(plan(partner()).partners.A.dsm5Assessed).toBe(false);
  });

  it('starts the abstinence milestone where the calendar says the partner is, or at 0 where it does not', () => {
    const milestone = (history?: PlanEngineInput['history']) =>
      area(plan(inRecovery(4), partner(), history), 'triggers')?.goals[0]?.objectives[0]?.milestones.find(
        (m) => m.key === 'milestone:triggers:A:abstinence',
      );
    expect(milestone()).toMatchObject({ baseline: 0, target: 7 });
    const kept = milestone({ abstinentDaysPerWeek: { A: 7, B: null } });
    expect(kept).toMatchObject({ baseline: 7, target: 7 });
    expect(kept?.reasons).toContain('Recovery calendar: partner A abstinent 7 days a week lately');
  });

  it('scales relapse-prevention work with severity', () => {
    const counts = [2, 4, 6].map((n) => areaInterventions(plan(inRecovery(n)), 'triggers').length);
    expect(counts).toEqual([2, 3, 4]);
  });
});

describe('rule: sexual health is raised when someone is in recovery and physical intimacy is rated low', () => {
  it.each([
    [true, 5, true],
    [true, 6, false],
    [false, 2, false],
  ])('in recovery %s, physical %i: sexual-health work %s', (recovering, physical, expected) => {
    const A = withRatings({ physical }, recovering ? { substances: ['alcohol'] } : {});
    expect(has(plan(A), 'sexual-health-conversation')).toBe(expected);
  });
});

describe('rule: a positive safety screen puts safety first and holds back touch and conflict work', () => {
  const troubled = (safety: SafetyItemId) =>
    plan(
      withRatings(
        { physical: 1, communication: 1, emotional: 1 },
        { trustHistory: ['infidelity'], substances: ['alcohol'] },
      ),
      withRatings({ physical: 2, communication: 2 }, { safety: { [safety]: 'yes' } }),
    );

  it.each(safetyItems.map((item) => item.id))('safety item %s', (id) => {
    const p = troubled(id);
    expect(p.safetyFirst).toBe(true);
    expect(p.problemAreas[0]?.area).toBe('safety');
    expect(has(p, 'individual-safety-plan', 'partnerB')).toBe(true);
    expect(has(p, 'individual-counselling-session', 'partnerA')).toBe(true);
    expect(has(p, 'individual-counselling-session', 'partnerB')).toBe(true);
    for (const i of planInterventions(p)) {
      const entry = byId.get(i.libraryId);
      expect(entry?.involvesTouch, i.libraryId).toBe(false);
      expect(entry?.involvesConflict, i.libraryId).toBe(false);
      expect(entry?.conjoint, i.libraryId).toBe(false);
    }
    expect(p.sessions.mixPerFourWeeks.joint).toBe(0);
    expect(p.sessions.mixPerFourWeeks.individualA).toBeGreaterThan(0);
    expect(p.sessions.mixPerFourWeeks.individualB).toBeGreaterThan(0);
    const held = p.withheld.map((w) => w.libraryId);
    expect(held).toContain('touch-ladder-holding-hands');
    expect(held).toContain('past-hurts-structured-session');
    const label = safetyItems.find((item) => item.id === id)?.label ?? '';
    expect(p.problemAreas[0]?.reasons.join(' ')).toContain(label.charAt(0).toLowerCase() + label.slice(1));
  });

  it.each([
    ['touch-ladder-holding-hands', 'Touch exercise held back'],
    ['conflict-resolution-practice', 'Conflict and past-hurt work held back'],
    ['past-hurts-structured-session', 'Conflict and past-hurt work held back'],
  ])('holds back %s even after a clinician edits it to be non-conjoint', (id, reason) => {
    const edited = library.map((entry) => (entry.id === id ? { ...entry, conjoint: false } : entry));
    const p = proposePlan({
      assessment: {
        partnerA: withRatings({ physical: 1, communication: 1 }, { trustHistory: ['infidelity'] }),
        partnerB: partner({ safety: { coerciveControl: 'yes' } }),
      },
      library: edited,
    });
    expect(has(p, id)).toBe(false);
    expect(p.withheld.find((w) => w.libraryId === id)?.reasons[0]).toMatch(
      new RegExp(`^${reason}.*coercive control.*partner B`),
    );
  });

  it('the same couple without the safety item gets touch and conflict work back', () => {
    const p = plan(
      withRatings(
        { physical: 1, communication: 1, emotional: 1 },
        { trustHistory: ['infidelity'], substances: ['alcohol'] },
      ),
      withRatings({ physical: 2, communication: 2 }),
    );
    expect(p.safetyFirst).toBe(false);
    expect(has(p, 'touch-ladder-holding-hands')).toBe(true);
    expect(has(p, 'past-hurts-structured-session')).toBe(true);
    expect(area(p, 'safety')).toBeUndefined();
  });
});

describe('rule: a safety screen with items not asked is finished first; it is not read as negative', () => {
  const unasked = {
    ...deniedScreen,
    fearOfPartner: 'notAsked' as const,
    coerciveControl: 'notAsked' as const,
  };
  const p = plan(withRatings({ physical: 2, communication: 2 }, { safety: unasked }));

  it('asks partner A the two items individually within a week, before anything else', () => {
    expect(p.safetyFirst).toBe(false);
    const first = p.problemAreas[0];
    expect(first?.area).toBe('safety');
    const objective = first?.goals[0]?.objectives[0];
    expect(objective).toMatchObject({ key: 'objective:safety:screen:A', partner: 'A', target: 1 });
    expect(objective?.reasons[0]).toBe(
      'Safety screen not done for partner A: 2 of 5 items not asked (fear of the partner; coercive control (monitoring, isolating, controlling money))',
    );
    expect(objective?.interventions.map((i) => i.libraryId)).toEqual(['individual-counselling-session']);
    expect(first?.goals[0]?.objectives).toHaveLength(1);
  });

  it('holds back touch and conflict work until then, and keeps other joint work', () => {
    for (const i of planInterventions(p)) {
      const entry = byId.get(i.libraryId);
      expect(entry?.involvesTouch || entry?.involvesConflict, i.libraryId).toBe(false);
    }
    expect(planInterventions(p).some((i) => byId.get(i.libraryId)?.conjoint)).toBe(true);
    expect(p.sessions.mixPerFourWeeks.joint).toBeGreaterThan(0);
    const touch = p.withheld.find((w) => byId.get(w.libraryId)?.involvesTouch);
    expect(touch?.reasons[0]).toMatch(
      /until the safety screen is complete \(not asked: fear of the partner, partner A/,
    );
  });
});

describe('rule: session frequency and mix', () => {
  it.each([
    [
      'everything rated 8, no use: fortnightly maintenance',
      partner(),
      partner(),
      { sessions: 1, per: 'fortnight' },
      { joint: 2, individualA: 0, individualB: 0, workshop: 0 },
    ],
    [
      'mild use, medium ratings: weekly joint',
      withRatings({ emotional: 5 }, { substances: ['alcohol'], dsm5Criteria: ['craving', 'tolerance'] }),
      partner(),
      { sessions: 1, per: 'week' },
      { joint: 4, individualA: 0, individualB: 0, workshop: 0 },
    ],
    [
      'moderate use: an individual session for that partner',
      inRecovery(4),
      partner(),
      { sessions: 1, per: 'week' },
      { joint: 3, individualA: 1, individualB: 0, workshop: 0 },
    ],
    [
      'co-dependency and trust history: individual for B and a workshop',
      inRecovery(2, { trustHistory: ['brokenPromises'] }),
      partner({ codependency: ['coversForPartner'] }),
      { sessions: 1, per: 'week' },
      { joint: 2, individualA: 0, individualB: 1, workshop: 1 },
    ],
    [
      'severe use: twice weekly',
      inRecovery(6),
      partner(),
      { sessions: 2, per: 'week' },
      { joint: 7, individualA: 1, individualB: 0, workshop: 0 },
    ],
    [
      'partner B came to decide: individual for B',
      withRatings({ emotional: 5 }),
      partner({ intent: 'decide' }),
      { sessions: 1, per: 'week' },
      { joint: 3, individualA: 0, individualB: 1, workshop: 0 },
    ],
    [
      'safety item: individual only',
      partner(),
      partner({ safety: { fearOfPartner: 'yes' } }),
      { sessions: 1, per: 'week' },
      { joint: 0, individualA: 2, individualB: 2, workshop: 0 },
    ],
  ] as const)('%s', (_label, A, B, frequency, mix) => {
    const p = plan(A, B);
    expect(p.sessions.frequency).toEqual(frequency);
    expect(p.sessions.mixPerFourWeeks).toEqual(mix);
  });
});

describe('rule: timeline estimate from severity, years of use, commitment, attendance and stalled milestones', () => {
  it.each([
    ['no use disorder', partner(), undefined, 8, 12],
    ['mild', inRecovery(2), undefined, 12, 20],
    ['moderate', inRecovery(4), undefined, 16, 28],
    ['severe', inRecovery(6), undefined, 24, 40],
    ['severe, 12 years of use', inRecovery(6, { yearsOfUse: 12 }), undefined, 30, 52],
    ['moderate, commitment 2', inRecovery(4, { commitment: 2 }), undefined, 20, 36],
    ['moderate, attendance 60%', inRecovery(4), { attendanceRate: 0.6 }, 20, 36],
    ['moderate, 2 stalled milestones', inRecovery(4), { stalledMilestones: 2 }, 18, 32],
    [
      'no use disorder, positive safety screen',
      partner({ safety: { suicidalThoughts: 'yes' } }),
      undefined,
      12,
      20,
    ],
  ] as const)('%s: %i-%i weeks', (_label, A, history, min, max) => {
    const p = plan(A, partner(), history);
    expect([p.timeline.minWeeks, p.timeline.maxWeeks]).toEqual([min, max]);
  });

  it('adds 2-4 weeks when both partners are in recovery', () => {
    const one = plan(inRecovery(2), partner()).timeline;
    const both = plan(inRecovery(2), inRecovery(2)).timeline;
    expect([both.minWeeks - one.minWeeks, both.maxWeeks - one.maxWeeks]).toEqual([2, 4]);
    expect(both.reasons).toContain('Both partners are in recovery: +2-4 weeks');
  });

  it('cites the answers behind the estimate', () => {
    const p = plan(inRecovery(4, { commitment: 2, yearsOfUse: 6 }), partner(), { attendanceRate: 0.6 });
    expect(p.timeline.reasons).toEqual([
      'Worse use-disorder severity is moderate (4 DSM-5 criteria): base 16-28 weeks',
      '6 years of use: +4-8 weeks',
      'Partner A rated commitment 2/5: +4-8 weeks',
      'Attendance so far 60%: +4-8 weeks',
    ]);
  });
});

describe('rule: milestones use the measurement method DOMAIN.md gives each milestone', () => {
  it.each([
    ['communication', 'coupleLog'],
    ['emotional', 'therapistEvaluation'],
    ['physical', 'partnerFeedbackA'],
  ] as const)('%s uses %s', (name, method) => {
    const p = plan(withRatings({ [name]: 2 }));
    const methods = area(p, name)?.goals[0]?.objectives[0]?.milestones.map((m) => m.method);
    expect(methods).toContain(method);
  });
});

it('accepts an assessment parsed by the contract schema as is', () => {
  const parsed = assessmentInputSchema.parse({
    coupleId: '00000000-0000-4000-8000-000000000001',
    kind: 'intake',
    assessedOn: '2031-02-03',
    relationship: {},
    partnerA: {
      ratings: { emotional: 2, physical: 1, intellectual: 5, experiential: 4, trust: 2, communication: 3 },
      commitment: 4,
      intent: 'improve',
      safety: {},
      substances: ['alcohol'],
      dsm5Assessed: true,
      dsm5Criteria: ['craving', 'tolerance', 'withdrawal', 'timeSpent'],
      trustHistory: ['deceptionAboutUse'],
    },
    partnerB: {
      ratings: { emotional: 4, physical: 3, intellectual: 7, experiential: 5, trust: 1, communication: 4 },
      commitment: 5,
      intent: 'improve',
      safety: {},
      codependency: ['coversForPartner', 'neglectsOwnNeeds'],
    },
  });
  const p = considerPlan({ assessment: parsed, library }).plan;
  expect(p.problemAreas.length).toBeGreaterThan(5);
  expect(has(p, 'daily-trust-discussion')).toBe(true);
  expect(has(p, 'self-care-plan', 'partnerB')).toBe(true);
});

// ------------------------------------------------------------------ properties

describe('properties', () => {
  it('a worse severity (more DSM-5 criteria) never shortens the estimate', () => {
    fc.assert(
      fc.property(partnerArb, partnerArb, historyArb, fc.subarray(criteria), (A, B, history, more) => {
        const worse = { ...A, dsm5Criteria: [...new Set([...A.dsm5Criteria, ...more])] };
        const before = plan(A, B, history).timeline;
        const after = plan(worse, B, history).timeline;
        expect(after.minWeeks).toBeGreaterThanOrEqual(before.minWeeks);
        expect(after.maxWeeks).toBeGreaterThanOrEqual(before.maxWeeks);
      }),
    );
  });

  it('lower commitment never shortens the estimate', () => {
    fc.assert(
      fc.property(
        partnerArb,
        partnerArb,
        historyArb,
        fc.integer({ min: 1, max: 5 }),
        (A, B, history, lower) => {
          const less = { ...B, commitment: Math.min(B.commitment, lower) };
          const before = plan(A, B, history).timeline;
          const after = plan(A, less, history).timeline;
          expect(after.minWeeks).toBeGreaterThanOrEqual(before.minWeeks);
          expect(after.maxWeeks).toBeGreaterThanOrEqual(before.maxWeeks);
        },
      ),
    );
  });

  it('lower attendance and more stalled milestones never shorten the estimate', () => {
    fc.assert(
      fc.property(
        partnerArb,
        partnerArb,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.nat(6),
        fc.nat(6),
        (A, B, r1, r2, s1, s2) => {
          const good = plan(A, B, {
            attendanceRate: Math.max(r1, r2),
            stalledMilestones: Math.min(s1, s2),
          }).timeline;
          const bad = plan(A, B, {
            attendanceRate: Math.min(r1, r2),
            stalledMilestones: Math.max(s1, s2),
          }).timeline;
          expect(bad.minWeeks).toBeGreaterThanOrEqual(good.minWeeks);
          expect(bad.maxWeeks).toBeGreaterThanOrEqual(good.maxWeeks);
          expect(good.minWeeks).toBeLessThanOrEqual(good.maxWeeks);
        },
      ),
    );
  });

  it('a safety flag never yields a touch, conflict or other conjoint exercise, and puts safety first', () => {
    fc.assert(
      fc.property(
        partnerArb,
        partnerArb,
        fc.constantFrom(...safetyItems.map((i) => i.id)),
        fc.boolean(),
        (A, B, item, onA) => {
          const flagged = (p: EnginePartner) => ({ ...p, safety: { ...p.safety, [item]: 'yes' } });
          const p = onA ? plan(flagged(A), B) : plan(A, flagged(B));
          expect(p.safetyFirst).toBe(true);
          expect(p.problemAreas[0]?.area).toBe('safety');
          expect(p.sessions.mixPerFourWeeks.joint).toBe(0);
          for (const i of planInterventions(p)) {
            const entry = byId.get(i.libraryId);
            expect(entry?.involvesTouch || entry?.involvesConflict || entry?.conjoint).toBe(false);
          }
        },
      ),
    );
  });

  it('every proposed item has a reason, a unique key, and every intervention id exists in the library', () => {
    fc.assert(
      fc.property(partnerArb, partnerArb, historyArb, (A, B, history) => {
        const p = plan(A, B, history);
        const items = reasonedItems(p);
        for (const item of items) {
          expect(item.reasons.length, item.key).toBeGreaterThan(0);
          for (const reason of item.reasons) expect(reason.trim().length).toBeGreaterThan(0);
        }
        const keys = items.map((item) => item.key);
        expect(new Set(keys).size).toBe(keys.length);
        for (const i of planInterventions(p)) expect(byId.has(i.libraryId), i.libraryId).toBe(true);
      }),
    );
  });

  it('session mix adds up to the recommended frequency over four weeks', () => {
    fc.assert(
      fc.property(partnerArb, partnerArb, (A, B) => {
        const { frequency, mixPerFourWeeks } = plan(A, B).sessions;
        const total = frequency.sessions * (frequency.per === 'week' ? 4 : 2);
        const sum = Object.values(mixPerFourWeeks).reduce((s, n) => s + n, 0);
        expect(sum).toBe(total);
        for (const n of Object.values(mixPerFourWeeks)) expect(n).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('is deterministic: same input (even with the library shuffled) gives the same plan', () => {
    fc.assert(
      fc.property(
        partnerArb,
        partnerArb,
        historyArb,
        fc.infiniteStream(fc.double()),
        (A, B, history, noise) => {
          const shuffled = library
            .map((entry) => ({ entry, order: noise.next().value }))
            .sort((x, y) => x.order - y.order)
            .map((x) => x.entry);
          const first = plan(A, B, history);
          const input = (lib: LibraryEntry[]) => ({
            assessment: structuredClone({ partnerA: A, partnerB: B }),
            library: lib,
            history: structuredClone(history),
          });
          expect(considerPlan(input(shuffled)).plan).toEqual(first);
          expect(proposePlan(input(shuffled))).toEqual(proposePlan(input(library)));
        },
      ),
      { numRuns: 50 },
    );
  });

  it('never proposes an exercise missing from a smaller, clinician-edited library', () => {
    fc.assert(
      fc.property(partnerArb, partnerArb, fc.subarray(library, { minLength: 0 }), (A, B, subset) => {
        const ids = new Set(subset.map((e) => e.id));
        const p = proposePlan({ assessment: { partnerA: A, partnerB: B }, library: subset });
        for (const i of planInterventions(p)) expect(ids.has(i.libraryId)).toBe(true);
        for (const item of reasonedItems(p)) expect(item.reasons.length).toBeGreaterThan(0);
      }),
      { numRuns: 50 },
    );
  });
});

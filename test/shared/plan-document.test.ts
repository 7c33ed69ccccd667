import {
  blankPlanDocument,
  documentFromProposal,
  itemLabel,
  type PlanDocument,
  planDocumentSchema,
  walkPlan,
} from '@shared/domain/plan';
import { proposePlan } from '@shared/domain/plan-engine';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { partnerArb } from './engine-arbitraries';
import {
  areaAt,
  at,
  basisInput,
  clone,
  completePlan,
  fixtureProposal,
  goal,
  goalAt,
  intervention,
  interventionAt,
  library,
  milestone,
  milestoneAt,
  objective,
  objectiveAt,
  planDocumentArb,
  problemArea,
} from './plan-fixtures';

/** Every issue as `path: message`, for exact assertions. */
function issues(input: unknown): string[] {
  const result = planDocumentSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const minimal = () => ({
  sessions: {
    frequency: { sessions: 1, per: 'week' },
    mixPerFourWeeks: { joint: 4, individualA: 0, individualB: 0, workshop: 0 },
  },
  timeline: { minWeeks: 12, maxWeeks: 24 },
});

describe('planDocumentSchema', () => {
  it('refuses a rejected item whose key, or a key nested in it, clashes with the live plan', () => {
    const live = problemArea({ key: 'area:trust', goals: [goal({ key: 'goal:trust' })] });
    const clash = (rejected: unknown) => issues({ ...minimal(), problemAreas: [live], rejected: [rejected] });
    expect(clash({ kind: 'goal', parentKey: 'area:trust', item: goal({ key: 'goal:trust' }) })).toEqual([
      'rejected.0.item.key: Duplicate item key goal:trust',
    ]);
    expect(
      clash({
        kind: 'problemArea',
        parentKey: null,
        item: problemArea({ key: 'area:other', goals: [goal({ key: 'goal:trust' })] }),
      }),
    ).toEqual(['rejected.0.item.goals.0.key: Duplicate item key goal:trust']);
    expect(clash({ kind: 'goal', parentKey: 'area:trust', item: goal({ key: 'goal:other' }) })).toEqual([]);
  });

  it('accepts the blank document unchanged', () => {
    const blank = blankPlanDocument();
    expect(planDocumentSchema.parse(blank)).toEqual(blank);
  });

  it('gives a blank page one joint session a week over 12-24 weeks', () => {
    expect(blankPlanDocument()).toEqual({
      safetyFirst: false,
      basis: null,
      problemAreas: [],
      sessions: {
        frequency: { sessions: 1, per: 'week' },
        mixPerFourWeeks: { joint: 4, individualA: 0, individualB: 0, workshop: 0 },
        reasons: [],
      },
      timeline: { minWeeks: 12, maxWeeks: 24, reasons: [] },
      rejected: [],
      suggestions: [],
      withheld: [],
    });
    // A fresh object each time: editing one blank page leaves the next alone.
    const first = blankPlanDocument();
    first.problemAreas.push(problemArea());
    expect(blankPlanDocument().problemAreas).toEqual([]);
  });

  it('accepts the complete fixture plan unchanged', () => {
    expect(planDocumentSchema.parse(completePlan())).toEqual(completePlan());
  });

  it('accepts a document made from an engine proposal unchanged', () => {
    const doc = documentFromProposal(fixtureProposal(), '2026-11-10', basisInput);
    expect(doc.problemAreas.length).toBeGreaterThan(3);
    expect(issues(doc)).toEqual([]);
    expect(planDocumentSchema.parse(doc)).toEqual(doc);
  });

  it('fills defaults for everything a draft may leave out', () => {
    const parsed = planDocumentSchema.parse({
      ...minimal(),
      problemAreas: [
        {
          key: 'area:trust',
          area: 'trust',
          priority: 'high',
          goals: [
            {
              key: 'goal:trust',
              objectives: [
                {
                  key: 'obj:trust',
                  partner: 'both',
                  interventions: [
                    { key: 'int:1', libraryId: 'daily-check-in', who: 'both', frequency: 'asNeeded' },
                  ],
                  milestones: [{ key: 'ms:1', method: 'coupleLog' }],
                },
              ],
            },
          ],
        },
      ],
    });
    expect(parsed).toEqual({
      safetyFirst: false,
      basis: null,
      problemAreas: [
        {
          key: 'area:trust',
          area: 'trust',
          title: '',
          priority: 'high',
          reasons: [],
          decision: 'accepted',
          goals: [
            {
              key: 'goal:trust',
              description: '',
              reasons: [],
              decision: 'accepted',
              objectives: [
                {
                  key: 'obj:trust',
                  description: '',
                  partner: 'both',
                  measure: '',
                  baseline: null,
                  target: null,
                  targetDate: '',
                  reasons: [],
                  decision: 'accepted',
                  interventions: [
                    {
                      key: 'int:1',
                      libraryId: 'daily-check-in',
                      name: '',
                      who: 'both',
                      frequency: 'asNeeded',
                      notes: '',
                      reasons: [],
                      decision: 'accepted',
                    },
                  ],
                  milestones: [
                    {
                      key: 'ms:1',
                      description: '',
                      method: 'coupleLog',
                      baseline: null,
                      target: null,
                      dueDate: '',
                      reasons: [],
                      decision: 'accepted',
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
      sessions: { ...minimal().sessions, reasons: [] },
      timeline: { minWeeks: 12, maxWeeks: 24, reasons: [] },
      rejected: [],
      suggestions: [],
      withheld: [],
    });
  });

  it('requires sessions and timeline', () => {
    expect(issues({})).toEqual([
      'sessions: Invalid input: expected object, received undefined',
      'timeline: Invalid input: expected object, received undefined',
    ]);
  });

  describe('duplicate keys', () => {
    const doc = (): PlanDocument => completePlan();
    it.each<[string, (d: PlanDocument) => void, string]>([
      [
        'two problem areas',
        (d) => {
          areaAt(d, 1).key = 'area:trust';
        },
        'problemAreas.1.key: Duplicate item key area:trust',
      ],
      [
        'a goal and a problem area',
        (d) => {
          goalAt(d, 0, 1).key = 'area:physical';
        },
        // Reading order: the goal comes first, so the area is the duplicate.
        'problemAreas.1.key: Duplicate item key area:physical',
      ],
      [
        'objectives under different goals',
        (d) => {
          objectiveAt(d, 0, 1, 0).key = 'obj:trust:A';
        },
        'problemAreas.0.goals.1.objectives.0.key: Duplicate item key obj:trust:A',
      ],
      [
        'an intervention and a milestone',
        (d) => {
          milestoneAt(d, 0, 0, 0, 0).key = 'int:promises:A';
        },
        'problemAreas.0.goals.0.objectives.0.milestones.0.key: Duplicate item key int:promises:A',
      ],
      [
        'interventions in different areas',
        (d) => {
          interventionAt(d, 1, 0, 0, 1).key = 'int:daily-trust-discussion';
        },
        'problemAreas.1.goals.0.objectives.0.interventions.1.key: Duplicate item key int:daily-trust-discussion',
      ],
      [
        'sibling milestones',
        (d) => {
          objectiveAt(d, 0, 0, 0).milestones.push(milestone());
        },
        'problemAreas.0.goals.0.objectives.0.milestones.1.key: Duplicate item key ms:trust:halfway',
      ],
    ])('rejects %s sharing a key, naming the key', (_name, edit, expected) => {
      const d = doc();
      edit(d);
      expect(issues(d)).toEqual([expected]);
    });

    it('reports every repeat of a key that appears three times', () => {
      const d = doc();
      goalAt(d, 0, 1).key = 'goal:trust';
      goalAt(d, 1, 0).key = 'goal:trust';
      expect(issues(d)).toEqual([
        'problemAreas.0.goals.1.key: Duplicate item key goal:trust',
        'problemAreas.1.goals.0.key: Duplicate item key goal:trust',
      ]);
    });
  });

  it.each([
    ['', 'empty'],
    ['has space', 'a space'],
    ['slash/key', 'a slash'],
    ['ünïcode', 'non-ASCII letters'],
    ['k'.repeat(161), '161 characters'],
  ])('rejects the item key %j (%s)', (key) => {
    const d = completePlan();
    interventionAt(d, 0, 0, 0, 0).key = key;
    expect(issues(d)).toEqual([
      'problemAreas.0.goals.0.objectives.0.interventions.0.key: Not a valid plan item key',
    ]);
  });

  it.each(['a', 'area:trust', 'A-b_c.d:9', 'k'.repeat(160)])('accepts the item key %j', (key) => {
    const d = completePlan();
    areaAt(d, 0).key = key;
    expect(issues(d)).toEqual([]);
  });

  it.each([
    ['2026-02-30', 'no such day'],
    ['2026-13-01', 'no such month'],
    ['2026-1-05', 'unpadded'],
    ['05/01/2027', 'a local format'],
    ['2027-01-05T00:00:00Z', 'a timestamp'],
    [' ', 'a blank'],
  ])('rejects the date %j (%s) on objectives and milestones', (value) => {
    const d = completePlan();
    objectiveAt(d, 0, 0, 0).targetDate = value;
    milestoneAt(d, 0, 0, 0, 0).dueDate = value;
    expect(issues(d)).toEqual([
      'problemAreas.0.goals.0.objectives.0.targetDate: Enter a real date (YYYY-MM-DD)',
      'problemAreas.0.goals.0.objectives.0.milestones.0.dueDate: Enter a real date (YYYY-MM-DD)',
    ]);
  });

  it('accepts empty dates and measures in a draft, and a leap day', () => {
    const d = completePlan();
    const o = objectiveAt(d, 0, 0, 0);
    o.targetDate = '';
    o.baseline = null;
    o.target = null;
    at(o.milestones, 0).dueDate = '2028-02-29';
    expect(issues(d)).toEqual([]);
  });

  it.each<[string, (d: PlanDocument) => void, string]>([
    [
      'a title over 120 characters',
      (d) => {
        areaAt(d, 0).title = 'x'.repeat(121);
      },
      'problemAreas.0.title: At most 120 characters',
    ],
    [
      'a goal description over 300 characters',
      (d) => {
        goalAt(d, 0, 0).description = 'x'.repeat(301);
      },
      'problemAreas.0.goals.0.description: At most 300 characters',
    ],
    [
      'a measure over 200 characters',
      (d) => {
        objectiveAt(d, 0, 0, 0).measure = 'x'.repeat(201);
      },
      'problemAreas.0.goals.0.objectives.0.measure: At most 200 characters',
    ],
    [
      'tailoring notes over 2000 characters',
      (d) => {
        interventionAt(d, 0, 0, 0, 0).notes = 'x'.repeat(2001);
      },
      'problemAreas.0.goals.0.objectives.0.interventions.0.notes: At most 2000 characters',
    ],
    [
      'a baseline over 1000',
      (d) => {
        objectiveAt(d, 0, 0, 0).baseline = 1001;
      },
      'problemAreas.0.goals.0.objectives.0.baseline: At most 1000',
    ],
    [
      'a negative milestone target',
      (d) => {
        milestoneAt(d, 0, 0, 0, 0).target = -1;
      },
      'problemAreas.0.goals.0.objectives.0.milestones.0.target: At least 0',
    ],
  ])('rejects %s', (_name, edit, expected) => {
    const d = completePlan();
    edit(d);
    expect(issues(d)).toEqual([expected]);
  });

  it('accepts text exactly at its limits', () => {
    const d = completePlan();
    areaAt(d, 0).title = 'x'.repeat(120);
    goalAt(d, 0, 0).description = 'x'.repeat(300);
    interventionAt(d, 0, 0, 0, 0).notes = 'x'.repeat(2000);
    objectiveAt(d, 0, 0, 0).baseline = 1000;
    expect(issues(d)).toEqual([]);
  });

  it('rejects more than 20 problem areas', () => {
    const d = blankPlanDocument();
    d.problemAreas = Array.from({ length: 21 }, (_, i) => problemArea({ key: `area:${i}` }));
    expect(issues(d)).toEqual(['problemAreas: Too big: expected array to have <=20 items']);
  });

  it('accepts rejected items of every kind with their parents', () => {
    const d = completePlan();
    d.rejected = [
      { kind: 'problemArea', parentKey: null, item: problemArea({ key: 'area:gone', decision: 'proposed' }) },
      { kind: 'goal', parentKey: 'area:trust', item: goal({ key: 'goal:gone' }) },
      { kind: 'objective', parentKey: 'goal:trust', item: objective({ key: 'obj:gone' }) },
      { kind: 'intervention', parentKey: 'obj:trust:A', item: intervention({ key: 'int:gone' }) },
      { kind: 'milestone', parentKey: 'obj:trust:A', item: milestone({ key: 'ms:gone' }) },
    ];
    expect(planDocumentSchema.parse(d)).toEqual(d);
  });

  it('rejects a rejected item whose kind does not match its shape or parent', () => {
    const d = completePlan();
    d.rejected = [
      { kind: 'goal', parentKey: null, item: goal() } as unknown as PlanDocument['rejected'][number],
    ];
    expect(issues(d)).toEqual(['rejected.0.parentKey: Invalid input: expected string, received null']);
  });
});

describe('walkPlan', () => {
  it('visits every item in reading order with its path, ancestors and index', () => {
    const walked = [...walkPlan(completePlan())].map((w) => [
      w.kind,
      w.item.key,
      w.path.join('.'),
      w.ancestors,
      w.index,
    ]);
    expect(walked).toEqual([
      ['problemArea', 'area:trust', 'problemAreas.0', [], 0],
      ['goal', 'goal:trust', 'problemAreas.0.goals.0', ['area:trust'], 0],
      ['objective', 'obj:trust:A', 'problemAreas.0.goals.0.objectives.0', ['area:trust', 'goal:trust'], 0],
      [
        'intervention',
        'int:daily-trust-discussion',
        'problemAreas.0.goals.0.objectives.0.interventions.0',
        ['area:trust', 'goal:trust', 'obj:trust:A'],
        0,
      ],
      [
        'intervention',
        'int:promises:A',
        'problemAreas.0.goals.0.objectives.0.interventions.1',
        ['area:trust', 'goal:trust', 'obj:trust:A'],
        1,
      ],
      [
        'milestone',
        'ms:trust:halfway',
        'problemAreas.0.goals.0.objectives.0.milestones.0',
        ['area:trust', 'goal:trust', 'obj:trust:A'],
        0,
      ],
      ['objective', 'obj:trust:B', 'problemAreas.0.goals.0.objectives.1', ['area:trust', 'goal:trust'], 1],
      [
        'intervention',
        'int:forgiveness:B',
        'problemAreas.0.goals.0.objectives.1.interventions.0',
        ['area:trust', 'goal:trust', 'obj:trust:B'],
        0,
      ],
      [
        'milestone',
        'ms:trust:B:log',
        'problemAreas.0.goals.0.objectives.1.milestones.0',
        ['area:trust', 'goal:trust', 'obj:trust:B'],
        0,
      ],
      ['goal', 'goal:accountability', 'problemAreas.0.goals.1', ['area:trust'], 1],
      [
        'objective',
        'obj:accountability',
        'problemAreas.0.goals.1.objectives.0',
        ['area:trust', 'goal:accountability'],
        0,
      ],
      ['problemArea', 'area:physical', 'problemAreas.1', [], 1],
      ['goal', 'goal:touch', 'problemAreas.1.goals.0', ['area:physical'], 0],
      ['objective', 'obj:touch', 'problemAreas.1.goals.0.objectives.0', ['area:physical', 'goal:touch'], 0],
      [
        'intervention',
        'int:holding-hands',
        'problemAreas.1.goals.0.objectives.0.interventions.0',
        ['area:physical', 'goal:touch', 'obj:touch'],
        0,
      ],
      [
        'intervention',
        'int:consent',
        'problemAreas.1.goals.0.objectives.0.interventions.1',
        ['area:physical', 'goal:touch', 'obj:touch'],
        1,
      ],
    ]);
  });

  it('yields nothing for a blank page', () => {
    expect([...walkPlan(blankPlanDocument())]).toEqual([]);
  });
});

describe('itemLabel', () => {
  it.each([
    ['problemArea', problemArea({ title: '  Trust ' }), 'Trust'],
    ['problemArea', problemArea({ title: '' }), '(untitled problem area)'],
    ['goal', goal({ description: 'Rebuild trust' }), 'Rebuild trust'],
    ['goal', goal({ description: '   ' }), '(untitled goal)'],
    ['objective', objective({ description: '' }), '(untitled objective)'],
    ['intervention', intervention({ name: 'Holding hands' }), 'Holding hands'],
    ['intervention', intervention({ name: '' }), '(untitled intervention)'],
    ['milestone', milestone({ description: 'Halfway' }), 'Halfway'],
    ['milestone', milestone({ description: '' }), '(untitled milestone)'],
  ] as const)('labels a %s', (kind, item, expected) => {
    expect(itemLabel(kind, item)).toBe(expected);
  });
});

// ------------------------------------------------------------------ from a proposal

describe('documentFromProposal', () => {
  const proposal = fixtureProposal();
  const doc = documentFromProposal(proposal, '2026-11-10', basisInput);
  const walked = [...walkPlan(doc)];

  it('marks every item proposed, keeping keys, order and the engine’s reasons', () => {
    expect(walked.length).toBeGreaterThan(20);
    expect(new Set(walked.map((w) => w.item.decision))).toEqual(new Set(['proposed']));
    const proposed = proposal.problemAreas.flatMap((a) => [
      a,
      ...a.goals.flatMap((g) => [
        g,
        ...g.objectives.flatMap((o) => [o, ...o.interventions, ...o.milestones]),
      ]),
    ]);
    expect(walked.map((w) => [w.item.key, w.item.reasons])).toEqual(proposed.map((p) => [p.key, p.reasons]));
    for (const w of walked) expect(w.item.reasons.length).toBeGreaterThan(0);
  });

  it('copies the fields the clinician edits, with empty tailoring notes', () => {
    const area = at(proposal.problemAreas, 0);
    const o = at(at(area.goals, 0).objectives, 0);
    const i = at(o.interventions, 0);
    const m = at(o.milestones, 0);
    const docArea = areaAt(doc, 0);
    expect(docArea).toMatchObject({
      key: area.key,
      area: area.area,
      title: area.title,
      priority: area.priority,
    });
    expect(goalAt(doc, 0, 0)).toMatchObject({ description: at(area.goals, 0).description });
    expect(objectiveAt(doc, 0, 0, 0)).toMatchObject({
      description: o.description,
      partner: o.partner,
      measure: o.measure,
      baseline: o.baseline,
      target: o.target,
    });
    expect(interventionAt(doc, 0, 0, 0, 0)).toEqual({
      key: i.key,
      libraryId: i.libraryId,
      name: i.name,
      who: i.who,
      frequency: i.frequency,
      notes: '',
      reasons: i.reasons,
      decision: 'proposed',
    });
    expect(milestoneAt(doc, 0, 0, 0, 0)).toMatchObject({
      description: m.description,
      method: m.method,
      baseline: m.baseline,
      target: m.target,
    });
  });

  it('turns weeks into calendar dates from today (crossing into the next year)', () => {
    // The fixture's trust objective for partner A: 8 weeks from 2026-11-10, halfway milestone at 4.
    const trustA = doc.problemAreas
      .find((a) => a.area === 'trust')
      ?.goals[0]?.objectives.find((o) => o.partner === 'A');
    expect(trustA?.targetDate).toBe('2027-01-05');
    expect(trustA?.milestones.map((m) => m.dueDate)).toContain('2026-12-08');
    for (const area of proposal.problemAreas) {
      for (const g of area.goals) {
        for (const o of g.objectives) {
          const docObjective = walked.find((w) => w.item.key === o.key)?.item;
          expect(docObjective).toMatchObject({ targetDate: addDays('2026-11-10', o.targetWeeks * 7) });
          for (const m of o.milestones) {
            expect(walked.find((w) => w.item.key === m.key)?.item).toMatchObject({
              dueDate: addDays('2026-11-10', m.dueInWeeks * 7),
            });
          }
        }
      }
    }
  });

  it('stores the basis with the partners from the proposal', () => {
    expect(doc.basis).toEqual({ ...basisInput, partners: proposal.partners });
    expect(doc.basis?.partners.A).toMatchObject({
      criteriaMet: 4,
      severity: 'moderate',
      inRecovery: true,
      positiveSafety: [],
      dsm5Assessed: true,
    });
    expect(Array.isArray(doc.basis?.partners.A.unaskedSafety)).toBe(true);
  });

  it('still reads a basis signed before unaskedSafety and dsm5Assessed were recorded, unchanged', () => {
    const legacy = structuredClone(doc);
    if (!legacy.basis) throw new Error('the fixture has a basis');
    for (const position of ['A', 'B'] as const) {
      const { unaskedSafety: _u, dsm5Assessed: _d, ...old } = legacy.basis.partners[position];
      legacy.basis.partners[position] = old;
    }
    expect(planDocumentSchema.parse(legacy)).toEqual(legacy);
  });

  it('carries safety-first, sessions, timeline and withheld exercises; nothing rejected yet', () => {
    expect(doc.safetyFirst).toBe(proposal.safetyFirst);
    expect(doc.sessions).toEqual({
      frequency: proposal.sessions.frequency,
      mixPerFourWeeks: proposal.sessions.mixPerFourWeeks,
      reasons: proposal.sessions.reasons,
    });
    expect(doc.sessions.reasons.length).toBeGreaterThan(0);
    expect(doc.timeline).toEqual({
      minWeeks: proposal.timeline.minWeeks,
      maxWeeks: proposal.timeline.maxWeeks,
      reasons: proposal.timeline.reasons,
    });
    expect(doc.withheld).toEqual(proposal.withheld);
    expect(doc.rejected).toEqual([]);
    // No engine-only fields leak into the document.
    expect(Object.keys(doc.sessions).sort()).toEqual(['frequency', 'mixPerFourWeeks', 'reasons']);
    expect(Object.keys(doc.timeline).sort()).toEqual(['maxWeeks', 'minWeeks', 'reasons']);
  });

  describe('date arithmetic on a hand-made proposal', () => {
    const tiny = (targetWeeks: number, dueInWeeks: number) => ({
      ...proposal,
      problemAreas: [
        {
          key: 'area:t',
          area: 'trust' as const,
          title: 'Trust',
          priority: 'high' as const,
          reasons: ['r'],
          goals: [
            {
              key: 'goal:t',
              description: 'Rebuild trust',
              reasons: ['r'],
              objectives: [
                {
                  key: 'obj:t',
                  description: 'd',
                  partner: 'both' as const,
                  measure: 'm',
                  baseline: 1,
                  target: 5,
                  targetWeeks,
                  reasons: ['r'],
                  interventions: [],
                  milestones: [
                    {
                      key: 'ms:t',
                      description: 'd',
                      method: 'coupleLog' as const,
                      baseline: 1,
                      target: 3,
                      dueInWeeks,
                      reasons: ['r'],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    });
    const dates = (today: string, targetWeeks: number, dueInWeeks: number) => {
      const o = objectiveAt(documentFromProposal(tiny(targetWeeks, dueInWeeks), today, basisInput), 0, 0, 0);
      return [o.targetDate, at(o.milestones, 0).dueDate];
    };

    it.each([
      ['2026-11-10', 8, 4, '2027-01-05', '2026-12-08'],
      ['2026-01-28', 1, 5, '2026-02-04', '2026-03-04'],
      ['2028-02-22', 1, 2, '2028-02-29', '2028-03-07'],
      ['2026-12-31', 52, 1, '2027-12-30', '2027-01-07'],
      ['2026-11-10', 0, 0, '2026-11-10', '2026-11-10'],
      ['2026-11-10', 1.5, 0.5, '2026-11-21', '2026-11-14'],
    ])('from %s, %s and %s weeks ahead are %s and %s', (today, tw, dw, target, due) => {
      const [t, d] = dates(today, tw, dw);
      expect([t, d]).toEqual([target, due]);
    });

    describe.each(['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Pacific/Apia'])(
      'in the %s time zone',
      (zone) => {
        const original = process.env.TZ;
        afterEach(() => {
          if (original === undefined) delete process.env.TZ;
          else process.env.TZ = original;
        });
        it.each([
          // US clocks go forward 2026-03-08, EU 2026-03-29; back 2026-11-01 / 2026-10-25.
          ['2026-03-07', '2026-03-14', '2026-03-21'],
          ['2026-03-28', '2026-04-04', '2026-04-11'],
          ['2026-10-24', '2026-10-31', '2026-11-07'],
          ['2026-10-31', '2026-11-07', '2026-11-14'],
          ['2026-04-04', '2026-04-11', '2026-04-18'],
        ])('a week after %s is %s, two weeks %s', (today, oneWeek, twoWeeks) => {
          process.env.TZ = zone;
          expect(dates(today, 1, 2)).toEqual([oneWeek, twoWeeks]);
        });
      },
    );
  });

  it('is schema-valid for any assessment the engine accepts (property)', () => {
    fc.assert(
      fc.property(partnerArb, partnerArb, fc.integer({ min: 0, max: 3650 }), (A, B, offset) => {
        const today = addDays('2025-01-01', offset);
        const p = proposePlan({ assessment: { partnerA: A, partnerB: B }, library });
        const d = documentFromProposal(p, today, basisInput);
        expect(issues(d)).toEqual([]);
        for (const w of walkPlan(d)) expect(w.item.decision).toBe('proposed');
      }),
      { numRuns: 60 },
    );
  });

  it('round-trips generated documents through the schema (property)', () => {
    fc.assert(
      fc.property(planDocumentArb, (d) => {
        expect(planDocumentSchema.parse(clone(d))).toEqual(d);
      }),
      { numRuns: 100 },
    );
  });
});

/** Independent of the code under test: plain millisecond arithmetic in UTC. */
function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + Math.round(days) * 86_400_000).toISOString().slice(0, 10);
}

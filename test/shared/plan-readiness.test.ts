import {
  documentFromProposal,
  itemKindLabels,
  milestoneMeasure,
  outlineNumber,
  type PlanDocument,
  type SigningContext,
  signingProblems,
  walkPlan,
} from '@shared/domain/plan';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  areaAt,
  at,
  basisInput,
  completePlan,
  fixtureProposal,
  goalAt,
  intervention,
  interventionAt,
  librarySafetySensitive,
  milestoneAt,
  objectiveAt,
  planDocumentArb,
} from './plan-fixtures';

const TODAY = '2026-11-10';
const context = (overrides: Partial<SigningContext> = {}): SigningContext => ({
  today: TODAY,
  safetyFlagOpen: false,
  isSafetySensitive: librarySafetySensitive,
  ...overrides,
});
const problemsAfter = (edit: (d: PlanDocument) => void, reviewDate: string | null = '2026-12-10') => {
  const d = completePlan();
  edit(d);
  return signingProblems(d, reviewDate, context());
};

const obj111 = 'document.problemAreas.0.goals.0.objectives.0';
const ms111m1 = `${obj111}.milestones.0`;

describe('outlineNumber', () => {
  it.each<[(string | number)[], string]>([
    [['problemAreas', 0], '1'],
    [['problemAreas', 0, 'goals', 1], '1.2'],
    [['problemAreas', 0, 'goals', 1, 'objectives', 2], '1.2.3'],
    [['problemAreas', 0, 'goals', 1, 'objectives', 2, 'interventions', 1], '1.2.3.i2'],
    [['problemAreas', 0, 'goals', 1, 'objectives', 2, 'milestones', 0], '1.2.3.m1'],
    [['problemAreas', 11, 'goals', 9, 'objectives', 0, 'interventions', 12], '12.10.1.i13'],
  ])('numbers %j as %s', (path, expected) => {
    expect(outlineNumber({ path })).toBe(expected);
  });

  it('numbers the walked plan the way the editor shows it', () => {
    expect([...walkPlan(completePlan())].map(outlineNumber)).toEqual([
      '1',
      '1.1',
      '1.1.1',
      '1.1.1.i1',
      '1.1.1.i2',
      '1.1.1.m1',
      '1.1.2',
      '1.1.2.i1',
      '1.1.2.m1',
      '1.2',
      '1.2.1',
      '2',
      '2.1',
      '2.1.1',
      '2.1.1.i1',
      '2.1.1.i2',
    ]);
  });
});

describe('signingProblems', () => {
  it('finds nothing in a complete, fully accepted plan', () => {
    expect(signingProblems(completePlan(), '2026-12-10', context())).toEqual({});
  });

  it('finds nothing in the fixture proposal once every item is accepted', () => {
    const doc = documentFromProposal(fixtureProposal(), TODAY, basisInput);
    for (const { item } of walkPlan(doc)) item.decision = 'accepted';
    expect(signingProblems(doc, '2027-02-01', context())).toEqual({});
  });

  it('asks for a decision on every proposed item of a fresh proposal, and nothing else', () => {
    const doc = documentFromProposal(fixtureProposal(), TODAY, basisInput);
    const problems = signingProblems(doc, '2027-02-01', context());
    const walked = [...walkPlan(doc)];
    expect(Object.keys(problems)).toEqual(walked.map((w) => ['document', ...w.path, 'decision'].join('.')));
    expect(problems['document.problemAreas.0.decision']).toBe(
      'Problem area 1: accept, edit or reject this proposed problem area',
    );
    expect(problems['document.problemAreas.0.goals.0.objectives.0.interventions.0.decision']).toBe(
      'Intervention 1.1.1.i1: accept, edit or reject this proposed intervention',
    );
  });

  describe('each missing thing gives exactly one problem, naming the item by its outline number', () => {
    it.each<[string, (d: PlanDocument) => void, Record<string, string>]>([
      [
        'a proposed problem area',
        (d) => {
          areaAt(d, 1).decision = 'proposed';
        },
        {
          'document.problemAreas.1.decision':
            'Problem area 2: accept, edit or reject this proposed problem area',
        },
      ],
      [
        'a proposed goal',
        (d) => {
          goalAt(d, 0, 1).decision = 'proposed';
        },
        { 'document.problemAreas.0.goals.1.decision': 'Goal 1.2: accept, edit or reject this proposed goal' },
      ],
      [
        'a proposed objective',
        (d) => {
          objectiveAt(d, 0, 0, 1).decision = 'proposed';
        },
        {
          'document.problemAreas.0.goals.0.objectives.1.decision':
            'Objective 1.1.2: accept, edit or reject this proposed objective',
        },
      ],
      [
        'a proposed intervention',
        (d) => {
          interventionAt(d, 0, 0, 0, 1).decision = 'proposed';
        },
        {
          [`${obj111}.interventions.1.decision`]:
            'Intervention 1.1.1.i2: accept, edit or reject this proposed intervention',
        },
      ],
      [
        'a proposed milestone',
        (d) => {
          milestoneAt(d, 0, 0, 1, 0).decision = 'proposed';
        },
        {
          'document.problemAreas.0.goals.0.objectives.1.milestones.0.decision':
            'Milestone 1.1.2.m1: accept, edit or reject this proposed milestone',
        },
      ],
      [
        'a problem area without a title (blank counts as empty)',
        (d) => {
          areaAt(d, 0).title = '   ';
        },
        { 'document.problemAreas.0.title': 'Problem area 1: enter a title' },
      ],
      [
        'a goal without a description',
        (d) => {
          goalAt(d, 1, 0).description = '';
        },
        { 'document.problemAreas.1.goals.0.description': 'Goal 2.1: describe the goal' },
      ],
      [
        'an objective without a description',
        (d) => {
          objectiveAt(d, 0, 1, 0).description = '\t';
        },
        {
          'document.problemAreas.0.goals.1.objectives.0.description':
            'Objective 1.2.1: describe the objective',
        },
      ],
      [
        'an intervention without a name',
        (d) => {
          interventionAt(d, 1, 0, 0, 1).name = '';
        },
        {
          'document.problemAreas.1.goals.0.objectives.0.interventions.1.name':
            'Intervention 2.1.1.i2: name the intervention',
        },
      ],
      [
        'a milestone without a description',
        (d) => {
          milestoneAt(d, 0, 0, 0, 0).description = '';
        },
        { [`${ms111m1}.description`]: 'Milestone 1.1.1.m1: describe the milestone' },
      ],
      [
        'an objective without a measure',
        (d) => {
          objectiveAt(d, 0, 0, 0).measure = ' ';
        },
        { [`${obj111}.measure`]: 'Objective 1.1.1: say how it is measured' },
      ],
      [
        'an objective without a baseline',
        (d) => {
          objectiveAt(d, 0, 0, 0).baseline = null;
        },
        { [`${obj111}.baseline`]: 'Objective 1.1.1: enter the baseline' },
      ],
      [
        'an objective without a target',
        (d) => {
          objectiveAt(d, 0, 0, 0).target = null;
        },
        { [`${obj111}.target`]: 'Objective 1.1.1: enter the target' },
      ],
      [
        'an objective whose target equals its baseline (maintenance) is fine',
        (d) => {
          objectiveAt(d, 0, 0, 0).target = 2;
        },
        {},
      ],
      [
        'an objective whose target and baseline are both 0 (maintenance) is fine',
        (d) => {
          Object.assign(objectiveAt(d, 0, 0, 0), { baseline: 0, target: 0 });
        },
        {},
      ],
      [
        'an objective without a target date',
        (d) => {
          objectiveAt(d, 0, 0, 0).targetDate = '';
        },
        { [`${obj111}.targetDate`]: 'Objective 1.1.1: enter the target date' },
      ],
      [
        'a milestone without a baseline',
        (d) => {
          milestoneAt(d, 0, 0, 0, 0).baseline = null;
        },
        { [`${ms111m1}.baseline`]: 'Milestone 1.1.1.m1: enter the baseline' },
      ],
      [
        'a milestone without a target',
        (d) => {
          milestoneAt(d, 0, 0, 0, 0).target = null;
        },
        { [`${ms111m1}.target`]: 'Milestone 1.1.1.m1: enter the target' },
      ],
      [
        'a milestone whose target equals its baseline (maintenance) is fine',
        (d) => {
          milestoneAt(d, 0, 0, 0, 0).target = 2;
        },
        {},
      ],
      [
        'a milestone without a due date',
        (d) => {
          milestoneAt(d, 0, 0, 0, 0).dueDate = '';
        },
        { [`${ms111m1}.dueDate`]: 'Milestone 1.1.1.m1: enter the due date' },
      ],
      [
        'a problem area with no goals',
        (d) => {
          areaAt(d, 1).goals = [];
        },
        { 'document.problemAreas.1.goals': 'Problem area 2: add at least one goal' },
      ],
      [
        'a goal with no objectives',
        (d) => {
          goalAt(d, 0, 1).objectives = [];
        },
        { 'document.problemAreas.0.goals.1.objectives': 'Goal 1.2: add at least one objective' },
      ],
      [
        'no problem areas at all',
        (d) => {
          d.problemAreas = [];
        },
        { 'document.problemAreas': 'Add at least one problem area with a goal and an objective' },
      ],
      [
        'a timeline whose shortest estimate is longer than its longest',
        (d) => {
          d.timeline = { ...d.timeline, minWeeks: 25, maxWeeks: 24 };
        },
        {
          'document.timeline.maxWeeks':
            'Timeline: the longest estimate must not be shorter than the shortest',
        },
      ],
    ])('%s', (_name, edit, expected) => {
      expect(problemsAfter(edit)).toEqual(expected);
    });
  });

  it('lets an objective go without interventions or milestones, and a timeline of one length', () => {
    expect(objectiveAt(completePlan(), 0, 1, 0)).toMatchObject({ interventions: [], milestones: [] });
    expect(
      problemsAfter((d) => {
        d.timeline = { ...d.timeline, minWeeks: 24, maxWeeks: 24 };
      }),
    ).toEqual({});
  });

  it('asks for both values, not for them to differ, when baseline and target are both missing', () => {
    expect(
      problemsAfter((d) => {
        Object.assign(milestoneAt(d, 0, 0, 0, 0), { baseline: null, target: null });
      }),
    ).toEqual({
      [`${ms111m1}.baseline`]: 'Milestone 1.1.1.m1: enter the baseline',
      [`${ms111m1}.target`]: 'Milestone 1.1.1.m1: enter the target',
    });
  });

  it('refuses a milestone whose baseline or target lies outside its scale, stored or inferred', () => {
    expect(
      problemsAfter((d) => {
        Object.assign(milestoneAt(d, 0, 0, 0, 0), {
          scale: { unit: 'rating', min: 0, max: 10 },
          recordedBy: { kind: 'checkIn', partner: 'A', area: 'trust' },
          baseline: 2,
          target: 12,
        });
      }),
    ).toEqual({
      [`${ms111m1}.target`]:
        "Milestone 1.1.1.m1: the target 12 is outside the milestone's scale; enter a number from 0 to 10",
    });
    // Days per week, inferred from the key of a milestone signed before scales were stored.
    expect(
      problemsAfter((d) => {
        Object.assign(milestoneAt(d, 0, 0, 0, 0), {
          key: 'milestone:trust:accountability:log',
          baseline: 2.5,
          target: 8,
        });
      }),
    ).toEqual({
      [`${ms111m1}.baseline`]:
        "Milestone 1.1.1.m1: the baseline 2.5 is outside the milestone's scale; enter a whole number from 0 to 7",
      [`${ms111m1}.target`]:
        "Milestone 1.1.1.m1: the target 8 is outside the milestone's scale; enter a number from 0 to 7",
    });
  });

  it('reports several problems on one item, one per field, and on many items at once', () => {
    expect(
      problemsAfter((d) => {
        Object.assign(objectiveAt(d, 0, 0, 0), {
          decision: 'proposed',
          description: '',
          measure: '',
          baseline: null,
          target: null,
          targetDate: '',
        });
        goalAt(d, 1, 0).description = '';
        d.timeline = { ...d.timeline, minWeeks: 30 };
      }, null),
    ).toEqual({
      [`${obj111}.decision`]: 'Objective 1.1.1: accept, edit or reject this proposed objective',
      [`${obj111}.description`]: 'Objective 1.1.1: describe the objective',
      [`${obj111}.measure`]: 'Objective 1.1.1: say how it is measured',
      [`${obj111}.baseline`]: 'Objective 1.1.1: enter the baseline',
      [`${obj111}.target`]: 'Objective 1.1.1: enter the target',
      [`${obj111}.targetDate`]: 'Objective 1.1.1: enter the target date',
      'document.problemAreas.1.goals.0.description': 'Goal 2.1: describe the goal',
      'document.timeline.maxWeeks': 'Timeline: the longest estimate must not be shorter than the shortest',
      reviewDate: 'Set the date this plan will be reviewed',
    });
  });

  it('numbers a later sibling by its own position', () => {
    expect(
      problemsAfter((d) => {
        at(d.problemAreas, 1).goals.push({ ...goalAt(d, 1, 0), key: 'goal:second', description: '' });
      }),
    ).toEqual({ 'document.problemAreas.1.goals.1.description': 'Goal 2.2: describe the goal' });
  });

  describe('review date', () => {
    it.each<[string | null, Record<string, string>]>([
      [null, { reviewDate: 'Set the date this plan will be reviewed' }],
      ['', { reviewDate: 'Set the date this plan will be reviewed' }],
      ['2026-02-30', { reviewDate: 'The review date must be a real date (YYYY-MM-DD)' }],
      ['10/12/2026', { reviewDate: 'The review date must be a real date (YYYY-MM-DD)' }],
      ['2026-12-1', { reviewDate: 'The review date must be a real date (YYYY-MM-DD)' }],
      ['2025-12-10', { reviewDate: 'The review date must be today or later' }],
      ['2026-11-09', { reviewDate: 'The review date must be today or later' }],
      ['2026-11-10', {}],
      ['2026-11-11', {}],
      ['2027-11-10', {}],
      // The window is today + 366 days, so a plan can always be reviewed a calendar year out.
      ['2027-11-11', {}],
      ['2027-11-12', { reviewDate: 'Review the plan within a year' }],
      ['2030-01-01', { reviewDate: 'Review the plan within a year' }],
    ])('%j', (reviewDate, expected) => {
      expect(signingProblems(completePlan(), reviewDate, context())).toEqual(expected);
    });

    it('measures the year from today across a leap day', () => {
      const ctx = context({ today: '2028-01-15' });
      expect(signingProblems(completePlan(), '2029-01-15', ctx)).toEqual({});
      expect(signingProblems(completePlan(), '2029-01-16', ctx)).toEqual({
        reviewDate: 'Review the plan within a year',
      });
    });
  });

  describe('safety', () => {
    const refused = (n: string) =>
      `Intervention ${n}: touch and conflict exercises cannot be in a signed plan while the couple has an open safety flag`;

    it('refuses touch and conflict exercises while the safety flag is open, and only those', () => {
      const d = completePlan();
      at(objectiveAt(d, 0, 0, 1).interventions, 0).libraryId = 'conflict-resolution-practice';
      objectiveAt(d, 0, 0, 1).interventions.push(
        intervention({ key: 'int:unknown', libraryId: 'not-in-the-library', name: 'Home-made exercise' }),
      );
      expect(signingProblems(d, '2026-12-10', context({ safetyFlagOpen: true }))).toEqual({
        'document.problemAreas.0.goals.0.objectives.1.interventions.0.libraryId': refused('1.1.2.i1'),
        'document.problemAreas.1.goals.0.objectives.0.interventions.0.libraryId': refused('2.1.1.i1'),
      });
    });

    it('allows the same exercises once the flag is resolved', () => {
      const d = completePlan();
      at(objectiveAt(d, 0, 0, 1).interventions, 0).libraryId = 'conflict-resolution-practice';
      expect(signingProblems(d, '2026-12-10', context({ safetyFlagOpen: false }))).toEqual({});
    });

    it('asks the context, not the library, which ids are sensitive', () => {
      const asked: string[] = [];
      const ctx = context({
        safetyFlagOpen: true,
        isSafetySensitive: (id) => {
          asked.push(id);
          return id === 'daily-trust-discussion';
        },
      });
      expect(signingProblems(completePlan(), '2026-12-10', ctx)).toEqual({
        [`${obj111}.interventions.0.libraryId`]: refused('1.1.1.i1'),
      });
      expect(asked).toEqual([
        'daily-trust-discussion',
        'promises-kept-log',
        'forgiveness-letter',
        'touch-ladder-holding-hands',
        'touch-consent-check-in',
      ]);
    });

    it('does not look at rejected items', () => {
      const d = completePlan();
      d.rejected = [
        {
          kind: 'intervention',
          parentKey: 'obj:trust:A',
          item: intervention({ key: 'int:rejected', libraryId: 'touch-ladder-hugging', name: '' }),
        },
      ];
      at(d.problemAreas, 1).goals = [];
      expect(signingProblems(d, '2026-12-10', context({ safetyFlagOpen: true }))).toEqual({
        'document.problemAreas.1.goals': 'Problem area 2: add at least one goal',
      });
    });
  });

  it('signs engine maintenance objectives (target = baseline) as proposed', () => {
    // All ratings 7+: the engine proposes "keep rating trust at 8/10 or more" with baseline = target.
    const doc = documentFromProposal(fixtureProposal(), TODAY, basisInput);
    for (const { item } of walkPlan(doc)) item.decision = 'accepted';
    const o = objectiveAt(doc, 0, 0, 0);
    o.target = o.baseline;
    expect(signingProblems(doc, '2027-02-01', context())).toEqual({});
  });

  describe('properties', () => {
    it('every problem is at a real path and names the item by kind and outline number', () => {
      fc.assert(
        fc.property(
          planDocumentArb,
          fc.option(fc.constantFrom('2026-12-10', '', '2020-01-01'), { nil: null }),
          (d, review) => {
            const problems = signingProblems(d, review, context());
            const items = new Map([...walkPlan(d)].map((w) => [['document', ...w.path].join('.'), w]));
            for (const [path, message] of Object.entries(problems)) {
              if (
                path === 'reviewDate' ||
                path === 'document.problemAreas' ||
                path === 'document.timeline.maxWeeks'
              ) {
                continue;
              }
              const itemPath = path.split('.').slice(0, -1).join('.');
              const walked = items.get(itemPath);
              expect(walked, path).toBeDefined();
              if (walked)
                expect(message.startsWith(`${itemKindLabels[walked.kind]} ${outlineNumber(walked)}: `)).toBe(
                  true,
                );
            }
            // Exactly one decision problem per proposed item.
            const proposed = [...items]
              .filter(([, w]) => w.item.decision === 'proposed')
              .map(([p]) => `${p}.decision`);
            expect(Object.keys(problems).filter((p) => p.endsWith('.decision'))).toEqual(proposed);
            expect('reviewDate' in problems).toBe(review !== '2026-12-10');
            expect('document.timeline.maxWeeks' in problems).toBe(d.timeline.minWeeks > d.timeline.maxWeeks);
          },
        ),
        { numRuns: 200 },
      );
    });

    it('a generated plan with every gap filled can be signed', () => {
      fc.assert(
        fc.property(planDocumentArb, (generated) => {
          const d = structuredClone(generated);
          d.timeline.maxWeeks = Math.max(d.timeline.minWeeks, d.timeline.maxWeeks);
          if (d.problemAreas.length === 0) d.problemAreas = completePlan().problemAreas;
          for (const area of d.problemAreas) {
            if (area.goals.length === 0)
              area.goals = [{ ...goalAt(completePlan(), 0, 1), key: `${area.key}.g` }];
            for (const g of area.goals) {
              if (g.objectives.length === 0)
                g.objectives = [{ ...objectiveAt(completePlan(), 0, 1, 0), key: `${g.key}.o` }];
            }
          }
          for (const { kind, item } of walkPlan(d)) {
            item.decision = 'accepted';
            if ('title' in item && !item.title.trim()) item.title = 'Area';
            if ('name' in item && !item.name.trim()) item.name = 'Exercise';
            if ('description' in item) item.description = `${kind} ${item.key}`;
            if ('measure' in item) item.measure = 'Rating 0-10';
            if ('baseline' in item) {
              item.baseline ??= 0;
              // A milestone's baseline and target lie on its scale (0 to 1000 for one the clinician wrote).
              if ('method' in item)
                item.baseline = Math.min(item.baseline, milestoneMeasure(item).scale.max - 1);
              item.target = item.baseline + 1;
            }
            if ('targetDate' in item) item.targetDate ||= '2027-01-05';
            if ('dueDate' in item) item.dueDate ||= '2027-01-05';
          }
          expect(signingProblems(d, TODAY, context())).toEqual({});
        }),
        { numRuns: 200 },
      );
    });
  });
});

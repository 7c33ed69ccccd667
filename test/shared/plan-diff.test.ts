import {
  diffPlanVersions,
  documentFromProposal,
  type PlanChange,
  type PlanDocument,
  type PlanItem,
  type PlanItemKind,
  type RejectedItem,
  type VersionForDiff,
  type WalkedItem,
  walkPlan,
} from '@shared/domain/plan';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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
  milestoneAt,
  objective,
  objectiveAt,
  planDocumentArb,
} from './plan-fixtures';

const REVIEW = '2026-12-10';
const version = (document: PlanDocument, reviewDate: string | null = REVIEW): VersionForDiff => ({
  document,
  reviewDate,
});
/** The diff from the complete fixture plan to the same plan after `edit`. */
function diffAfter(edit: (d: PlanDocument) => void, reviewDate: string | null = REVIEW): PlanChange[] {
  const after = completePlan();
  edit(after);
  return diffPlanVersions(version(completePlan()), version(after, reviewDate));
}
const summary = (changes: PlanChange[]) => changes.map((c) => `${c.change} ${c.kind} ${c.key}`);

const TRUST_A = "Partner A's rating of trust rises from 2 to 5";
const TRUST_B = "Partner B's rating of trust rises from 3 to 6";

describe('diffPlanVersions', () => {
  it('finds nothing between a version and itself or a copy of it', () => {
    const doc = completePlan();
    expect(diffPlanVersions(version(doc), version(doc))).toEqual([]);
    expect(diffPlanVersions(version(doc), version(clone(doc)))).toEqual([]);
    expect(diffPlanVersions(version(doc, null), version(clone(doc), null))).toEqual([]);
  });

  it('ignores reasons, withheld exercises and what stays in the rejected list', () => {
    expect(
      diffAfter((d) => {
        areaAt(d, 0).reasons = ['A new reason'];
        d.sessions.reasons = ['Changed'];
        d.timeline.reasons = ['Changed'];
        d.withheld = [{ key: 'w', libraryId: 'touch-ladder-hugging', reasons: [] }];
        d.safetyFirst = true;
      }),
    ).toEqual([]);
  });

  describe('added', () => {
    it('reports a new intervention with where it sits', () => {
      expect(
        diffAfter((d) => {
          objectiveAt(d, 0, 0, 1).interventions.push(
            intervention({ key: 'int:check-in', libraryId: 'daily-check-in', name: 'Daily check-in' }),
          );
        }),
      ).toEqual([
        {
          change: 'added',
          kind: 'intervention',
          key: 'int:check-in',
          label: 'Intervention “Daily check-in”',
          context: `Trust › Rebuild trust › ${TRUST_B}`,
          fields: [],
        },
      ]);
    });

    it('reports a new goal and everything under it, in reading order, with an untitled label', () => {
      expect(
        diffAfter((d) => {
          areaAt(d, 1).goals.unshift(
            goal({
              key: 'goal:new',
              description: '',
              objectives: [objective({ key: 'obj:new', description: 'Talk about touch' })],
            }),
          );
        }),
      ).toEqual([
        {
          change: 'added',
          kind: 'goal',
          key: 'goal:new',
          label: 'Goal “(untitled goal)”',
          context: 'Physical intimacy',
          fields: [],
        },
        {
          change: 'added',
          kind: 'objective',
          key: 'obj:new',
          label: 'Objective “Talk about touch”',
          context: 'Physical intimacy › (untitled goal)',
          fields: [],
        },
      ]);
    });

    it('reports a new top-level problem area with no context', () => {
      const changes = diffAfter((d) => {
        d.problemAreas.push({
          ...areaAt(completePlan(), 0),
          key: 'area:comms',
          title: 'Communication',
          goals: [],
        });
      });
      expect(changes).toEqual([
        {
          change: 'added',
          kind: 'problemArea',
          key: 'area:comms',
          label: 'Problem area “Communication”',
          context: '',
          fields: [],
        },
      ]);
    });
  });

  describe('removed and rejected', () => {
    it('reports a removed milestone with its old context', () => {
      expect(
        diffAfter((d) => {
          objectiveAt(d, 0, 0, 0).milestones = [];
        }),
      ).toEqual([
        {
          change: 'removed',
          kind: 'milestone',
          key: 'ms:trust:halfway',
          label: 'Milestone “Halfway to the target”',
          context: `Trust › Rebuild trust › ${TRUST_A}`,
          fields: [],
        },
      ]);
    });

    it('reports a removed area and everything under it as removed', () => {
      expect(
        summary(
          diffAfter((d) => {
            d.problemAreas.splice(1, 1);
          }),
        ),
      ).toEqual([
        'removed problemArea area:physical',
        'removed goal goal:touch',
        'removed objective obj:touch',
        'removed intervention int:holding-hands',
        'removed intervention int:consent',
      ]);
    });

    it('reports an item moved to the rejected list as rejected, not removed', () => {
      const changes = diffAfter((d) => {
        const [gone] = objectiveAt(d, 0, 0, 0).interventions.splice(1, 1);
        if (gone) d.rejected.push({ kind: 'intervention', parentKey: 'obj:trust:A', item: gone });
      });
      expect(changes).toEqual([
        {
          change: 'rejected',
          kind: 'intervention',
          key: 'int:promises:A',
          label: 'Intervention “Promises-kept log”',
          context: `Trust › Rebuild trust › ${TRUST_A}`,
          fields: [],
        },
      ]);
    });

    it('reports everything under a rejected goal as rejected with it', () => {
      const changes = diffAfter((d) => {
        const [gone] = areaAt(d, 0).goals.splice(1, 1);
        if (gone) d.rejected.push({ kind: 'goal', parentKey: 'area:trust', item: gone });
      });
      expect(changes).toEqual([
        {
          change: 'rejected',
          kind: 'goal',
          key: 'goal:accountability',
          label: 'Goal “Accountability”',
          context: 'Trust',
          fields: [],
        },
        {
          change: 'rejected',
          kind: 'objective',
          key: 'obj:accountability',
          label: 'Objective “Both log promises kept on 5 days a week”',
          context: 'Trust › Accountability',
          fields: [],
        },
      ]);
    });

    it('reports an item that stays rejected as nothing new, and a restored one as added', () => {
      const rejected: RejectedItem = {
        kind: 'intervention',
        parentKey: 'obj:trust:B',
        item: intervention({ key: 'int:old', name: 'Old idea' }),
      };
      const a = completePlan();
      a.rejected = [rejected];
      const b = clone(a);
      expect(diffPlanVersions(version(a), version(b))).toEqual([]);
      b.rejected = [];
      objectiveAt(b, 0, 0, 1).interventions.push(rejected.item as never);
      expect(summary(diffPlanVersions(version(a), version(b)))).toEqual(['added intervention int:old']);
    });
  });

  describe('changed fields, with before and after in words', () => {
    it.each<[string, (d: PlanDocument) => void, PlanChange]>([
      [
        'a proposed goal accepted',
        (d) => {
          goalAt(d, 0, 1).decision = 'accepted';
        },
        {
          change: 'changed',
          kind: 'goal',
          key: 'goal:accountability',
          label: 'Goal “Accountability”',
          context: 'Trust',
          fields: [
            { field: 'decision', label: 'Status', before: 'Proposed, not yet accepted', after: 'Accepted' },
          ],
        },
      ],
      [
        'an intervention’s frequency, assignee and tailoring notes',
        (d) => {
          Object.assign(interventionAt(d, 0, 0, 0, 1), {
            who: 'inSession',
            frequency: { times: 3, per: 'week' },
            notes: 'Weekday evenings only',
          });
        },
        {
          change: 'changed',
          kind: 'intervention',
          key: 'int:promises:A',
          label: 'Intervention “Promises-kept log”',
          context: `Trust › Rebuild trust › ${TRUST_A}`,
          fields: [
            { field: 'who', label: 'Who', before: 'Partner A', after: 'In session' },
            { field: 'frequency', label: 'Frequency', before: 'once a day', after: '3 times a week' },
            { field: 'notes', label: 'Tailoring notes', before: '—', after: 'Weekday evenings only' },
          ],
        },
      ],
      [
        'a frequency from as needed to twice every two weeks',
        (d) => {
          interventionAt(d, 0, 0, 1, 0).frequency = { times: 2, per: 'fortnight' };
        },
        {
          change: 'changed',
          kind: 'intervention',
          key: 'int:forgiveness:B',
          label: 'Intervention “Letter on forgiveness”',
          context: `Trust › Rebuild trust › ${TRUST_B}`,
          fields: [
            { field: 'frequency', label: 'Frequency', before: 'as needed', after: 'twice every two weeks' },
          ],
        },
      ],
      [
        'an intervention renamed and pointed at another library entry',
        (d) => {
          Object.assign(interventionAt(d, 1, 0, 0, 1), {
            name: 'Touch check-in',
            libraryId: 'daily-check-in',
          });
        },
        {
          change: 'changed',
          kind: 'intervention',
          key: 'int:consent',
          label: 'Intervention “Touch check-in”',
          context: 'Physical intimacy › Reintroduce touch safely › Hold hands three times a week',
          fields: [
            { field: 'name', label: 'Name', before: 'Consent check-in', after: 'Touch check-in' },
            {
              field: 'libraryId',
              label: 'Library entry',
              before: 'touch-consent-check-in',
              after: 'daily-check-in',
            },
          ],
        },
      ],
      [
        'an objective’s measure values, partner and date; a cleared baseline shows as a dash',
        (d) => {
          Object.assign(objectiveAt(d, 0, 0, 0), {
            partner: 'both',
            measure: 'Both ratings of trust',
            baseline: null,
            target: 6,
            targetDate: '2027-02-02',
          });
        },
        {
          change: 'changed',
          kind: 'objective',
          key: 'obj:trust:A',
          label: `Objective “${TRUST_A}”`,
          context: 'Trust › Rebuild trust',
          fields: [
            { field: 'partner', label: 'Whose measure', before: 'Partner A', after: 'Both partners' },
            {
              field: 'measure',
              label: 'Measure',
              before: "Partner A's own rating of trust (0-10)",
              after: 'Both ratings of trust',
            },
            { field: 'baseline', label: 'Baseline', before: '2', after: '—' },
            { field: 'target', label: 'Target', before: '5', after: '6' },
            { field: 'targetDate', label: 'Target date', before: '2027-01-05', after: '2027-02-02' },
          ],
        },
      ],
      [
        'a milestone’s method, values and due date; 0 is a value, not a dash',
        (d) => {
          Object.assign(milestoneAt(d, 0, 0, 0, 0), {
            method: 'coupleLog',
            baseline: 0,
            target: null,
            dueDate: '',
            decision: 'proposed',
          });
        },
        {
          change: 'changed',
          kind: 'milestone',
          key: 'ms:trust:halfway',
          label: 'Milestone “Halfway to the target”',
          context: `Trust › Rebuild trust › ${TRUST_A}`,
          fields: [
            {
              field: 'method',
              label: 'Measured by',
              before: 'Feedback from partner A',
              after: "Couple's log or journal",
            },
            { field: 'baseline', label: 'Baseline', before: '2', after: '0' },
            { field: 'target', label: 'Target', before: '4', after: '—' },
            { field: 'dueDate', label: 'Due date', before: '2026-12-08', after: '—' },
            { field: 'decision', label: 'Status', before: 'Accepted', after: 'Proposed, not yet accepted' },
          ],
        },
      ],
      [
        'a problem area retitled, re-areaed and re-prioritised',
        (d) => {
          Object.assign(areaAt(d, 1), { title: 'Touch', area: 'emotional', priority: 'high' });
        },
        {
          change: 'changed',
          kind: 'problemArea',
          key: 'area:physical',
          label: 'Problem area “Touch”',
          context: '',
          fields: [
            { field: 'title', label: 'Title', before: 'Physical intimacy', after: 'Touch' },
            { field: 'area', label: 'Area', before: 'physical', after: 'emotional' },
            { field: 'priority', label: 'Priority', before: 'medium', after: 'high' },
          ],
        },
      ],
    ])('%s', (_name, edit, expected) => {
      // The fixture's accountability goal starts proposed in version a for the first case.
      const a = completePlan();
      goalAt(a, 0, 1).decision = 'proposed';
      const b = clone(a);
      edit(b);
      expect(diffPlanVersions(version(a), version(b))).toEqual([expected]);
    });

    it('names children by their parent’s new words after a rename', () => {
      const changes = diffAfter((d) => {
        goalAt(d, 0, 0).description = 'Trust again';
        interventionAt(d, 0, 0, 0, 0).name = 'Trust talk';
      });
      expect(changes.map((c) => [c.label, c.context])).toEqual([
        ['Goal “Trust again”', 'Trust'],
        ['Intervention “Trust talk”', `Trust › Trust again › ${TRUST_A}`],
      ]);
    });

    it('reports a trailing space added to a title, though the label is trimmed', () => {
      const changes = diffAfter((d) => {
        areaAt(d, 0).title = 'Trust ';
      });
      expect(changes).toEqual([
        {
          change: 'changed',
          kind: 'problemArea',
          key: 'area:trust',
          label: 'Problem area “Trust”',
          context: '',
          fields: [{ field: 'title', label: 'Title', before: 'Trust', after: 'Trust ' }],
        },
      ]);
    });
  });

  describe('moved', () => {
    it('reports an objective moved to another goal, from and to', () => {
      const changes = diffAfter((d) => {
        const [moving] = goalAt(d, 0, 1).objectives.splice(0, 1);
        if (moving) goalAt(d, 0, 0).objectives.push(moving);
      });
      expect(changes).toEqual([
        {
          change: 'moved',
          kind: 'objective',
          key: 'obj:accountability',
          label: 'Objective “Both log promises kept on 5 days a week”',
          context: 'Trust › Rebuild trust',
          fields: [
            {
              field: 'parent',
              label: 'Under',
              before: 'Trust › Accountability',
              after: 'Trust › Rebuild trust',
            },
          ],
        },
      ]);
    });

    it('reports a goal moved to another area once, its children moving with it silently', () => {
      const changes = diffAfter((d) => {
        const [moving] = areaAt(d, 0).goals.splice(0, 1);
        if (moving) areaAt(d, 1).goals.unshift(moving);
      });
      expect(changes).toEqual([
        {
          change: 'moved',
          kind: 'goal',
          key: 'goal:trust',
          label: 'Goal “Rebuild trust”',
          context: 'Physical intimacy',
          fields: [{ field: 'parent', label: 'Under', before: 'Trust', after: 'Physical intimacy' }],
        },
      ]);
    });

    it('reports a move and an edit of the same item as two changes', () => {
      const changes = diffAfter((d) => {
        const [moving] = objectiveAt(d, 0, 0, 0).milestones.splice(0, 1);
        if (moving) objectiveAt(d, 0, 0, 1).milestones.push({ ...moving, description: 'Halfway there' });
      });
      expect(changes).toEqual([
        {
          change: 'moved',
          kind: 'milestone',
          key: 'ms:trust:halfway',
          label: 'Milestone “Halfway there”',
          context: `Trust › Rebuild trust › ${TRUST_B}`,
          fields: [
            {
              field: 'parent',
              label: 'Under',
              before: `Trust › Rebuild trust › ${TRUST_A}`,
              after: `Trust › Rebuild trust › ${TRUST_B}`,
            },
          ],
        },
        {
          change: 'changed',
          kind: 'milestone',
          key: 'ms:trust:halfway',
          label: 'Milestone “Halfway there”',
          context: `Trust › Rebuild trust › ${TRUST_B}`,
          fields: [
            {
              field: 'description',
              label: 'Description',
              before: 'Halfway to the target',
              after: 'Halfway there',
            },
          ],
        },
      ]);
    });
  });

  describe('reordered', () => {
    it('reports swapped interventions as one change on their objective', () => {
      expect(
        diffAfter((d) => {
          objectiveAt(d, 0, 0, 0).interventions.reverse();
        }),
      ).toEqual([
        {
          change: 'reordered',
          kind: 'intervention',
          key: 'obj:trust:A',
          label: `Interventions under “${TRUST_A}”`,
          context: 'Trust › Rebuild trust',
          fields: [
            {
              field: 'order',
              label: 'Order',
              before: 'Daily trust discussion → Promises-kept log',
              after: 'Promises-kept log → Daily trust discussion',
            },
          ],
        },
      ]);
    });

    it('reports reordered problem areas at the top level', () => {
      expect(
        diffAfter((d) => {
          d.problemAreas.reverse();
        }),
      ).toEqual([
        {
          change: 'reordered',
          kind: 'problemArea',
          key: null,
          label: 'Problem areas',
          context: '',
          fields: [
            {
              field: 'order',
              label: 'Order',
              before: 'Trust → Physical intimacy',
              after: 'Physical intimacy → Trust',
            },
          ],
        },
      ]);
    });

    it('reports reordered goals and objectives separately, goals named under their area', () => {
      const changes = diffAfter((d) => {
        areaAt(d, 0).goals.reverse();
        goalAt(d, 0, 1).objectives.reverse();
      });
      expect(changes.map((c) => [c.change, c.key, c.label, c.context, c.fields[0]?.after])).toEqual([
        ['reordered', 'area:trust', 'Goals under “Trust”', '', 'Accountability → Rebuild trust'],
        ['reordered', 'goal:trust', 'Objectives under “Rebuild trust”', 'Trust', `${TRUST_B} → ${TRUST_A}`],
      ]);
    });

    it('does not count a removal, an insertion or a move as a reordering of the rest', () => {
      const changes = diffAfter((d) => {
        objectiveAt(d, 0, 0, 0).interventions.splice(0, 1);
        objectiveAt(d, 1, 0, 0).interventions.unshift(intervention({ key: 'int:first', name: 'First' }));
        const [moving] = objectiveAt(d, 0, 0, 1).interventions.splice(0, 1);
        if (moving) objectiveAt(d, 1, 0, 0).interventions.splice(1, 0, moving);
      });
      expect(summary(changes)).toEqual([
        'added intervention int:first',
        'moved intervention int:forgiveness:B',
        'removed intervention int:daily-trust-discussion',
      ]);
    });

    it('keeps interventions and milestones of one objective in separate orders', () => {
      const changes = diffAfter((d) => {
        objectiveAt(d, 0, 0, 0).milestones.unshift(milestoneAt(completePlan(), 0, 0, 1, 0));
        objectiveAt(d, 0, 0, 1).milestones = [];
      });
      expect(summary(changes)).toEqual(['moved milestone ms:trust:B:log']);
    });
  });

  describe('sessions, timeline and review date', () => {
    it('describes the session plan in words', () => {
      expect(
        diffAfter((d) => {
          d.sessions.frequency = { sessions: 2, per: 'fortnight' };
          d.sessions.mixPerFourWeeks = { joint: 2, individualA: 1, individualB: 1, workshop: 0 };
        }),
      ).toEqual([
        {
          change: 'changed',
          kind: 'sessions',
          key: null,
          label: 'Session plan',
          context: '',
          fields: [
            {
              field: 'sessions',
              label: 'Sessions',
              before:
                'One session a week; every four weeks 4 joint, 0 individual (A), 0 individual (B), 0 workshop',
              after:
                '2 sessions every two weeks; every four weeks 2 joint, 1 individual (A), 1 individual (B), 0 workshop',
            },
          ],
        },
      ]);
    });

    it('reports a change to the mix alone', () => {
      const [change] = diffAfter((d) => {
        d.sessions.mixPerFourWeeks.workshop = 1;
      });
      expect(change?.fields[0]?.after).toBe(
        'One session a week; every four weeks 4 joint, 0 individual (A), 0 individual (B), 1 workshop',
      );
    });

    it('describes the timeline as a range of weeks', () => {
      expect(
        diffAfter((d) => {
          d.timeline = { ...d.timeline, minWeeks: 16, maxWeeks: 30 };
        }),
      ).toEqual([
        {
          change: 'changed',
          kind: 'timeline',
          key: null,
          label: 'Estimated timeline',
          context: '',
          fields: [{ field: 'timeline', label: 'Estimate', before: '12–24 weeks', after: '16–30 weeks' }],
        },
      ]);
    });

    it.each<[string | null, string | null, [string, string] | null]>([
      ['2026-12-10', '2027-01-10', ['2026-12-10', '2027-01-10']],
      [null, '2027-01-10', ['—', '2027-01-10']],
      ['2026-12-10', null, ['2026-12-10', '—']],
      [null, null, null],
      [null, '', null],
    ])('review date %j -> %j', (before, after, expected) => {
      const changes = diffPlanVersions(version(completePlan(), before), version(completePlan(), after));
      expect(changes).toEqual(
        expected
          ? [
              {
                change: 'changed',
                kind: 'reviewDate',
                key: null,
                label: 'Review date',
                context: '',
                fields: [
                  { field: 'reviewDate', label: 'Review date', before: expected[0], after: expected[1] },
                ],
              },
            ]
          : [],
      );
    });
  });

  it('lists changes in b’s reading order, then reorderings, then what b dropped, then the plan-wide fields', () => {
    const changes = diffAfter((d) => {
      areaAt(d, 1).title = 'Touch';
      objectiveAt(d, 0, 0, 0).interventions.reverse();
      objectiveAt(d, 0, 0, 1).milestones = [];
      goalAt(d, 0, 0).objectives.push(objective({ key: 'obj:new', description: 'New' }));
      d.timeline.maxWeeks = 30;
    }, '2027-01-10');
    expect(summary(changes)).toEqual([
      'added objective obj:new',
      'changed problemArea area:physical',
      'reordered intervention obj:trust:A',
      'removed milestone ms:trust:B:log',
      'changed timeline null',
      'changed reviewDate null',
    ]);
  });

  it('shows what the clinician did with a fresh proposal', () => {
    const proposed = documentFromProposal(fixtureProposal(), '2026-11-10', basisInput);
    const signed = clone(proposed);
    for (const { item } of walkPlan(signed)) item.decision = 'accepted';
    const [rejectedArea] = signed.problemAreas.splice(1, 1);
    if (rejectedArea) signed.rejected.push({ kind: 'problemArea', parentKey: null, item: rejectedArea });
    const changes = diffPlanVersions(version(proposed, null), version(signed, '2027-02-01'));
    const walked = [...walkPlan(proposed)];
    const inRejected = new Set(
      walked
        .filter((w) => w.item.key === rejectedArea?.key || w.ancestors.includes(rejectedArea?.key ?? ''))
        .map((w) => w.item.key),
    );
    expect(inRejected.size).toBeGreaterThan(3);
    expect(changes.filter((c) => c.change === 'changed' && c.kind !== 'reviewDate')).toHaveLength(
      walked.length - inRejected.size,
    );
    for (const c of changes.filter((c) => c.change === 'changed' && c.kind !== 'reviewDate')) {
      expect(c.fields).toEqual([
        { field: 'decision', label: 'Status', before: 'Proposed, not yet accepted', after: 'Accepted' },
      ]);
    }
    expect(new Set(changes.filter((c) => c.change === 'rejected').map((c) => c.key))).toEqual(inRejected);
    expect(changes.at(-1)?.kind).toBe('reviewDate');
    expect(changes.some((c) => c.change === 'removed' || c.change === 'reordered')).toBe(false);
  });
});

// ------------------------------------------------------------------ properties

/** Removes the item at a walked path from the document, returning what was removed. */
function removeAt(doc: PlanDocument, path: (string | number)[]): PlanItem {
  let node: unknown = doc;
  for (const step of path.slice(0, -2)) node = (node as Record<string | number, unknown>)[step];
  const list = (node as Record<string, PlanItem[]>)[String(path.at(-2))];
  const index = Number(path.at(-1));
  if (!list) throw new Error(`No list at ${path.join('.')}`);
  return at(list.splice(index, 1), 0);
}

/** The removed item's key and every key under it, in reading order. */
function subtree(walked: WalkedItem[], key: string): string[] {
  return walked.filter((w) => w.item.key === key || w.ancestors.includes(key)).map((w) => w.item.key);
}

const withItem = planDocumentArb.filter((d) => d.problemAreas.length > 0);

describe('diffPlanVersions properties', () => {
  it('diff(x, x) is empty', () => {
    fc.assert(
      fc.property(planDocumentArb, fc.option(fc.constant('2027-01-01'), { nil: null }), (doc, review) => {
        expect(diffPlanVersions(version(doc, review), version(clone(doc), review))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('removing an item reports exactly it and its descendants as removed, and the reverse as added', () => {
    fc.assert(
      fc.property(withItem, fc.nat(), (doc, pick) => {
        const walked = [...walkPlan(doc)];
        const target = at(walked, pick % walked.length);
        const after = clone(doc);
        removeAt(after, target.path);
        const expected = subtree(walked, target.item.key);

        const changes = diffPlanVersions(version(doc), version(after));
        expect(changes.map((c) => [c.change, c.key])).toEqual(expected.map((key) => ['removed', key]));
        expect(changes[0]?.kind).toBe(target.kind);

        const back = diffPlanVersions(version(after), version(doc));
        expect(back.map((c) => [c.change, c.key])).toEqual(expected.map((key) => ['added', key]));
      }),
      { numRuns: 300 },
    );
  });

  it('rejecting an item reports exactly it and its descendants as rejected', () => {
    fc.assert(
      fc.property(withItem, fc.nat(), (doc, pick) => {
        const walked = [...walkPlan(doc)];
        const target = at(walked, pick % walked.length);
        const after = clone(doc);
        const item = removeAt(after, target.path);
        after.rejected.push({
          kind: target.kind,
          parentKey: target.ancestors.at(-1) ?? null,
          item,
        } as RejectedItem);
        const changes = diffPlanVersions(version(doc), version(after));
        expect(changes.map((c) => [c.change, c.key])).toEqual(
          subtree(walked, target.item.key).map((key) => ['rejected', key]),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('editing one field of one item reports exactly that field', () => {
    const editable: Record<PlanItemKind, string> = {
      problemArea: 'title',
      goal: 'description',
      objective: 'measure',
      intervention: 'notes',
      milestone: 'description',
    };
    fc.assert(
      fc.property(withItem, fc.nat(), (doc, pick) => {
        const walked = [...walkPlan(doc)];
        const target = at(walked, pick % walked.length);
        const after = clone(doc);
        const field = editable[target.kind];
        const copy = [...walkPlan(after)].find((w) => w.item.key === target.item.key)
          ?.item as unknown as Record<string, string>;
        const before = copy[field] ?? '';
        copy[field] = `${before}!`;
        const changes = diffPlanVersions(version(doc), version(after));
        expect(changes).toHaveLength(1);
        expect(changes[0]).toMatchObject({ change: 'changed', kind: target.kind, key: target.item.key });
        expect(changes[0]?.fields).toEqual([
          expect.objectContaining({ field, before: before === '' ? '—' : before, after: `${before}!` }),
        ]);
      }),
      { numRuns: 200 },
    );
  });

  it('permuting the problem areas reports one reordering, or nothing when the order is unchanged', () => {
    fc.assert(
      fc.property(
        withItem.chain((doc) =>
          fc.tuple(
            fc.constant(doc),
            fc.shuffledSubarray(doc.problemAreas, { minLength: doc.problemAreas.length }),
          ),
        ),
        ([doc, shuffled]) => {
          const after = { ...clone(doc), problemAreas: clone(shuffled) };
          const changes = diffPlanVersions(version(doc), version(after));
          const same = shuffled.every((a, i) => a.key === doc.problemAreas[i]?.key);
          expect(summary(changes)).toEqual(same ? [] : ['reordered problemArea null']);
        },
      ),
      { numRuns: 200 },
    );
  });
});

import {
  acceptAll,
  acceptItem,
  addSuggestion,
  applyPlanEdit,
  areaCounts,
  assigneeFor,
  canRestore,
  countProposed,
  countProposedWithin,
  findItem,
  groupSuggestions,
  interventionFromLibrary,
  isClinicianItem,
  moveItem,
  newItemKey,
  type PlanDraftState,
  type PlanEdit,
  rejectItem,
  removeItem,
  restoreItem,
  suggestionBlocker,
  updateItem,
} from '@renderer/features/plans/planEdits';
import type { LibraryEntry } from '@shared/domain/library';
import {
  blankPlanDocument,
  type PlanDocument,
  type PlanGoal,
  type PlanObjective,
  planDocumentSchema,
  type Suggestion,
} from '@shared/domain/plan';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

function objective(key: string, extra: Partial<PlanObjective> = {}): PlanObjective {
  return {
    key,
    description: `Objective ${key}`,
    partner: 'both',
    measure: 'Rating (0-10)',
    baseline: 2,
    target: 5,
    targetDate: '2027-01-07',
    reasons: ['Partner A rated trust 2/10'],
    decision: 'proposed',
    interventions: [
      {
        key: `${key}:i1`,
        libraryId: 'daily-trust-discussion',
        name: 'Daily trust discussion',
        who: 'both',
        frequency: { times: 1, per: 'day' },
        notes: '',
        reasons: ['Trust history: broken promises (partner A)'],
        decision: 'proposed',
      },
    ],
    milestones: [
      {
        key: `${key}:m1`,
        description: 'Halfway',
        method: 'partnerFeedbackA',
        baseline: 2,
        target: 4,
        dueDate: '2026-12-10',
        reasons: [],
        decision: 'proposed',
      },
    ],
    ...extra,
  };
}

function goal(key: string, objectives: PlanObjective[]): PlanGoal {
  return { key, description: `Goal ${key}`, reasons: ['why'], decision: 'proposed', objectives };
}

/** Two problem areas: trust (two goals) and emotional (one goal), everything still proposed. */
function proposal(): PlanDocument {
  return {
    ...blankPlanDocument(),
    problemAreas: [
      {
        key: 'area:trust',
        area: 'trust',
        title: 'Trust',
        priority: 'high',
        reasons: ['Lowest rating 2/10'],
        decision: 'proposed',
        goals: [
          goal('goal:t1', [objective('obj:t1a'), objective('obj:t1b')]),
          goal('goal:t2', [objective('obj:t2a')]),
        ],
      },
      {
        key: 'area:emotional',
        area: 'emotional',
        title: 'Emotional intimacy',
        priority: 'medium',
        reasons: [],
        decision: 'proposed',
        goals: [goal('goal:e1', [objective('obj:e1a')])],
      },
    ],
  };
}

/** Every key in the plan, the rejected list and the suggestions (both carry their subtrees). */
function allKeys(doc: PlanDocument): string[] {
  const keys: string[] = [];
  const visitObjective = (o: PlanObjective) => {
    keys.push(o.key);
    for (const i of o.interventions) keys.push(i.key);
    for (const m of o.milestones) keys.push(m.key);
  };
  const visitGoal = (g: PlanGoal) => {
    keys.push(g.key);
    g.objectives.forEach(visitObjective);
  };
  for (const area of doc.problemAreas) {
    keys.push(area.key);
    area.goals.forEach(visitGoal);
  }
  for (const entry of [...doc.rejected, ...doc.suggestions.map((s) => s.entry)]) {
    if (entry.kind === 'problemArea') {
      keys.push(entry.item.key);
      entry.item.goals.forEach(visitGoal);
    } else if (entry.kind === 'goal') visitGoal(entry.item);
    else if (entry.kind === 'objective') visitObjective(entry.item);
    else keys.push(entry.item.key);
  }
  return keys.sort();
}

const touchEntry: LibraryEntry = {
  id: 'reflective-listening',
  name: 'Reflective listening',
  areas: ['communication', 'emotional'],
  purpose: 'Hear each other out.',
  steps: ['One speaks.', 'The other says back what they heard.'],
  who: 'eitherPartner',
  frequency: { times: 3, per: 'week' },
  stage: null,
  involvesTouch: false,
  conjoint: true,
  involvesConflict: false,
  alcoholSetting: false,
  contraindications: [],
};

describe('editing a field accepts the item, and only that item', () => {
  it('applies the patch and marks the item accepted, leaving its parents proposed', () => {
    const doc = updateItem(proposal(), {
      type: 'update',
      kind: 'goal',
      key: 'goal:t1',
      patch: { description: 'Rebuild trust, one kept promise at a time' },
    });
    const found = findItem(doc, 'goal:t1');
    expect(found?.item).toMatchObject({
      description: 'Rebuild trust, one kept promise at a time',
      decision: 'accepted',
    });
    expect(findItem(doc, 'area:trust')?.item.decision).toBe('proposed');
    expect(findItem(doc, 'obj:t1a')?.item.decision).toBe('proposed');
  });

  it('keeps untouched branches as the same objects, so their rows need not re-render', () => {
    const before = proposal();
    const after = updateItem(before, {
      type: 'update',
      kind: 'milestone',
      key: 'obj:t1a:m1',
      patch: { baseline: 3 },
    });
    expect(after.problemAreas[1]).toBe(before.problemAreas[1]);
    expect(after.problemAreas[0]?.goals[1]).toBe(before.problemAreas[0]?.goals[1]);
    expect(after.problemAreas[0]?.goals[0]?.objectives[1]).toBe(
      before.problemAreas[0]?.goals[0]?.objectives[1],
    );
    expect(after.problemAreas[0]?.goals[0]?.objectives[0]).not.toBe(
      before.problemAreas[0]?.goals[0]?.objectives[0],
    );
  });

  it('returns the same document when the key is unknown', () => {
    const doc = proposal();
    expect(updateItem(doc, { type: 'update', kind: 'goal', key: 'nope', patch: { description: 'x' } })).toBe(
      doc,
    );
  });
});

/**
 * The proposal with the engine's further suggestions beside it: a problem area not in focus
 * (sexual health), a goal that goes under it, and a milestone for objective obj:t1a.
 */
function withSuggestions(): PlanDocument {
  const sexual: Suggestion = {
    why: 'Lower priority than the four areas in focus',
    entry: {
      kind: 'problemArea',
      parentKey: null,
      item: {
        key: 'area:sexual',
        area: 'sexualHealth',
        title: 'Sexual health',
        priority: 'medium',
        reasons: ['Partner A rated physical intimacy 2/10'],
        decision: 'proposed',
        goals: [goal('goal:s1', [objective('obj:s1a')])],
      },
    },
  };
  const secondSexualGoal: Suggestion = {
    why: 'A second goal, once the first is under way',
    entry: { kind: 'goal', parentKey: 'area:sexual', item: goal('goal:s2', [objective('obj:s2a')]) },
  };
  const milestone: Suggestion = {
    why: 'At most two milestones per objective in the focused proposal',
    entry: {
      kind: 'milestone',
      parentKey: 'obj:t1a',
      item: {
        key: 'obj:t1a:m9',
        description: 'Three quarters of the way',
        method: 'partnerFeedbackB',
        baseline: 2,
        target: 5,
        dueDate: '2027-01-01',
        reasons: ['Partner B rated trust 2/10'],
        decision: 'proposed',
      },
    },
  };
  return { ...proposal(), suggestions: [sexual, secondSexualGoal, milestone] };
}

describe('accepting', () => {
  it('accepting a problem area accepts everything it holds, and nothing else', () => {
    const before = proposal();
    const doc = acceptItem(before, 'area:trust');
    const trust = findItem(doc, 'area:trust');
    expect(trust && countProposedWithin(trust.kind, trust.item)).toBe(0);
    expect(findItem(doc, 'obj:t2a:m1')?.item.decision).toBe('accepted');
    expect(findItem(doc, 'area:emotional')?.item.decision).toBe('proposed');
    expect(findItem(doc, 'goal:e1')?.item.decision).toBe('proposed');
    // The other area's branch is untouched (the same object: its rows need not re-render).
    expect(doc.problemAreas[1]).toBe(before.problemAreas[1]);
  });

  it('accepting a goal accepts its objectives and their parts, but not its area or sibling goals', () => {
    const doc = acceptItem(proposal(), 'goal:t1');
    for (const key of ['goal:t1', 'obj:t1a', 'obj:t1a:i1', 'obj:t1a:m1', 'obj:t1b', 'obj:t1b:m1'])
      expect(findItem(doc, key)?.item.decision, key).toBe('accepted');
    for (const key of ['area:trust', 'goal:t2', 'obj:t2a', 'obj:t2a:i1'])
      expect(findItem(doc, key)?.item.decision, key).toBe('proposed');
  });

  it('after accepting a whole area, each item in it can still be rejected or edited alone', () => {
    const accepted = acceptItem(proposal(), 'area:trust');
    const rejected = rejectItem(accepted, 'obj:t1a:i1');
    expect(findItem(rejected, 'obj:t1a:i1')).toBeNull();
    expect(rejected.rejected[0]).toMatchObject({ kind: 'intervention', parentKey: 'obj:t1a' });
    const edited = updateItem(rejected, {
      type: 'update',
      kind: 'milestone',
      key: 'obj:t1a:m1',
      patch: { target: 6 },
    });
    expect(findItem(edited, 'obj:t1a:m1')?.item).toMatchObject({ target: 6, decision: 'accepted' });
    expect(findItem(edited, 'area:trust')?.item.decision).toBe('accepted');
  });

  it('returns the same document when everything in the item is already accepted', () => {
    const once = acceptItem(proposal(), 'goal:t2');
    expect(acceptItem(once, 'goal:t2')).toBe(once);
  });

  it('accepts one item', () => {
    const doc = acceptItem(proposal(), 'obj:t1a:i1');
    expect(findItem(doc, 'obj:t1a:i1')?.item.decision).toBe('accepted');
    expect(countProposed(doc)).toBe(countProposed(proposal()) - 1);
  });

  it('"Accept all remaining" accepts every proposed item at every level and nothing in the rejected list', () => {
    const withRejected = rejectItem(proposal(), 'goal:t2');
    expect(countProposed(withRejected)).toBeGreaterThan(0);
    const doc = acceptAll(withRejected);
    expect(countProposed(doc)).toBe(0);
    expect(doc.rejected[0]?.item.decision).toBe('proposed');
  });
});

describe('rejecting and restoring', () => {
  it('moves the item with everything under it to the rejected list, remembering its parent', () => {
    const doc = rejectItem(proposal(), 'goal:t1');
    expect(findItem(doc, 'goal:t1')).toBeNull();
    expect(findItem(doc, 'obj:t1a')).toBeNull();
    expect(doc.rejected).toHaveLength(1);
    expect(doc.rejected[0]).toMatchObject({ kind: 'goal', parentKey: 'area:trust' });
    expect(doc.rejected[0]?.item.key).toBe('goal:t1');
  });

  it('restores to the end of the parent, as it was', () => {
    const rejected = rejectItem(proposal(), 'goal:t1');
    const doc = restoreItem(rejected, 'goal:t1');
    expect(doc.rejected).toHaveLength(0);
    expect(doc.problemAreas[0]?.goals.map((g) => g.key)).toEqual(['goal:t2', 'goal:t1']);
    expect(findItem(doc, 'obj:t1b')?.parentKey).toBe('goal:t1');
  });

  it('cannot restore an item whose parent is itself rejected, until the parent is back', () => {
    const childFirst = rejectItem(rejectItem(proposal(), 'obj:t1a'), 'goal:t1');
    const child = childFirst.rejected.find((entry) => entry.item.key === 'obj:t1a');
    if (!child) throw new Error('the objective should be in the rejected list');
    expect(canRestore(childFirst, child)).toBe(false);
    expect(restoreItem(childFirst, 'obj:t1a')).toBe(childFirst);
    const parentBack = restoreItem(childFirst, 'goal:t1');
    expect(canRestore(parentBack, child)).toBe(true);
    expect(findItem(restoreItem(parentBack, 'obj:t1a'), 'obj:t1a')?.parentKey).toBe('goal:t1');
  });

  it('deletes a clinician item for good: nothing goes to the rejected list', () => {
    const key = newItemKey();
    const added = applyPlanEdit(
      { document: proposal(), reviewDate: '' },
      { type: 'addGoal', key, parentKey: 'area:trust' },
    );
    expect(isClinicianItem({ key })).toBe(true);
    const doc = removeItem(added.document, key);
    expect(findItem(doc, key)).toBeNull();
    expect(doc.rejected).toHaveLength(0);
  });
});

describe('the engine’s further suggestions', () => {
  it('adds a milestone under its objective, as proposed, and takes it out of the suggestions', () => {
    const accepted = acceptItem(withSuggestions(), 'area:trust');
    const doc = addSuggestion(accepted, 'obj:t1a:m9');
    expect(findItem(doc, 'obj:t1a:m9')).toMatchObject({ kind: 'milestone', parentKey: 'obj:t1a' });
    expect(findItem(doc, 'obj:t1a:m9')?.item.decision).toBe('proposed');
    // At the end of its parent's list; the accepted items around it stay accepted.
    expect(findItem(doc, 'obj:t1a')?.item).toMatchObject({ decision: 'accepted' });
    const objective = findItem(doc, 'obj:t1a')?.item as PlanObjective;
    expect(objective.milestones.map((m) => m.key)).toEqual(['obj:t1a:m1', 'obj:t1a:m9']);
    expect(doc.suggestions.map((s) => s.entry.item.key)).toEqual(['area:sexual', 'goal:s2']);
    expect(planDocumentSchema.safeParse(doc).success).toBe(true);
  });

  it('adds a problem area at the end of the plan, with everything it holds proposed', () => {
    const doc = addSuggestion(withSuggestions(), 'area:sexual');
    expect(doc.problemAreas.map((a) => a.key)).toEqual(['area:trust', 'area:emotional', 'area:sexual']);
    const sexual = findItem(doc, 'area:sexual');
    expect(sexual && countProposedWithin(sexual.kind, sexual.item)).toBe(5);
  });

  it('marks as proposed even what the suggestion carried as accepted', () => {
    const doc = withSuggestions();
    const [first] = doc.suggestions;
    if (first?.entry.kind !== 'problemArea') throw new Error('the first suggestion is a problem area');
    first.entry.item = { ...first.entry.item, decision: 'accepted' };
    expect(findItem(addSuggestion(doc, 'area:sexual'), 'area:sexual')?.item.decision).toBe('proposed');
  });

  it('cannot add a goal before its problem area, and says which to add first', () => {
    const doc = withSuggestions();
    const goalEntry = doc.suggestions[1]?.entry;
    if (!goalEntry) throw new Error('the goal suggestion is there');
    expect(suggestionBlocker(doc, goalEntry)).toBe('Add its problem area “Sexual health” first.');
    expect(addSuggestion(doc, 'goal:s2')).toBe(doc);
    const areaAdded = addSuggestion(doc, 'area:sexual');
    expect(suggestionBlocker(areaAdded, goalEntry)).toBeNull();
    const both = addSuggestion(areaAdded, 'goal:s2');
    expect(findItem(both, 'goal:s2')?.parentKey).toBe('area:sexual');
    expect(both.suggestions.map((s) => s.entry.item.key)).toEqual(['obj:t1a:m9']);
  });

  it('says to restore a rejected parent first, and when the parent is gone for good', () => {
    const doc = rejectItem(withSuggestions(), 'obj:t1a');
    const milestoneEntry = doc.suggestions[2]?.entry;
    if (!milestoneEntry) throw new Error('the milestone suggestion is there');
    expect(suggestionBlocker(doc, milestoneEntry)).toBe('Restore its objective “Objective obj:t1a” first.');
    const gone = { ...doc, rejected: [] };
    expect(suggestionBlocker(gone, milestoneEntry)).toBe('What it belongs under is no longer in the plan.');
  });

  it('groups suggestions by the problem area of the plan they go into; the rest are not in focus', () => {
    const groups = groupSuggestions(withSuggestions());
    expect(groups.byArea.get('area:trust')?.map((s) => s.entry.item.key)).toEqual(['obj:t1a:m9']);
    expect(groups.byArea.has('area:emotional')).toBe(false);
    expect(groups.elsewhere.map((s) => s.entry.item.key)).toEqual(['area:sexual', 'goal:s2']);
    // Its objective rejected, the milestone stays with the area (its line says to restore the objective first).
    const objectiveRejected = groupSuggestions(rejectItem(withSuggestions(), 'obj:t1a'));
    expect(objectiveRejected.byArea.get('area:trust')?.map((s) => s.entry.item.key)).toEqual(['obj:t1a:m9']);
    const goalRejected = groupSuggestions(rejectItem(rejectItem(withSuggestions(), 'obj:t1a'), 'goal:t1'));
    expect(goalRejected.byArea.get('area:trust')?.map((s) => s.entry.item.key)).toEqual(['obj:t1a:m9']);
    const areaRejected = groupSuggestions(rejectItem(withSuggestions(), 'area:trust'));
    expect(areaRejected.elsewhere.map((s) => s.entry.item.key)).toEqual([
      'area:sexual',
      'goal:s2',
      'obj:t1a:m9',
    ]);
    const added = groupSuggestions(addSuggestion(withSuggestions(), 'area:sexual'));
    expect(added.byArea.get('area:sexual')?.map((s) => s.entry.item.key)).toEqual(['goal:s2']);
    expect(added.elsewhere).toEqual([]);
  });
});

describe('a folded problem area in one line', () => {
  it('counts goals, objectives, interventions, milestones and what is left to review', () => {
    const [trust] = proposal().problemAreas;
    if (!trust) throw new Error('trust is the first area');
    expect(areaCounts(trust)).toBe('2 goals · 3 objectives · 3 interventions · 3 milestones · 12 to review');
    const accepted = acceptItem(proposal(), 'area:trust').problemAreas[0] ?? trust;
    expect(areaCounts(accepted)).toBe(
      '2 goals · 3 objectives · 3 interventions · 3 milestones · all reviewed',
    );
    const emotional = proposal().problemAreas[1];
    if (!emotional) throw new Error('emotional is the second area');
    expect(areaCounts({ ...emotional, goals: [goal('g', [])] })).toBe(
      '1 goal · 0 objectives · 0 interventions · 0 milestones · 2 to review',
    );
  });
});

describe('moving among siblings', () => {
  it('swaps with the previous or next sibling', () => {
    const up = moveItem(proposal(), 'obj:t1b', -1);
    expect(up.problemAreas[0]?.goals[0]?.objectives.map((o) => o.key)).toEqual(['obj:t1b', 'obj:t1a']);
    const down = moveItem(proposal(), 'area:trust', 1);
    expect(down.problemAreas.map((a) => a.key)).toEqual(['area:emotional', 'area:trust']);
  });

  it('does nothing at either end of the list', () => {
    const doc = proposal();
    expect(moveItem(doc, 'area:trust', -1)).toBe(doc);
    expect(moveItem(doc, 'area:emotional', 1)).toBe(doc);
    expect(moveItem(doc, 'obj:t2a', 1)).toBe(doc);
  });

  it('keeps the decision: moving is not a review of the item', () => {
    const doc = moveItem(proposal(), 'goal:t2', -1);
    expect(findItem(doc, 'goal:t2')?.item.decision).toBe('proposed');
  });
});

describe('adding', () => {
  const start: PlanDraftState = { document: blankPlanDocument(), reviewDate: '' };

  it('builds a plan from a blank page: area, goal, objective, milestone and a library exercise', () => {
    const edits: PlanEdit[] = [
      { type: 'addProblemArea', key: 'c-area', area: 'communication' },
      { type: 'addGoal', key: 'c-goal', parentKey: 'c-area' },
      { type: 'addObjective', key: 'c-objective', parentKey: 'c-goal' },
      { type: 'addMilestone', key: 'c-milestone', parentKey: 'c-objective' },
      { type: 'addIntervention', key: 'c-intervention', parentKey: 'c-objective', entry: touchEntry },
    ];
    const { document: doc } = edits.reduce(applyPlanEdit, start);
    const area = doc.problemAreas[0];
    expect(area).toMatchObject({
      key: 'c-area',
      title: 'Communication',
      decision: 'accepted',
      priority: 'medium',
    });
    const objectiveFound = findItem(doc, 'c-objective');
    expect(objectiveFound?.parentKey).toBe('c-goal');
    expect(findItem(doc, 'c-milestone')?.item).toMatchObject({
      description: '',
      baseline: null,
      dueDate: '',
    });
    expect(findItem(doc, 'c-intervention')?.item).toMatchObject({
      libraryId: 'reflective-listening',
      name: 'Reflective listening',
      who: 'partnerA',
      frequency: { times: 3, per: 'week' },
      decision: 'accepted',
    });
    // Half-finished is fine for a draft: the saved document still parses.
    expect(planDocumentSchema.safeParse(doc).success).toBe(true);
  });

  it('maps "either partner" to partner A and keeps every other assignee', () => {
    expect(assigneeFor('eitherPartner')).toBe('partnerA');
    expect(assigneeFor('both')).toBe('both');
    expect(assigneeFor('inSession')).toBe('inSession');
    expect(interventionFromLibrary('c-x', { ...touchEntry, who: 'partnerB' }).who).toBe('partnerB');
  });

  it('gives new items clinician keys that the schema accepts', () => {
    const key = newItemKey();
    expect(key).toMatch(/^c-[0-9a-f-]{36}$/);
    expect(newItemKey()).not.toBe(key);
  });
});

describe('the review date and the whole state', () => {
  it('sets the review date, and returns the same state when nothing changes', () => {
    const state: PlanDraftState = { document: proposal(), reviewDate: '' };
    const next = applyPlanEdit(state, { type: 'setReviewDate', reviewDate: '2026-12-01' });
    expect(next.reviewDate).toBe('2026-12-01');
    expect(next.document).toBe(state.document);
    expect(applyPlanEdit(next, { type: 'setReviewDate', reviewDate: '2026-12-01' })).toBe(next);
    expect(applyPlanEdit(state, { type: 'move', key: 'area:trust', direction: -1 })).toBe(state);
  });
});

describe('property: rejecting, restoring, adding suggestions, moving and accepting never lose or duplicate an item', () => {
  const keys = allKeys(withSuggestions());
  const edit = fc.oneof(
    fc.record({ type: fc.constant('reject' as const), key: fc.constantFrom(...keys) }),
    fc.record({ type: fc.constant('restore' as const), key: fc.constantFrom(...keys) }),
    fc.record({ type: fc.constant('addSuggestion' as const), key: fc.constantFrom(...keys) }),
    fc.record({
      type: fc.constant('move' as const),
      key: fc.constantFrom(...keys),
      direction: fc.constantFrom(-1 as const, 1 as const),
    }),
    fc.record({ type: fc.constant('accept' as const), key: fc.constantFrom(...keys) }),
    fc.constant({ type: 'acceptAll' as const }),
  );

  it('keeps the same keys (in the plan, the rejected list or the suggestions) and a valid document', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 40 }), (edits) => {
        const { document: doc } = edits.reduce<PlanDraftState>(applyPlanEdit, {
          document: withSuggestions(),
          reviewDate: '',
        });
        expect(allKeys(doc)).toEqual(keys);
        expect(planDocumentSchema.safeParse(doc).success).toBe(true);
      }),
    );
  });
});

import { filterLibrary, searchable } from '@renderer/features/plans/editor/libraryFilter';
import { applyPlanEdit, type PlanDraftState } from '@renderer/features/plans/planEdits';
import {
  errorsAfterEdit,
  itemFieldName,
  placePlanErrors,
  summarizePlanErrors,
} from '@renderer/features/plans/planErrors';
import { fieldIds } from '@renderer/ui/fieldIds';
import type { LibraryEntry } from '@shared/domain/library';
import { blankPlanDocument, type PlanDocument, signingProblems, walkPlan } from '@shared/domain/plan';
import { describe, expect, it } from 'vitest';

/** A blank page with one of everything added and nothing filled in. */
function halfFinished(): PlanDocument {
  const edits = [
    { type: 'addProblemArea', key: 'c-area', area: 'trust' },
    { type: 'addGoal', key: 'c-goal', parentKey: 'c-area' },
    { type: 'addObjective', key: 'c-objective', parentKey: 'c-goal' },
    { type: 'addMilestone', key: 'c-milestone', parentKey: 'c-objective' },
    { type: 'addProblemArea', key: 'c-empty-area', area: 'emotional' },
  ] as const;
  return edits.reduce<PlanDraftState>(applyPlanEdit, { document: blankPlanDocument(), reviewDate: '' })
    .document;
}

const context = { today: '2026-11-12', safetyFlagOpen: false, isSafetySensitive: () => false };

describe('signing problems land on the field that shows them', () => {
  it('names every problem of the real signing check by item key, so it survives reordering', () => {
    const doc = halfFinished();
    const problems = signingProblems(doc, null, context);
    const placed = placePlanErrors(problems, doc);
    expect(Object.keys(placed)).toHaveLength(Object.keys(problems).length);
    expect(placed[itemFieldName('c-goal', 'description')]).toMatch(/Goal 1\.1: describe the goal/);
    expect(placed[itemFieldName('c-objective', 'measure')]).toBeDefined();
    expect(placed[itemFieldName('c-milestone', 'dueDate')]).toBeDefined();
    expect(placed[itemFieldName('c-empty-area', 'goals')]).toMatch(/add at least one goal/);
    expect(placed.reviewDate).toBe('Set the date this plan will be reviewed');
    const keys = new Set([...walkPlan(doc)].map((walked) => walked.item.key));
    for (const name of Object.keys(placed)) {
      if (name === 'reviewDate') continue;
      expect(name.startsWith('item.'), name).toBe(true);
      expect(keys.has(name.split('.')[1] ?? ''), name).toBe(true);
    }
  });

  it('keeps the order the core listed them in (reading order)', () => {
    const doc = halfFinished();
    const problems = signingProblems(doc, null, context);
    const placed = placePlanErrors(problems, doc);
    expect(Object.values(placed)).toEqual(Object.values(problems));
  });

  it('puts a proposed item’s "accept, edit or reject" on its decision, and plan-level problems on their own names', () => {
    const doc: PlanDocument = {
      ...halfFinished(),
      timeline: { minWeeks: 20, maxWeeks: 10, reasons: [] },
    };
    const placed = placePlanErrors(
      {
        'document.problemAreas.0.goals.0.decision': 'Goal 1.1: accept, edit or reject this proposed goal',
        'document.problemAreas.0': 'a whole-item message',
        'document.timeline.maxWeeks': 'Timeline: the longest estimate must not be shorter than the shortest',
        'document.problemAreas': 'Add at least one problem area with a goal and an objective',
      },
      doc,
    );
    expect(Object.keys(placed)).toEqual([
      itemFieldName('c-goal', 'decision'),
      itemFieldName('c-area', 'decision'),
      'plan.timeline.maxWeeks',
      'plan.problemAreas',
    ]);
  });

  it('gives names that become valid element ids', () => {
    const { inputId } = fieldIds(itemFieldName('goal:trust:ratings', 'description'));
    expect(inputId).toMatch(/^[A-Za-z0-9_-]+$/);
  });
});

describe('the error summary', () => {
  it('lists a few undecided items one by one', () => {
    const errors = {
      [itemFieldName('a', 'decision')]: 'Problem area 1: accept, edit or reject this proposed problem area',
      [itemFieldName('g', 'description')]: 'Goal 1.1: describe the goal',
      reviewDate: 'Set the date this plan will be reviewed',
    };
    expect(summarizePlanErrors(errors)).toEqual([
      { path: itemFieldName('a', 'decision'), message: errors[itemFieldName('a', 'decision')] },
      { path: itemFieldName('g', 'description'), message: 'Goal 1.1: describe the goal' },
      { path: 'reviewDate', message: 'Set the date this plan will be reviewed' },
    ]);
  });

  it('turns many undecided items into one line at the place of the first, linking to it', () => {
    const errors: Record<string, string> = {
      [itemFieldName('g', 'description')]: 'Goal 1.1: describe the goal',
    };
    for (const n of [1, 2, 3, 4, 5])
      errors[itemFieldName(`k${n}`, 'decision')] = `Goal 1.${n}: accept, edit or reject`;
    errors.reviewDate = 'Set the date this plan will be reviewed';
    const items = summarizePlanErrors(errors);
    expect(items).toHaveLength(3);
    expect(items[1]).toEqual({
      path: itemFieldName('k1', 'decision'),
      message: expect.stringMatching(
        /^5 proposed items still need accepting, editing or rejecting \(the first is Goal 1\.1\)/,
      ),
    });
    expect(items[2]?.path).toBe('reviewDate');
  });
});

describe('an edit clears the errors it answers', () => {
  const errors = {
    [itemFieldName('g', 'description')]: 'describe',
    [itemFieldName('g', 'decision')]: 'decide',
    [itemFieldName('o', 'target')]: 'target must differ',
    [itemFieldName('o', 'measure')]: 'measure',
    [itemFieldName('a', 'goals')]: 'add a goal',
    reviewDate: 'set it',
  };

  it('editing a field clears that field and the item’s decision', () => {
    const next = errorsAfterEdit(errors, {
      type: 'update',
      kind: 'goal',
      key: 'g',
      patch: { description: 'x' },
    });
    expect(Object.keys(next)).toEqual([
      itemFieldName('o', 'target'),
      itemFieldName('o', 'measure'),
      itemFieldName('a', 'goals'),
      'reviewDate',
    ]);
  });

  it('changing the baseline answers "the target must differ from the baseline"', () => {
    const next = errorsAfterEdit(errors, {
      type: 'update',
      kind: 'objective',
      key: 'o',
      patch: { baseline: 1 },
    });
    expect(next[itemFieldName('o', 'target')]).toBeUndefined();
    expect(next[itemFieldName('o', 'measure')]).toBe('measure');
  });

  it('rejecting an item clears everything about it; adding a goal clears "add a goal"', () => {
    expect(Object.keys(errorsAfterEdit(errors, { type: 'reject', key: 'o' }))).not.toContain(
      itemFieldName('o', 'measure'),
    );
    expect(
      errorsAfterEdit(errors, { type: 'addGoal', key: 'c-1', parentKey: 'a' })[itemFieldName('a', 'goals')],
    ).toBe(undefined);
    expect(
      errorsAfterEdit(errors, { type: 'setReviewDate', reviewDate: '2026-12-01' }).reviewDate,
    ).toBeUndefined();
  });

  it('accepting an item answers the decisions of everything it holds, and nothing else', () => {
    const withDecisions = {
      ...errors,
      [itemFieldName('a', 'decision')]: 'decide a',
      [itemFieldName('g', 'decision')]: 'decide g',
      [itemFieldName('o', 'decision')]: 'decide o',
      [itemFieldName('other', 'decision')]: 'decide other',
    };
    const doc = {
      ...blankPlanDocument(),
      problemAreas: [
        {
          key: 'a',
          area: 'trust' as const,
          title: 'Trust',
          priority: 'high' as const,
          reasons: [],
          decision: 'proposed' as const,
          goals: [{ key: 'g', description: 'G', reasons: [], decision: 'proposed' as const, objectives: [] }],
        },
      ],
    };
    const next = errorsAfterEdit(withDecisions, { type: 'accept', key: 'a' }, doc);
    expect(Object.keys(next).filter((name) => name.endsWith('.decision'))).toEqual([
      itemFieldName('o', 'decision'),
      itemFieldName('other', 'decision'),
    ]);
  });

  it('returns the same object when nothing is cleared (no re-render)', () => {
    expect(errorsAfterEdit(errors, { type: 'accept', key: 'unrelated' })).toBe(errors);
    const none = {};
    expect(errorsAfterEdit(none, { type: 'acceptAll' })).toBe(none);
  });
});

describe('the library picker’s search', () => {
  const entry = (id: string, name: string, areas: LibraryEntry['areas'], purpose = ''): LibraryEntry => ({
    id,
    name,
    areas,
    purpose: purpose || `${name}, for the couple`,
    steps: ['One.', 'Two.'],
    who: 'both',
    frequency: 'asNeeded',
    stage: null,
    involvesTouch: false,
    conjoint: true,
    involvesConflict: false,
    alcoholSetting: false,
    contraindications: [],
  });
  const entries = [
    entry('a', 'Réflexion partagée', ['emotional']),
    entry('b', 'Daily check-in', ['communication', 'emotional'], 'Share one feeling (réflexion) each day'),
    entry('c', 'Boundary map', ['codependency']),
  ];

  it('ignores case and accents', () => {
    expect(searchable('Zoë Ångström')).toBe('zoe angstrom');
    expect(filterLibrary(entries, 'REFLEXION', 'all').map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('puts name matches before purpose matches and filters by area', () => {
    expect(filterLibrary(entries, 'reflexion', 'all')[0]?.id).toBe('a');
    expect(filterLibrary(entries, '', 'codependency').map((e) => e.id)).toEqual(['c']);
    expect(filterLibrary(entries, 'boundary', 'emotional')).toEqual([]);
  });

  it('needs every word to match', () => {
    expect(filterLibrary(entries, 'daily feeling', 'all').map((e) => e.id)).toEqual(['b']);
    expect(filterLibrary(entries, 'daily boundary', 'all')).toEqual([]);
  });
});

import {
  emptyNoteValues,
  type NoteValues,
  noteValuesFromNote,
  pickPlanInterventions,
  planInterventionChoices,
  progressRows,
  toNoteContent,
  withProgress,
} from '@renderer/features/notes/noteValues';
import { noteContentSchema } from '@shared/contract/notes';
import { describe, expect, it } from 'vitest';
import { signedNote } from '../fixtures/report-documents';

const V1 = '6f1c2a4e-1b2c-4d3e-8f40-000000000011';
const V2 = '6f1c2a4e-1b2c-4d3e-8f40-000000000012';

/** The active plan (v2) as the workspace supplies it. */
const objectives = [
  {
    planVersionId: V2,
    key: 'o-feelings',
    description: 'Share one feeling each evening',
    goal: 'g',
    areaTitle: 'Emotional',
  },
  {
    planVersionId: V2,
    key: 'o-routine',
    description: 'Keep the daily routine',
    goal: 'g',
    areaTitle: 'Trust',
  },
];
const interventions = [
  {
    planVersionId: V2,
    key: 'i-exchange',
    name: 'Feelings-sharing exchange',
    libraryId: 'x',
    objectiveKey: 'o-feelings',
  },
  {
    planVersionId: V2,
    key: 'i-routine',
    name: 'Daily routine agreement',
    libraryId: 'y',
    objectiveKey: 'o-routine',
  },
];

function rate(
  values: NoteValues,
  key: string,
  patch: { status?: NoteValues['progress'][number]['status']; sentence?: string },
) {
  const row = progressRows(values, objectives).find((r) => r.objectiveKey === key);
  if (!row) throw new Error(`no row for ${key}`);
  return { ...values, progress: withProgress(values.progress, row, patch) };
}

describe('the note editor’s "Progress toward the plan"', () => {
  it('lists every active objective, not rated until a status is chosen', () => {
    const rows = progressRows(emptyNoteValues(), objectives);
    expect(rows.map((r) => [r.objectiveKey, r.planVersionId, r.status])).toEqual([
      ['o-feelings', V2, ''],
      ['o-routine', V2, ''],
    ]);
  });

  it('sends only rated objectives, in the plan’s order, with the sentence trimmed, as the contract accepts them', () => {
    let values = emptyNoteValues('SOAP');
    values = rate(values, 'o-routine', { status: 'worse', sentence: ' Two missed mornings. ' });
    values = rate(values, 'o-feelings', { sentence: 'Typed before rating.' });
    let content = toNoteContent(
      values,
      objectives.map((o) => o.key),
    );
    expect(content.progress).toEqual([
      {
        planVersionId: V2,
        objectiveKey: 'o-routine',
        objective: 'Keep the daily routine',
        status: 'worse',
        sentence: 'Two missed mornings.',
      },
    ]);
    values = rate(values, 'o-feelings', { status: 'met' });
    content = toNoteContent(
      values,
      objectives.map((o) => o.key),
    );
    expect(content.progress?.map((p) => [p.objectiveKey, p.status, p.sentence])).toEqual([
      ['o-feelings', 'met', 'Typed before rating.'],
      ['o-routine', 'worse', 'Two missed mornings.'],
    ]);
    expect(noteContentSchema.safeParse(content).success).toBe(true);
    // Back to "not rated": the objective leaves the note.
    values = rate(values, 'o-feelings', { status: '' });
    expect(toNoteContent(values).progress?.map((p) => p.objectiveKey)).toEqual(['o-routine']);
  });

  it('keeps a draft’s links to an earlier plan version, and shows objectives the active plan no longer lists', () => {
    const base = signedNote();
    const draft = {
      ...base,
      status: 'draft' as const,
      content: {
        ...base.content,
        progress: [
          {
            planVersionId: V1,
            objectiveKey: 'o-feelings',
            objective: 'Share a feeling most evenings',
            status: 'progressing' as const,
            sentence: 'Better.',
          },
          {
            planVersionId: V1,
            objectiveKey: 'o-dropped',
            objective: 'Objective since removed',
            status: 'noChange' as const,
            sentence: '',
          },
        ],
        planInterventions: [{ planVersionId: V1, key: 'i-dropped', name: 'Exercise since removed' }],
      },
    };
    const values = noteValuesFromNote(draft);
    const rows = progressRows(values, objectives);
    expect(rows.map((r) => [r.objectiveKey, r.planVersionId, r.objective])).toEqual([
      ['o-feelings', V1, 'Share a feeling most evenings'],
      ['o-routine', V2, 'Keep the daily routine'],
      ['o-dropped', V1, 'Objective since removed'],
    ]);
    expect(
      toNoteContent(
        values,
        objectives.map((o) => o.key),
      ).progress?.map((p) => [p.objectiveKey, p.planVersionId]),
    ).toEqual([
      ['o-feelings', V1],
      ['o-dropped', V1],
    ]);

    const choices = planInterventionChoices(values, interventions);
    expect(choices.map((c) => c.key)).toEqual(['i-exchange', 'i-routine', 'i-dropped']);
    const picked = pickPlanInterventions(values, choices, ['i-dropped', 'i-routine']);
    expect(picked).toEqual([
      { planVersionId: V2, key: 'i-routine', name: 'Daily routine agreement' },
      { planVersionId: V1, key: 'i-dropped', name: 'Exercise since removed' },
    ]);
  });

  it('starts a new note in the format given (the couple’s last)', () => {
    expect(emptyNoteValues('BIRP').format).toBe('BIRP');
    expect(emptyNoteValues().format).toBe('DAP');
  });
});

import { homeworkStatuses } from '@shared/contract/homework';
import {
  type HomeworkExercise,
  homeworkOptions,
  homeworkRecords,
  individualAlternatives,
  isJointHomework,
  safetyBlockMessage,
  safetyBlockReason,
} from '@shared/domain/homework';
import { blankPlanDocument } from '@shared/domain/plan';
import { planProblemAreaSchema } from '@shared/domain/plan/document';
import { homeworkConsistency } from '@shared/domain/progress';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

function exercise(overrides: Partial<HomeworkExercise> & Pick<HomeworkExercise, 'id'>): HomeworkExercise {
  return {
    name: overrides.id,
    areas: ['emotional'],
    who: 'both',
    conjoint: true,
    involvesTouch: false,
    involvesConflict: false,
    ...overrides,
  };
}

const library: HomeworkExercise[] = [
  exercise({ id: 'holding-hands', name: 'Holding hands', areas: ['physical'], involvesTouch: true }),
  exercise({ id: 'sharing', name: 'Sharing', areas: ['emotional', 'trust'] }),
  exercise({ id: 'fair-fight', name: 'Fair fight', areas: ['communication'], involvesConflict: true }),
  exercise({ id: 'journal', name: 'Journal', who: 'eitherPartner', conjoint: false }),
  exercise({ id: 'letter', name: 'Letter', areas: ['trust', 'emotional'], who: 'partnerA', conjoint: false }),
  exercise({ id: 'solo-rant', name: 'Solo rant', who: 'partnerB', conjoint: false, involvesConflict: true }),
  exercise({ id: 'with-therapist', name: 'With therapist', who: 'inSession' }),
];

describe('the safety rule', () => {
  it('blocks conjoint, touch and conflict exercises, saying why; individual ones pass', () => {
    expect(safetyBlockReason(library[0] as HomeworkExercise)).toBe(
      'Not while a safety flag is open: it is done together and it involves touch.',
    );
    expect(safetyBlockReason(library[5] as HomeworkExercise)).toBe(
      'Not while a safety flag is open: it works through conflict.',
    );
    expect(safetyBlockReason(library[3] as HomeworkExercise)).toBeNull();
  });

  it('offers individual, safe exercises of the same areas, most shared areas first', () => {
    expect(individualAlternatives(library[1] as HomeworkExercise, library)).toEqual([
      { libraryId: 'letter', title: 'Letter' },
      { libraryId: 'journal', title: 'Journal' },
    ]);
    // Nothing individual for physical intimacy: no alternative, and the message says so.
    expect(individualAlternatives(library[0] as HomeworkExercise, library)).toEqual([]);
    expect(safetyBlockMessage('Holding hands', 'Not now.', [])).toMatch(/no individual exercise/);
  });

  it('makes only a conjoint exercise given to both joint, never a custom task', () => {
    expect(isJointHomework(library[1] as HomeworkExercise, 'both')).toBe(true);
    expect(isJointHomework(library[1] as HomeworkExercise, 'partnerA')).toBe(false);
    expect(isJointHomework(library[3] as HomeworkExercise, 'both')).toBe(false);
    expect(isJointHomework(null, 'both')).toBe(false);
  });
});

describe('homework options', () => {
  it('lists plan homework first with the plan’s names, then the rest of the library, never in-session work', () => {
    const document = blankPlanDocument();
    const intervention = (key: string, libraryId: string, who: 'both' | 'partnerB' | 'inSession') => ({
      key,
      libraryId,
      name: `Plan: ${libraryId}`,
      who,
      frequency: 'asNeeded' as const,
      notes: '',
      reasons: [],
      decision: 'accepted' as const,
    });
    // The schema fills in what a clinician leaves blank (reasons, decisions, dates).
    document.problemAreas.push(
      planProblemAreaSchema.parse({
        key: 'area',
        area: 'emotional',
        priority: 'high',
        goals: [
          {
            key: 'goal',
            objectives: [
              {
                key: 'objective',
                partner: 'both',
                interventions: [
                  intervention('i1', 'sharing', 'both'),
                  intervention('i2', 'journal', 'partnerB'),
                  intervention('i3', 'with-therapist', 'inSession'),
                  { ...intervention('i4', 'fair-fight', 'both'), decision: 'proposed' },
                ],
              },
            ],
          },
        ],
      }),
    );
    const items = homeworkOptions({ versionId: 'v1', document }, library, true);
    expect(items.map((i) => [i.source, i.libraryId, i.who, i.allowed])).toEqual([
      ['plan', 'sharing', 'both', false],
      ['plan', 'journal', 'partnerB', true],
      ['library', 'holding-hands', 'both', false],
      ['library', 'fair-fight', 'both', false],
      ['library', 'letter', 'partnerA', true],
      ['library', 'solo-rant', 'partnerB', false],
    ]);
    expect(items[0]).toMatchObject({
      title: 'Plan: sharing',
      interventionKey: 'i1',
      planVersionId: 'v1',
      joint: true,
    });
    expect(items[0]?.alternatives.map((a) => a.libraryId)).toEqual(['letter', 'journal']);
    expect(homeworkOptions(null, library, false).every((i) => i.allowed && i.alternatives.length === 0)).toBe(
      true,
    );
  });
});

describe('homework consistency from assignments', () => {
  it('leaves out homework still running, and counts a review only from its date', () => {
    const records = homeworkRecords(
      [
        { dueDate: '2026-11-10', status: 'done', reviewedOn: '2026-11-12' },
        { dueDate: '2026-11-11', status: 'assigned', reviewedOn: null },
        { dueDate: '2026-11-20', status: 'assigned', reviewedOn: null },
        { dueDate: '2026-11-19', status: 'partly', reviewedOn: '2026-11-25' },
      ],
      '2026-11-20',
    );
    expect(records).toEqual([
      { date: '2026-11-10', outcome: 'done' },
      { date: '2026-11-11', outcome: null },
      { date: '2026-11-19', outcome: null },
    ]);
  });

  it('keeps reported <= assigned and the rate within [0, 1] for any assignments', () => {
    const day = fc.integer({ min: 1, max: 28 }).map((d) => `2026-02-${String(d).padStart(2, '0')}`);
    const item = fc.record({
      dueDate: day,
      status: fc.constantFrom(...homeworkStatuses),
      reviewedOn: fc.option(day, { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 40 }), day, (items, today) => {
        const consistency = homeworkConsistency(homeworkRecords(items, today));
        expect(consistency.reported).toBeLessThanOrEqual(consistency.assigned);
        expect(consistency.done + consistency.partly).toBeLessThanOrEqual(consistency.reported);
        expect(consistency.assigned).toBeLessThanOrEqual(items.length);
        if (consistency.rate !== null) {
          expect(consistency.rate).toBeGreaterThanOrEqual(0);
          expect(consistency.rate).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});

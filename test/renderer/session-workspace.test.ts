import { emptySessionForm } from '@renderer/features/sessions/sessionValues';
import {
  defaultDueDate,
  homeworkReviewClosed,
  incompleteCheckIns,
  interventionObjectives,
  nextSlot,
  pickSource,
} from '@renderer/features/workspace/workspaceRules';
import type { HomeworkOption } from '@shared/contract/homework';
import type { Session } from '@shared/contract/sessions';
import { describe, expect, it } from 'vitest';

const names = { A: 'Zoë Müller-Ñúñez', B: 'Łukasz Żółć' };

function checkIn(typedA: number, typedB: number) {
  const form = emptySessionForm('2026-12-06');
  const fill = (count: number) =>
    Object.fromEntries(
      Object.keys(form.checkIn.A).map((area, i) => [area, i < count ? '5' : '']),
    ) as typeof form.checkIn.A;
  return {
    attendance: form.attendance,
    checkInOn: { A: true, B: true },
    checkIn: { A: fill(typedA), B: fill(typedB) },
  };
}

describe('a check-in saves only once a partner’s six ratings are all typed', () => {
  it('names each partner still typing, with how many ratings are in', () => {
    expect(incompleteCheckIns(checkIn(4, 0), names)).toBe(
      'Zoë Müller-Ñúñez: 4 of 6 ratings entered; Łukasz Żółć: 0 of 6 ratings entered. The check-in saves once all six are in.',
    );
  });
  it('lets a complete check-in, or one switched off, save', () => {
    expect(incompleteCheckIns(checkIn(6, 6), names)).toBeNull();
    expect(incompleteCheckIns({ ...checkIn(6, 2), checkInOn: { A: true, B: false } }, names)).toBeNull();
  });
  it('does not wait for an absent partner’s ratings', () => {
    const values = { ...checkIn(6, 1), attendance: { A: 'present' as const, B: 'absent' as const } };
    expect(incompleteCheckIns(values, names)).toBeNull();
  });
});

describe('new homework is due by the next booking, else a week on, never in the past', () => {
  it('takes the next booking’s date', () => {
    expect(defaultDueDate({ date: '2026-12-06' }, { date: '2026-12-10' }, '2026-12-06')).toBe('2026-12-10');
  });
  it('is a week after the session without one', () => {
    expect(defaultDueDate({ date: '2026-12-06' }, null, '2026-12-06')).toBe('2026-12-13');
  });
  it('is a week after today for a session recorded more than a week late', () => {
    expect(defaultDueDate({ date: '2026-11-20' }, null, '2026-12-06')).toBe('2026-12-13');
  });
});

describe('the next booking starts a week after the session, at its time, kind and place', () => {
  const session = {
    date: '2026-12-06',
    startTime: '15:00',
    durationMinutes: 80,
    type: 'individualA',
    place: 'telehealth',
  } as Session;
  it('copies the session a week later', () => {
    expect(nextSlot(session, '2026-12-06')).toMatchObject({
      date: '2026-12-13',
      startTime: '15:00',
      durationMinutes: '80',
      type: 'individualA',
      place: 'telehealth',
      repeat: 'none',
    });
  });
  it('counts the week from today for a session recorded late', () => {
    expect(nextSlot(session, '2026-12-20').date).toBe('2026-12-27');
  });
});

describe('what a picked exercise sends', () => {
  const option: HomeworkOption = {
    source: 'plan',
    libraryId: 'reflective-listening',
    planVersionId: '00000000-0000-4000-8000-000000000001',
    interventionKey: 'i-1',
    title: 'Reflective listening',
    who: 'both',
    joint: true,
    allowed: true,
    blockedReason: null,
    alternatives: [],
  };
  it('a plan intervention by its version and key, not its library entry', () => {
    expect(pickSource({ kind: 'option', option })).toEqual({
      planVersionId: option.planVersionId,
      interventionKey: 'i-1',
      libraryId: null,
      title: 'Reflective listening',
    });
  });
  it('a library exercise, or an alternative to a blocked one, by its library id', () => {
    expect(
      pickSource({
        kind: 'option',
        option: { ...option, source: 'library', planVersionId: null, interventionKey: null },
      }),
    ).toEqual({
      planVersionId: null,
      interventionKey: null,
      libraryId: 'reflective-listening',
      title: 'Reflective listening',
    });
    expect(
      pickSource({
        kind: 'alternative',
        libraryId: 'journaling',
        title: 'Journaling',
        instead: 'Reflective listening',
      }),
    ).toEqual({ planVersionId: null, interventionKey: null, libraryId: 'journaling', title: 'Journaling' });
  });
});

describe('plan interventions are told apart by the objective they serve', () => {
  it('maps each intervention to its objective’s wording, in its own plan version', () => {
    const v1 = '00000000-0000-4000-8000-000000000001';
    const found = interventionObjectives({
      objectives: [
        { planVersionId: v1, key: 'o-1', description: 'Rebuild trust', goal: '', areaTitle: 'Trust' },
        {
          planVersionId: v1,
          key: 'o-2',
          description: 'Share feelings daily',
          goal: '',
          areaTitle: 'Emotional',
        },
      ],
      interventions: [
        {
          planVersionId: v1,
          key: 'i-1',
          name: 'Feelings journal',
          libraryId: 'journal',
          objectiveKey: 'o-1',
        },
        {
          planVersionId: v1,
          key: 'i-2',
          name: 'Feelings journal',
          libraryId: 'journal',
          objectiveKey: 'o-2',
        },
        { planVersionId: v1, key: 'i-3', name: 'Orphan', libraryId: 'x', objectiveKey: 'o-9' },
      ],
    });
    expect([...found]).toEqual([
      [`${v1}:i-1`, 'Rebuild trust'],
      [`${v1}:i-2`, 'Share feelings daily'],
    ]);
  });
});

describe('homework is reviewed only at a session that took place', () => {
  const on = (date: string, outcome: Session['outcome']) => ({ date, outcome, noteStatus: null });
  it('says why the review waits or is closed; a booked session today is open', () => {
    expect(homeworkReviewClosed(on('2026-12-07', 'booked'), '2026-12-06')).toMatch(/after today/);
    expect(homeworkReviewClosed(on('2026-12-06', 'noShow'), '2026-12-06')).toMatch(/a no-show/);
    expect(homeworkReviewClosed(on('2026-12-01', 'cancelled'), '2026-12-06')).toMatch(/canceled/);
    expect(homeworkReviewClosed(on('2026-12-06', 'booked'), '2026-12-06')).toBeNull();
    expect(homeworkReviewClosed(on('2026-12-01', 'held'), '2026-12-06')).toBeNull();
    expect(homeworkReviewClosed({ ...on('2026-12-01', 'held'), noteStatus: 'signed' }, '2026-12-06')).toMatch(
      /note is signed/,
    );
  });
});

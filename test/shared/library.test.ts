import seed from '@resources/library/interventions.json';
import {
  type LibraryEntry,
  type LibraryEntryInput,
  libraryAreas,
  libraryEntrySchema,
  librarySchema,
} from '@shared/domain/library';
import * as rules from '@shared/domain/plan-engine/rules';
import { describe, expect, it } from 'vitest';

const library: LibraryEntry[] = librarySchema.parse(seed);
const ids = new Set(library.map((entry) => entry.id));

describe('intervention library seed (resources/library/interventions.json)', () => {
  it('validates as a whole against the library schema', () => {
    const result = librarySchema.safeParse(seed);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('has at least 45 entries with unique ids', () => {
    expect(library.length).toBeGreaterThanOrEqual(45);
    expect(ids.size).toBe(library.length);
  });

  it.each(libraryAreas)('covers area %s with at least two entries', (area) => {
    expect(library.filter((entry) => entry.areas.includes(area)).length).toBeGreaterThanOrEqual(2);
  });

  it('has the touch ladder rungs 1-3 (holding hands, hugging, gentle touch), one entry each, in order', () => {
    const ladder = library
      .filter((entry) => entry.stage !== null)
      .sort((x, y) => (x.stage ?? 0) - (y.stage ?? 0));
    const rungs = ladder.map((entry) => entry.stage);
    expect(rungs.slice(0, 3)).toEqual([1, 2, 3]);
    expect(new Set(rungs).size).toBe(rungs.length);
    // Rungs are contiguous: no gap that would let a plan skip a step.
    rungs.forEach((rung, index) => {
      expect(rung).toBe(index + 1);
    });
    expect(ladder[0]?.name).toMatch(/holding hands/i);
    expect(ladder[1]?.name).toMatch(/hug/i);
    expect(ladder[2]?.name).toMatch(/gentle touch/i);
  });

  it('rungs above 3 require explicit consent recorded before they start', () => {
    const onward = library.filter((entry) => (entry.stage ?? 0) > 3);
    expect(onward.length).toBeGreaterThan(0);
    for (const entry of onward) {
      expect(entry.contraindications.some((c) => /explicit consent/i.test(c))).toBe(true);
    }
  });

  it('every touch entry lists a consent and a safety contraindication', () => {
    const touch = library.filter((entry) => entry.involvesTouch);
    expect(touch.length).toBeGreaterThanOrEqual(3);
    for (const entry of touch) {
      expect(
        entry.contraindications.some((c) => /consent/i.test(c)),
        entry.id,
      ).toBe(true);
      expect(
        entry.contraindications.some((c) => /safety/i.test(c)),
        entry.id,
      ).toBe(true);
      expect(entry.conjoint, entry.id).toBe(true);
    }
  });

  it('every conflict or past-hurt entry says it is held back when the safety screen is positive', () => {
    for (const entry of library.filter((e) => e.involvesConflict)) {
      expect(
        entry.contraindications.some((c) => /safety/i.test(c)),
        entry.id,
      ).toBe(true);
    }
  });

  it('writes steps for the couple in the second person', () => {
    for (const entry of library) {
      expect(
        entry.steps.some((step) => /\byou(r|rs|rself)?\b/i.test(step)),
        entry.id,
      ).toBe(true);
    }
  });

  // Each exercise docs/DOMAIN.md names, and each extra the issue asks for, has an entry.
  it.each([
    ['journaling and sharing feelings', ['feelings-journal', 'feelings-sharing-exchange']],
    ['reflective listening', ['reflective-listening']],
    ['scheduled quality time', ['scheduled-quality-time']],
    ['daily reflections', ['daily-reflections']],
    ['incremental commitments', ['incremental-commitments']],
    ['daily routines with promises kept', ['daily-routine-agreement', 'promises-kept-log']],
    ['gratitude', ['gratitude-exchange']],
    ['discussing past hurts safely', ['past-hurts-structured-session']],
    ['touch ladder', ['touch-ladder-holding-hands', 'touch-ladder-hugging', 'touch-ladder-gentle-touch']],
    ['normalising affection as communication', ['everyday-affection-signals']],
    ['active listening', ['active-listening-drill']],
    ['needs without blame', ['needs-without-blame']],
    ['conflict-resolution practice', ['conflict-resolution-practice']],
    ['daily check-ins', ['daily-check-in']],
    ['therapist-guided structured conversations', ['structured-conversation']],
    ['role-play', ['role-play-difficult-conversations']],
    ['emotion-focused exercises', ['naming-the-feeling-underneath', 'negative-cycle-mapping']],
    ['joint problem-solving', ['joint-problem-solving']],
    ['self-care and boundary setting', ['self-care-plan', 'personal-boundaries-plan']],
    ['couple activities', ['new-shared-activity', 'walk-and-talk']],
    ['shared goal-setting', ['shared-goal-setting']],
    ['coping plans for triggers', ['trigger-coping-plan']],
    ['daily trust discussion', ['daily-trust-discussion']],
    ['individual safety planning', ['individual-safety-plan']],
    ['individual sessions', ['individual-counselling-session']],
    ['relapse prevention and aftercare', ['relapse-prevention-plan', 'aftercare-plan']],
    ['sexual-health conversations', ['sexual-health-conversation']],
    ['co-dependency pattern recognition', ['enabling-patterns-recognition']],
    ['support-group attendance', ['recovery-support-group', 'family-support-group']],
  ])('has an entry for %s', (_exercise, expected) => {
    for (const id of expected) expect(ids.has(id), id).toBe(true);
  });

  it('contains every library id the plan engine rules refer to', () => {
    const referenced = [
      ...Object.values(rules.areaInterventions).flat(),
      ...Object.values(rules.maintenanceIntervention),
      ...Object.values(rules.trustHistoryInterventions).flat(),
      ...rules.accountabilityForBoth,
      ...rules.codependencyCore,
      ...Object.values(rules.codependencyItemInterventions).flat(),
      ...rules.recoveryInterventions,
      ...rules.bothInRecoveryInterventions,
      ...rules.sexualHealthInterventions,
      ...rules.safetyInterventions,
      rules.individualSessionId,
      ...rules.aftercareInterventions,
    ];
    expect(referenced.filter((id) => !ids.has(id))).toEqual([]);
  });
});

describe('library entry schema rules', () => {
  const base: LibraryEntryInput = {
    id: 'fictional-touch',
    name: 'Fictional touch exercise',
    areas: ['physical'],
    purpose: 'A made-up entry for tests.',
    steps: ['You do this first.', 'You do this next.'],
    who: 'both',
    frequency: { times: 1, per: 'week' },
    stage: 1,
    involvesTouch: true,
    conjoint: true,
    involvesConflict: false,
    contraindications: [
      'Only with the consent of both partners.',
      'Not while the safety screen is positive.',
    ],
  };

  it('accepts a touch entry that lists consent and safety', () => {
    expect(libraryEntrySchema.safeParse(base).success).toBe(true);
  });

  it.each([
    [
      'touch without a consent contraindication',
      { contraindications: ['Not while the safety screen is positive.'] },
    ],
    [
      'touch without a safety contraindication',
      { contraindications: ['Only with the consent of both partners.'] },
    ],
    ['a ladder rung on a non-touch entry', { involvesTouch: false }],
    ['an id that is not kebab-case', { id: 'Fictional_Touch' }],
    ['no areas', { areas: [] }],
    ['a single step', { steps: ['You do it.'] }],
    ['an unknown area', { areas: ['finances'] }],
  ])('rejects %s', (_label, patch) => {
    expect(libraryEntrySchema.safeParse({ ...base, ...patch }).success).toBe(false);
  });

  it('rejects a library with a duplicate id', () => {
    expect(librarySchema.safeParse([base, base]).success).toBe(false);
  });
});

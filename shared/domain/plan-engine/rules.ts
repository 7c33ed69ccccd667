/**
 * The plan engine's rules as data. Each table is read by `proposePlan`; changing a clinical
 * rule should mean editing a row here, not the code that walks it.
 */
import type {
  CodependencyId,
  RatingArea,
  TrustHistoryId,
  UseDisorderSeverity,
} from '@shared/domain/assessment';
import type { MilestoneMethod } from './types';

export type Priority = 'safety' | 'high' | 'medium' | 'maintenance';

/**
 * Rating bands, per partner and per area. A lower rating means a higher priority, more
 * exercises and a bigger target gain; a rating of 7 or more is maintenance.
 */
export const ratingBands: readonly {
  maxRating: number;
  priority: Exclude<Priority, 'safety'>;
  interventions: number;
  targetGain: number;
  targetWeeks: number;
}[] = [
  { maxRating: 3, priority: 'high', interventions: 3, targetGain: 3, targetWeeks: 8 },
  { maxRating: 6, priority: 'medium', interventions: 2, targetGain: 2, targetWeeks: 6 },
  { maxRating: 10, priority: 'maintenance', interventions: 1, targetGain: 0, targetWeeks: 12 },
];

/** Library ids per rated area, in order of preference. Physical starts with the ladder rung. */
export const areaInterventions: Record<RatingArea, readonly string[]> = {
  emotional: [
    'daily-reflections',
    'feelings-journal',
    'reflective-listening',
    'feelings-sharing-exchange',
    'naming-the-feeling-underneath',
    'gratitude-exchange',
  ],
  physical: ['touch-consent-check-in', 'everyday-affection-signals'],
  intellectual: ['shared-goal-setting', 'joint-problem-solving', 'weekly-planning-meeting', 'ideas-exchange'],
  experiential: [
    'scheduled-quality-time',
    'new-shared-activity',
    'evening-out',
    'walk-and-talk',
    'positive-memories',
  ],
  trust: ['incremental-commitments', 'daily-routine-agreement', 'gratitude-exchange', 'forgiveness-letter'],
  communication: [
    'daily-check-in',
    'needs-without-blame',
    'conflict-resolution-practice',
    'active-listening-drill',
    'structured-conversation',
    'role-play-difficult-conversations',
    'time-out-agreement',
  ],
};

/** The single exercise proposed when both partners rate an area 7 or more. */
export const maintenanceIntervention: Record<RatingArea, string> = {
  emotional: 'gratitude-exchange',
  physical: 'everyday-affection-signals',
  intellectual: 'ideas-exchange',
  experiential: 'scheduled-quality-time',
  trust: 'incremental-commitments',
  communication: 'daily-check-in',
};

/** Which ladder rung touch starts at, from the lower of the two physical ratings. */
export const ladderStart: readonly { maxRating: number; rung: number }[] = [
  { maxRating: 3, rung: 1 },
  { maxRating: 5, rung: 2 },
  { maxRating: 10, rung: 3 },
];
/** The engine never proposes a rung above this; onward rungs need consent the clinician records. */
export const highestProposedRung = 3;

/** A second milestone per rated area, measured the way docs/DOMAIN.md says that milestone is measured. */
export const areaMilestones: Record<
  RatingArea,
  {
    description: string;
    method: MilestoneMethod | 'partnerFeedback';
    baseline: number | 'rating';
    target: number | 'target';
  }
> = {
  emotional: {
    description: 'Emotional check-ins rated open and two-sided by the therapist (0-10)',
    method: 'therapistEvaluation',
    baseline: 'rating',
    target: 'target',
  },
  physical: {
    description: 'Highest touch-ladder rung this partner reports as comfortable',
    method: 'partnerFeedback',
    baseline: 0,
    target: highestProposedRung,
  },
  intellectual: {
    description: 'Shared goals written down and reviewed together',
    method: 'coupleLog',
    baseline: 0,
    target: 2,
  },
  experiential: {
    description: 'Quality-time blocks logged per week',
    method: 'coupleLog',
    baseline: 0,
    target: 2,
  },
  trust: {
    description: 'Promises kept per week, from the promises-kept log',
    method: 'coupleLog',
    baseline: 0,
    target: 5,
  },
  communication: {
    description: 'Daily check-ins logged per week',
    method: 'coupleLog',
    baseline: 0,
    target: 5,
  },
};

/** Extra trust work per trust-history item, on top of the accountability structures for both. */
export const trustHistoryInterventions: Record<TrustHistoryId, readonly string[]> = {
  deceptionAboutUse: ['transparency-agreement'],
  infidelity: ['past-hurts-structured-session'],
  financialSecrecy: ['financial-transparency-review'],
  brokenPromises: ['incremental-commitments', 'daily-routine-agreement'],
};
/** Accountability structures added for BOTH partners whenever any trust history is present. */
export const accountabilityForBoth = ['daily-trust-discussion', 'promises-kept-log'] as const;

/** Boundaries and self-care are always proposed for a partner with co-dependency indicators. */
export const codependencyCore = ['personal-boundaries-plan', 'self-care-plan'] as const;
export const codependencyItemInterventions: Record<CodependencyId, readonly string[]> = {
  coversForPartner: ['enabling-patterns-recognition'],
  providesMoneyOrSubstances: ['enabling-patterns-recognition'],
  takesOverResponsibilities: ['enabling-patterns-recognition'],
  neglectsOwnNeeds: ['independent-growth-goal'],
  moodDependsOnPartner: ['family-support-group', 'independent-growth-goal'],
  avoidsConflictToKeepPeace: ['needs-without-blame'],
};

/** Relapse prevention per partner in recovery: how many of the list, by severity. */
export const recoveryInterventions = [
  'trigger-coping-plan',
  'relapse-prevention-plan',
  'recovery-support-group',
  'individual-counselling-session',
] as const;
export const recoveryInterventionCount: Record<UseDisorderSeverity, number> = {
  none: 2,
  mild: 2,
  moderate: 3,
  severe: 4,
};
/** Added when both partners are in recovery. */
export const bothInRecoveryInterventions = [
  'mutual-recovery-check-in',
  'substance-free-home-agreement',
] as const;

export const sexualHealthInterventions = [
  'sexual-health-conversation',
  'desire-and-recovery-reflection',
] as const;
/** Sexual-health work is proposed when someone is in recovery and either rates physical intimacy at most this. */
export const sexualHealthMaxPhysicalRating = 5;

export const safetyInterventions = ['individual-safety-plan', 'crisis-contacts-card'] as const;
export const individualSessionId = 'individual-counselling-session';

export const aftercareInterventions = [
  'aftercare-plan',
  'celebrating-milestones',
  'monthly-relationship-review',
] as const;

/** Timeline: base range by the worse severity of the two partners, then additions. */
export const severityWeeks: Record<UseDisorderSeverity, { min: number; max: number }> = {
  none: { min: 8, max: 12 },
  mild: { min: 12, max: 20 },
  moderate: { min: 16, max: 28 },
  severe: { min: 24, max: 40 },
};
/** By the longer years of use (first row whose `minYears` is reached, checked from the top). */
export const yearsOfUseWeeks: readonly { minYears: number; min: number; max: number }[] = [
  { minYears: 10, min: 6, max: 12 },
  { minYears: 5, min: 4, max: 8 },
  { minYears: 2, min: 2, max: 4 },
  { minYears: 0, min: 0, max: 0 },
];
/** By the lower commitment of the two partners (1-5). */
export const commitmentWeeks: Record<1 | 2 | 3 | 4 | 5, { min: number; max: number }> = {
  5: { min: 0, max: 0 },
  4: { min: 0, max: 2 },
  3: { min: 2, max: 4 },
  2: { min: 4, max: 8 },
  1: { min: 6, max: 12 },
};
/** By attendance rate so far (first row whose `minRate` is reached, checked from the top). */
export const attendanceWeeks: readonly { minRate: number; min: number; max: number }[] = [
  { minRate: 0.9, min: 0, max: 0 },
  { minRate: 0.75, min: 2, max: 4 },
  { minRate: 0.5, min: 4, max: 8 },
  { minRate: 0, min: 8, max: 12 },
];
export const weeksPerStalledMilestone = { min: 1, max: 2, cap: 5 } as const;
export const safetyWeeks = { min: 4, max: 8 } as const;
export const bothInRecoveryWeeks = { min: 2, max: 4 } as const;

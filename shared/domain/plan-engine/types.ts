import type { PartnerAssessment } from '@shared/contract/assessments';
import type { UseDisorderSeverity } from '@shared/domain/assessment';
import type { Frequency, LibraryArea, LibraryEntry } from '@shared/domain/library';
import type { MeasureScale, MilestoneSource } from '@shared/domain/plan/measure';

/** What the engine reads of one partner's assessment: a structural subset of `PartnerAssessment`. */
export type EnginePartner = Pick<
  PartnerAssessment,
  | 'ratings'
  | 'substances'
  | 'dsm5Criteria'
  | 'yearsOfUse'
  | 'trustHistory'
  | 'codependency'
  | 'commitment'
  | 'intent'
> & { safety: Partial<PartnerAssessment['safety']>; dsm5Assessed?: boolean };

export interface PlanEngineInput {
  /** The latest assessment; an `Assessment` from the contract fits as is. */
  assessment: { partnerA: EnginePartner; partnerB: EnginePartner };
  library: readonly LibraryEntry[];
  history?: {
    /** Share of booked sessions attended so far, 0-1; absent or null when unknown. */
    attendanceRate?: number | null;
    /** Milestones past due without reaching their target. */
    stalledMilestones?: number;
    /**
     * Days a week each partner was abstinent, on average over the last complete weeks of the
     * recovery calendar; absent or null where the calendar does not say.
     */
    abstinentDaysPerWeek?: { A: number | null; B: number | null };
  };
}

export type PartnerKey = 'A' | 'B';
export type Assignee = 'both' | 'partnerA' | 'partnerB' | 'inSession';
export const milestoneMethods = [
  'coupleLog',
  'therapistEvaluation',
  'partnerFeedbackA',
  'partnerFeedbackB',
  'sessionObservation',
] as const;
export type MilestoneMethod = (typeof milestoneMethods)[number];

interface Reasoned {
  /** Deterministic key, unique within the plan; lets an editor accept or reject the item. */
  key: string;
  /** Plain-language reasons citing the assessment answers that led to this item. */
  reasons: string[];
}

export interface ProposedIntervention extends Reasoned {
  libraryId: string;
  name: string;
  who: Assignee;
  frequency: Frequency;
}

export interface ProposedMilestone extends Reasoned {
  description: string;
  method: MilestoneMethod;
  /** Unit and range of the values; inferred from the key when absent. */
  scale?: MeasureScale;
  /** What records the values; inferred from the key and method when absent. */
  recordedBy?: MilestoneSource;
  baseline: number;
  target: number;
  dueInWeeks: number;
}

export interface ProposedObjective extends Reasoned {
  description: string;
  /** Whose measure it is. */
  partner: PartnerKey | 'both';
  measure: string;
  baseline: number;
  target: number;
  targetWeeks: number;
  interventions: ProposedIntervention[];
  milestones: ProposedMilestone[];
}

export interface ProposedGoal extends Reasoned {
  description: string;
  objectives: ProposedObjective[];
}

export interface ProposedProblemArea extends Reasoned {
  area: LibraryArea;
  title: string;
  priority: 'safety' | 'high' | 'medium' | 'maintenance';
  goals: ProposedGoal[];
}

export interface SessionRecommendation extends Reasoned {
  frequency: { sessions: number; per: 'week' | 'fortnight' };
  /** Sessions of each kind in a four-week cycle; they add up to the frequency over four weeks. */
  mixPerFourWeeks: { joint: number; individualA: number; individualB: number; workshop: number };
}

export interface TimelineEstimate extends Reasoned {
  minWeeks: number;
  maxWeeks: number;
}

export interface PartnerSummary {
  criteriaMet: number;
  severity: UseDisorderSeverity;
  inRecovery: boolean;
  /** Safety items answered yes. */
  positiveSafety: string[];
  /** Safety items not asked: the screen is not done, which is not the same as negative. */
  unaskedSafety: string[];
  /** False when nobody went through the DSM-5 criteria: `criteriaMet` 0 then means "not assessed". */
  dsm5Assessed: boolean;
}

export interface ProposedPlan {
  /** True when any safety item is positive: safety planning and individual sessions come first. */
  safetyFirst: boolean;
  partners: { A: PartnerSummary; B: PartnerSummary };
  problemAreas: ProposedProblemArea[];
  sessions: SessionRecommendation;
  timeline: TimelineEstimate;
  /**
   * What the engine considered but left out of focus, each addable to the draft under its
   * parent (`parentKey`, null for a whole problem area), with why it is not in focus.
   */
  suggestions: ProposedSuggestion[];
  /** Exercises a rule would have proposed but another rule held back, with why. */
  withheld: { key: string; libraryId: string; reasons: string[] }[];
}

export type ProposedSuggestion = { why: string } & (
  | { kind: 'problemArea'; parentKey: null; item: ProposedProblemArea }
  | { kind: 'goal'; parentKey: string; item: ProposedGoal }
  | { kind: 'objective'; parentKey: string; item: ProposedObjective }
  | { kind: 'intervention'; parentKey: string; item: ProposedIntervention }
  | { kind: 'milestone'; parentKey: string; item: ProposedMilestone }
);

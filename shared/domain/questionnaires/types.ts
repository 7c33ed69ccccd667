/**
 * What Rekindle knows about a validated measure (a questionnaire a partner answers privately):
 * its items and answers in the published wording, how it is scored, and the published numbers
 * that give a score meaning (severity bands, the reliable-change threshold, the caseness
 * cut-off), each with where it comes from.
 *
 * Why every number carries its source: a reliable-change or caseness judgment is shown to the
 * clinician, raised on Today and printed in reports. A reader must be able to check where
 * "reliable deterioration" came from, and a number nobody published must not be presented as
 * if somebody had. Where no published number exists, the definition says so (null and the
 * reason) instead of inventing one.
 *
 * Which instruments may be embedded at all is decided in resources/instruments/LICENSES.md.
 */
import type { AuditCSex } from '@shared/domain/assessment';

export const instrumentIds = ['phq9', 'gad7', 'pcl5', 'auditC'] as const;
export type InstrumentId = (typeof instrumentIds)[number];

/** One answer a respondent can choose, with the points it scores. */
export interface AnswerOption {
  label: string;
  value: number;
}

/** One question, in the published wording, with the answers allowed for it. */
export interface MeasureItem {
  id: string;
  text: string;
  /** Most instruments share one scale; AUDIT-C has different answers for each question. */
  options: readonly AnswerOption[];
}

/** A published severity range of totals, inclusive at both ends. */
export interface SeverityBand {
  label: string;
  from: number;
  to: number;
}

export type SeverityBands =
  | { bands: readonly SeverityBand[]; source: string }
  | { bands: null; reason: string };

/**
 * The smallest change in total that counts as reliable (not measurement error), in points,
 * and where that number is published; or null and why there is none.
 */
export type ReliableChangeThreshold =
  | { points: number; source: string; why: string }
  | { points: null; reason: string };

/** The respondent's recorded sex, for the one instrument (AUDIT-C) whose cut-off depends on it. */
export type RespondentSex = AuditCSex;

/**
 * The total at or above which the respondent counts as a clinical case. AUDIT-C's published
 * cut-off differs by sex; every other instrument here has one cut-off for everybody.
 */
export type CasenessCutOff =
  | { kind: 'single'; atLeast: number }
  | { kind: 'bySex'; atLeast: (sex: RespondentSex) => number };

export interface Caseness {
  cutOff: CasenessCutOff;
  /** What being at or above the cut-off means, in words for the clinician ("Probable PTSD"). */
  label: string;
  source: string;
  /** Why this cut-off was chosen where the literature offers more than one. */
  why: string;
}

/**
 * An item whose answer signals risk on its own, whatever the total: any answer of
 * `riskAtOrAbove` or more is acted on at once (the safety flag), and the clinician is told what
 * was answered.
 */
export interface SafetyItem {
  itemId: string;
  /** The item's text, repeated so a flag can quote what was asked without a lookup. */
  text: string;
  riskAtOrAbove: number;
  meaning: string;
}

export interface InstrumentDefinition {
  id: InstrumentId;
  /** "Patient Health Questionnaire-9". */
  name: string;
  /** "PHQ-9": what screens, charts and reports print. */
  shortName: string;
  /**
   * The stem shown to the respondent above the items, in the published wording ("Over the last
   * 2 weeks, how often have you been bothered by..."); null where each question carries its
   * own time frame (AUDIT-C: "in the past year").
   */
  timeframe: string | null;
  /** Longer instructions shown before the items, where the instrument has them; else null. */
  instructions: string | null;
  items: readonly MeasureItem[];
  /** Where the item wording was taken from, so it can be checked against the source. */
  wordingSource: string;
  /** The lowest and highest possible totals. */
  min: number;
  max: number;
  /**
   * The total from answers already checked against the items. A plain sum for most; AUDIT-C
   * keeps its own rule (someone who never drinks scores 0), which lives in `scoreAuditC`.
   */
  total: (answers: Readonly<Record<string, number>>) => number;
  severity: SeverityBands;
  reliableChange: ReliableChangeThreshold;
  caseness: Caseness;
  /** True when a lower total is the better state (true of every symptom measure here). */
  lowerIsBetter: boolean;
  safetyItems: readonly SafetyItem[];
  /** The attribution the instrument asks to be reproduced with it (reports print it). */
  attribution: string;
  /** The publication that introduced and validated the instrument. */
  citation: string;
}

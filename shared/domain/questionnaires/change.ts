/**
 * Change that means something (Jacobson & Truax 1991): whether a partner's latest score differs
 * from their first by more than the instrument's measurement error (reliable change), whether
 * it crossed the caseness cut-off, and both together: reliable improvement that leaves the
 * clinical range is "reliable recovery".
 *
 * Why against the first score: the first score is the partner's baseline, and "reliable
 * deterioration since you started" is what Today and the plan review raise. Why a published
 * threshold and not "any drop": scores move by a few points from week to week without anything
 * having changed; calling that improvement (or deterioration) misleads the clinician and, in a
 * report, the reader.
 *
 * Pure: totals and dates in, classifications out.
 */
import { isIsoDate } from '@shared/domain/dates';
import { isCase, type Respondent, requireTotal } from './scoring';
import type { InstrumentDefinition, InstrumentId } from './types';

/**
 * Reliable change between two totals. `noPublishedThreshold` where the instrument has none
 * (AUDIT-C): the difference is still reported, without a judgment.
 */
export type ReliableChange =
  | 'reliableImprovement'
  | 'reliableDeterioration'
  | 'noReliableChange'
  | 'noPublishedThreshold';

/** How caseness moved from the first score to the latest. */
export type CasenessChange = 'recovered' | 'becameCase' | 'stayedCase' | 'stayedNonCase';

export interface ChangeClassification {
  first: number;
  latest: number;
  /** `latest - first`: negative is a fall in total (an improvement on a symptom scale). */
  difference: number;
  /** The published reliable-change threshold used, or null where there is none. */
  threshold: number | null;
  reliableChange: ReliableChange;
  casenessChange: CasenessChange;
  /** Jacobson & Truax's "recovered": reliable improvement and no longer in the clinical range. */
  reliableRecovery: boolean;
}

function reliableChangeOf(definition: InstrumentDefinition, difference: number): ReliableChange {
  const threshold = definition.reliableChange.points;
  if (threshold === null) return 'noPublishedThreshold';
  if (Math.abs(difference) < threshold) return 'noReliableChange';
  const fell = difference < 0;
  return fell === definition.lowerIsBetter ? 'reliableImprovement' : 'reliableDeterioration';
}

function casenessChangeOf(wasCase: boolean, nowCase: boolean): CasenessChange {
  if (wasCase) return nowCase ? 'stayedCase' : 'recovered';
  return nowCase ? 'becameCase' : 'stayedNonCase';
}

/**
 * Classifies the change from `first` to `latest` (totals on the instrument's scale). Change is
 * reliable when the totals differ by the threshold or more; which way is improvement follows
 * `lowerIsBetter`. Throws a RangeError for a total outside the instrument's range.
 */
export function classifyChange(
  definition: InstrumentDefinition,
  first: number,
  latest: number,
  respondent: Respondent = {},
): ChangeClassification {
  requireTotal(definition, first, 'first total');
  requireTotal(definition, latest, 'latest total');
  const difference = latest - first;
  const reliableChange = reliableChangeOf(definition, difference);
  const casenessChange = casenessChangeOf(
    isCase(definition, first, respondent.sex),
    isCase(definition, latest, respondent.sex),
  );
  return {
    first,
    latest,
    difference,
    threshold: definition.reliableChange.points,
    reliableChange,
    casenessChange,
    reliableRecovery: reliableChange === 'reliableImprovement' && casenessChange === 'recovered',
  };
}

/** One partner's total on one instrument on one date. */
export interface DatedScore {
  /** ISO `YYYY-MM-DD`. */
  date: string;
  total: number;
}

/**
 * The reliable-change band around the first score, for drawing: a later score strictly between
 * `lower` and `upper` is within measurement error of the first; one on or beyond either edge
 * is a reliable change. The edges are not clipped to the instrument's range (a chart clips
 * them to `min`-`max`), so that rule holds at both ends of the scale.
 */
export interface ReliableChangeBand {
  lower: number;
  upper: number;
}

export interface MeasureSeries {
  instrument: InstrumentId;
  /** Every score, oldest first (scores on the same date keep the order they were given in). */
  scores: DatedScore[];
  first: DatedScore;
  latest: DatedScore;
  /** Null while there is only one score: nothing has changed or stayed the same yet. */
  change: ChangeClassification | null;
  /** Null where the instrument has no published reliable-change threshold (AUDIT-C). */
  band: ReliableChangeBand | null;
}

function checkedScores(definition: InstrumentDefinition, scores: readonly DatedScore[]): DatedScore[] {
  scores.forEach((score, index) => {
    if (!isIsoDate(score.date)) {
      throw new RangeError(
        `${definition.shortName} score ${index} date must be an ISO date (YYYY-MM-DD), got ${score.date}`,
      );
    }
    requireTotal(definition, score.total, `score ${index} total`);
  });
  // Array.prototype.sort is stable, so same-day scores keep their given order and the last
  // one given is the latest.
  return [...scores].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * One partner's series on one instrument: first and latest scores, the change between them
 * and the band to draw around the first. Null when the partner has no score yet.
 */
export function measureSeries(
  definition: InstrumentDefinition,
  scores: readonly DatedScore[],
  respondent: Respondent = {},
): MeasureSeries | null {
  const sorted = checkedScores(definition, scores);
  const first = sorted[0];
  const latest = sorted[sorted.length - 1];
  if (first === undefined || latest === undefined) return null;
  const threshold = definition.reliableChange.points;
  return {
    instrument: definition.id,
    scores: sorted,
    first,
    latest,
    change: sorted.length > 1 ? classifyChange(definition, first.total, latest.total, respondent) : null,
    band: threshold === null ? null : { lower: first.total - threshold, upper: first.total + threshold },
  };
}

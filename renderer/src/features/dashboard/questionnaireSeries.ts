import {
  type NamedPhrase,
  type PartnerNames,
  partnerWord,
  phraseText,
} from '@renderer/features/questionnaires/labels';
import type { PartnerTrajectory, Trajectory } from '@shared/contract/questionnaires';
import { epochDay } from '@shared/domain/dates';
import { instruments } from '@shared/domain/questionnaires';
import { type PartnerRow, partnerRows } from './areaSeries';
import { dateText } from './format';

/**
 * What the questionnaire charts draw, shaped from `questionnaires:trajectories` by pure
 * functions: the rows, each partner's reliable-change band as the chart can draw it, the
 * cut-off lines, the axis ticks, and the words under and behind each chart.
 */

type Partner = 'A' | 'B';
const PARTNERS: readonly Partner[] = ['A', 'B'];

/** Both partners' totals merged by date, oldest first (see `partnerRows`). */
export function trajectoryRows(trajectory: Trajectory): PartnerRow[] {
  const series = (partner: Partner) =>
    (trajectory.partners[partner]?.scores ?? []).map((score) => ({ date: score.date, value: score.total }));
  return partnerRows({ A: series('A'), B: series('B') });
}

/**
 * The band around a partner's first score, clipped to the instrument's range (the core leaves
 * it unclipped so "strictly inside is within measurement error" holds at both ends; a chart
 * cannot draw below 0). Drawn from the first score's date on. Null without a published
 * threshold or a score.
 */
export interface DrawnBand {
  partner: Partner;
  /** Where the band starts: the first score's day. */
  fromDay: number;
  lower: number;
  upper: number;
  /** Whether an edge was cut by the scale's end: the band goes on past it. */
  clipped: { lower: boolean; upper: boolean };
}

export function drawnBand(trajectory: Trajectory, partner: Partner): DrawnBand | null {
  const series = trajectory.partners[partner];
  if (!series?.band) return null;
  const lower = Math.max(series.band.lower, trajectory.min);
  const upper = Math.min(series.band.upper, trajectory.max);
  if (lower >= upper) return null;
  return {
    partner,
    fromDay: epochDay(series.first.date),
    lower,
    upper,
    clipped: { lower: series.band.lower < trajectory.min, upper: series.band.upper > trajectory.max },
  };
}

/**
 * The totals within measurement error of a partner's first score, as a reader counts them:
 * "0 to 8" for a first score of 3 and a threshold of 6 (totals are whole numbers, and a score on
 * the band's edge is already a reliable change). Null without a band.
 */
export function noChangeRange(trajectory: Trajectory, partner: Partner): string | null {
  const band = trajectory.partners[partner]?.band;
  if (!band) return null;
  const from = Math.max(Math.floor(band.lower) + 1, trajectory.min);
  const to = Math.min(Math.ceil(band.upper) - 1, trajectory.max);
  return `${from} to ${to}`;
}

/** The caseness cut-off lines: one for both partners when they share it, else one each (AUDIT-C by sex). */
export function cutOffLines(trajectory: Trajectory): { who: Partner | 'both'; value: number }[] {
  const { A, B } = trajectory.cutOff;
  const drawn = PARTNERS.filter((p) => trajectory.partners[p] !== null);
  if (A === B || drawn.length < 2) {
    const only = drawn.length === 1 && drawn[0] ? drawn[0] : null;
    return [{ who: 'both', value: only ? trajectory.cutOff[only] : A }];
  }
  return [
    { who: 'A', value: A },
    { who: 'B', value: B },
  ];
}

/** Ticks for a score axis: round steps that fit 5 to 7 labels, from the scale's lowest total. */
export function scoreTicks(min: number, max: number): number[] {
  const span = max - min;
  const step = [1, 2, 5, 10, 20, 25, 50].find((s) => span / s <= 6) ?? Math.ceil(span / 6);
  const ticks: number[] = [];
  for (let value = min; value <= max; value += step) ticks.push(value);
  return ticks;
}

const RELIABLE_WORDS: Record<NonNullable<PartnerTrajectory['change']>['reliableChange'], string> = {
  reliableImprovement: 'reliable improvement',
  reliableDeterioration: 'reliable deterioration',
  noReliableChange: 'no reliable change',
  noPublishedThreshold: 'no published threshold for reliable change',
};

function casenessWords(change: NonNullable<PartnerTrajectory['change']>, cutOff: number): string {
  switch (change.casenessChange) {
    case 'recovered':
      return `now below the cut-off (${cutOff})`;
    case 'becameCase':
      return `now at or above the cut-off (${cutOff})`;
    case 'stayedCase':
      return `still at or above the cut-off (${cutOff})`;
    case 'stayedNonCase':
      return `below the cut-off (${cutOff}) throughout`;
  }
}

/**
 * One partner's line under the chart: "Zoë: 18 → 9, reliable improvement; now below the
 * cut-off (10)", with "reliable recovery" where both hold (Jacobson & Truax). Where there is one
 * score so far, that score and its date; where none, that.
 */
export function partnerSummary(trajectory: Trajectory, partner: Partner, names: PartnerNames): NamedPhrase {
  const name = partnerWord(partner, names);
  const series = trajectory.partners[partner];
  if (!series) return { before: '', name, after: ': no scores yet' };
  const { change } = series;
  if (!change) {
    return {
      before: '',
      name,
      after: `: ${series.first.total} on ${dateText(series.first.date)}, one score so far`,
    };
  }
  const recovery = change.reliableRecovery ? ' (reliable recovery)' : '';
  return {
    before: '',
    name,
    after: `: ${series.first.total} → ${series.latest.total}, ${RELIABLE_WORDS[change.reliableChange]}; ${casenessWords(change, trajectory.cutOff[partner])}${recovery}`,
  };
}

/** The chart's accessible name: the scale, the dates, each partner's change, the band and the cut-off. */
export function describeTrajectory(trajectory: Trajectory, names: PartnerNames): string {
  const dates = trajectoryRows(trajectory).map((row) => row.date);
  const span =
    dates.length === 0
      ? 'No scores yet.'
      : `Scores from ${dateText(dates[0] ?? null)} to ${dateText(dates.at(-1) ?? null)}.`;
  const bands = PARTNERS.map((p) => {
    const range = noChangeRange(trajectory, p);
    return range
      ? `${partnerWord(p, names)}’s scores from ${range} are no reliable change from the first.`
      : '';
  });
  const cutOffs = cutOffLines(trajectory)
    .map((line) =>
      line.who === 'both'
        ? `Cut-off ${line.value}.`
        : `Cut-off for ${partnerWord(line.who, names)} ${line.value}.`,
    )
    .join(' ');
  return [
    `${trajectory.shortName}, total ${trajectory.min} to ${trajectory.max}, ${instruments[trajectory.instrument].lowerIsBetter ? 'higher is worse' : 'higher is better'}.`,
    span,
    ...PARTNERS.map((p) => `${phraseText(partnerSummary(trajectory, p, names))}.`),
    ...bands,
    cutOffs,
  ]
    .filter(Boolean)
    .join(' ');
}

import { measureSeries } from './change';
import { instruments } from './registry';
import { casenessCutOff } from './scoring';
import { type InstrumentId, instrumentIds } from './types';

/**
 * Both partners' trajectories on every instrument either has answered, and the reliable
 * deteriorations among them. The dashboard's dyadic charts, Today, the plan review and the
 * report all read these two functions, so no two of them can disagree about a change.
 */

type Partner = 'A' | 'B';

export interface ScoredResponse {
  partner: Partner;
  instrument: InstrumentId;
  answeredOn: string;
  total: number;
  mode: 'privateSelfReport' | 'clinicianEntered';
}

export interface PartnerTrajectory {
  scores: { date: string; total: number; mode: ScoredResponse['mode'] }[];
  first: { date: string; total: number };
  latest: { date: string; total: number };
  change: {
    reliableChange:
      | 'reliableImprovement'
      | 'reliableDeterioration'
      | 'noReliableChange'
      | 'noPublishedThreshold';
    casenessChange: 'recovered' | 'becameCase' | 'stayedCase' | 'stayedNonCase';
    reliableRecovery: boolean;
    difference: number;
  } | null;
  band: { lower: number; upper: number } | null;
}

export interface Trajectory {
  instrument: InstrumentId;
  shortName: string;
  min: number;
  max: number;
  threshold: number | null;
  cutOff: { A: number; B: number };
  attribution: string;
  partners: { A: PartnerTrajectory | null; B: PartnerTrajectory | null };
}

function partnerTrajectory(
  instrument: InstrumentId,
  responses: readonly ScoredResponse[],
): PartnerTrajectory | null {
  // Oldest first; the same day keeps the order given (the later entry counts as latest).
  const ordered = [...responses].sort((a, b) =>
    a.answeredOn < b.answeredOn ? -1 : a.answeredOn > b.answeredOn ? 1 : 0,
  );
  const series = measureSeries(
    instruments[instrument],
    ordered.map((r) => ({ date: r.answeredOn, total: r.total })),
  );
  if (!series) return null;
  return {
    scores: ordered.map((r) => ({ date: r.answeredOn, total: r.total, mode: r.mode })),
    first: series.first,
    latest: series.latest,
    change: series.change
      ? {
          reliableChange: series.change.reliableChange,
          casenessChange: series.change.casenessChange,
          reliableRecovery: series.change.reliableRecovery,
          difference: series.change.difference,
        }
      : null,
    band: series.band,
  };
}

/**
 * One trajectory per instrument answered by either partner, in the registry's order. Responses
 * are given oldest or newest first, in any order; `asOf` (ISO date) leaves out later ones, so a
 * report states the change as of its period's end.
 */
export function questionnaireTrajectories(responses: readonly ScoredResponse[], asOf?: string): Trajectory[] {
  const inScope = asOf === undefined ? responses : responses.filter((r) => r.answeredOn <= asOf);
  const out: Trajectory[] = [];
  for (const id of instrumentIds) {
    const mine = inScope.filter((r) => r.instrument === id);
    if (mine.length === 0) continue;
    const definition = instruments[id];
    out.push({
      instrument: id,
      shortName: definition.shortName,
      min: definition.min,
      max: definition.max,
      threshold: definition.reliableChange.points,
      // Partners' sex is not recorded: AUDIT-C's lower cut-off applies to both.
      cutOff: { A: casenessCutOff(definition), B: casenessCutOff(definition) },
      attribution: definition.attribution,
      partners: {
        A: partnerTrajectory(
          id,
          mine.filter((r) => r.partner === 'A'),
        ),
        B: partnerTrajectory(
          id,
          mine.filter((r) => r.partner === 'B'),
        ),
      },
    });
  }
  return out;
}

export interface Deterioration {
  partner: Partner;
  instrument: InstrumentId;
  shortName: string;
  first: { date: string; total: number };
  latest: { date: string; total: number };
}

/** Every partner and instrument whose latest score is a reliable deterioration from the first. */
export function reliableDeteriorations(trajectories: readonly Trajectory[]): Deterioration[] {
  return trajectories.flatMap((trajectory) =>
    (['A', 'B'] as const).flatMap((partner) => {
      const mine = trajectory.partners[partner];
      if (mine?.change?.reliableChange !== 'reliableDeterioration') return [];
      return [
        {
          partner,
          instrument: trajectory.instrument,
          shortName: trajectory.shortName,
          first: mine.first,
          latest: mine.latest,
        },
      ];
    }),
  );
}

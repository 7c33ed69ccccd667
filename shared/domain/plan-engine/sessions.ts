/**
 * Session frequency and mix: individual only while the safety screen is positive; twice a week
 * for severe use or three high-priority areas; fortnightly when everything is maintenance;
 * otherwise weekly, with an individual session per partner who needs one and a workshop for
 * trust history or poor communication.
 */
import { lowerFirst, partnerKeys } from './pick';
import type {
  EnginePartner,
  PartnerKey,
  PartnerSummary,
  ProposedProblemArea,
  SessionRecommendation,
} from './types';

// ---------------------------------------------------------------- sessions

export function recommendSessions(
  partners: Record<PartnerKey, EnginePartner>,
  summary: Record<PartnerKey, PartnerSummary>,
  problemAreas: readonly ProposedProblemArea[],
  trustHistoryReasons: string[],
  safetyReasonFor: (p: PartnerKey) => string[],
): SessionRecommendation {
  const safety = partnerKeys.flatMap(safetyReasonFor);
  if (safety.length > 0) {
    return {
      key: 'sessions',
      frequency: { sessions: 1, per: 'week' },
      mixPerFourWeeks: { joint: 0, individualA: 2, individualB: 2, workshop: 0 },
      reasons: [
        ...safety,
        'Joint sessions are paused while the safety screen is positive; each partner is seen individually, weekly, alternating',
      ],
    };
  }

  const individualReasons = (p: PartnerKey): string[] => {
    const reasons: string[] = [];
    const s = summary[p];
    if (s.severity === 'moderate' || s.severity === 'severe') {
      reasons.push(`${s.severity} use disorder (${s.criteriaMet} DSM-5 criteria)`);
    }
    if (partners[p].codependency.length > 0) {
      reasons.push(`${partners[p].codependency.length} co-dependency indicator(s)`);
    }
    if (partners[p].intent !== 'improve') {
      reasons.push(
        partners[p].intent === 'decide'
          ? 'came to decide about the relationship'
          : 'unsure why they have come',
      );
    }
    return reasons;
  };
  const indA = individualReasons('A');
  const indB = individualReasons('B');
  const high = problemAreas.filter((a) => a.priority === 'high');
  const severe = partnerKeys.filter((p) => summary[p].severity === 'severe');
  const anyNeed = indA.length + indB.length > 0;
  const onlyMaintenance =
    !anyNeed &&
    trustHistoryReasons.length === 0 &&
    problemAreas.every((a) => a.priority === 'maintenance') &&
    !summary.A.inRecovery &&
    !summary.B.inRecovery;
  const intensive = severe.length > 0 || high.length >= 3;

  const reasons: string[] = [];
  let total = 4;
  if (intensive) {
    total = 8;
    reasons.push(
      ...severe.map((p) => `Partner ${p}: severe use disorder`),
      ...(high.length >= 3
        ? [`${high.length} high-priority areas (${high.map((a) => lowerFirst(a.title)).join(', ')})`]
        : []),
      'Twice a week to start',
    );
  } else if (onlyMaintenance) {
    total = 2;
    reasons.push('Every area is rated 7 or more by both partners: sessions every two weeks for maintenance');
  } else {
    reasons.push('Weekly sessions: the usual pace for rebuilding intimacy');
  }
  const individualA = indA.length > 0 ? 1 : 0;
  const individualB = indB.length > 0 ? 1 : 0;
  const communicationHigh = problemAreas.some((a) => a.area === 'communication' && a.priority === 'high');
  const workshop = !onlyMaintenance && (trustHistoryReasons.length > 0 || communicationHigh) ? 1 : 0;
  if (individualA) reasons.push(...indA.map((r) => `Individual session for partner A: ${r}`));
  if (individualB) reasons.push(...indB.map((r) => `Individual session for partner B: ${r}`));
  if (workshop) {
    reasons.push(
      `Skills workshop: ${[...trustHistoryReasons, ...(communicationHigh ? ['communication is a high priority'] : [])].join('; ')}`,
    );
  }
  const joint = total - individualA - individualB - workshop;
  return {
    key: 'sessions',
    frequency:
      total === 8
        ? { sessions: 2, per: 'week' }
        : total === 2
          ? { sessions: 1, per: 'fortnight' }
          : { sessions: 1, per: 'week' },
    mixPerFourWeeks: { joint, individualA, individualB, workshop },
    reasons,
  };
}

/** Every library id a plan refers to, for checks and for the editor. */

import type { MilestoneMethod } from '@shared/domain/plan-engine/types';

export type PartnerNames = { A: string; B: string };

/** A source in the clinician's words, with the partners' names where the source is one partner. */
export function sourceLabel(source: MilestoneMethod, names: PartnerNames): string {
  switch (source) {
    case 'coupleLog':
      return 'Couple’s log or journal';
    case 'therapistEvaluation':
      return 'Therapist evaluation';
    case 'partnerFeedbackA':
      return `Feedback from ${partnerName('A', names)}`;
    case 'partnerFeedbackB':
      return `Feedback from ${partnerName('B', names)}`;
    case 'sessionObservation':
      return 'Observation in session';
  }
}

/** "Zoë (partner A)", or "partner A" while the name is unknown. */
export function partnerName(position: 'A' | 'B', names: PartnerNames): string {
  return names[position] ? `${names[position]} (partner ${position})` : `partner ${position}`;
}

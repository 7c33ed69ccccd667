import { CoreFailure, notFound } from '@core/errors';
import type { Session } from '@core/session';
import type { PlanVersion, PlanVersionSummary } from '@shared/contract/plans';
import { attendanceRate } from '@shared/domain/attendance';
import { toIsoDate } from '@shared/domain/dates';
import { isSafetySensitive } from '@shared/domain/library';
import { documentFromProposal, type PlanDocument, suggestionsWhileFlagged } from '@shared/domain/plan';
import { proposePlan } from '@shared/domain/plan-engine';
import { recentAbstinence } from '@shared/domain/progress/milestone-series';

/** A version as lists and comparisons show it: everything but its document. */
export function planSummary({ document: _, ...summary }: PlanVersion): PlanVersionSummary {
  return summary;
}

export function loadVersion(s: Session, id: string): PlanVersion {
  const version = s.plans.get(id);
  if (!version) throw notFound('plan version');
  return version;
}

/**
 * The engine's proposal for the couple as a draft document: from their latest assessment,
 * their attendance so far and the library as the clinician has edited it.
 */
export function proposalFor(
  s: Session,
  coupleId: string,
  now: Date,
): { document: PlanDocument; assessmentId: string } {
  const latest = s.assessments.listForCouple(coupleId)[0];
  const assessment = latest ? s.assessments.get(latest.id) : null;
  if (!assessment) {
    throw new CoreFailure('not_found', 'Record an intake assessment first: the proposal is built from it.');
  }
  const rate = attendanceRate(s.sessions.listForCouple(coupleId));
  const library = s.library.entries();
  // Milestone history arrives with measurements; until then nothing can count as stalled.
  const today = toIsoDate(now);
  const proposal = proposePlan({
    assessment,
    library,
    history: {
      attendanceRate: rate,
      stalledMilestones: 0,
      abstinentDaysPerWeek: recentAbstinence(s.calendar.days(coupleId, '0000-01-01', today), today),
    },
  });
  const document = documentFromProposal(proposal, today, {
    assessmentId: assessment.id,
    assessedOn: assessment.assessedOn,
    attendanceRate: rate,
  });
  if (s.safety.list({ coupleId, openOnly: true }).length === 0) {
    return { document, assessmentId: assessment.id };
  }
  const held = new Set(library.filter((e) => e.conjoint || isSafetySensitive(e)).map((e) => e.id));
  return { document: suggestionsWhileFlagged(document, (id) => held.has(id)), assessmentId: assessment.id };
}

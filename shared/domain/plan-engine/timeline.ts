import type { UseDisorderSeverity } from '@shared/domain/assessment';
import {
  attendanceWeeks,
  bothInRecoveryWeeks,
  commitmentWeeks,
  safetyWeeks,
  severityWeeks,
  weeksPerStalledMilestone,
  yearsOfUseWeeks,
} from './rules';
import type { EnginePartner, PartnerSummary, PlanEngineInput, TimelineEstimate } from './types';

const severityRank: Record<UseDisorderSeverity, number> = { none: 0, mild: 1, moderate: 2, severe: 3 };

export function worseSeverity(a: UseDisorderSeverity, b: UseDisorderSeverity): UseDisorderSeverity {
  return severityRank[a] >= severityRank[b] ? a : b;
}

function clampCommitment(value: number): 1 | 2 | 3 | 4 | 5 {
  return Math.min(5, Math.max(1, Math.round(value))) as 1 | 2 | 3 | 4 | 5;
}

/**
 * Weeks of meaningful progress expected: a base range from the worse severity, lengthened by
 * years of use, the lower commitment, attendance so far, stalled milestones, a positive safety
 * screen and both partners being in recovery. Every term only ever adds weeks, so a worse
 * input can never shorten the estimate.
 */
export function estimateTimeline(
  A: EnginePartner,
  B: EnginePartner,
  summary: { A: PartnerSummary; B: PartnerSummary },
  history: PlanEngineInput['history'],
  safetyFirst: boolean,
): TimelineEstimate {
  const reasons: string[] = [];
  const severity = worseSeverity(summary.A.severity, summary.B.severity);
  const base = severityWeeks[severity];
  let min = base.min;
  let max = base.max;
  reasons.push(
    severity === 'none'
      ? `No use disorder scored from the DSM-5 checklist: base ${base.min}-${base.max} weeks`
      : `Worse use-disorder severity is ${severity} (${Math.max(summary.A.criteriaMet, summary.B.criteriaMet)} DSM-5 criteria): base ${base.min}-${base.max} weeks`,
  );

  const years = Math.max(A.yearsOfUse ?? 0, B.yearsOfUse ?? 0);
  const yearsRow = yearsOfUseWeeks.find((row) => years >= row.minYears);
  if (yearsRow && yearsRow.max > 0) {
    min += yearsRow.min;
    max += yearsRow.max;
    reasons.push(`${years} years of use: +${yearsRow.min}-${yearsRow.max} weeks`);
  }

  const commitment = clampCommitment(Math.min(A.commitment, B.commitment));
  const commitmentRow = commitmentWeeks[commitment];
  if (commitmentRow.max > 0) {
    min += commitmentRow.min;
    max += commitmentRow.max;
    const who = A.commitment <= B.commitment ? 'A' : 'B';
    reasons.push(
      `Partner ${who} rated commitment ${commitment}/5: +${commitmentRow.min}-${commitmentRow.max} weeks`,
    );
  }

  const rate = history?.attendanceRate;
  if (typeof rate === 'number' && Number.isFinite(rate)) {
    const clamped = Math.min(1, Math.max(0, rate));
    const row = attendanceWeeks.find((r) => clamped >= r.minRate);
    if (row && row.max > 0) {
      min += row.min;
      max += row.max;
      reasons.push(`Attendance so far ${Math.round(clamped * 100)}%: +${row.min}-${row.max} weeks`);
    }
  }

  const stalled = Math.min(
    weeksPerStalledMilestone.cap,
    Math.max(0, Math.floor(history?.stalledMilestones ?? 0)),
  );
  if (stalled > 0) {
    min += stalled * weeksPerStalledMilestone.min;
    max += stalled * weeksPerStalledMilestone.max;
    reasons.push(
      `${stalled} stalled milestone${stalled === 1 ? '' : 's'}: +${stalled * weeksPerStalledMilestone.min}-${stalled * weeksPerStalledMilestone.max} weeks`,
    );
  }

  if (safetyFirst) {
    min += safetyWeeks.min;
    max += safetyWeeks.max;
    reasons.push(
      `Safety screen positive, so stabilizing comes first: +${safetyWeeks.min}-${safetyWeeks.max} weeks`,
    );
  }

  if (summary.A.inRecovery && summary.B.inRecovery) {
    min += bothInRecoveryWeeks.min;
    max += bothInRecoveryWeeks.max;
    reasons.push(
      `Both partners are in recovery: +${bothInRecoveryWeeks.min}-${bothInRecoveryWeeks.max} weeks`,
    );
  }

  return { key: 'timeline', minWeeks: min, maxWeeks: max, reasons };
}

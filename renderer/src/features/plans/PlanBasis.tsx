import { safetyReasonLabel } from '@renderer/features/safety/labels';
import { safetyItems } from '@shared/domain/assessment';
import { formatIsoDate } from '@shared/domain/dates';
import type { PlanBasis as Basis, PlanDocument } from '@shared/domain/plan';

const SEVERITY_WORDS: Record<Basis['partners']['A']['severity'], string> = {
  none: 'no substance use disorder',
  mild: 'mild use disorder',
  moderate: 'moderate use disorder',
  severe: 'severe use disorder',
};

function severityText(partner: Basis['partners']['A']): string {
  // A plan signed before the switch existed has no `dsm5Assessed`; its basis reads as it always did.
  if (partner.dsm5Assessed === false) return 'DSM-5 criteria not assessed';
  const criteria = partner.criteriaMet === 1 ? '1 DSM-5 criterion' : `${partner.criteriaMet} DSM-5 criteria`;
  return `${SEVERITY_WORDS[partner.severity]} (${criteria})`;
}

function partnerLine(position: 'A' | 'B', partner: Basis['partners']['A'], name: string): string {
  const parts = [severityText(partner), partner.inRecovery ? 'in recovery' : 'not in recovery'];
  if (partner.unaskedSafety && partner.unaskedSafety.length > 0) {
    parts.push(
      `safety screen not done (${partner.unaskedSafety.length} of ${safetyItems.length} items not asked)`,
    );
  }
  const who = name ? `Partner ${position} (${name})` : `Partner ${position}`;
  return `${who}: ${parts.join(', ')}`;
}

/** When the safety screen was positive: what the plan does about it, above everything else. */
export function SafetyFirstNotice({ document }: { document: PlanDocument }) {
  if (!document.safetyFirst) return null;
  const reasons = document.basis
    ? (['A', 'B'] as const).flatMap((position) =>
        (document.basis?.partners[position].positiveSafety ?? []).map((id) =>
          safetyReasonLabel(`${position}.${id}`),
        ),
      )
    : [];
  return (
    <div className="banner banner--safety plan-safety">
      <p className="banner__title">Safety first</p>
      <p>
        The safety screen was positive{reasons.length > 0 ? ` (${reasons.join('; ')})` : ''}. Safety planning
        and individual sessions come first; no conjoint touch or conflict exercises are proposed.
      </p>
    </div>
  );
}

/** What a proposal was built from, so a reader later sees why the plan looks as it does. */
export function PlanBasis({
  document,
  partnerNames,
}: {
  document: PlanDocument;
  partnerNames: { A: string; B: string };
}) {
  const { basis } = document;
  if (!basis) return null;
  const attendance =
    basis.attendanceRate === null
      ? 'no sessions booked before the proposal'
      : `${Math.round(basis.attendanceRate * 100)}% of booked sessions attended`;
  return (
    <section className="plan-basis" aria-labelledby="plan-basis-heading">
      <h2 id="plan-basis-heading" className="plan-basis__title">
        Proposed from the assessment of {formatIsoDate(basis.assessedOn)}
      </h2>
      <ul className="plan-basis__list">
        <li>{partnerLine('A', basis.partners.A, partnerNames.A)}</li>
        <li>{partnerLine('B', basis.partners.B, partnerNames.B)}</li>
        <li>Attendance: {attendance}</li>
      </ul>
    </section>
  );
}

import type { AuditCResult, UseDisorderSeverity } from '@shared/domain/assessment';
import { severityWords } from './assessmentValues';

/**
 * DSM-5 severity from the criteria count, in words, announced politely as boxes are ticked;
 * "Not assessed" while the criteria are switched off, never "no use disorder".
 */
export function SeverityScore({
  dsm5Assessed,
  criteriaMet,
  severity,
}: {
  dsm5Assessed: boolean;
  criteriaMet: number;
  severity: UseDisorderSeverity;
}) {
  if (!dsm5Assessed) {
    return (
      <p className="score score--none" aria-live="polite">
        <span className="score__label">DSM-5 severity:</span> Not assessed
      </p>
    );
  }
  return (
    <p className={`score score--${severity === 'none' ? 'none' : 'some'}`} aria-live="polite">
      <span className="score__label">DSM-5 severity:</span> {severityWords[severity]} ·{' '}
      {criteriaMet === 1 ? '1 criterion met' : `${criteriaMet} criteria met`}
    </p>
  );
}

export function AuditCScore({ result }: { result: AuditCResult | null }) {
  return (
    <p className={`score score--${result?.positive ? 'positive' : 'none'}`} aria-live="polite">
      <span className="score__label">AUDIT-C:</span>{' '}
      {result
        ? `${result.total} of 12 · ${result.positive ? 'positive screen' : 'negative screen'} (cut-off ${result.cutOff})`
        : 'answer all three questions to score'}
    </p>
  );
}

import { formatDate, formatInstantDate } from '@renderer/features/couples/format';
import type { PlanVersion } from '@shared/contract/plans';
import { formatInstant } from '@shared/domain/dates';
import { reviewStatus } from '@shared/domain/plan';
import { reviewStatusLabels } from './planLabels';

/** Who signed a version and when, and when it is due for review. */
export function SignedPlanSummary({ version, today }: { version: PlanVersion; today: string }) {
  const status = version.reviewDate ? reviewStatus(version.reviewDate, today) : null;
  return (
    <dl className="details details--summary plan-signature">
      <div className="details__row">
        <dt>Signed</dt>
        <dd>
          {version.signedAt
            ? `${formatInstant(version.signedAt)} by ${version.signedBy ?? 'unknown'}`
            : 'Not signed'}
        </dd>
      </div>
      <div className="details__row">
        <dt>Review date</dt>
        <dd>
          {formatDate(version.reviewDate) ?? 'Not set'}
          {status && status !== 'scheduled' && version.status === 'active' ? (
            <span className={`badge badge--review-${status}`}>{reviewStatusLabels[status]}</span>
          ) : null}
        </dd>
      </div>
      {version.supersededAt ? (
        <div className="details__row">
          <dt>Superseded</dt>
          <dd>{formatInstantDate(version.supersededAt)}</dd>
        </div>
      ) : null}
    </dl>
  );
}

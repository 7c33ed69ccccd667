import { formatDate, formatInstantDate } from '@renderer/features/couples/format';
import type { PlanVersionSummary } from '@shared/contract/plans';
import { Link } from 'react-router';
import { planSourceLabels, planStatusLabels } from './planLabels';

export function PlanStatusBadge({ status }: { status: PlanVersionSummary['status'] }) {
  return <span className={`badge badge--plan-${status}`}>{planStatusLabels[status]}</span>;
}

/** Every version of the couple's plan, newest first, with its status and dates. */
export function VersionHistory({
  coupleId,
  versions,
}: {
  coupleId: string;
  versions: readonly PlanVersionSummary[];
}) {
  return (
    <div className="table-wrap">
      <table className="table version-table">
        <caption className="table__caption">Version history</caption>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Status</th>
            <th scope="col">Started</th>
            <th scope="col">Signed</th>
            <th scope="col">Superseded</th>
            <th scope="col">Review date</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((version) => (
            <tr key={version.id}>
              <th scope="row">
                <Link
                  to={
                    version.status === 'draft'
                      ? `/couples/${coupleId}/plan/draft`
                      : `/couples/${coupleId}/plan/versions/${version.id}`
                  }
                >
                  Version {version.version}
                </Link>
              </th>
              <td>
                <PlanStatusBadge status={version.status} />
              </td>
              <td>
                {formatInstantDate(version.createdAt)}
                <span className="table__sub">{planSourceLabels[version.source]}</span>
              </td>
              <td>
                {version.signedAt ? (
                  <>
                    {formatInstantDate(version.signedAt)}
                    <span className="table__sub">{version.signedBy}</span>
                  </>
                ) : (
                  <span className="muted">Not signed</span>
                )}
              </td>
              <td>
                {version.supersededAt ? (
                  formatInstantDate(version.supersededAt)
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
              <td>{formatDate(version.reviewDate) ?? <span className="muted">Not set</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

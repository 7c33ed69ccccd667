import { today as todayIso } from '@renderer/features/couples/format';
import { PrintDocumentButton } from '@renderer/features/reports/PrintDocumentButton';
import { PrintForRecipient } from '@renderer/features/reports/PrintForRecipient';
import { QueryView } from '@renderer/ui/states';
import type { Couple } from '@shared/contract/couples';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { PlanBasis, SafetyFirstNotice } from './PlanBasis';
import { PlanOutline } from './PlanOutline';
import { PlanPageFrame } from './PlanPageFrame';
import { planVersionQuery } from './queries';
import { SignedPlanSummary } from './SignedPlanSummary';
import { usePartnerNames } from './usePartnerNames';
import { PlanStatusBadge } from './VersionHistory';

/** One signed (active or superseded) version, read-only, as it was signed. */
export function PlanVersionPage() {
  const { id = '', versionId = '' } = useParams();
  return (
    <PlanPageFrame coupleId={id} title="Treatment plan version">
      {(couple) => <VersionBody couple={couple} versionId={versionId} />}
    </PlanPageFrame>
  );
}

function VersionBody({ couple, versionId }: { couple: Couple; versionId: string }) {
  const version = useQuery(planVersionQuery(versionId));
  const partnerNames = usePartnerNames(couple);
  const [today] = useState(todayIso);
  return (
    <QueryView query={version} loading="Loading the version…" errorTitle="This version could not be opened">
      {(versionData) => {
        const v = versionData;
        return (
          <section className="panel plan-active" aria-labelledby="version-heading">
            <div className="plan-version__head">
              <h2 id="version-heading" className="plan-active__title">
                Version {v.version} <PlanStatusBadge status={v.status} />
              </h2>
              {v.status === 'draft' ? null : (
                <PrintDocumentButton request={{ kind: 'plan', versionId: v.id }} label="Print plan" />
              )}
            </div>
            {v.status === 'draft' ? (
              <p>
                This version is the open draft.{' '}
                <Link to={`/couples/${couple.id}/plan/draft`}>Continue editing it</Link>.
              </p>
            ) : (
              <>
                <SignedPlanSummary version={v} today={today} />
                <PrintForRecipient
                  coupleId={couple.id}
                  request={{ kind: 'plan', versionId: v.id }}
                  what="plan"
                  partnerNames={partnerNames}
                />
              </>
            )}
            <SafetyFirstNotice document={v.document} />
            <PlanBasis document={v.document} partnerNames={partnerNames} />
            <PlanOutline document={v.document} partnerNames={partnerNames} />
          </section>
        );
      }}
    </QueryView>
  );
}

import { errorMessage } from '@renderer/api/client';
import { today as todayIso } from '@renderer/features/couples/format';
import { PlanEditor } from '@renderer/features/plans/editor/PlanEditor';
import { allQueries, EmptyState, ErrorState, LoadingState, QueryView } from '@renderer/ui/states';
import type { Couple } from '@shared/contract/couples';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { PlanPageFrame } from './PlanPageFrame';
import { couplePlanQuery, planReviewQuery, useStartDraft } from './queries';
import { ReviewSummary } from './ReviewSummary';
import { usePartnerNames } from './usePartnerNames';

/**
 * Between sessions: what changed since the plan was signed, next to a revision draft of it,
 * so the clinician adjusts and re-signs in one place.
 */
export function PlanReviewPage() {
  const { id = '' } = useParams();
  return (
    <PlanPageFrame coupleId={id} title="Plan review" wide>
      {(couple) => <ReviewBody couple={couple} />}
    </PlanPageFrame>
  );
}

function ReviewBody({ couple }: { couple: Couple }) {
  const review = useQuery(planReviewQuery(couple.id));
  const plan = useQuery(couplePlanQuery(couple.id));
  const partnerNames = usePartnerNames(couple);

  return (
    <QueryView
      query={allQueries([review, plan])}
      loading="Gathering what changed…"
      errorTitle="The review could not be prepared"
    >
      {([reviewData, planData]) => {
        if (!planData.active)
          return (
            <EmptyState title="No signed plan to review yet">
              <p>
                A review compares what happened with the active plan. Sign a plan first on the{' '}
                <Link to={`/couples/${couple.id}?tab=plan`}>Plan tab</Link>.
              </p>
            </EmptyState>
          );
        return (
          <div className="review-layout">
            <section className="review-layout__changes panel" aria-labelledby="review-changes-heading">
              <h2 id="review-changes-heading" className="review-layout__title">
                What changed
              </h2>
              <ReviewSummary review={reviewData} partnerNames={partnerNames} />
            </section>
            <div className="review-layout__plan">
              <RevisionDraft couple={couple} partnerNames={partnerNames} />
            </div>
          </div>
        );
      }}
    </QueryView>
  );
}

/** The open draft, or a revision of the active plan opened for this review. */
function RevisionDraft({ couple, partnerNames }: { couple: Couple; partnerNames: { A: string; B: string } }) {
  const plan = useQuery(couplePlanQuery(couple.id));
  const start = useStartDraft(couple.id);
  const navigate = useNavigate();
  const [today] = useState(todayIso);
  const asked = useRef(false);
  const draft = plan.data?.draft ?? null;
  const { mutate } = start;

  useEffect(() => {
    if (draft || asked.current || !plan.data?.active) return;
    asked.current = true;
    mutate('active');
  }, [draft, plan.data?.active, mutate]);

  const backToPlan = (flash: string) => navigate(`/couples/${couple.id}?tab=plan`, { state: { flash } });

  if (start.isError)
    return (
      <ErrorState
        title="A revision could not be started"
        message={errorMessage(start.error)}
        onRetry={() => mutate('active')}
      />
    );
  if (!draft) return <LoadingState label="Opening a revision of the active plan…" />;
  return (
    <PlanEditor
      key={draft.id}
      coupleId={couple.id}
      draft={draft}
      partnerNames={partnerNames}
      safetyFlagOpen={couple.openSafetyFlags > 0}
      today={today}
      onSigned={(version) => backToPlan(`Version ${version.version} is signed and is now the active plan.`)}
      onDiscarded={() => backToPlan('The revision draft was discarded.')}
    />
  );
}

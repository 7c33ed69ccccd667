import { formatInstantDate, today as todayIso } from '@renderer/features/couples/format';
import { EmptyState, QueryView } from '@renderer/ui/states';
import type { Couple } from '@shared/contract/couples';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { PlanOutline } from './PlanOutline';
import { couplePlanQuery } from './queries';
import { SignedPlanSummary } from './SignedPlanSummary';
import { StartPlanActions } from './StartPlanActions';
import { usePartnerNames } from './usePartnerNames';
import { VersionHistory } from './VersionHistory';

/**
 * The couple's treatment plan: the active version read-only, the open draft if any, the ways
 * to start one, the review screen, and every version with a way to compare any two.
 */
export function PlanTab({ couple }: { couple: Couple }) {
  const plan = useQuery(couplePlanQuery(couple.id));
  const partnerNames = usePartnerNames(couple);
  const [today] = useState(todayIso);
  return (
    <QueryView
      query={plan}
      loading="Loading the treatment plan…"
      errorTitle="The treatment plan could not be loaded"
    >
      {(planData) => {
        const { active, draft, versions } = planData;
        const base = `/couples/${couple.id}/plan`;
        if (!active && !draft && versions.length === 0)
          return (
            <EmptyState
              title="No treatment plan yet"
              action={<StartPlanActions coupleId={couple.id} hasActive={false} />}
            >
              <p>
                Propose a plan from the latest assessment: every suggested goal, objective and exercise says
                why it is there, and you accept, edit or reject each one. Or start from a blank page.
              </p>
            </EmptyState>
          );

        const draftNotice = draft ? (
          <div className="banner banner--draft plan-draft-banner">
            <p className="banner__title">Draft version {draft.version} is open</p>
            <p>
              Started {formatInstantDate(draft.createdAt)}, last saved {formatInstantDate(draft.updatedAt)}.
              Finish and sign it, or discard it, before starting another.
            </p>
            <div className="tab-panel__actions">
              <Link to={`${base}/draft`} className="button button--primary">
                Continue draft
              </Link>
            </div>
          </div>
        ) : null;

        const links =
          active || versions.length >= 2 ? (
            <div className="tab-panel__actions">
              {active ? (
                <Link to={`${base}/review`} className="button button--secondary">
                  Review between sessions
                </Link>
              ) : null}
              {active ? (
                <Link to={`/couples/${couple.id}/measurements`} className="button button--secondary">
                  Record measurements
                </Link>
              ) : null}
              {versions.length >= 2 ? (
                <Link to={`${base}/compare`} className="button button--secondary">
                  Compare versions
                </Link>
              ) : null}
            </div>
          ) : null;

        return (
          <div className="tab-panel__stack">
            {draftNotice ?? <StartPlanActions coupleId={couple.id} hasActive={active !== null} />}
            {links}
            {active ? (
              <section className="panel plan-active" aria-labelledby="active-plan-heading">
                <h2 id="active-plan-heading" className="plan-active__title">
                  Active plan: version {active.version}
                </h2>
                <SignedPlanSummary version={active} today={today} />
                <PlanOutline document={active.document} partnerNames={partnerNames} />
              </section>
            ) : null}
            {versions.length > 0 ? <VersionHistory coupleId={couple.id} versions={versions} /> : null}
          </div>
        );
      }}
    </QueryView>
  );
}

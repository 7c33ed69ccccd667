import { trajectoriesQuery } from '@renderer/features/questionnaires/queries';
import { allQueries, EmptyState, LoadingState, QueryView } from '@renderer/ui/states';
import type { Couple } from '@shared/contract/couples';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect } from 'react';
import { Link } from 'react-router';
import { dashboardContent } from './emptiness';
import { dashboardQuery } from './queries';

/**
 * The charts' code (the charting library is most of it) loads on first use, not at start-up.
 * It starts loading as soon as the tab opens, alongside the data rather than after it.
 */
let dashboardModule: Promise<typeof import('./ProgressDashboard')> | null = null;
function loadDashboard() {
  dashboardModule ??= import('./ProgressDashboard').catch((error: unknown) => {
    dashboardModule = null; // let the next visit try again
    throw error;
  });
  return dashboardModule;
}
const ProgressDashboard = lazy(() =>
  loadDashboard().then((module) => ({ default: module.ProgressDashboard })),
);

/** The couple page's Progress tab: loads the dashboard, or says what to record first. */
export function ProgressTab({ couple }: { couple: Couple }) {
  const dashboard = useQuery(dashboardQuery(couple.id));
  const trajectories = useQuery(trajectoriesQuery(couple.id));
  useEffect(() => {
    void loadDashboard();
  }, []);
  return (
    <QueryView
      query={allQueries([dashboard, trajectories])}
      loading="Loading the progress dashboard…"
      errorTitle="The progress dashboard could not be loaded"
    >
      {([dashboardData, trajectoryData]) => {
        const content = dashboardContent(dashboardData);
        // Questionnaire scores alone are progress to show: a couple may answer them before any plan or rating.
        if (content.isEmpty && trajectoryData.items.length === 0)
          return (
            <EmptyState
              title="No progress to show yet"
              action={
                <div className="tab-panel__actions">
                  <Link to={`/couples/${couple.id}?tab=plan`} className="button button--primary">
                    Go to the treatment plan
                  </Link>
                  <Link to={`/couples/${couple.id}?tab=assessments`} className="button button--secondary">
                    Go to assessments
                  </Link>
                </div>
              }
            >
              <p>
                This dashboard fills in as the record grows: an intake assessment gives each partner’s first
                ratings, a signed treatment plan sets the targets and milestones, and session check-ins,
                measurements and the recovery calendar show what has changed since.
              </p>
            </EmptyState>
          );
        return (
          <Suspense fallback={<LoadingState label="Loading the charts…" />}>
            <ProgressDashboard
              couple={couple}
              dashboard={dashboardData}
              content={content}
              trajectories={trajectoryData.items}
            />
          </Suspense>
        );
      }}
    </QueryView>
  );
}

import { usePartnerNames } from '@renderer/features/plans/usePartnerNames';
import { ProgressReportButton } from '@renderer/features/reports/ProgressReportButton';
import type { Couple } from '@shared/contract/couples';
import type { Trajectory } from '@shared/contract/questionnaires';
import type { Dashboard } from '@shared/domain/dashboard';
import { Link } from 'react-router';
import { AreaChartsSection } from './AreaChartsSection';
import { ClinicianFlags } from './ClinicianFlags';
import { ConsistencyFigures } from './ConsistencyFigures';
import type { DashboardContent } from './emptiness';
import { MilestoneList } from './MilestoneList';
import { AdherenceChart, AttendanceChart } from './MonthlyCharts';
import { ProgressToolbar } from './ProgressToolbar';
import { QuestionnairesSection } from './QuestionnairesSection';
import { RadarSection } from './RadarSection';
import { RecoveryHeatmap } from './RecoveryHeatmap';
import { StreakCards } from './StreakCards';
import { useViewSwitches } from './useViewSwitches';
import { WinsPanel } from './WinsPanel';

/**
 * The couple's progress, drawn from `dashboard:get` as the core computed it (the PDF report
 * draws the same data). Loaded on demand: the charting library stays out of the app's first load.
 */
export function ProgressDashboard({
  couple,
  dashboard: d,
  content,
  trajectories,
}: {
  couple: Couple;
  dashboard: Dashboard;
  content: DashboardContent;
  trajectories: readonly Trajectory[];
}) {
  const names = usePartnerNames(couple);
  const { shareable, tables, set } = useViewSwitches();
  const planLink = `/couples/${couple.id}?tab=plan`;
  return (
    <div className={`progress-dashboard${shareable ? ' progress-dashboard--shareable' : ''}`}>
      <div className="progress-dashboard__bar">
        <ProgressToolbar shareable={shareable} tables={tables} onChange={set} />
        {/* Keyed by couple: its remembered choices (and summary) must never carry over to another. */}
        <ProgressReportButton key={couple.id} couple={couple} />
      </div>
      {shareable ? (
        <div className="banner banner--shareable" role="status" data-testid="shareable-notice">
          <p className="banner__title">Shareable view is on</p>
          <p>
            Safety flags, gaps between the partners’ ratings, stalled-milestone badges and other
            clinician-only flags are hidden, so this screen can be shown to the couple. Turn the switch off to
            see them again.
          </p>
        </div>
      ) : (
        <ClinicianFlags flags={d.flags} />
      )}
      {content.hasPlan ? null : (
        <div className="notice notice--info progress-notice">
          <p className="notice__title">No signed treatment plan yet</p>
          <p>
            Targets, milestones and the estimate of time left appear here once a plan is signed.{' '}
            <Link to={planLink}>Go to the plan</Link>
          </p>
        </div>
      )}
      <WinsPanel wins={d.wins} shareable={shareable} />
      <StreakCards
        streaks={d.streaks}
        timeline={d.timeline}
        names={names}
        shareable={shareable}
        hasCalendar={content.hasCalendar}
        coupleId={couple.id}
      />
      {content.hasPlan ? (
        <MilestoneList milestones={d.milestones} coupleId={couple.id} shareable={shareable} />
      ) : null}
      <AreaChartsSection
        areas={d.areas}
        markers={d.markers}
        names={names}
        shareable={shareable}
        allTables={tables}
      />
      <RadarSection points={d.radar} names={names} allTables={tables} />
      <QuestionnairesSection
        trajectories={trajectories}
        coupleId={couple.id}
        names={names}
        shareable={shareable}
        allTables={tables}
      />
      <section className="progress-section" aria-labelledby="progress-monthly-title">
        <h2 id="progress-monthly-title">Month by month</h2>
        <ConsistencyFigures consistency={d.consistency} />
        <div className="chart-grid">
          <AttendanceChart months={d.attendance} allTables={tables} />
          <AdherenceChart months={d.adherence} names={names} allTables={tables} />
        </div>
        <RecoveryHeatmap days={d.heatmap} allTables={tables} />
      </section>
    </div>
  );
}

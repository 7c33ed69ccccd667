import { AssessmentsTab } from '@renderer/features/assessments/AssessmentsTab';
import { CalendarTab } from '@renderer/features/calendar/CalendarTab';
import { ConsentsTab } from '@renderer/features/consents/ConsentsTab';
import { ProgressTab } from '@renderer/features/dashboard/ProgressTab';
import { isShareable } from '@renderer/features/dashboard/viewParams';
import { ProcessNotesTab } from '@renderer/features/notes/ProcessNotesTab';
import { PlanTab } from '@renderer/features/plans/PlanTab';
import { QuestionnairesTab } from '@renderer/features/questionnaires/QuestionnairesTab';
import { SafetyBanner } from '@renderer/features/safety/SafetyBanner';
import { SessionsTab } from '@renderer/features/sessions/SessionsTab';
import { TimelineTab } from '@renderer/features/timeline/TimelineTab';
import { PageHeading } from '@renderer/ui/PageHeading';
import { SafetyFlagBadge } from '@renderer/ui/SafetyFlagBadge';
import { StatusBadge } from '@renderer/ui/StatusBadge';
import { isNotFound, notFoundOr, pageFrame, QueryView } from '@renderer/ui/states';
import { TabLinks } from '@renderer/ui/Tabs';
import type { Couple } from '@shared/contract/couples';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { ArchiveCoupleDialog } from './ArchiveCoupleDialog';
import { formatDate, formatInstantDate, today as todayIso } from './format';
import { PartnerCard } from './PartnerCard';
import { coupleQuery } from './queries';

const COUPLE_TABS = [
  'overview',
  'timeline',
  'sessions',
  'assessments',
  'questionnaires',
  'plan',
  'progress',
  'calendar',
  'consents',
  'process',
] as const;
type CoupleTab = (typeof COUPLE_TABS)[number];
const TAB_LABELS: Record<CoupleTab, string> = {
  overview: 'Overview',
  timeline: 'Timeline',
  sessions: 'Sessions',
  assessments: 'Assessments',
  questionnaires: 'Questionnaires',
  plan: 'Plan',
  progress: 'Progress',
  calendar: 'Calendar',
  consents: 'Consents',
  process: 'Process notes',
};

/** The section shown, from `?tab=`; anything unknown shows the overview. */
function useCoupleTab(): CoupleTab {
  const [params] = useSearchParams();
  const value = params.get('tab');
  return COUPLE_TABS.find((tab) => tab === value) ?? 'overview';
}

/** A one-line confirmation passed by the page that navigated here ("Changes saved."). */
function useFlash(): string | null {
  const state: unknown = useLocation().state;
  if (state && typeof state === 'object' && 'flash' in state && typeof state.flash === 'string')
    return state.flash;
  return null;
}

export function CoupleDetailPage() {
  const { id = '' } = useParams();
  const couple = useQuery(coupleQuery(id));

  return (
    <QueryView
      query={couple}
      loading="Loading the couple…"
      errorTitle={notFoundOr('This couple was not found', 'This couple could not be opened')}
      canRetry={(error) => !isNotFound(error)}
      frame={pageFrame('Couple', <BackLink />)}
    >
      {(found) => <CoupleDetail couple={found} />}
    </QueryView>
  );
}

function BackLink() {
  return (
    <p className="back-link">
      <Link to="/couples">
        <span aria-hidden="true">← </span>All couples
      </Link>
    </p>
  );
}

function CoupleDetail({ couple }: { couple: Couple }) {
  const flash = useFlash();
  const [archiving, setArchiving] = useState(false);
  const [archivedNow, setArchivedNow] = useState(false);
  const [today] = useState(todayIso);
  const archived = couple.status === 'archived';
  const bannerRef = useRef<HTMLDivElement>(null);
  const tab = useCoupleTab();
  // Shown to the couple: the safety badge and banner stay off the screen (see the Progress tab).
  const [searchParams] = useSearchParams();
  const shareable = tab === 'progress' && isShareable(searchParams);

  // The Archive button that had focus is gone once archived: move focus to the news instead.
  // The cached record may turn archived a render after the dialog reports success: wait for both.
  useEffect(() => {
    if (archivedNow && archived) bannerRef.current?.focus();
  }, [archivedNow, archived]);

  return (
    <div className="page">
      <BackLink />
      <div className="page-header">
        <div className="page-header__title">
          <PageHeading>{couple.displayName}</PageHeading>
          <StatusBadge status={couple.status} />
          {shareable ? null : <SafetyFlagBadge count={couple.openSafetyFlags} />}
        </div>
        <div className="page-header__actions">
          <Link to={`/couples/${couple.id}/edit`} className="button button--primary">
            Edit
          </Link>
          {archived ? null : (
            <button type="button" className="button button--secondary" onClick={() => setArchiving(true)}>
              Archive
            </button>
          )}
        </div>
      </div>
      {flash && !archivedNow ? (
        <p className="notice notice--success" role="status">
          {flash}
        </p>
      ) : null}
      {shareable ? null : <SafetyBanner coupleId={couple.id} openCount={couple.openSafetyFlags} />}
      {archived ? (
        <div
          ref={bannerRef}
          tabIndex={-1}
          className="banner banner--archived"
          role={archivedNow ? 'status' : undefined}
        >
          <p className="banner__title">
            Archived{couple.archivedAt ? ` on ${formatInstantDate(couple.archivedAt)}` : ''}
          </p>
          <p>
            This couple is not in the Open list. To work with them again, choose Edit and set another status.
          </p>
        </div>
      ) : null}
      <TabLinks
        label="Record of this couple"
        current={tab}
        tabs={COUPLE_TABS.map((key) => ({
          key,
          label: TAB_LABELS[key],
          to: `/couples/${couple.id}?tab=${key}`,
        }))}
      />
      <div className="tab-panel">
        {tab === 'overview' ? (
          <>
            <dl className="details details--summary">
              <div className="details__row">
                <dt>Start date</dt>
                <dd>{formatDate(couple.startDate) ?? <span className="muted">Not recorded</span>}</dd>
              </div>
              <div className="details__row">
                <dt>Referral source</dt>
                <dd>{couple.referralSource ?? <span className="muted">Not recorded</span>}</dd>
              </div>
            </dl>
            <div className="partners-grid">
              <PartnerCard partner={couple.partnerA} today={today} />
              <PartnerCard partner={couple.partnerB} today={today} />
            </div>
          </>
        ) : null}
        {tab === 'timeline' ? <TimelineTab coupleId={couple.id} /> : null}
        {tab === 'sessions' ? <SessionsTab coupleId={couple.id} /> : null}
        {tab === 'assessments' ? <AssessmentsTab coupleId={couple.id} /> : null}
        {tab === 'questionnaires' ? <QuestionnairesTab couple={couple} /> : null}
        {tab === 'plan' ? <PlanTab couple={couple} /> : null}
        {tab === 'progress' ? <ProgressTab couple={couple} /> : null}
        {tab === 'calendar' ? <CalendarTab couple={couple} /> : null}
        {tab === 'consents' ? <ConsentsTab couple={couple} /> : null}
        {tab === 'process' ? <ProcessNotesTab coupleId={couple.id} /> : null}
      </div>
      <ArchiveCoupleDialog
        coupleId={couple.id}
        displayName={couple.displayName}
        open={archiving}
        onClose={() => setArchiving(false)}
        onArchived={() => {
          setArchiving(false);
          setArchivedNow(true);
        }}
      />
    </div>
  );
}

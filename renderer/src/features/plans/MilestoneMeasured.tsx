import type { PlanReview } from '@shared/contract/plans';
import { formatIsoDate } from '@shared/domain/dates';

type ReviewMilestone = PlanReview['goals'][number]['milestones'][number];

/** A milestone's measurements on the review screen: how many since signing, the latest, progress, a stall. */
export function MilestoneMeasured({ milestone }: { milestone: ReviewMilestone }) {
  if (milestone.measurements === 0)
    return <p className="review-milestone__measured muted">No measurements recorded yet.</p>;
  const parts = [
    `${milestone.measuredSince} of ${milestone.measurements} measurement${milestone.measurements === 1 ? '' : 's'} since signing`,
  ];
  if (milestone.latest)
    parts.push(`latest ${milestone.latest.value} on ${formatIsoDate(milestone.latest.date)}`);
  if (milestone.baseline !== null && milestone.target !== null)
    parts.push(`baseline ${milestone.baseline}, target ${milestone.target}`);
  if (milestone.progress !== null) parts.push(`${Math.round(milestone.progress * 100)}% of the way`);
  return (
    <>
      <p className="review-milestone__measured">{parts.join(' · ')}</p>
      {milestone.trendSummary ? (
        <p className="review-milestone__measured muted">{milestone.trendSummary}</p>
      ) : null}
      {milestone.stallReason ? (
        <p className="review-milestone__measured review-milestone__stalled">
          Stalled: {milestone.stallReason}
        </p>
      ) : null}
    </>
  );
}

import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Output } from '../../../../shared/contract';
import { formatIsoDate } from '../../../../shared/domain/dates';
import { errorMessage } from '../../api/client';
import { PageHeading } from '../../ui/PageHeading';
import { ErrorState, LoadingState } from '../../ui/states';
import { todayQuery } from '../plans/queries';
import { formatInstant, safetyReasonLabel } from '../record/labels';

type Overview = Output<'today:overview'>;

const REVIEW_WORDS: Record<Overview['reviews'][number]['status'], string> = {
  overdue: 'Overdue',
  dueSoon: 'Due within 7 days',
  relapse: 'Relapse since signing',
};

function TodaySection({
  id,
  title,
  count,
  empty,
  children,
}: {
  id: string;
  title: string;
  count: number;
  empty: string;
  children: ReactNode;
}) {
  return (
    <section className="today-section panel" aria-labelledby={id}>
      <h2 id={id} className="today-section__title">
        {title} <span className="today-section__count">{count}</span>
      </h2>
      {count === 0 ? (
        <p className="today-section__empty">{empty}</p>
      ) : (
        <ul className="plain-list today-list">{children}</ul>
      )}
    </section>
  );
}

function Reviews({ reviews }: { reviews: Overview['reviews'] }) {
  return (
    <TodaySection
      id="today-reviews"
      title="Plan reviews due"
      count={reviews.length}
      empty="No plan reviews due in the next 7 days."
    >
      {reviews.map((review) => (
        <li key={review.versionId} className={`today-list__item today-list__item--${review.status}`}>
          <Link to={`/couples/${review.coupleId}/plan/review`} className="today-list__link">
            {review.displayName}
          </Link>
          <span className={`badge badge--review-${review.status}`}>{REVIEW_WORDS[review.status]}</span>
          <span className="today-list__meta">
            Plan version {review.version}, review date {formatIsoDate(review.reviewDate)}
            {review.relapseOn ? `; relapse recorded ${formatIsoDate(review.relapseOn)}` : ''}
          </span>
        </li>
      ))}
    </TodaySection>
  );
}

function SafetyFlags({ flags }: { flags: Overview['safetyFlags'] }) {
  return (
    <TodaySection
      id="today-safety"
      title="Open safety flags"
      count={flags.length}
      empty="No couple has an open safety flag."
    >
      {flags.map(({ coupleId, displayName, flag }) => (
        <li key={flag.id} className="today-list__item today-list__item--safety">
          <Link to={`/couples/${coupleId}`} className="today-list__link">
            {displayName}
          </Link>
          <span className="badge badge--safety">
            <span aria-hidden="true">⚠ </span>Open safety flag
          </span>
          <span className="today-list__meta">
            {flag.reasons.map(safetyReasonLabel).join('; ')} · raised {formatInstant(flag.raisedAt)}
          </span>
        </li>
      ))}
    </TodaySection>
  );
}

function UnsignedNotes({ notes }: { notes: Overview['unsignedNotes'] }) {
  return (
    <TodaySection
      id="today-notes"
      title="Notes to sign"
      count={notes.length}
      empty="No progress note has waited more than 24 hours for your signature."
    >
      {notes.map((note) => (
        <li key={note.noteId} className="today-list__item">
          <Link to={`/notes/${note.noteId}`} className="today-list__link">
            {note.displayName}: session of {formatIsoDate(note.sessionDate)}
          </Link>
          <span className="today-list__meta">Draft last saved {formatInstant(note.updatedAt)}</span>
        </li>
      ))}
    </TodaySection>
  );
}

/** The landing page after unlock: what needs the clinician today. */
export function TodayPage() {
  const overview = useQuery(todayQuery);
  let body: ReactNode;
  if (overview.isPending) body = <LoadingState label="Gathering today’s work…" />;
  else if (overview.isError)
    body = (
      <ErrorState
        title="Today’s overview could not be loaded"
        message={errorMessage(overview.error)}
        onRetry={() => void overview.refetch()}
      />
    );
  else
    body = (
      <div className="today-grid">
        <Reviews reviews={overview.data.reviews} />
        <SafetyFlags flags={overview.data.safetyFlags} />
        <UnsignedNotes notes={overview.data.unsignedNotes} />
      </div>
    );
  return (
    <div className="page">
      <div className="page-header">
        <div className="page-header__title">
          <PageHeading>Today</PageHeading>
          {overview.data ? <span className="muted">{formatIsoDate(overview.data.today)}</span> : null}
        </div>
        <div className="page-header__actions">
          <Link to="/couples" className="button button--secondary">
            All couples
          </Link>
        </div>
      </div>
      {body}
    </div>
  );
}

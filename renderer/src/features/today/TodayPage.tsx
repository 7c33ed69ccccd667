import { safetyReasonLabel } from '@renderer/features/safety/labels';
import { placeLabels } from '@renderer/features/sessions/labels';
import { PageHeading } from '@renderer/ui/PageHeading';
import { QueryView } from '@renderer/ui/states';
import type { Output } from '@shared/contract';
import { sessionTypeLabels } from '@shared/contract/sessions';
import type { AgendaItem } from '@shared/contract/today';
import { DATE_LOCALE, formatInstant, formatIsoDate } from '@shared/domain/dates';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { BackupReminderNotice } from './BackupReminderNotice';
import { QuestionnaireResults, QuestionnairesDue } from './QuestionnaireSections';
import { todayQuery } from './queries';
import { TodaySection } from './TodaySection';

type Overview = Output<'today:overview'>;

const REVIEW_WORDS: Record<Overview['reviews'][number]['status'], string> = {
  overdue: 'Overdue',
  dueSoon: 'Due within 7 days',
  relapse: 'Relapse since signing',
};

/** "Joint session · 50 min · Office" */
function bookingMeta(item: AgendaItem): string {
  return `${sessionTypeLabels[item.type]} · ${item.durationMinutes} min · ${placeLabels[item.place]}`;
}

function TodaySessions({ items }: { items: Overview['todaySessions'] }) {
  return (
    <TodaySection
      id="today-sessions"
      title="Today’s sessions"
      count={items.length}
      empty="Nothing booked today."
    >
      {items.map((item) => (
        <li key={item.sessionId} className="today-list__item">
          <span className="today-list__time">{item.startTime ?? 'No time'}</span>
          <Link to={`/sessions/${item.sessionId}`} className="today-list__link">
            {item.displayName}
          </Link>
          <span className="today-list__meta">{bookingMeta(item)}</span>
          <span className={`today-list__brief${item.brief.safety ? ' today-list__brief--safety' : ''}`}>
            {item.brief.text}
          </span>
          <WorkspaceLink sessionId={item.sessionId} name={item.displayName} />
        </li>
      ))}
    </TodaySection>
  );
}

/** The session's workspace: where a session is run, from its brief to the signed note. */
function WorkspaceLink({ sessionId, name }: { sessionId: string; name: string }) {
  return (
    <Link
      to={`/sessions/${sessionId}/workspace`}
      className="button button--secondary button--small"
      aria-label={`Open workspace: ${name}`}
    >
      Open workspace
    </Link>
  );
}

function ToRecord({ items }: { items: AgendaItem[] }) {
  return (
    <TodaySection
      id="today-to-record"
      title="To record"
      count={items.length}
      empty="Every past booking has its outcome recorded."
    >
      {items.map((item) => (
        <li key={item.sessionId} className="today-list__item">
          <Link to={`/sessions/${item.sessionId}/edit`} className="today-list__link">
            {item.displayName}: {formatIsoDate(item.date)}
            {item.startTime ? ` at ${item.startTime}` : ''}
          </Link>
          <span className="badge">Outcome not recorded</span>
          <span className="today-list__meta">{bookingMeta(item)}</span>
          <WorkspaceLink sessionId={item.sessionId} name={item.displayName} />
        </li>
      ))}
    </TodaySection>
  );
}

function NotSeen({ couples }: { couples: Overview['notSeen'] }) {
  return (
    <TodaySection
      id="today-not-seen"
      title="Couples not seen"
      count={couples.length}
      empty="Every couple in care has a session booked or was seen in the last 21 days."
    >
      {couples.map((couple) => (
        <li key={couple.coupleId} className="today-list__item">
          <Link to={`/couples/${couple.coupleId}`} className="today-list__link">
            {couple.displayName}
          </Link>
          <span className="today-list__meta">
            Nothing booked; last seen {couple.lastSeen ? formatIsoDate(couple.lastSeen) : 'never'}
          </span>
        </li>
      ))}
    </TodaySection>
  );
}

function Week({ week }: { week: Overview['week'] }) {
  const count = week.reduce((sum, day) => sum + day.items.length, 0);
  return (
    <TodaySection
      id="today-week"
      title="The next 7 days"
      count={count}
      empty="Nothing booked in the next 7 days."
      wide
    >
      {week.map((day) => (
        <li key={day.date} className="today-week__day">
          <h3 className="today-week__date">{formatWeekday(day.date)}</h3>
          {day.items.length === 0 ? (
            <p className="today-section__empty">Nothing booked</p>
          ) : (
            <ul className="plain-list">
              {day.items.map((item) => (
                <li key={item.sessionId} className="today-week__item">
                  <span className="today-list__time">{item.startTime ?? 'No time'}</span>{' '}
                  <Link to={`/sessions/${item.sessionId}`}>{item.displayName}</Link>
                  <span className="today-list__meta">{bookingMeta(item)}</span>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </TodaySection>
  );
}

/** "Mon, Nov 23, 2026": the app's date with the weekday in front. */
function formatWeekday(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(DATE_LOCALE, {
    timeZone: 'UTC',
    weekday: 'short',
  });
  return `${weekday}, ${formatIsoDate(date)}`;
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
      <BackupReminderNotice />
      <QueryView
        query={overview}
        loading="Gathering today’s work…"
        errorTitle="Today’s overview could not be loaded"
      >
        {(day) => (
          <div className="today-grid">
            {/* Safety first: an open flag leads the day, before the agenda; with none it waits its turn. */}
            {day.safetyFlags.length > 0 ? <SafetyFlags flags={day.safetyFlags} /> : null}
            <TodaySessions items={day.todaySessions} />
            <QuestionnairesDue due={day.questionnairesDue} />
            <ToRecord items={day.toRecord} />
            <QuestionnaireResults unreviewed={day.unreviewedResponses} deteriorations={day.deteriorations} />
            <UnsignedNotes notes={day.unsignedNotes} />
            <Reviews reviews={day.reviews} />
            {day.safetyFlags.length === 0 ? <SafetyFlags flags={day.safetyFlags} /> : null}
            <NotSeen couples={day.notSeen} />
            <Week week={day.week} />
          </div>
        )}
      </QueryView>
    </div>
  );
}

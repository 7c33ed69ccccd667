import { deteriorationPhrase, scoreDates } from '@renderer/features/questionnaires/labels';
import { Phrase } from '@renderer/features/questionnaires/Phrase';
import { safetyReasonLabel } from '@renderer/features/safety/labels';
import type { PlanReview } from '@shared/contract/plans';
import { sessionTypeLabels } from '@shared/contract/sessions';
import { eventKindLabels } from '@shared/contract/timeline';
import { formatInstant, formatIsoDate } from '@shared/domain/dates';
import { libraryAreaLabels } from '@shared/domain/library';
import { MilestoneMeasured } from './MilestoneMeasured';
import { partnerLabel } from './planLabels';

const ATTENDANCE_WORDS: Record<PlanReview['sessions'][number]['attendance'], string> = {
  both: 'both came',
  partnerA: 'only partner A came',
  partnerB: 'only partner B came',
  missed: 'missed',
};

const MILESTONE_WORDS = { overdue: 'Overdue', dueSoon: 'Due soon', scheduled: 'Scheduled' } as const;

function sessionTypeWord(type: string): string {
  return type in sessionTypeLabels ? sessionTypeLabels[type as keyof typeof sessionTypeLabels] : type;
}

function areaWord(area: string): string {
  return area in libraryAreaLabels ? libraryAreaLabels[area as keyof typeof libraryAreaLabels] : area;
}

function eventWord(kind: string): string {
  return kind in eventKindLabels ? eventKindLabels[kind as keyof typeof eventKindLabels] : kind;
}

/**
 * What happened since the active plan was signed: sessions and attendance, safety flags,
 * questionnaires that reliably worsened (since each partner's first score), events, and per
 * goal where its milestones stand against their due dates.
 */
export function ReviewSummary({
  review,
  partnerNames,
}: {
  review: PlanReview;
  partnerNames: { A: string; B: string };
}) {
  const { attendance } = review;
  const rate = attendance.rate === null ? null : Math.round(attendance.rate * 100);
  return (
    <div className="review-summary">
      <p className="review-summary__since">
        {review.since
          ? `Since version ${review.active?.version ?? ''} was signed on ${formatIsoDate(review.since.slice(0, 10))}.`
          : 'No plan has been signed yet.'}
      </p>

      <section className="review-block" aria-labelledby="review-sessions-heading">
        <h3 id="review-sessions-heading" className="review-block__title">
          Sessions and attendance
        </h3>
        {review.sessions.length === 0 ? (
          <p className="muted">No sessions since the plan was signed.</p>
        ) : (
          <>
            <p>
              {/* "Due", not "booked": bookings ahead and excused cancellations are not counted. */}
              {attendance.attended} of {attendance.due} {attendance.due === 1 ? 'session' : 'sessions'} due
              attended{rate === null ? '' : ` (${rate}%)`}.
            </p>
            <ul className="plain-list review-list">
              {review.sessions.map((session) => (
                <li key={session.id} className={`review-list__item review-list__item--${session.attendance}`}>
                  <span className="review-list__date">{formatIsoDate(session.date)}</span>{' '}
                  {sessionTypeWord(session.type)}: {ATTENDANCE_WORDS[session.attendance]}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section className="review-block" aria-labelledby="review-flags-heading">
        <h3 id="review-flags-heading" className="review-block__title">
          Safety flags
        </h3>
        {review.flagsRaised.length === 0 && review.flagsResolved.length === 0 ? (
          <p className="muted">No safety flag raised or resolved since the plan was signed.</p>
        ) : (
          <ul className="plain-list review-list">
            {review.flagsRaised.map((flag) => (
              <li key={`raised-${flag.id}`} className="review-list__item review-list__item--flag">
                <span className="badge badge--safety">Raised</span> {formatInstant(flag.raisedAt)}:{' '}
                {flag.reasons.map(safetyReasonLabel).join('; ')}
                {flag.resolvedAt ? ' (since resolved)' : ''}
              </li>
            ))}
            {review.flagsResolved
              .filter((flag) => !review.flagsRaised.some((raised) => raised.id === flag.id))
              .map((flag) => (
                <li key={`resolved-${flag.id}`} className="review-list__item">
                  <span className="badge badge--resolved">Resolved</span>{' '}
                  {flag.resolvedAt ? formatInstant(flag.resolvedAt) : ''}:{' '}
                  {flag.reasons.map(safetyReasonLabel).join('; ')}
                </li>
              ))}
          </ul>
        )}
      </section>

      <section className="review-block" aria-labelledby="review-questionnaires-heading">
        <h3 id="review-questionnaires-heading" className="review-block__title">
          Questionnaires
        </h3>
        {review.deteriorations.length === 0 ? (
          <p className="muted">
            No reliable deterioration on any questionnaire since each partner’s first score.
          </p>
        ) : (
          <ul className="plain-list review-list">
            {review.deteriorations.map((item) => (
              <li
                key={`${item.partner}-${item.instrument}`}
                className="review-list__item review-list__item--flag"
              >
                <span className="badge badge--deterioration">Reliable deterioration</span>{' '}
                <Phrase phrase={deteriorationPhrase(item, partnerNames)} />
                <span className="review-list__detail">{scoreDates(item)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="review-block" aria-labelledby="review-events-heading">
        <h3 id="review-events-heading" className="review-block__title">
          Events
        </h3>
        {review.events.length === 0 ? (
          <p className="muted">No events recorded since the plan was signed.</p>
        ) : (
          <ul className="plain-list review-list">
            {review.events.map((event) => (
              <li
                key={event.id}
                className={`review-list__item${event.kind === 'relapse' || event.kind === 'crisis' ? ' review-list__item--flag' : ''}`}
              >
                <span className="review-list__date">{formatIsoDate(event.occurredOn)}</span>{' '}
                {eventWord(event.kind)}
                {event.partner ? ` (${partnerLabel(event.partner, partnerNames)})` : ''}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="review-block" aria-labelledby="review-goals-heading">
        <h3 id="review-goals-heading" className="review-block__title">
          Goals and milestones
        </h3>
        {review.goals.some((goal) =>
          goal.milestones.some((milestone) => milestone.measurements > 0),
        ) ? null : (
          <p className="muted">Measurements: none recorded yet.</p>
        )}
        {review.goals.length === 0 ? (
          <p className="muted">The active plan has no goals.</p>
        ) : (
          <ul className="plain-list review-goals">
            {review.goals.map((goal) => (
              <li key={goal.key} className="review-goal">
                <p className="review-goal__title">{goal.description || '(goal not described)'}</p>
                <p className="review-goal__area muted">{areaWord(goal.area)}</p>
                {goal.milestones.length === 0 ? (
                  <p className="muted">No milestones.</p>
                ) : (
                  <ul className="plain-list review-milestones">
                    {goal.milestones.map((milestone) => (
                      <li key={milestone.key} className="review-milestone">
                        <span className={`badge badge--milestone-${milestone.status}`}>
                          {MILESTONE_WORDS[milestone.status]}
                        </span>{' '}
                        {milestone.description || '(milestone not described)'}
                        <span className="review-milestone__due">
                          {' '}
                          · due {formatIsoDate(milestone.dueDate)}
                        </span>
                        <MilestoneMeasured milestone={milestone} />
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

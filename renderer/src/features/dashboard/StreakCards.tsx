import { partnerLabel } from '@renderer/features/plans/planLabels';
import type { RevisedTimeline, Streak, StreakSummary, Streaks } from '@shared/domain/progress';
import { Link } from 'react-router';
import { dateText, daysText } from './format';

type Names = { A: string; B: string };

function spanText(streak: Streak): string {
  if (streak.days === 0 || !streak.from || !streak.to) return '';
  return streak.from === streak.to
    ? ` (${dateText(streak.from)})`
    : ` (${dateText(streak.from)} – ${dateText(streak.to)})`;
}

function StreakCard({ title, summary }: { title: string; summary: StreakSummary }) {
  return (
    <li className="streak-card">
      <h3 className="streak-card__title">{title}</h3>
      <p className="streak-card__current">
        <span className="streak-card__number">{summary.current.days.toLocaleString()}</span>{' '}
        {summary.current.days === 1 ? 'day' : 'days'} now
      </p>
      <p className="streak-card__longest">
        Longest:{' '}
        {summary.longest.days === 0
          ? 'none yet'
          : `${daysText(summary.longest.days)}${spanText(summary.longest)}`}
      </p>
    </li>
  );
}

/**
 * The small wins: unbroken runs of abstinence (per partner in recovery) and of the daily trust
 * discussion, and the plan's revised estimate of the weeks left.
 */
export function StreakCards({
  streaks,
  timeline,
  names,
  shareable,
  hasCalendar,
  coupleId,
}: {
  hasCalendar: boolean;
  coupleId: string;
  streaks: Streaks;
  timeline: RevisedTimeline | null;
  names: Names;
  shareable: boolean;
}) {
  return (
    <section className="progress-section" aria-labelledby="progress-streaks-title">
      <h2 id="progress-streaks-title">Streaks</h2>
      <p className="progress-section__intro">
        {hasCalendar
          ? 'Days in a row, from the recovery calendar. Only days recorded as kept count.'
          : 'Streaks appear once the recovery calendar is kept: abstinence for each partner in recovery, and the daily trust discussion. '}
        {hasCalendar ? null : (
          <Link to={`/couples/${coupleId}?tab=calendar`}>Open the recovery calendar</Link>
        )}
      </p>
      {hasCalendar || timeline ? (
        <ul className="streak-cards">
          {(hasCalendar ? (['A', 'B'] as const) : []).map((p) => {
            const summary = streaks.abstinence[p];
            return summary ? (
              <StreakCard key={p} title={`Abstinence, ${partnerLabel(p, names)}`} summary={summary} />
            ) : null;
          })}
          {hasCalendar ? (
            <StreakCard title="Daily trust discussion" summary={streaks.trustDiscussion} />
          ) : null}
          {timeline ? (
            <li className="streak-card streak-card--timeline">
              <h3 className="streak-card__title">Estimated time left in therapy</h3>
              <p className="streak-card__current">
                <span className="streak-card__number">
                  {timeline.minWeeks === timeline.maxWeeks
                    ? timeline.minWeeks
                    : `${timeline.minWeeks}–${timeline.maxWeeks}`}
                </span>{' '}
                weeks
              </p>
              {!shareable && timeline.reasons.length > 0 ? (
                <details className="streak-card__reasons">
                  <summary>How this was estimated</summary>
                  <ul>
                    {timeline.reasons.map((reason) => (
                      <li key={reason}>{reason}</li>
                    ))}
                  </ul>
                </details>
              ) : null}
            </li>
          ) : null}
        </ul>
      ) : null}
    </section>
  );
}

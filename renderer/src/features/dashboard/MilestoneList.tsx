import type { MilestoneProgress } from '@shared/domain/dashboard';
import { outOfRangeSentence } from '@shared/domain/progress/milestone-series';
import { Link } from 'react-router';
import { dateText, valueText } from './format';
import {
  measuredByText,
  measuredCount,
  milestonesByGoal,
  progressPercent,
  progressText,
  trendGlyphs,
  trendLabels,
} from './milestoneView';

/**
 * Every milestone of the active plan: where it started, where it is, where it is going, how
 * far along, and which way it has moved lately. "Stalled" is for the clinician only.
 */
export function MilestoneList({
  milestones,
  coupleId,
  shareable,
}: {
  milestones: readonly MilestoneProgress[];
  coupleId: string;
  shareable: boolean;
}) {
  const measured = measuredCount(milestones);
  const unmeasured = milestones.filter((m) => m.measurements === 0);
  return (
    <section className="progress-section" aria-labelledby="progress-milestones-title">
      <h2 id="progress-milestones-title">Milestones</h2>
      {measured === 0 ? (
        <div className="notice notice--info progress-notice">
          <p className="notice__title">No measurements yet</p>
          <p>
            The plan’s milestones are listed below with their baseline and target. Their progress shows here
            once values arrive: each partner’s check-in ratings at sessions and assessments, the recovery
            calendar, and what is entered by hand (the couple’s logs, feedback, your evaluations and
            in-session observations).{' '}
            <Link to={`/couples/${coupleId}/measurements`}>Record measurements</Link> or{' '}
            <Link to={`/couples/${coupleId}?tab=plan`}>open the plan</Link>.
          </p>
        </div>
      ) : (
        <p className="progress-section__intro">
          {measured} of {milestones.length} milestones measured so far. Those not measured yet are listed
          after them.
        </p>
      )}
      <MilestoneGroups milestones={milestones.filter((m) => m.measurements > 0)} shareable={shareable} />
      {unmeasured.length > 0 ? (
        <details className="milestone-unmeasured">
          <summary>Not measured yet ({unmeasured.length})</summary>
          <MilestoneGroups milestones={unmeasured} shareable={shareable} />
        </details>
      ) : null}
    </section>
  );
}

function MilestoneGroups({
  milestones,
  shareable,
}: {
  milestones: readonly MilestoneProgress[];
  shareable: boolean;
}) {
  return milestonesByGoal(milestones).map((group) => (
    <div key={group.goal} className="milestone-group">
      <h3 className="milestone-group__goal">{group.goal || 'Other milestones'}</h3>
      <ul className="milestone-list">
        {group.milestones.map((m) => (
          <MilestoneItem key={m.key} milestone={m} shareable={shareable} />
        ))}
      </ul>
    </div>
  ));
}

function MilestoneItem({ milestone: m, shareable }: { milestone: MilestoneProgress; shareable: boolean }) {
  const pct = progressPercent(m);
  const stalled = !shareable && m.stalled;
  return (
    <li className={`milestone-progress${stalled ? ' milestone-progress--stalled' : ''}`}>
      <div className="milestone-progress__head">
        <p className="milestone-progress__title">{m.description}</p>
        <span className={`badge badge--trend-${m.trend}`}>
          <span aria-hidden="true">{trendGlyphs[m.trend]} </span>
          {trendLabels[m.trend]}
        </span>
        {stalled ? (
          <span className="badge badge--stalled" data-testid="stalled-badge">
            Stalled
          </span>
        ) : null}
      </div>
      {m.baseline !== null && m.target !== null ? (
        <div
          className="progress-bar"
          role="progressbar"
          aria-label={m.description}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={pct ?? undefined}
          aria-valuetext={progressText(m)}
        >
          <span className="progress-bar__track">
            <span className="progress-bar__fill" style={{ width: `${pct ?? 0}%` }} />
          </span>
          <span className="progress-bar__text" aria-hidden="true">
            {pct === null ? 'Not measured yet' : `${pct}%`}
          </span>
        </div>
      ) : null}
      <dl className="milestone-progress__numbers">
        <div>
          <dt>Baseline</dt>
          <dd>{valueText(m.baseline)}</dd>
        </div>
        <div>
          <dt>Latest</dt>
          <dd>{m.latest ? `${valueText(m.latest.value)} (${dateText(m.latest.date)})` : '—'}</dd>
        </div>
        <div>
          <dt>Target</dt>
          <dd>
            {valueText(m.target)} by {dateText(m.dueDate)}
          </dd>
        </div>
        <div>
          <dt>Measured by</dt>
          <dd>{measuredByText(m)}</dd>
        </div>
      </dl>
      {!shareable && m.outOfRange.length > 0 ? (
        <p className="notice notice--warning milestone-progress__out-of-range">
          {outOfRangeSentence(m.outOfRange, m.scale, dateText)}. Kept as recorded; correct it on the
          measurements page if it was typed wrongly.
        </p>
      ) : null}
      {m.measurements > 0 ? <p className="milestone-progress__summary">{m.trendSummary}</p> : null}
      {stalled && m.stallReason ? <p className="milestone-progress__stall">{m.stallReason}</p> : null}
    </li>
  );
}

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import type { Couple } from '../../../../shared/contract/couples';
import type { Measurement } from '../../../../shared/contract/progress';
import type { Session } from '../../../../shared/contract/sessions';
import { formatIsoDate } from '../../../../shared/domain/dates';
import { formatValue } from '../../../../shared/domain/progress/values';
import { errorMessage } from '../../api/client';
import { EmptyState, ErrorState, LoadingState } from '../../ui/states';
import { backToPlan, CouplePageFrame } from '../couples/CouplePageFrame';
import { plural, today as todayIso } from '../couples/format';
import { measureText } from '../plans/planLabels';
import { couplePlanQuery } from '../plans/queries';
import { usePartnerNames } from '../plans/usePartnerNames';
import { sessionsListQuery } from '../sessions/queries';
import { type PartnerNames, sourceLabel } from './labels';
import { MeasurementEntryForm } from './MeasurementEntryForm';
import { MeasurementList } from './MeasurementList';
import { type MilestoneEntry, planMilestones } from './milestones';
import { measurementsQuery } from './queries';

/** Measurements against the milestones of the couple's active plan: enter, list, correct. */
export function MeasurementsPage() {
  const { id = '' } = useParams();
  return (
    <CouplePageFrame coupleId={id} title="Measurements" back={backToPlan(id)}>
      {(couple) => <MeasurementsBody couple={couple} />}
    </CouplePageFrame>
  );
}

function MeasurementsBody({ couple }: { couple: Couple }) {
  const plan = useQuery(couplePlanQuery(couple.id));
  const measurements = useQuery(measurementsQuery(couple.id));
  const sessions = useQuery(sessionsListQuery(couple.id));
  const partnerNames = usePartnerNames(couple);
  const [params] = useSearchParams();
  const [today] = useState(todayIso);

  if (plan.isPending || measurements.isPending || sessions.isPending)
    return <LoadingState label="Loading the plan’s milestones and measurements…" />;
  if (plan.isError || measurements.isError || sessions.isError)
    return (
      <ErrorState
        title="The measurements could not be loaded"
        message={errorMessage(plan.error ?? measurements.error ?? sessions.error)}
        onRetry={() => {
          void plan.refetch();
          void measurements.refetch();
          void sessions.refetch();
        }}
      />
    );
  const active = plan.data.active;
  if (!active)
    return (
      <EmptyState title="No signed plan yet">
        <p>
          Measurements are recorded against the milestones of the signed plan. Sign a plan first on the{' '}
          <Link to={`/couples/${couple.id}?tab=plan`}>Plan tab</Link>.
        </p>
      </EmptyState>
    );
  const milestones = planMilestones(active.document);
  if (milestones.length === 0)
    return (
      <EmptyState title="The active plan has no milestones">
        <p>
          Add milestones in a revision of the plan on the{' '}
          <Link to={`/couples/${couple.id}?tab=plan`}>Plan tab</Link>, then record measurements against them
          here.
        </p>
      </EmptyState>
    );
  const wanted = params.get('milestone');
  const selected =
    milestones.find((entry) => entry.milestone.key === wanted) ?? (milestones[0] as MilestoneEntry);
  return (
    <div className="measure-layout">
      <MilestoneNav
        milestones={milestones}
        selectedKey={selected.milestone.key}
        items={measurements.data.items}
        partnerNames={partnerNames}
      />
      <MilestonePanel
        key={selected.milestone.key}
        couple={couple}
        entry={selected}
        measurements={measurements.data.items.filter((m) => m.milestoneKey === selected.milestone.key)}
        sessions={sessions.data.items}
        partnerNames={partnerNames}
        today={today}
      />
    </div>
  );
}

/** The milestones grouped by problem area, consecutive entries of one area together. */
function byArea(
  milestones: readonly MilestoneEntry[],
): { key: string; title: string; entries: MilestoneEntry[] }[] {
  const groups: { key: string; title: string; entries: MilestoneEntry[] }[] = [];
  for (const entry of milestones) {
    const key = entry.number.split('.')[0] ?? '';
    const last = groups.at(-1);
    if (last && last.key === key) last.entries.push(entry);
    else groups.push({ key, title: entry.areaTitle, entries: [entry] });
  }
  return groups;
}

function forWhom(partner: MilestoneEntry['partner'], names: PartnerNames): string | null {
  return partner === 'both' ? null : `For ${names[partner] || `partner ${partner}`}`;
}

function MilestoneNav({
  milestones,
  selectedKey,
  items,
  partnerNames,
}: {
  milestones: readonly MilestoneEntry[];
  selectedKey: string;
  items: readonly Measurement[];
  partnerNames: PartnerNames;
}) {
  return (
    <nav className="measure-nav panel" aria-label="Milestones of the active plan">
      <h2 className="measure-nav__title">Milestones</h2>
      {byArea(milestones).map((group) => (
        <div key={group.key} className="measure-nav__group">
          <h3 className="measure-nav__area">
            {group.key}. {group.title || 'Problem area'}
          </h3>
          <ol className="measure-nav__list">
            {group.entries.map(({ milestone, number, partner }) => {
              const count = items.filter((m) => m.milestoneKey === milestone.key).length;
              return (
                <li key={milestone.key}>
                  <Link
                    to={`?milestone=${encodeURIComponent(milestone.key)}`}
                    replace
                    className="measure-nav__link"
                    aria-current={milestone.key === selectedKey ? 'page' : undefined}
                  >
                    <span className="measure-nav__number">{number}</span>
                    <span className="measure-nav__text">{milestone.description || '(not described)'}</span>
                    <span className="measure-nav__meta">
                      {[
                        forWhom(partner, partnerNames),
                        sourceLabel(milestone.method, partnerNames),
                        plural(count, 'measurement'),
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </span>
                  </Link>
                </li>
              );
            })}
          </ol>
        </div>
      ))}
    </nav>
  );
}

function MilestonePanel({
  couple,
  entry,
  measurements,
  sessions,
  partnerNames,
  today,
}: {
  couple: Couple;
  entry: MilestoneEntry;
  measurements: readonly Measurement[];
  sessions: readonly Session[];
  partnerNames: PartnerNames;
  today: string;
}) {
  const { milestone, number, areaTitle, partner } = entry;
  const whom = forWhom(partner, partnerNames);
  const latest = measurements.reduce<Measurement | null>(
    (last, m) => (last === null || m.measuredOn >= last.measuredOn ? m : last),
    null,
  );
  return (
    <section className="measure-panel" aria-labelledby="milestone-heading">
      <div className="panel measure-panel__head">
        <p className="measure-panel__area">{areaTitle || 'Problem area'}</p>
        <h2 id="milestone-heading" className="measure-panel__title">
          <span className="measure-panel__number">Milestone {number}</span>{' '}
          {milestone.description || '(not described)'}
        </h2>
        <dl className="measure-facts">
          {whom ? (
            <div>
              <dt>Objective of</dt>
              <dd>{whom.replace(/^For /, '')}</dd>
            </div>
          ) : null}
          <div>
            <dt>Measured by</dt>
            <dd>{sourceLabel(milestone.method, partnerNames)}</dd>
          </div>
          <div>
            <dt>Baseline → target</dt>
            <dd>{measureText(milestone.baseline, milestone.target, milestone.dueDate)}</dd>
          </div>
          <div>
            <dt>Latest</dt>
            <dd>
              {latest ? (
                `${formatValue(latest.value)} on ${formatIsoDate(latest.measuredOn)}`
              ) : (
                <span className="muted">Nothing recorded yet</span>
              )}
            </dd>
          </div>
        </dl>
        <div className="tab-panel__actions">
          <Link
            to={`/couples/${couple.id}/measurements/week?milestone=${encodeURIComponent(milestone.key)}`}
            className="button button--secondary"
          >
            Enter a week from a paper log
          </Link>
        </div>
      </div>
      <MeasurementEntryForm
        coupleId={couple.id}
        milestone={milestone}
        sessions={sessions}
        partnerNames={partnerNames}
        today={today}
      />
      <MeasurementList
        coupleId={couple.id}
        milestone={milestone}
        measurements={measurements}
        sessions={sessions}
        partnerNames={partnerNames}
      />
    </section>
  );
}

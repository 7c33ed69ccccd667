import { backToPlan, CouplePageFrame } from '@renderer/features/couples/CouplePageFrame';
import { plural, today as todayIso } from '@renderer/features/couples/format';
import { dashboardQuery } from '@renderer/features/dashboard/queries';
import { measureText } from '@renderer/features/plans/planLabels';
import { couplePlanQuery } from '@renderer/features/plans/queries';
import { usePartnerNames } from '@renderer/features/plans/usePartnerNames';
import { sessionsListQuery } from '@renderer/features/sessions/queries';
import { allQueries, EmptyState, QueryView } from '@renderer/ui/states';
import type { Couple } from '@shared/contract/couples';
import type { Measurement } from '@shared/contract/measurements';
import type { Session } from '@shared/contract/sessions';
import type { MilestoneProgress } from '@shared/domain/dashboard';
import { formatIsoDate } from '@shared/domain/dates';
import { isDerived, sourceLabel as measureSourceLabel, milestoneMeasure } from '@shared/domain/plan';
import { outOfRangeSentence } from '@shared/domain/progress/milestone-series';
import { formatValue } from '@shared/domain/progress/values';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
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
  // Asked again on opening: a revision signed meanwhile may have changed a milestone's scale.
  const plan = useQuery({ ...couplePlanQuery(couple.id), staleTime: 0 });
  const measurements = useQuery(measurementsQuery(couple.id));
  const sessions = useQuery(sessionsListQuery(couple.id));
  // Where each milestone stands, derived values included: the same figures as the dashboard.
  const dashboard = useQuery(dashboardQuery(couple.id));
  const partnerNames = usePartnerNames(couple);
  const [params] = useSearchParams();
  const [today] = useState(todayIso);

  return (
    <QueryView
      query={allQueries([plan, measurements, sessions, dashboard])}
      loading="Loading the plan’s milestones and measurements…"
      errorTitle="The measurements could not be loaded"
    >
      {([planData, measurementsData, sessionsData, dashboardData]) => {
        const progressByKey = new Map(dashboardData.milestones.map((m) => [m.key, m]));
        const active = planData.active;
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
                <Link to={`/couples/${couple.id}?tab=plan`}>Plan tab</Link>, then record measurements against
                them here.
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
              progressByKey={progressByKey}
              partnerNames={partnerNames}
            />
            <MilestonePanel
              key={selected.milestone.key}
              couple={couple}
              entry={selected}
              measurements={measurementsData.items.filter((m) => m.milestoneKey === selected.milestone.key)}
              progress={progressByKey.get(selected.milestone.key) ?? null}
              sessions={sessionsData.items}
              partnerNames={partnerNames}
              today={today}
            />
          </div>
        );
      }}
    </QueryView>
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
  progressByKey,
  partnerNames,
}: {
  milestones: readonly MilestoneEntry[];
  selectedKey: string;
  progressByKey: ReadonlyMap<string, MilestoneProgress>;
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
              const count = progressByKey.get(milestone.key)?.measurements ?? 0;
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
                        measuredBy(milestone, partnerNames),
                        plural(count, 'value'),
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
  progress,
  sessions,
  partnerNames,
  today,
}: {
  couple: Couple;
  entry: MilestoneEntry;
  measurements: readonly Measurement[];
  progress: MilestoneProgress | null;
  sessions: readonly Session[];
  partnerNames: PartnerNames;
  today: string;
}) {
  const { milestone, number, areaTitle, partner } = entry;
  const whom = forWhom(partner, partnerNames);
  const { scale, source } = milestoneMeasure(milestone);
  const derived = isDerived(source);
  const latest = progress?.latest ?? null;
  // Entries recorded before values were checked against the scale: kept, and pointed out.
  const outOfRangeText = progress
    ? outOfRangeSentence(progress.outOfRange, progress.scale, (d) => formatIsoDate(d))
    : null;
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
            <dd>{measuredBy(milestone, partnerNames)}</dd>
          </div>
          <div>
            <dt>Scale</dt>
            <dd>
              {scale.min} to {scale.max}
            </dd>
          </div>
          <div>
            <dt>Baseline → target</dt>
            <dd>{measureText(milestone.baseline, milestone.target, milestone.dueDate)}</dd>
          </div>
          <div>
            <dt>Latest</dt>
            <dd>
              {latest ? (
                `${formatValue(latest.value)} on ${formatIsoDate(latest.date)}`
              ) : (
                <span className="muted">Nothing recorded yet</span>
              )}
            </dd>
          </div>
        </dl>
        {derived ? null : (
          <div className="tab-panel__actions">
            <Link
              to={`/couples/${couple.id}/measurements/week?milestone=${encodeURIComponent(milestone.key)}`}
              className="button button--secondary"
            >
              Enter a week from a paper log
            </Link>
          </div>
        )}
      </div>
      {outOfRangeText ? (
        <p className="notice notice--warning" data-testid="out-of-range">
          {outOfRangeText}. Kept as recorded; correct it below if it was typed wrongly.
        </p>
      ) : null}
      {derived ? (
        <div className="notice notice--info measure-derived">
          <p className="notice__title">Nothing to enter here</p>
          <p>
            {source.kind === 'checkIn'
              ? `Values come from partner ${source.partner}’s own rating at every session check-in and every assessment, so each held session with a check-in adds one.`
              : 'Values come from the recovery calendar: each complete week (Monday to Sunday) with a day recorded adds the number of days marked yes.'}{' '}
            {progress ? plural(progress.fromSource, 'value') : 'No values'} so far.
          </p>
        </div>
      ) : (
        <MeasurementEntryForm
          coupleId={couple.id}
          milestone={milestone}
          sessions={sessions}
          partnerNames={partnerNames}
          today={today}
        />
      )}
      {derived && measurements.length === 0 ? null : (
        <MeasurementList
          coupleId={couple.id}
          milestone={milestone}
          measurements={measurements}
          sessions={sessions}
          partnerNames={partnerNames}
        />
      )}
    </section>
  );
}

/** The milestone's source: a derived one in the shared words, an entered one with the partners' names. */
function measuredBy(milestone: MilestoneEntry['milestone'], names: PartnerNames): string {
  const { source } = milestoneMeasure(milestone);
  return source.kind === 'entry' ? sourceLabel(source.method, names) : measureSourceLabel(source);
}

import { CouplePageFrame } from '@renderer/features/couples/CouplePageFrame';
import { today as todayIso } from '@renderer/features/couples/format';
import { couplePlanQuery } from '@renderer/features/plans/queries';
import { usePartnerNames } from '@renderer/features/plans/usePartnerNames';
import { SelectField } from '@renderer/ui/SelectField';
import { allQueries, EmptyState, QueryView } from '@renderer/ui/states';
import { TextField } from '@renderer/ui/TextField';
import type { Couple } from '@shared/contract/couples';
import { addDaysIso, formatIsoDate, isIsoDate } from '@shared/domain/dates';
import { isDerived, milestoneMeasure } from '@shared/domain/plan';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { type MilestoneEntry, planMilestones } from './milestones';
import { measurementsQuery } from './queries';
import { WeekGridForm } from './WeekGridForm';
import { mondayOf } from './weekGrid';

/** A week of a paper log typed in at once: pick the milestone and the week, then fill the grid. */
export function WeekEntryPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const milestone = params.get('milestone');
  return (
    <CouplePageFrame
      coupleId={id}
      title="Paper log week"
      back={{
        to: `/couples/${id}/measurements${milestone ? `?milestone=${encodeURIComponent(milestone)}` : ''}`,
        label: () => 'All measurements',
      }}
    >
      {(couple) => <WeekBody couple={couple} />}
    </CouplePageFrame>
  );
}

function WeekBody({ couple }: { couple: Couple }) {
  const plan = useQuery(couplePlanQuery(couple.id));
  const measurements = useQuery(measurementsQuery(couple.id));
  const partnerNames = usePartnerNames(couple);
  const [params, setParams] = useSearchParams();
  const [today] = useState(todayIso);
  const [weekStart, setWeekStart] = useState(() => addDaysIso(mondayOf(today), -7));
  const [weekText, setWeekText] = useState(weekStart);

  return (
    <QueryView
      query={allQueries([plan, measurements])}
      loading="Loading the plan’s milestones…"
      errorTitle="The week grid could not be opened"
    >
      {([planData, measurementsData]) => {
        // Milestones whose values come from check-ins or the calendar take no typed log: nothing to enter twice.
        const milestones = planData.active
          ? planMilestones(planData.active.document).filter(
              ({ milestone }) => !isDerived(milestoneMeasure(milestone).source),
            )
          : [];
        if (milestones.length === 0)
          return (
            <EmptyState title="No milestones to record against">
              <p>
                A paper log is entered against a milestone of the signed plan. See the{' '}
                <Link to={`/couples/${couple.id}?tab=plan`}>Plan tab</Link>.
              </p>
            </EmptyState>
          );
        const wanted = params.get('milestone');
        const selected =
          milestones.find((m) => m.milestone.key === wanted) ??
          milestones.find((m) => m.milestone.method === 'coupleLog') ??
          (milestones[0] as MilestoneEntry);

        const goToWeek = (start: string) => {
          setWeekStart(start);
          setWeekText(start);
        };
        const nextWeek = addDaysIso(weekStart, 7);

        return (
          <div className="tab-panel__stack">
            <div className="panel week-controls">
              <SelectField
                name="milestone"
                label="Milestone"
                value={selected.milestone.key}
                options={milestones.map(({ milestone, number }) => ({
                  value: milestone.key,
                  label: `${number} ${milestone.description || '(not described)'}`,
                }))}
                onValueChange={(key) => setParams({ milestone: key }, { replace: true })}
              />
              <div className="week-controls__week">
                <TextField
                  name="weekStart"
                  label="Week starting"
                  type="date"
                  className="input--date"
                  value={weekText}
                  hint={`Monday to Sunday: ${formatIsoDate(weekStart)} to ${formatIsoDate(addDaysIso(weekStart, 6))}`}
                  onValueChange={(text) => {
                    setWeekText(text);
                    if (isIsoDate(text)) setWeekStart(mondayOf(text));
                  }}
                />
                <div className="week-controls__buttons">
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => goToWeek(addDaysIso(weekStart, -7))}
                  >
                    <span aria-hidden="true">← </span>Previous week
                  </button>
                  <button
                    type="button"
                    className="button button--secondary"
                    disabled={nextWeek > today}
                    onClick={() => goToWeek(nextWeek)}
                  >
                    Next week<span aria-hidden="true"> →</span>
                  </button>
                </div>
              </div>
            </div>
            <WeekGridForm
              coupleId={couple.id}
              milestone={selected.milestone}
              weekStart={weekStart}
              today={today}
              partnerNames={partnerNames}
              measurements={measurementsData.items}
            />
          </div>
        );
      }}
    </QueryView>
  );
}

import { walkPlan } from '@shared/domain/plan/document';
import { isDerived, sourceLabel } from '@shared/domain/plan/measure';
import { detectStall, progressToward, seriesForChart, trend } from '@shared/domain/progress';
import { indexMilestoneRecord } from '@shared/domain/progress/milestone-series';
import type { DashboardInput, MilestoneProgress } from './types';

/**
 * Every milestone of the active plan with where it stands: latest value, progress, trend, stall.
 * Each milestone's values are its derived series (`milestone-series.ts`): check-in and assessment
 * ratings, recovery-calendar weeks, and what was entered by hand. Used by the dashboard, the plan
 * review and the progress reports, so all of them say the same thing about a milestone.
 */
export function milestoneProgress(
  input: Pick<
    DashboardInput,
    | 'plan'
    | 'measurements'
    | 'today'
    | 'maxPoints'
    | 'assessments'
    | 'sessions'
    | 'calendar'
    | 'milestoneRecord'
  >,
): MilestoneProgress[] {
  if (!input.plan) return [];
  const today = input.milestoneRecord?.today ?? input.today;
  const seriesOf = indexMilestoneRecord(input.milestoneRecord ?? input);
  const goals = new Map<string, string>();
  const result: MilestoneProgress[] = [];
  for (const walked of walkPlan(input.plan.document)) {
    if (walked.kind === 'goal' && 'objectives' in walked.item)
      goals.set(walked.item.key, walked.item.description);
    if (walked.kind !== 'milestone' || !('method' in walked.item)) continue;
    const milestone = walked.item;
    const series = seriesOf(milestone);
    const points = series.values;
    const latest = points.at(-1) ?? null;
    const { baseline, target } = milestone;
    const measurable = baseline !== null && target !== null;
    const direction = measurable ? trend(points, { baseline, target }) : null;
    const stall = measurable ? detectStall(points, baseline, target, today) : null;
    const derived = isDerived(series.measure.source);
    result.push({
      key: milestone.key,
      description: milestone.description,
      goal: goals.get(walked.ancestors[1] ?? '') ?? '',
      method: milestone.method,
      baseline,
      target,
      dueDate: milestone.dueDate,
      scale: series.measure.scale,
      source: series.measure.source,
      sourceLabel: sourceLabel(series.measure.source),
      derived,
      measurements: points.length,
      fromSource: derived ? series.derived : series.entered,
      entered: series.entered,
      outOfRange: series.outOfRange,
      latest,
      reachedOn: measurable
        ? (points.find((point) => progressToward(baseline, target, point.value) >= 1)?.date ?? null)
        : null,
      progress: measurable && latest ? progressToward(baseline, target, latest.value) : null,
      trend: direction?.direction ?? 'insufficient',
      trendSummary: direction?.summary ?? 'No baseline or target set.',
      stalled: stall?.stalled ?? false,
      stallReason: stall?.stalled ? stall.reason : null,
      series: seriesForChart(points, input.maxPoints),
    });
  }
  return result;
}

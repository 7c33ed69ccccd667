import { walkPlan } from '../plan/document';
import { type DatedValue, detectStall, progressToward, seriesForChart, trend } from '../progress';
import type { DashboardInput, MilestoneProgress } from './types';

/**
 * Every milestone of the active plan with where it stands: latest value, progress, trend, stall.
 * Used by the dashboard and by the plan review, so both say the same thing about a milestone.
 */
export function milestoneProgress(
  input: Pick<DashboardInput, 'plan' | 'measurements' | 'today' | 'maxPoints'>,
): MilestoneProgress[] {
  if (!input.plan) return [];
  const byKey = new Map<string, DatedValue[]>();
  for (const m of input.measurements) {
    const list = byKey.get(m.milestoneKey) ?? [];
    list.push({ date: m.measuredOn, value: m.value });
    byKey.set(m.milestoneKey, list);
  }
  const goals = new Map<string, string>();
  const result: MilestoneProgress[] = [];
  for (const walked of walkPlan(input.plan.document)) {
    if (walked.kind === 'goal' && 'objectives' in walked.item)
      goals.set(walked.item.key, walked.item.description);
    if (walked.kind !== 'milestone' || !('method' in walked.item)) continue;
    const milestone = walked.item;
    const points = (byKey.get(milestone.key) ?? []).sort((x, y) =>
      x.date < y.date ? -1 : x.date > y.date ? 1 : 0,
    );
    const latest = points.at(-1) ?? null;
    const { baseline, target } = milestone;
    const measurable = baseline !== null && target !== null;
    const direction = measurable ? trend(points, { baseline, target }) : null;
    const stall = measurable ? detectStall(points, baseline, target, input.today) : null;
    result.push({
      key: milestone.key,
      description: milestone.description,
      goal: goals.get(walked.ancestors[1] ?? '') ?? '',
      method: milestone.method,
      baseline,
      target,
      dueDate: milestone.dueDate,
      measurements: points.length,
      latest,
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

import { type RatingArea, ratingAreaLabels, ratingAreas } from '@shared/domain/assessment';
import type { PlanDocument } from '@shared/domain/plan/document';
import { type DatedValue, partnerDiscrepancy, seriesForChart } from '@shared/domain/progress';
import type { AreaChart, DashboardInput, RadarPoint } from './types';

type Partner = 'A' | 'B';
/** What the area charts read: the rating series and the plan's targets. */
export type RatingsInput = Pick<DashboardInput, 'assessments' | 'sessions' | 'plan' | 'maxPoints'>;

/** Each partner's ratings of one area, oldest first: assessments, then session check-ins. */
export function ratingsOf(input: RatingsInput, area: RatingArea, partner: Partner): DatedValue[] {
  const points: DatedValue[] = input.assessments.map((a) => ({
    date: a.assessedOn,
    value: a.ratings[partner][area],
  }));
  for (const session of input.sessions) {
    const ratings = session.checkIn[partner];
    if (ratings) points.push({ date: session.date, value: ratings[area] });
  }
  return points.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

/** The highest target an objective in this area sets for the partner (objectives for both count for each). */
function targetFor(doc: PlanDocument | undefined, area: RatingArea, partner: Partner): number | null {
  let target: number | null = null;
  for (const problem of doc?.problemAreas ?? []) {
    if (problem.area !== area) continue;
    for (const goal of problem.goals) {
      for (const objective of goal.objectives) {
        if (objective.target === null || (objective.partner !== partner && objective.partner !== 'both'))
          continue;
        if (objective.target <= 10) target = Math.max(target ?? 0, objective.target);
      }
    }
  }
  return target;
}

export function areaCharts(input: RatingsInput): AreaChart[] {
  return ratingAreas.map((area) => {
    const A = ratingsOf(input, area, 'A');
    const B = ratingsOf(input, area, 'B');
    const discrepancy = partnerDiscrepancy(A, B, { withinDays: 0 });
    return {
      area,
      label: ratingAreaLabels[area],
      series: { A: seriesForChart(A, input.maxPoints), B: seriesForChart(B, input.maxPoints) },
      target: {
        A: targetFor(input.plan?.document, area, 'A'),
        B: targetFor(input.plan?.document, area, 'B'),
      },
      discrepancies: discrepancy.flagged.map((pair) => ({
        date: pair.date,
        A: pair.A.value,
        B: pair.B.value,
      })),
      discrepancyNow: discrepancy.current,
    };
  });
}

/** Baseline (the first rating on record) against the latest, per partner and area. */
export function radar(input: RatingsInput): RadarPoint[] {
  return ratingAreas.map((area) => {
    const first = (p: Partner) => ratingsOf(input, area, p)[0]?.value ?? null;
    const last = (p: Partner) => ratingsOf(input, area, p).at(-1)?.value ?? null;
    return {
      area,
      label: ratingAreaLabels[area],
      baseline: { A: first('A'), B: first('B') },
      latest: { A: last('A'), B: last('B') },
    };
  });
}

/**
 * The compact milestone table: grouped by goal, each row naming whose milestone it is, the
 * milestones nobody has measured yet counted in one line per goal instead of a row of dashes
 * each. Two rules keep it from overstating:
 * - "Met" only when the latest value holds the target (the same test as the goal status), not
 *   when some earlier value once touched it;
 * - a trend only from 3 or more measurements: two points make a line, not a trend.
 */
import type { MilestoneProgress } from '@shared/domain/dashboard/types';
import { betterDirection, hasReached } from '@shared/domain/progress';
import type { MilestoneRowStatus, ReportMilestoneGroup } from './model';
import type { ReportPlanGoal } from './plan-items';
import type { Redact } from './sections';

/** Fewer measurements than this and the table says "too few" rather than a direction. */
export const MIN_TREND_POINTS = 3;

export function milestoneRowStatus(
  m: Pick<MilestoneProgress, 'baseline' | 'target' | 'latest'>,
): MilestoneRowStatus {
  if (m.latest === null) return 'notMeasured';
  if (m.baseline === null || m.target === null) return 'notMet';
  const direction = betterDirection({ baseline: m.baseline, target: m.target });
  return hasReached(m.latest.value, m.target, direction) ? 'met' : 'notMet';
}

/** Whose milestone: its source's partner when the source names one, else its objective's. */
function partnerOf(
  m: MilestoneProgress,
  objectivePartner: 'A' | 'B' | 'both' | undefined,
): 'A' | 'B' | 'both' {
  if (m.source.kind === 'checkIn') return m.source.partner;
  if (m.source.kind === 'calendar' && m.source.partner !== null) return m.source.partner;
  return objectivePartner ?? 'both';
}

export function milestoneGroups(
  goals: readonly ReportPlanGoal[],
  milestones: ReadonlyMap<string, MilestoneProgress>,
  names: { A: string; B: string },
  redact: Redact,
): ReportMilestoneGroup[] {
  return goals.flatMap((goal) => {
    const own = goal.milestoneKeys.flatMap((key) => milestones.get(key) ?? []);
    if (own.length === 0) return [];
    const measured = own.filter((m) => m.latest !== null);
    return [
      {
        goal: redact(goal.description),
        unmeasured: own.length - measured.length,
        rows: measured.map((m) => {
          const who = partnerOf(m, goal.milestonePartners[m.key]);
          return {
            partner: who === 'both' ? 'Both' : names[who],
            description: redact(m.description),
            baseline: m.baseline,
            latest: m.latest ? { ...m.latest } : null,
            target: m.target,
            status: milestoneRowStatus(m),
            trend: m.measurements >= MIN_TREND_POINTS ? m.trend : 'insufficient',
            stalled: m.stalled,
          };
        }),
      },
    ];
  });
}

import type { MilestoneProgress } from '@shared/domain/dashboard';
import type { TrendDirection } from '@shared/domain/progress';

/** The milestones of the plan grouped under their goal, in plan order. */
export function milestonesByGoal(milestones: readonly MilestoneProgress[]): {
  goal: string;
  milestones: MilestoneProgress[];
}[] {
  const groups = new Map<string, MilestoneProgress[]>();
  for (const m of milestones) {
    const list = groups.get(m.goal) ?? [];
    list.push(m);
    groups.set(m.goal, list);
  }
  return [...groups.entries()].map(([goal, list]) => ({ goal, milestones: list }));
}

export const trendLabels: Record<TrendDirection, string> = {
  improving: 'Improving',
  worsening: 'Worsening',
  flat: 'Flat',
  insufficient: 'Too few measurements for a trend',
};

/** Arrows beside the trend word; decorative (the word says it). */
export const trendGlyphs: Record<TrendDirection, string> = {
  improving: '↗',
  worsening: '↘',
  flat: '→',
  insufficient: '·',
};

/** Whole percent of the way from baseline to target (0-100), or null when it cannot be said. */
export function progressPercent(m: MilestoneProgress): number | null {
  return m.progress === null ? null : Math.round(m.progress * 100);
}

/** "42% of the way from 2 to 8 (latest 4.5)" for the progress bar's accessible value. */
export function progressText(m: MilestoneProgress): string {
  const pct = progressPercent(m);
  if (m.baseline === null || m.target === null) return 'No baseline or target set';
  if (pct === null || !m.latest) return `Not measured yet (baseline ${m.baseline}, target ${m.target})`;
  return `${pct}% of the way from ${m.baseline} to ${m.target} (latest ${m.latest.value})`;
}

export function measuredCount(milestones: readonly MilestoneProgress[]): number {
  return milestones.filter((m) => m.measurements > 0).length;
}

/**
 * "Partner A's check-in ratings in sessions and assessments, 5 values": the source that feeds the
 * milestone and how many values came from it, then any entered by hand beside a derived source.
 */
export function measuredByText(m: MilestoneProgress): string {
  const values = (n: number) => `${n} ${n === 1 ? 'value' : 'values'}`;
  const extra = m.derived && m.entered > 0 ? `; ${m.entered} more entered by hand` : '';
  return `${m.sourceLabel}, ${values(m.fromSource)}${extra}`;
}

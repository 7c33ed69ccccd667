/**
 * The free text a progress report prints, as one list the scan and the rewrite share: the
 * recipient line, the first page's overview paragraph as edited, the summary, the
 * recommendations, and the plan texts the clinician typed
 * that the chosen sections show (problem-area titles, goals, milestones). Plan texts the report
 * leaves out (see `plan-items.ts`) are not listed: they never print.
 */
import type { PlanDocument } from '@shared/domain/plan/document';
import type { ReportSection } from '@shared/domain/reports/options';
import type { ReportPlanGoal } from '@shared/domain/reports/plan-items';
import type { FreeTextField, ScanKinds } from './scan';

export interface FreeTextOptions {
  recipientName: string | null;
  narrative: string | null;
  recommendations: string | null;
  /** The first page's paragraph as the clinician edited it (null prints the draft from the record). */
  overview?: string | null;
  sections: Record<ReportSection, boolean>;
}

type PlanTexts = Pick<PlanDocument, 'problemAreas'>;

export const planFieldId = {
  area: (key: string) => `plan.area.${key}`,
  goal: (key: string) => `plan.goal.${key}`,
  milestone: (key: string) => `plan.milestone.${key}`,
};

export function reportFreeTextFields(
  options: FreeTextOptions,
  plan: { document: PlanTexts; goals: readonly ReportPlanGoal[] } | null,
): FreeTextField[] {
  const fields: FreeTextField[] = [];
  const own = (id: string, label: string, text: string | null) => {
    if (text !== null && text.trim() !== '') fields.push({ id, label, text });
  };
  own('recipientName', 'Prepared for', options.recipientName);
  own('overview', 'Overview paragraph', options.overview ?? null);
  own('narrative', 'Summary', options.narrative);
  own('recommendations', 'Recommendations', options.recommendations);
  const { goals: goalsShown, milestones: milestonesShown } = options.sections;
  if (!plan || !(goalsShown || milestonesShown)) return fields;
  const shown = new Map(plan.goals.map((goal) => [goal.key, new Set(goal.milestoneKeys)]));
  for (const area of plan.document.problemAreas) {
    const goals = area.goals.filter((goal) => shown.has(goal.key));
    if (goals.length === 0) continue;
    if (goalsShown) own(planFieldId.area(area.key), 'Plan problem area', area.title);
    for (const goal of goals) {
      own(planFieldId.goal(goal.key), 'Plan goal', goal.description);
      if (!milestonesShown) continue;
      const milestones = shown.get(goal.key) ?? new Set<string>();
      for (const objective of goal.objectives)
        for (const milestone of objective.milestones)
          if (milestones.has(milestone.key))
            own(planFieldId.milestone(milestone.key), 'Plan milestone', milestone.description);
    }
  }
  return fields;
}

/** What the scan looks for: what the report leaves out. */
export function scanKindsFor(options: {
  identifiers: 'full' | 'initials';
  includeSubstanceUse: boolean;
}): ScanKinds {
  return { identifiers: options.identifiers === 'initials', substanceUse: !options.includeSubstanceUse };
}

/** The plan with the decided rewrites applied to its texts (keys, structure and measures kept). */
export function rewritePlanTexts<T extends PlanTexts>(document: T, rewrites: ReadonlyMap<string, string>): T {
  if (![...rewrites.keys()].some((id) => id.startsWith('plan.'))) return document;
  const copy = structuredClone(document);
  for (const area of copy.problemAreas) {
    area.title = rewrites.get(planFieldId.area(area.key)) ?? area.title;
    for (const goal of area.goals) {
      goal.description = rewrites.get(planFieldId.goal(goal.key)) ?? goal.description;
      for (const objective of goal.objectives)
        for (const milestone of objective.milestones)
          milestone.description = rewrites.get(planFieldId.milestone(milestone.key)) ?? milestone.description;
    }
  }
  return copy;
}

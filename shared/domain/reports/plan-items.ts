/**
 * Which goals and milestones of the active plan a report may show. With substance-use details
 * included, all of them; without, the substance-use areas go as a whole, and so does any goal,
 * objective or milestone whose words mention use (see `substance-use.ts`). A milestone goes
 * with its goal, and with its objective, because the milestone's row would otherwise sit under
 * a heading that says what it measures.
 */
import type { LibraryArea } from '@shared/domain/library';
import { libraryAreaLabels } from '@shared/domain/library';
import type { PlanDocument } from '@shared/domain/plan/document';
import { isSubstanceUseArea, type SubstanceUseScreen } from './substance-use';

export interface ReportPlanGoal {
  key: string;
  area: LibraryArea;
  /** The problem area's title as the clinician keeps it, or the area's label when blank. */
  areaTitle: string;
  description: string;
  /** The goal's milestones the report may show, in plan order. */
  milestoneKeys: string[];
  /** The shown objectives' partners and targets: what the goal is judged on when no milestone was measured. */
  objectives: { partner: 'A' | 'B' | 'both'; target: number | null }[];
  /** Whose each shown milestone is (its objective's partner), by milestone key. */
  milestonePartners: Record<string, 'A' | 'B' | 'both'>;
}

export function reportPlanGoals(
  doc: Pick<PlanDocument, 'problemAreas'> | undefined,
  screen: SubstanceUseScreen | null,
): ReportPlanGoal[] {
  const hidden = (text: string) => screen?.mentions(text) ?? false;
  const goals: ReportPlanGoal[] = [];
  for (const area of doc?.problemAreas ?? []) {
    if (screen && (isSubstanceUseArea(area.area) || hidden(area.title))) continue;
    for (const goal of area.goals) {
      if (hidden(goal.description)) continue;
      const objectives = goal.objectives.filter(
        (objective) => !hidden(objective.description) && !hidden(objective.measure),
      );
      const milestonePartners: Record<string, 'A' | 'B' | 'both'> = {};
      const milestoneKeys: string[] = [];
      for (const objective of objectives) {
        for (const milestone of objective.milestones) {
          if (hidden(milestone.description)) continue;
          milestonePartners[milestone.key] = objective.partner;
          milestoneKeys.push(milestone.key);
        }
      }
      goals.push({
        key: goal.key,
        area: area.area,
        areaTitle: area.title.trim() || libraryAreaLabels[area.area],
        description: goal.description,
        milestoneKeys,
        objectives: objectives.map((objective) => ({ partner: objective.partner, target: objective.target })),
        milestonePartners,
      });
    }
  }
  return goals;
}

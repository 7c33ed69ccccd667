/**
 * Drafts as a test needs them: the engine's focused proposal leaves much of what it considered
 * in `suggestions`; a test that needs a milestone measured by hand, or the largest plan, adds
 * them the way a clinician would with "Add to plan".
 */
import { type PlanDocument, walkPlan } from '@shared/domain/plan';

/** The document with each suggestion placed under its parent (areas first, so every parent exists). */
export function withEverySuggestion(original: PlanDocument): PlanDocument {
  const document = structuredClone(original);
  const byKey = new Map<string, Record<string, unknown>>();
  const field = {
    goal: 'goals',
    objective: 'objectives',
    intervention: 'interventions',
    milestone: 'milestones',
  };
  const ordered = [...document.suggestions].sort(
    (x, y) => Number(x.entry.kind !== 'problemArea') - Number(y.entry.kind !== 'problemArea'),
  );
  for (const { entry } of ordered) {
    if (entry.kind === 'problemArea') document.problemAreas.push(entry.item);
    for (const { item } of walkPlan(document))
      byKey.set(item.key, item as unknown as Record<string, unknown>);
    if (entry.kind === 'problemArea') continue;
    const parent = byKey.get(entry.parentKey);
    if (!parent) throw new Error(`suggestion ${entry.item.key} has no parent ${entry.parentKey}`);
    (parent[field[entry.kind]] as unknown[]).push(entry.item);
  }
  return { ...document, suggestions: [] };
}

/** The document with the suggested milestones of objectives already in the plan added to them. */
export function withSuggestedMilestones(original: PlanDocument): PlanDocument {
  const document = structuredClone(original);
  const objectives = new Map(
    [...walkPlan(document)].flatMap((w) =>
      w.kind === 'objective' && 'milestones' in w.item ? [[w.item.key, w.item] as const] : [],
    ),
  );
  const suggestions = document.suggestions.filter(({ entry }) => {
    const objective = entry.kind === 'milestone' ? objectives.get(entry.parentKey) : undefined;
    if (!objective || entry.kind !== 'milestone') return true;
    objective.milestones.push(entry.item);
    return false;
  });
  return { ...document, suggestions };
}

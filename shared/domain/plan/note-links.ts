/**
 * A session note's links to the treatment plan: the objectives it rates and the plan
 * interventions it names. Each link names the plan version it was made against and the item's
 * stable key; signed plan versions never change, so a note keeps resolving against the version
 * it referenced after the plan is revised (a superseded plan's objectives still resolve).
 *
 * Pure: the core checks a draft with it before saving, and the renderer's read view uses it to
 * say which plan version a note's objectives come from.
 */
import type { NoteContent, ObjectiveStatus } from '@shared/domain/notes';
import { type PlanDocument, type PlanIntervention, type PlanObjective, walkPlan } from './document';

/** A plan version as the resolution needs it (the contract's plan version fits). */
export interface LinkablePlanVersion {
  id: string;
  coupleId: string;
  version: number;
  status: 'draft' | 'active' | 'superseded';
  document: Pick<PlanDocument, 'problemAreas'>;
}

export interface PlanItemsByKey {
  objectives: Map<string, PlanObjective>;
  interventions: Map<string, PlanIntervention>;
}

/** A plan document's objectives and interventions by key. */
export function planItemsByKey(document: Pick<PlanDocument, 'problemAreas'>): PlanItemsByKey {
  const objectives = new Map<string, PlanObjective>();
  const interventions = new Map<string, PlanIntervention>();
  for (const { kind, item } of walkPlan(document)) {
    if (kind === 'objective') objectives.set(item.key, item as PlanObjective);
    if (kind === 'intervention') interventions.set(item.key, item as PlanIntervention);
  }
  return { objectives, interventions };
}

export interface ResolvedProgress {
  planVersionId: string;
  objectiveKey: string;
  /** The objective's wording in the version the note links to (the note's own copy when unresolved). */
  objective: string;
  status: ObjectiveStatus;
  sentence: string;
  /** The linked plan version's number; null when the link does not resolve. */
  planVersion: number | null;
}

export interface ResolvedPlanIntervention {
  planVersionId: string;
  key: string;
  name: string;
  planVersion: number | null;
}

export interface NoteLinkResolution {
  progress: ResolvedProgress[];
  planInterventions: ResolvedPlanIntervention[];
  /** What does not resolve, keyed as the note content's fields (`progress.0.objectiveKey`). */
  problems: Record<string, string>;
}

/**
 * Resolves a note's progress entries and plan interventions against the couple's plan
 * versions. A link resolves when its version belongs to the couple, is signed (a draft can
 * still change or be discarded), and holds the item's key. An objective is rated once per note.
 */
export function resolveNoteLinks(
  content: Pick<NoteContent, 'progress' | 'planInterventions'>,
  coupleId: string,
  versions: readonly LinkablePlanVersion[],
): NoteLinkResolution {
  const problems: Record<string, string> = {};
  const byId = new Map(versions.map((version) => [version.id, version]));
  const indexes = new Map<string, PlanItemsByKey>();

  /** The version's items, or why the version cannot be linked to (set on `field`). */
  function itemsOf(
    planVersionId: string,
    field: string,
  ): { version: LinkablePlanVersion; items: PlanItemsByKey } | null {
    const version = byId.get(planVersionId);
    if (!version || version.coupleId !== coupleId) {
      problems[field] = 'This plan version is not one of this couple’s plans';
      return null;
    }
    if (version.status === 'draft') {
      problems[field] = 'This plan version is a draft: link to the signed plan';
      return null;
    }
    let items = indexes.get(version.id);
    if (!items) {
      items = planItemsByKey(version.document);
      indexes.set(version.id, items);
    }
    return { version, items };
  }

  const rated = new Set<string>();
  const progress = (content.progress ?? []).map((entry, index): ResolvedProgress => {
    const at = `progress.${index}`;
    const unresolved = { ...entry, planVersion: null };
    if (rated.has(entry.objectiveKey))
      problems[`${at}.objectiveKey`] = 'This objective is already rated in this note';
    rated.add(entry.objectiveKey);
    const found = itemsOf(entry.planVersionId, `${at}.planVersionId`);
    if (!found) return unresolved;
    const objective = found.items.objectives.get(entry.objectiveKey);
    if (!objective) {
      problems[`${at}.objectiveKey`] =
        `This objective is not in version ${found.version.version} of the plan`;
      return unresolved;
    }
    return { ...entry, objective: objective.description, planVersion: found.version.version };
  });

  const named = new Set<string>();
  const planInterventions = (content.planInterventions ?? []).map((item, index): ResolvedPlanIntervention => {
    const at = `planInterventions.${index}`;
    const unresolved = { ...item, planVersion: null };
    if (named.has(item.key)) problems[`${at}.key`] = 'This intervention is already listed in this note';
    named.add(item.key);
    const found = itemsOf(item.planVersionId, `${at}.planVersionId`);
    if (!found) return unresolved;
    const intervention = found.items.interventions.get(item.key);
    if (!intervention) {
      problems[`${at}.key`] = `This intervention is not in version ${found.version.version} of the plan`;
      return unresolved;
    }
    return { ...item, name: intervention.name, planVersion: found.version.version };
  });

  return { progress, planInterventions, problems };
}

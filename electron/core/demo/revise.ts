/** What the demo clinician does to a plan draft: accept the proposal, and revise at each review. */
import { type PlanDocument, walkPlan } from '@shared/domain/plan';
import { addDays } from './clock';

/**
 * Accepts every proposed item, as a clinician does when the proposal looks right, after adding
 * the engine's suggested milestones for objectives already in the plan: this clinician likes
 * a second way to see each objective move (a rating in session, the couple's log, feedback).
 */
export function acceptAll(doc: PlanDocument): PlanDocument {
  const copy = structuredClone(doc);
  const objectives = new Map(
    [...walkPlan(copy)].flatMap((w) =>
      w.kind === 'objective' && 'milestones' in w.item ? [[w.item.key, w.item]] : [],
    ),
  );
  copy.suggestions = copy.suggestions.filter(({ entry }) => {
    const objective = entry.kind === 'milestone' ? objectives.get(entry.parentKey) : undefined;
    if (!objective || entry.kind !== 'milestone') return true;
    objective.milestones.push(entry.item);
    return false;
  });
  for (const { item } of walkPlan(copy)) item.decision = 'accepted';
  return copy;
}

const TAILORING = [
  'Weekday evenings only; the weekend is for rest (agreed at review).',
  'Keep it short: ten minutes is enough on busy days.',
  'Swap roles each time so both partners lead.',
  'Write it down in the shared notebook; bring it to session.',
  'Pause during any week with a lapse; restart with the therapist.',
] as const;

export interface RevisionInput {
  /** The review date (the day of the revision). */
  date: string;
  /** Which review this is (1 for the first revision). */
  revision: number;
  /** Touch and conflict exercises must go while a safety flag is open. */
  dropSensitive: boolean;
  isSensitive(libraryId: string): boolean;
  /** Picks which intervention gets tailoring notes this time. */
  pick: number;
}

/**
 * A revised plan: past-due milestones and objectives given six more weeks, one exercise
 * tailored, and safety-sensitive exercises set aside (kept in the rejected list, with why)
 * while a safety flag is open. Targets stay: a reached milestone is being maintained.
 */
export function reviseDocument(doc: PlanDocument, input: RevisionInput): PlanDocument {
  const copy = structuredClone(doc);
  const later = addDays(input.date, 42);
  const soon = addDays(input.date, 7);
  const interventions: { notes: string }[] = [];
  for (const area of copy.problemAreas) {
    for (const goal of area.goals) {
      for (const objective of goal.objectives) {
        if (objective.targetDate && objective.targetDate < soon) objective.targetDate = later;
        for (const milestone of objective.milestones) {
          if (milestone.dueDate && milestone.dueDate < soon) {
            milestone.dueDate = later;
            milestone.reasons = [...milestone.reasons, `Review ${input.revision}: six more weeks`];
          }
        }
        if (input.dropSensitive) {
          const kept = objective.interventions.filter((i) => !input.isSensitive(i.libraryId));
          for (const removed of objective.interventions.filter((i) => input.isSensitive(i.libraryId))) {
            copy.rejected.push({
              kind: 'intervention',
              parentKey: objective.key,
              item: { ...removed, reasons: [...removed.reasons, 'Set aside while the safety flag is open'] },
            });
          }
          objective.interventions = kept;
        }
        interventions.push(...objective.interventions);
      }
    }
  }
  const tailored = interventions[input.pick % Math.max(1, interventions.length)];
  if (tailored) tailored.notes = TAILORING[input.revision % TAILORING.length] ?? '';
  return copy;
}

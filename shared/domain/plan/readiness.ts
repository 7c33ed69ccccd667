import { addDaysIso, isIsoDate } from '@shared/domain/dates';
import {
  itemKindLabels,
  type PlanDocument,
  type PlanItem,
  type PlanItemKind,
  type WalkedItem,
  walkPlan,
} from './document';
import { milestoneMeasure, outOfScaleError } from './measure';

export interface SigningContext {
  /** The clinician's calendar date. */
  today: string;
  /** The couple has an unresolved safety flag. */
  safetyFlagOpen: boolean;
  /** Whether a library entry is a touch or conflict exercise (unknown ids are not). */
  isSafetySensitive: (libraryId: string) => boolean;
}

/** The outline number the editor shows next to an item: 1, 1.2, 1.2.3, 1.2.3.i2, 1.2.3.m1. */
export function outlineNumber(walked: Pick<WalkedItem, 'path'>): string {
  const parts: string[] = [];
  for (let i = 0; i < walked.path.length; i += 2) {
    const field = walked.path[i];
    const index = Number(walked.path[i + 1]) + 1;
    if (field === 'interventions') parts.push(`i${index}`);
    else if (field === 'milestones') parts.push(`m${index}`);
    else parts.push(String(index));
  }
  return parts.join('.');
}

const children: Partial<Record<PlanItemKind, { field: string; kind: string }>> = {
  problemArea: { field: 'goals', kind: 'goal' },
  goal: { field: 'objectives', kind: 'objective' },
};

/** Which text field names an item, and what to ask for when it is empty. */
const nameField: Record<PlanItemKind, { field: string; ask: string }> = {
  problemArea: { field: 'title', ask: 'Enter a title' },
  goal: { field: 'description', ask: 'Describe the goal' },
  objective: { field: 'description', ask: 'Describe the objective' },
  intervention: { field: 'name', ask: 'Name the intervention' },
  milestone: { field: 'description', ask: 'Describe the milestone' },
};

function textOf(item: PlanItem, field: string): string {
  const value = (item as unknown as Record<string, unknown>)[field];
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * Everything that stops a draft from being signed, as field errors keyed by the path of the
 * `plans:saveDraft` input (`document.problemAreas.0.goals.1.description`, `reviewDate`), each
 * message naming the item by its outline number so it reads on its own in an error summary.
 * Empty when the plan can be signed.
 */
export function signingProblems(
  doc: PlanDocument,
  reviewDate: string | null,
  context: SigningContext,
): Record<string, string> {
  const problems: Record<string, string> = {};
  const add = (path: (string | number)[], message: string) => {
    const key = path.join('.');
    if (!problems[key]) problems[key] = message;
  };

  if (doc.problemAreas.length === 0) {
    add(['document', 'problemAreas'], 'Add at least one problem area with a goal and an objective');
  }

  for (const walked of walkPlan(doc)) {
    const { kind, item } = walked;
    const path = ['document', ...walked.path];
    const label = `${itemKindLabels[kind]} ${outlineNumber(walked)}`;
    if (item.decision === 'proposed') {
      add(
        [...path, 'decision'],
        `${label}: accept, edit or reject this proposed ${itemKindLabels[kind].toLowerCase()}`,
      );
    }
    const name = nameField[kind];
    if (!textOf(item, name.field)) add([...path, name.field], `${label}: ${name.ask.toLowerCase()}`);
    const child = children[kind];
    if (child && ((item as unknown as Record<string, unknown[]>)[child.field] ?? []).length === 0) {
      add([...path, child.field], `${label}: add at least one ${child.kind}`);
    }
    if (kind === 'objective' && 'measure' in item) {
      if (!item.measure.trim()) add([...path, 'measure'], `${label}: say how it is measured`);
      measurable(item, 'targetDate', label, path, add);
    }
    if (kind === 'milestone' && 'method' in item) {
      measurable(item, 'dueDate', label, path, add);
      // Baseline and target on the milestone's own scale: a target of 12 on a 0-10 rating can never be met.
      const { scale } = milestoneMeasure(item);
      for (const field of ['baseline', 'target'] as const) {
        const value = item[field];
        const error = value === null ? null : outOfScaleError(value, scale);
        if (error)
          add(
            [...path, field],
            `${label}: the ${field} ${value} is outside the milestone's scale; ${error.charAt(0).toLowerCase()}${error.slice(1)}`,
          );
      }
    }
    if (
      kind === 'intervention' &&
      'libraryId' in item &&
      context.safetyFlagOpen &&
      context.isSafetySensitive(item.libraryId)
    ) {
      add(
        [...path, 'libraryId'],
        `${label}: touch and conflict exercises cannot be in a signed plan while the couple has an open safety flag`,
      );
    }
  }

  if (doc.timeline.minWeeks > doc.timeline.maxWeeks) {
    add(
      ['document', 'timeline', 'maxWeeks'],
      'Timeline: the longest estimate must not be shorter than the shortest',
    );
  }

  if (!reviewDate) add(['reviewDate'], 'Set the date this plan will be reviewed');
  else if (!isIsoDate(reviewDate)) add(['reviewDate'], 'The review date must be a real date (YYYY-MM-DD)');
  else if (reviewDate < context.today) add(['reviewDate'], 'The review date must be today or later');
  else if (reviewDate > addDaysIso(context.today, 366)) add(['reviewDate'], 'Review the plan within a year');

  return problems;
}

function measurable(
  item: { baseline: number | null; target: number | null } & Record<string, unknown>,
  dateField: 'targetDate' | 'dueDate',
  label: string,
  path: (string | number)[],
  add: (path: (string | number)[], message: string) => void,
): void {
  if (item.baseline === null) add([...path, 'baseline'], `${label}: enter the baseline`);
  if (item.target === null) add([...path, 'target'], `${label}: enter the target`);
  // A target equal to the baseline is allowed: it is a maintenance goal ("keep trust at 8/10").
  if (!item[dateField]) {
    add([...path, dateField], `${label}: enter the ${dateField === 'dueDate' ? 'due date' : 'target date'}`);
  }
}

/**
 * Where a signing problem shows in the editor. The core names problems by their path in the
 * saved draft (`document.problemAreas.0.goals.1.description`); the editor names its fields by
 * item key (`item.goal:trust:ratings.description`) so an error stays on its item when the
 * clinician reorders, adds or rejects others before fixing it.
 */

import type { SummaryItem } from '@renderer/ui/ErrorSummary';
import type { FieldErrors } from '@renderer/ui/fieldErrors';
import { type PlanDocument, subtreeKeys, walkPlan } from '@shared/domain/plan';
import { findItem, type PlanEdit } from './planEdits';

/** The editor's name (and, through `fieldIds`, element id) for one field of one item. */
export function itemFieldName(key: string, field: string): string {
  return `item.${key}.${field}`;
}

/** The item key inside an editor name (`item.<key>.<field>`), or null for other names. */
export function keyInName(name: string): string | null {
  if (!name.startsWith('item.')) return null;
  return name.slice('item.'.length, name.lastIndexOf('.'));
}

/** Names for the parts of the plan that are not items. */
export const planFieldNames = {
  problemAreas: 'plan.problemAreas',
  sessions: 'plan.sessions',
  timelineMin: 'plan.timeline.minWeeks',
  timelineMax: 'plan.timeline.maxWeeks',
  reviewDate: 'reviewDate',
} as const;

/**
 * Turns the core's field errors (paths into the document that was signed) into editor field
 * names, in the order the core listed them (reading order). Unknown paths keep their text.
 */
export function placePlanErrors(fields: Readonly<Record<string, string>>, doc: PlanDocument): FieldErrors {
  const items = [...walkPlan(doc)].map((walked) => ({ prefix: walked.path.join('.'), key: walked.item.key }));
  // Longest prefix first, so a goal's field is not taken for its problem area's.
  items.sort((a, b) => b.prefix.length - a.prefix.length);
  const placed: FieldErrors = {};
  for (const [path, message] of Object.entries(fields)) {
    const name = placePath(path, items);
    if (!(name in placed)) placed[name] = message;
  }
  return placed;
}

function placePath(path: string, items: { prefix: string; key: string }[]): string {
  if (path === 'reviewDate') return planFieldNames.reviewDate;
  if (!path.startsWith('document.')) return path;
  const inDocument = path.slice('document.'.length);
  for (const { prefix, key } of items) {
    if (inDocument.startsWith(`${prefix}.`)) return itemFieldName(key, inDocument.slice(prefix.length + 1));
    if (inDocument === prefix) return itemFieldName(key, 'decision');
  }
  return `plan.${inDocument}`;
}

/**
 * Errors an edit answers: the fields it changed, or everything about an item it took away.
 * `before` is the document the edit applies to: accepting an item answers the decisions of
 * everything it holds, and adding a suggestion answers its parent's "add at least one".
 */
export function errorsAfterEdit(errors: FieldErrors, edit: PlanEdit, before?: PlanDocument): FieldErrors {
  if (Object.keys(errors).length === 0) return errors;
  const drop = (test: (name: string) => boolean): FieldErrors => {
    const kept = Object.entries(errors).filter(([name]) => !test(name));
    return kept.length === Object.keys(errors).length ? errors : Object.fromEntries(kept);
  };
  const names = (...list: string[]) => drop((name) => list.includes(name));
  switch (edit.type) {
    case 'update':
      return names(
        itemFieldName(edit.key, 'decision'),
        ...Object.keys(edit.patch).map((field) => itemFieldName(edit.key, field)),
        // Changing the baseline can answer "the target must differ from the baseline".
        ...('baseline' in edit.patch ? [itemFieldName(edit.key, 'target')] : []),
      );
    case 'accept': {
      const found = before ? findItem(before, edit.key) : null;
      const keys = found ? subtreeKeys(found.item) : [edit.key];
      return names(...keys.map((key) => itemFieldName(key, 'decision')));
    }
    case 'addSuggestion': {
      const entry = before?.suggestions.find((s) => s.entry.item.key === edit.key)?.entry;
      // A goal answers its area's "add at least one goal"; an objective its goal's.
      const field = entry?.kind === 'goal' ? 'goals' : entry?.kind === 'objective' ? 'objectives' : null;
      if (entry?.parentKey && field) return names(itemFieldName(entry.parentKey, field));
      return entry?.kind === 'problemArea' ? names(planFieldNames.problemAreas) : errors;
    }
    case 'acceptAll':
      return drop((name) => name.endsWith('.decision'));
    case 'reject':
    case 'remove':
      return drop((name) => name.startsWith(`item.${edit.key}.`));
    case 'addProblemArea':
      return names(planFieldNames.problemAreas);
    case 'addGoal':
      return names(itemFieldName(edit.parentKey, 'goals'));
    case 'addObjective':
      return names(itemFieldName(edit.parentKey, 'objectives'));
    case 'addMilestone':
    case 'addIntervention':
      return errors;
    case 'setTimeline':
      return names(planFieldNames.timelineMin, planFieldNames.timelineMax);
    case 'setReviewDate':
      return names(planFieldNames.reviewDate);
    default:
      return errors;
  }
}

/** Beyond this many undecided items the summary names the first and counts the rest. */
const DECISIONS_LISTED = 3;

/**
 * The error summary's lines, in reading order. A fresh proposal can have a hundred items still
 * undecided: listing each would bury the other problems, so past a few they become one line
 * that links to the first (each item still shows its own message).
 */
export function summarizePlanErrors(errors: FieldErrors): SummaryItem[] {
  const entries = Object.entries(errors);
  const decisions = entries.filter(([name]) => name.endsWith('.decision'));
  if (decisions.length <= DECISIONS_LISTED) return entries.map(([path, message]) => ({ path, message }));
  const [firstPath = null, firstMessage = ''] = decisions[0] ?? [];
  const first = firstMessage.split(':')[0] ?? '';
  const grouped: SummaryItem = {
    path: firstPath,
    message: `${decisions.length} proposed items still need accepting, editing or rejecting (the first is ${first}). “Accept all remaining” accepts them all at once.`,
  };
  const items: SummaryItem[] = [];
  for (const [path, message] of entries) {
    if (path.endsWith('.decision')) {
      if (path === firstPath) items.push(grouped);
    } else items.push({ path, message });
  }
  return items;
}

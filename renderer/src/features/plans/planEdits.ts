/**
 * Every change the plan editor makes to a draft, as pure functions over the document: the
 * editor's reducer, the unit tests and nothing else call them. Lists are rebuilt only where
 * something changed, so unchanged items keep their identity (memoised rows skip re-rendering).
 */
import type { LibraryEntry, LibraryWho } from '@shared/domain/library';
import { libraryAreaLabels } from '@shared/domain/library';
import type {
  PlanDocument,
  PlanGoal,
  PlanIntervention,
  PlanItem,
  PlanItemKind,
  PlanMilestone,
  PlanObjective,
  PlanProblemArea,
  RejectedItem,
  SessionPlan,
  Suggestion,
  TimelinePlan,
} from '@shared/domain/plan';
import { itemKindLabels, itemLabel, scaleFor, walkPlan } from '@shared/domain/plan';
import { priorityLabels } from './planLabels';

/** What the editor holds: the document and the review date as typed ('' while unset). */
export interface PlanDraftState {
  document: PlanDocument;
  reviewDate: string;
}

/** The fields a clinician edits on each kind of item (structure, reasons and decision excluded). */
export interface ItemFields {
  problemArea: Pick<PlanProblemArea, 'area' | 'title' | 'priority'>;
  goal: Pick<PlanGoal, 'description'>;
  objective: Pick<
    PlanObjective,
    'description' | 'partner' | 'measure' | 'baseline' | 'target' | 'targetDate'
  >;
  intervention: Pick<PlanIntervention, 'name' | 'who' | 'frequency' | 'notes'>;
  milestone: Pick<PlanMilestone, 'description' | 'method' | 'baseline' | 'target' | 'dueDate'>;
}

export type UpdateEdit = {
  [K in PlanItemKind]: { type: 'update'; kind: K; key: string; patch: Partial<ItemFields[K]> };
}[PlanItemKind];

export type PlanEdit =
  | UpdateEdit
  | { type: 'accept'; key: string }
  | { type: 'acceptAll' }
  | { type: 'reject'; key: string }
  | { type: 'remove'; key: string }
  | { type: 'restore'; key: string }
  | { type: 'addSuggestion'; key: string }
  | { type: 'move'; key: string; direction: -1 | 1 }
  | { type: 'addProblemArea'; key: string; area: PlanProblemArea['area'] }
  | { type: 'addGoal'; key: string; parentKey: string }
  | { type: 'addObjective'; key: string; parentKey: string }
  | { type: 'addMilestone'; key: string; parentKey: string }
  | { type: 'addIntervention'; key: string; parentKey: string; entry: LibraryEntry }
  | { type: 'setSessions'; sessions: SessionPlan }
  | { type: 'setTimeline'; timeline: TimelinePlan }
  | { type: 'setReviewDate'; reviewDate: string };

/** A new key for an item the clinician adds; engine keys never start with `c-`. */
export function newItemKey(): string {
  return `c-${crypto.randomUUID()}`;
}

/** Added by the clinician (deleted outright) rather than proposed by the engine (rejected, restorable). */
export function isClinicianItem(item: { key: string }): boolean {
  return item.key.startsWith('c-');
}

// ---------------------------------------------------------------- walking the tree

interface Hooks {
  areas?(list: PlanProblemArea[]): PlanProblemArea[];
  goals?(list: PlanGoal[], parent: PlanProblemArea): PlanGoal[];
  objectives?(list: PlanObjective[], parent: PlanGoal): PlanObjective[];
  interventions?(list: PlanIntervention[], parent: PlanObjective): PlanIntervention[];
  milestones?(list: PlanMilestone[], parent: PlanObjective): PlanMilestone[];
}

/** Maps `list` with `map`, returning the same array when no element changed. */
function mapKeep<T>(list: T[], map: (value: T) => T): T[] {
  let changed = false;
  const next = list.map((value) => {
    const mapped = map(value);
    if (mapped !== value) changed = true;
    return mapped;
  });
  return changed ? next : list;
}

function transformObjective(objective: PlanObjective, hooks: Hooks): PlanObjective {
  const interventions = hooks.interventions?.(objective.interventions, objective) ?? objective.interventions;
  const milestones = hooks.milestones?.(objective.milestones, objective) ?? objective.milestones;
  return interventions === objective.interventions && milestones === objective.milestones
    ? objective
    : { ...objective, interventions, milestones };
}

function transformGoal(goal: PlanGoal, hooks: Hooks): PlanGoal {
  const own = hooks.objectives?.(goal.objectives, goal) ?? goal.objectives;
  const objectives = mapKeep(own, (objective) => transformObjective(objective, hooks));
  return objectives === goal.objectives ? goal : { ...goal, objectives };
}

function transformArea(area: PlanProblemArea, hooks: Hooks): PlanProblemArea {
  const own = hooks.goals?.(area.goals, area) ?? area.goals;
  const goals = mapKeep(own, (goal) => transformGoal(goal, hooks));
  return goals === area.goals ? area : { ...area, goals };
}

/** Applies the hooks at every level, top-down; the document is new only if something changed. */
function transform(doc: PlanDocument, hooks: Hooks): PlanDocument {
  const own = hooks.areas?.(doc.problemAreas) ?? doc.problemAreas;
  const problemAreas = mapKeep(own, (area) => transformArea(area, hooks));
  return problemAreas === doc.problemAreas ? doc : { ...doc, problemAreas };
}

type ListOp = <T extends { key: string; decision: PlanProblemArea['decision'] }>(
  list: T[],
  index: number,
) => T[];

/** Runs `op` on whichever list holds the item with `key` (at any level). */
function onListHolding(doc: PlanDocument, key: string, op: ListOp): PlanDocument {
  const at = <T extends { key: string; decision: PlanProblemArea['decision'] }>(list: T[]): T[] => {
    const index = list.findIndex((item) => item.key === key);
    return index < 0 ? list : op(list, index);
  };
  return transform(doc, { areas: at, goals: at, objectives: at, interventions: at, milestones: at });
}

function replaceAt<T>(list: T[], index: number, value: T): T[] {
  return list.map((item, i) => (i === index ? value : item));
}

function patchByKey<T extends { key: string }>(list: T[], key: string, patch: (item: T) => T): T[] {
  return mapKeep(list, (item) => (item.key === key ? patch(item) : item));
}

// ---------------------------------------------------------------- edits

/** Editing any field counts as accepting the item: the clinician has looked at it. */
export function updateItem(doc: PlanDocument, edit: UpdateEdit): PlanDocument {
  const { key } = edit;
  switch (edit.kind) {
    case 'problemArea':
      return transform(doc, {
        areas: (list) => patchByKey(list, key, (item) => ({ ...item, ...edit.patch, decision: 'accepted' })),
      });
    case 'goal':
      return transform(doc, {
        goals: (list) => patchByKey(list, key, (item) => ({ ...item, ...edit.patch, decision: 'accepted' })),
      });
    case 'objective':
      return transform(doc, {
        objectives: (list) =>
          patchByKey(list, key, (item) => ({ ...item, ...edit.patch, decision: 'accepted' })),
      });
    case 'intervention':
      return transform(doc, {
        interventions: (list) =>
          patchByKey(list, key, (item) => ({ ...item, ...edit.patch, decision: 'accepted' })),
      });
    case 'milestone':
      return transform(doc, {
        milestones: (list) =>
          patchByKey(list, key, (item) => ({ ...item, ...edit.patch, decision: 'accepted' })),
      });
  }
}

type Decided = { decision: PlanProblemArea['decision'] };

function decided<T extends Decided>(item: T, decision: Decided['decision']): T {
  return item.decision === decision ? item : { ...item, decision };
}

/** Hooks that give every item below the top a decision (an area's goals and all under them). */
function decideBelow(decision: Decided['decision']): Hooks {
  const all = <T extends Decided>(list: T[]): T[] => mapKeep(list, (item) => decided(item, decision));
  return { goals: all, objectives: all, interventions: all, milestones: all };
}

/** The item with `decision`, and everything it holds with the same decision. */
function decideWithin<T extends PlanItem>(item: T, decision: Decided['decision']): T {
  const self = decided(item, decision);
  const below = decideBelow(decision);
  if ('goals' in self) return transformArea(self, below) as T;
  if ('objectives' in self) return transformGoal(self, below) as T;
  if ('interventions' in self) return transformObjective(self, below) as T;
  return self;
}

/**
 * Accepting an item accepts what it holds: a problem area its goals, objectives, interventions
 * and milestones; a goal its objectives and theirs. Each can still be rejected or edited after.
 */
export function acceptItem(doc: PlanDocument, key: string): PlanDocument {
  return onListHolding(doc, key, (list, index) => {
    const item = list[index];
    if (!item) return list;
    const accepted = decideWithin(item as unknown as PlanItem, 'accepted') as unknown as typeof item;
    return accepted === item ? list : replaceAt(list, index, accepted);
  });
}

/** "Accept all remaining": every item still proposed, at every level, becomes accepted. */
export function acceptAll(doc: PlanDocument): PlanDocument {
  const below = decideBelow('accepted');
  return transform(doc, {
    ...below,
    areas: (list) => mapKeep(list, (item) => decided(item, 'accepted')),
  });
}

/** Takes the item (and everything under it) out of the plan; returns where it was, or null. */
function takeOut(doc: PlanDocument, key: string): { doc: PlanDocument; taken: RejectedItem | null } {
  let taken: RejectedItem | null = null;
  const next = transform(doc, {
    areas: (list) => {
      const item = list.find((area) => area.key === key);
      if (!item) return list;
      taken = { kind: 'problemArea', parentKey: null, item };
      return list.filter((area) => area !== item);
    },
    goals: (list, parent) => {
      const item = list.find((goal) => goal.key === key);
      if (!item) return list;
      taken = { kind: 'goal', parentKey: parent.key, item };
      return list.filter((goal) => goal !== item);
    },
    objectives: (list, parent) => {
      const item = list.find((objective) => objective.key === key);
      if (!item) return list;
      taken = { kind: 'objective', parentKey: parent.key, item };
      return list.filter((objective) => objective !== item);
    },
    interventions: (list, parent) => {
      const item = list.find((intervention) => intervention.key === key);
      if (!item) return list;
      taken = { kind: 'intervention', parentKey: parent.key, item };
      return list.filter((intervention) => intervention !== item);
    },
    milestones: (list, parent) => {
      const item = list.find((milestone) => milestone.key === key);
      if (!item) return list;
      taken = { kind: 'milestone', parentKey: parent.key, item };
      return list.filter((milestone) => milestone !== item);
    },
  });
  return { doc: next, taken };
}

/** Moves an item to the rejected list, where it can be restored; the diff reports it as rejected. */
export function rejectItem(doc: PlanDocument, key: string): PlanDocument {
  const { doc: next, taken } = takeOut(doc, key);
  return taken ? { ...next, rejected: [...next.rejected, taken] } : doc;
}

/** Deletes an item for good (the clinician's own items; nothing to restore). */
export function removeItem(doc: PlanDocument, key: string): PlanDocument {
  return takeOut(doc, key).doc;
}

/** Whether the item a rejected entry (or a suggestion) belongs under is in the plan, so it can go there. */
export function canRestore(doc: PlanDocument, entry: RejectedItem): boolean {
  if (entry.parentKey === null) return true;
  return findItem(doc, entry.parentKey) !== null;
}

/** Puts an entry (a rejected item, a suggestion) at the end of its parent's list; the parent must be in the plan. */
function insertEntry(doc: PlanDocument, entry: RejectedItem): PlanDocument {
  const parentKey = entry.parentKey ?? '';
  switch (entry.kind) {
    case 'problemArea':
      return { ...doc, problemAreas: [...doc.problemAreas, entry.item] };
    case 'goal':
      return transform(doc, {
        areas: (list) =>
          patchByKey(list, parentKey, (area) => ({ ...area, goals: [...area.goals, entry.item] })),
      });
    case 'objective':
      return transform(doc, {
        goals: (list) =>
          patchByKey(list, parentKey, (goal) => ({ ...goal, objectives: [...goal.objectives, entry.item] })),
      });
    case 'intervention':
      return transform(doc, {
        objectives: (list) =>
          patchByKey(list, parentKey, (objective) => ({
            ...objective,
            interventions: [...objective.interventions, entry.item],
          })),
      });
    case 'milestone':
      return transform(doc, {
        objectives: (list) =>
          patchByKey(list, parentKey, (objective) => ({
            ...objective,
            milestones: [...objective.milestones, entry.item],
          })),
      });
  }
}

/** Puts a rejected item back at the end of its parent's list, as it was when rejected. */
export function restoreItem(doc: PlanDocument, key: string): PlanDocument {
  const entry = doc.rejected.find((rejected) => rejected.item.key === key);
  if (!entry || !canRestore(doc, entry)) return doc;
  return { ...insertEntry(doc, entry), rejected: doc.rejected.filter((other) => other !== entry) };
}

/**
 * Moves one of the engine's further suggestions into the draft, at the end of its parent's
 * list, as `proposed` (with all it holds) so the clinician still accepts, edits or rejects it.
 * Nothing happens while its parent is not in the plan (see `suggestionBlocker`).
 */
export function addSuggestion(doc: PlanDocument, key: string): PlanDocument {
  const suggestion = doc.suggestions.find((s) => s.entry.item.key === key);
  if (!suggestion || !canRestore(doc, suggestion.entry)) return doc;
  const entry = {
    ...suggestion.entry,
    item: decideWithin(suggestion.entry.item, 'proposed'),
  } as RejectedItem;
  return { ...insertEntry(doc, entry), suggestions: doc.suggestions.filter((other) => other !== suggestion) };
}

type ParentWhere = 'plan' | 'rejected' | 'suggested';

/** The words for an entry's parent ("problem area “Sexual health”") and where it is kept, or null. */
function parentOf(doc: PlanDocument, parentKey: string): { where: ParentWhere; words: string } | null {
  const words = (kind: PlanItemKind, item: PlanItem) =>
    `${itemKindLabels[kind].toLowerCase()} “${itemLabel(kind, item)}”`;
  const found = findItem(doc, parentKey);
  if (found) return { where: 'plan', words: words(found.kind, found.item) };
  const rejected = doc.rejected.find((entry) => entry.item.key === parentKey);
  if (rejected) return { where: 'rejected', words: words(rejected.kind, rejected.item) };
  for (const { entry } of doc.suggestions) {
    const inside = walkEntry(entry).find(({ item }) => item.key === parentKey);
    if (inside) return { where: 'suggested', words: words(inside.kind, inside.item) };
  }
  return null;
}

/** "problem area “Trust”": what a rejected item or a suggestion goes under, wherever that is kept; null at the top. */
export function entryParentText(doc: PlanDocument, entry: RejectedItem): string | null {
  return entry.parentKey === null ? null : (parentOf(doc, entry.parentKey)?.words ?? null);
}

/** Why a suggestion cannot be added yet ("Add its problem area “Sexual health” first."), or null when it can. */
export function suggestionBlocker(doc: PlanDocument, entry: RejectedItem): string | null {
  if (canRestore(doc, entry) || entry.parentKey === null) return null;
  const parent = parentOf(doc, entry.parentKey);
  if (parent?.where === 'suggested') return `Add its ${parent.words} first.`;
  if (parent?.where === 'rejected') return `Restore its ${parent.words} first.`;
  return 'What it belongs under is no longer in the plan.';
}

/** Swaps an item with its previous (-1) or next (+1) sibling; nothing happens at either end. */
export function moveItem(doc: PlanDocument, key: string, direction: -1 | 1): PlanDocument {
  return onListHolding(doc, key, (list, index) => {
    const target = index + direction;
    const item = list[index];
    const other = list[target];
    if (!item || !other) return list;
    const next = [...list];
    next[index] = other;
    next[target] = item;
    return next;
  });
}

/** The assignee a library entry starts with: an individual exercise goes to partner A until changed. */
export function assigneeFor(who: LibraryWho): PlanIntervention['who'] {
  return who === 'eitherPartner' ? 'partnerA' : who;
}

export function blankProblemArea(key: string, area: PlanProblemArea['area']): PlanProblemArea {
  return {
    key,
    area,
    title: libraryAreaLabels[area],
    priority: 'medium',
    reasons: [],
    decision: 'accepted',
    goals: [],
  };
}

export function blankGoal(key: string): PlanGoal {
  return { key, description: '', reasons: [], decision: 'accepted', objectives: [] };
}

export function blankObjective(key: string): PlanObjective {
  return {
    key,
    description: '',
    partner: 'both',
    measure: '',
    baseline: null,
    target: null,
    targetDate: '',
    reasons: [],
    decision: 'accepted',
    interventions: [],
    milestones: [],
  };
}

/** A milestone the clinician adds: rated in session on 0-10 until they choose another method or unit. */
export function blankMilestone(key: string): PlanMilestone {
  return {
    key,
    description: '',
    method: 'therapistEvaluation',
    // Stored from the start, so its range never depends on how its description is worded.
    scale: scaleFor('rating'),
    recordedBy: { kind: 'entry', method: 'therapistEvaluation' },
    baseline: null,
    target: null,
    dueDate: '',
    reasons: [],
    decision: 'accepted',
  };
}

export function interventionFromLibrary(key: string, entry: LibraryEntry): PlanIntervention {
  return {
    key,
    libraryId: entry.id,
    name: entry.name,
    who: assigneeFor(entry.who),
    frequency: entry.frequency,
    notes: '',
    reasons: [],
    decision: 'accepted',
  };
}

function addChild(doc: PlanDocument, edit: PlanEdit): PlanDocument {
  switch (edit.type) {
    case 'addProblemArea':
      return { ...doc, problemAreas: [...doc.problemAreas, blankProblemArea(edit.key, edit.area)] };
    case 'addGoal':
      return transform(doc, {
        areas: (list) =>
          patchByKey(list, edit.parentKey, (area) => ({
            ...area,
            goals: [...area.goals, blankGoal(edit.key)],
          })),
      });
    case 'addObjective':
      return transform(doc, {
        goals: (list) =>
          patchByKey(list, edit.parentKey, (goal) => ({
            ...goal,
            objectives: [...goal.objectives, blankObjective(edit.key)],
          })),
      });
    case 'addMilestone':
      return transform(doc, {
        objectives: (list) =>
          patchByKey(list, edit.parentKey, (objective) => ({
            ...objective,
            milestones: [...objective.milestones, blankMilestone(edit.key)],
          })),
      });
    case 'addIntervention':
      return transform(doc, {
        objectives: (list) =>
          patchByKey(list, edit.parentKey, (objective) => ({
            ...objective,
            interventions: [...objective.interventions, interventionFromLibrary(edit.key, edit.entry)],
          })),
      });
    default:
      return doc;
  }
}

/** The editor's reducer: one edit in, the next draft out. */
export function applyPlanEdit(state: PlanDraftState, edit: PlanEdit): PlanDraftState {
  const withDocument = (document: PlanDocument) =>
    document === state.document ? state : { ...state, document };
  const doc = state.document;
  switch (edit.type) {
    case 'update':
      return withDocument(updateItem(doc, edit));
    case 'accept':
      return withDocument(acceptItem(doc, edit.key));
    case 'acceptAll':
      return withDocument(acceptAll(doc));
    case 'reject':
      return withDocument(rejectItem(doc, edit.key));
    case 'remove':
      return withDocument(removeItem(doc, edit.key));
    case 'restore':
      return withDocument(restoreItem(doc, edit.key));
    case 'addSuggestion':
      return withDocument(addSuggestion(doc, edit.key));
    case 'move':
      return withDocument(moveItem(doc, edit.key, edit.direction));
    case 'addProblemArea':
    case 'addGoal':
    case 'addObjective':
    case 'addMilestone':
    case 'addIntervention':
      return withDocument(addChild(doc, edit));
    case 'setSessions':
      return withDocument({ ...doc, sessions: edit.sessions });
    case 'setTimeline':
      return withDocument({ ...doc, timeline: edit.timeline });
    case 'setReviewDate':
      return edit.reviewDate === state.reviewDate ? state : { ...state, reviewDate: edit.reviewDate };
  }
}

// ---------------------------------------------------------------- reading

export interface FoundItem {
  kind: PlanItemKind;
  item: PlanItem;
  parentKey: string | null;
}

/** The item with `key` in the plan (not the rejected list), with its kind and parent. */
export function findItem(doc: PlanDocument, key: string): FoundItem | null {
  for (const area of doc.problemAreas) {
    if (area.key === key) return { kind: 'problemArea', item: area, parentKey: null };
    for (const goal of area.goals) {
      if (goal.key === key) return { kind: 'goal', item: goal, parentKey: area.key };
      for (const objective of goal.objectives) {
        if (objective.key === key) return { kind: 'objective', item: objective, parentKey: goal.key };
        for (const intervention of objective.interventions) {
          if (intervention.key === key)
            return { kind: 'intervention', item: intervention, parentKey: objective.key };
        }
        for (const milestone of objective.milestones) {
          if (milestone.key === key) return { kind: 'milestone', item: milestone, parentKey: objective.key };
        }
      }
    }
  }
  return null;
}

/** How many items still wait for the clinician's Accept or Reject. */
export function countProposed(doc: PlanDocument): number {
  let count = 0;
  for (const { item } of walkPlan(doc)) if (item.decision === 'proposed') count += 1;
  return count;
}

/** How many items in `item` (itself included) still wait for a decision. */
export function countProposedWithin(kind: PlanItemKind, item: PlanItem): number {
  let count = 0;
  for (const walked of walkEntry({ kind, item })) if (walked.item.decision === 'proposed') count += 1;
  return count;
}

/** An entry's item and everything under it, with their kinds, in reading order. */
function walkEntry(entry: { kind: PlanItemKind; item: PlanItem }): { kind: PlanItemKind; item: PlanItem }[] {
  const out: { kind: PlanItemKind; item: PlanItem }[] = [{ kind: entry.kind, item: entry.item }];
  const item = entry.item as Partial<PlanProblemArea & PlanGoal & PlanObjective>;
  for (const goal of item.goals ?? []) out.push(...walkEntry({ kind: 'goal', item: goal }));
  for (const objective of item.objectives ?? [])
    out.push(...walkEntry({ kind: 'objective', item: objective }));
  for (const intervention of item.interventions ?? []) out.push({ kind: 'intervention', item: intervention });
  for (const milestone of item.milestones ?? []) out.push({ kind: 'milestone', item: milestone });
  return out;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "2 goals · 4 objectives · 7 interventions · 3 milestones · 5 to review": a folded problem area in one line. */
export function areaCounts(area: PlanProblemArea): string {
  const counts = { goal: 0, objective: 0, intervention: 0, milestone: 0, proposed: 0 };
  for (const { kind, item } of walkEntry({ kind: 'problemArea', item: area })) {
    if (kind !== 'problemArea') counts[kind] += 1;
    if (item.decision === 'proposed') counts.proposed += 1;
  }
  return [
    plural(counts.goal, 'goal', 'goals'),
    plural(counts.objective, 'objective', 'objectives'),
    plural(counts.intervention, 'intervention', 'interventions'),
    plural(counts.milestone, 'milestone', 'milestones'),
    counts.proposed > 0 ? `${counts.proposed} to review` : 'all reviewed',
  ].join(' · ');
}

/** The priority as the one-line summary says it: "High priority", "Safety first". */
export function priorityWords(priority: PlanProblemArea['priority']): string {
  return priority === 'safety' ? priorityLabels.safety : `${priorityLabels[priority]} priority`;
}

export interface SuggestionGroups {
  /** Suggestions that go somewhere inside a problem area of the plan, by that area's key. */
  byArea: ReadonlyMap<string, readonly Suggestion[]>;
  /** Problem areas not in focus, and anything that goes under them. */
  elsewhere: readonly Suggestion[];
}

/** Each item's parent key (null at the top), for the item and everything under it. */
function recordParents(item: PlanItem, parentKey: string | null, into: Map<string, string | null>): void {
  into.set(item.key, parentKey);
  const nested = item as Partial<PlanProblemArea & PlanGoal & PlanObjective>;
  for (const child of [
    ...(nested.goals ?? []),
    ...(nested.objectives ?? []),
    ...(nested.interventions ?? []),
    ...(nested.milestones ?? []),
  ])
    recordParents(child, item.key, into);
}

/**
 * Sorts the engine's further suggestions by the problem area of the plan they would go into,
 * keeping the engine's order in each group. One whose parent was rejected stays with that
 * area (its list says to restore the parent first); one that goes under an area not in the
 * plan, or under another suggestion, is listed with the areas not in focus.
 */
export function groupSuggestions(doc: PlanDocument): SuggestionGroups {
  const parents = new Map<string, string | null>();
  for (const area of doc.problemAreas) recordParents(area, null, parents);
  for (const entry of doc.rejected) recordParents(entry.item, entry.parentKey, parents);
  const inPlan = new Set(doc.problemAreas.map((area) => area.key));
  const areaFor = (key: string): string | undefined => {
    let at: string | null | undefined = key;
    // An area, a goal, an objective, then its parts: four steps up at most.
    for (let step = 0; step < 5 && at != null; step++) {
      const parent = parents.get(at);
      if (parent === null) return inPlan.has(at) ? at : undefined;
      at = parent;
    }
    return undefined;
  };
  const byArea = new Map<string, Suggestion[]>();
  const elsewhere: Suggestion[] = [];
  for (const suggestion of doc.suggestions) {
    const { parentKey } = suggestion.entry;
    const area = parentKey === null ? undefined : areaFor(parentKey);
    if (area === undefined) elsewhere.push(suggestion);
    else byArea.set(area, [...(byArea.get(area) ?? []), suggestion]);
  }
  return { byArea, elsewhere };
}

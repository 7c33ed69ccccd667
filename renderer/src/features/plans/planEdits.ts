/**
 * Every change the plan editor makes to a draft, as pure functions over the document: the
 * editor's reducer, the unit tests and nothing else call them. Lists are rebuilt only where
 * something changed, so unchanged items keep their identity (memoised rows skip re-rendering).
 */
import type { LibraryEntry, LibraryWho } from '../../../../shared/domain/library';
import { libraryAreaLabels } from '../../../../shared/domain/library';
import type {
  PlanDocument,
  PlanGoal,
  PlanIntervention,
  PlanItemKind,
  PlanMilestone,
  PlanObjective,
  PlanProblemArea,
  RejectedItem,
  SessionPlan,
  TimelinePlan,
} from '../../../../shared/domain/plan';
import { walkPlan } from '../../../../shared/domain/plan';

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

export function acceptItem(doc: PlanDocument, key: string): PlanDocument {
  return onListHolding(doc, key, (list, index) => {
    const item = list[index];
    return !item || item.decision === 'accepted'
      ? list
      : replaceAt(list, index, { ...item, decision: 'accepted' });
  });
}

/** "Accept all remaining": every item still proposed, at every level, becomes accepted. */
export function acceptAll(doc: PlanDocument): PlanDocument {
  const accept = <T extends { decision: PlanProblemArea['decision'] }>(list: T[]): T[] =>
    mapKeep(list, (item) => (item.decision === 'proposed' ? { ...item, decision: 'accepted' } : item));
  return transform(doc, {
    areas: accept,
    goals: accept,
    objectives: accept,
    interventions: accept,
    milestones: accept,
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

/** Whether the item a rejected entry belonged under is in the plan, so it can go back there. */
export function canRestore(doc: PlanDocument, entry: RejectedItem): boolean {
  if (entry.parentKey === null) return true;
  return findItem(doc, entry.parentKey) !== null;
}

/** Puts a rejected item back at the end of its parent's list, as it was when rejected. */
export function restoreItem(doc: PlanDocument, key: string): PlanDocument {
  const entry = doc.rejected.find((rejected) => rejected.item.key === key);
  if (!entry || !canRestore(doc, entry)) return doc;
  const rejected = doc.rejected.filter((other) => other !== entry);
  const parentKey = entry.parentKey;
  let next: PlanDocument;
  switch (entry.kind) {
    case 'problemArea':
      next = { ...doc, problemAreas: [...doc.problemAreas, entry.item] };
      break;
    case 'goal':
      next = transform(doc, {
        areas: (list) =>
          patchByKey(list, parentKey ?? '', (area) => ({ ...area, goals: [...area.goals, entry.item] })),
      });
      break;
    case 'objective':
      next = transform(doc, {
        goals: (list) =>
          patchByKey(list, parentKey ?? '', (goal) => ({
            ...goal,
            objectives: [...goal.objectives, entry.item],
          })),
      });
      break;
    case 'intervention':
      next = transform(doc, {
        objectives: (list) =>
          patchByKey(list, parentKey ?? '', (objective) => ({
            ...objective,
            interventions: [...objective.interventions, entry.item],
          })),
      });
      break;
    case 'milestone':
      next = transform(doc, {
        objectives: (list) =>
          patchByKey(list, parentKey ?? '', (objective) => ({
            ...objective,
            milestones: [...objective.milestones, entry.item],
          })),
      });
      break;
  }
  return { ...next, rejected };
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

export function blankMilestone(key: string): PlanMilestone {
  return {
    key,
    description: '',
    method: 'therapistEvaluation',
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
  item: PlanProblemArea | PlanGoal | PlanObjective | PlanIntervention | PlanMilestone;
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

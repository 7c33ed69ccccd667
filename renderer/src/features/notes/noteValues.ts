import type { Note, NoteContentInput } from '@shared/contract/notes';
import {
  type NoteFormat,
  noteSections,
  type ObjectiveStatus,
  type UseSinceLastSession,
} from '@shared/domain/notes';

/** An active objective of the plan as the workspace supplies it (`workspaceObjectiveSchema`). */
export interface PlanObjectiveOption {
  planVersionId: string;
  key: string;
  description: string;
  goal?: string;
  areaTitle?: string;
}

/** One of the plan's interventions as the workspace supplies it (`workspaceInterventionSchema`). */
export interface PlanInterventionOption {
  planVersionId: string;
  key: string;
  name: string;
}

/**
 * An objective's row in "Progress toward the plan" as typed. `status` is '' while not rated:
 * an unrated row is not part of the note (its sentence stays on screen until it is rated).
 */
export interface ProgressValue {
  planVersionId: string;
  objectiveKey: string;
  objective: string;
  status: ObjectiveStatus | '';
  sentence: string;
}

/** What the editor holds: every field as typed, so nothing is reshaped while the clinician writes. */
export interface NoteValues {
  format: NoteFormat;
  sections: Record<string, string>;
  interventions: string[];
  planInterventions: PlanInterventionOption[];
  progress: ProgressValue[];
  homework: string;
  risk: {
    useSinceLastSession: { A: UseSinceLastSession; B: UseSinceLastSession };
    safetyConcerns: boolean;
    suicidalThoughts: boolean;
    details: string;
  };
}

export function emptyNoteValues(format: NoteFormat = 'DAP'): NoteValues {
  return {
    format,
    sections: {},
    interventions: [],
    planInterventions: [],
    progress: [],
    homework: '',
    risk: {
      useSinceLastSession: { A: 'unknown', B: 'unknown' },
      safetyConcerns: false,
      suicidalThoughts: false,
      details: '',
    },
  };
}

export function noteValuesFromNote(note: Note): NoteValues {
  const { content } = note;
  return {
    format: content.format,
    sections: Object.fromEntries(
      Object.entries(content.sections).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      ),
    ),
    interventions: content.interventions,
    planInterventions: content.planInterventions.map(({ planVersionId, key, name }) => ({
      planVersionId,
      key,
      name,
    })),
    progress: content.progress.map((entry) => ({ ...entry })),
    homework: content.homework ?? '',
    risk: {
      useSinceLastSession: content.risk.useSinceLastSession,
      safetyConcerns: content.risk.safetyConcerns,
      suicidalThoughts: content.risk.suicidalThoughts,
      details: content.risk.details ?? '',
    },
  };
}

/**
 * The content the core stores; blank homework and details become null in the schema. Only
 * rated objectives are sent, in the plan's order (`objectiveOrder`), then any the plan no
 * longer lists, as they were.
 */
export function toNoteContent(values: NoteValues, objectiveOrder: readonly string[] = []): NoteContentInput {
  const rank = (key: string) => {
    const index = objectiveOrder.indexOf(key);
    return index === -1 ? objectiveOrder.length : index;
  };
  const progress = values.progress
    .filter((entry): entry is ProgressValue & { status: ObjectiveStatus } => entry.status !== '')
    .map((entry, index) => ({ entry, index }))
    .sort((x, y) => rank(x.entry.objectiveKey) - rank(y.entry.objectiveKey) || x.index - y.index)
    .map(({ entry }) => ({ ...entry, sentence: entry.sentence.trim() }));
  return {
    format: values.format,
    sections: values.sections,
    interventions: values.interventions,
    planInterventions: values.planInterventions,
    progress,
    homework: values.homework,
    risk: values.risk,
  };
}

/**
 * The rows of "Progress toward the plan": one per active objective (the note's own entry when
 * it has one, which keeps the plan version it was written against), then the note's entries
 * for objectives the active plan no longer lists, so none is hidden.
 */
export function progressRows(
  values: NoteValues,
  objectives: readonly PlanObjectiveOption[],
): ProgressValue[] {
  const byKey = new Map(values.progress.map((entry) => [entry.objectiveKey, entry]));
  const listed = new Set(objectives.map((objective) => objective.key));
  return [
    ...objectives.map(
      (objective): ProgressValue =>
        byKey.get(objective.key) ?? {
          planVersionId: objective.planVersionId,
          objectiveKey: objective.key,
          objective: objective.description,
          status: '',
          sentence: '',
        },
    ),
    ...values.progress.filter((entry) => !listed.has(entry.objectiveKey)),
  ];
}

/** The progress list with one row changed (added when the objective had none yet). */
export function withProgress(
  progress: readonly ProgressValue[],
  row: ProgressValue,
  patch: Partial<Pick<ProgressValue, 'status' | 'sentence'>>,
): ProgressValue[] {
  const changed = { ...row, ...patch };
  const at = progress.findIndex((entry) => entry.objectiveKey === row.objectiveKey);
  if (at === -1) return [...progress, changed];
  return progress.map((entry, index) => (index === at ? changed : entry));
}

/**
 * The plan interventions to offer as choices: the plan's, then any the note already names
 * that the plan no longer lists (so they can still be unticked).
 */
export function planInterventionChoices(
  values: NoteValues,
  options: readonly PlanInterventionOption[],
): PlanInterventionOption[] {
  const listed = new Set(options.map((option) => option.key));
  return [...options, ...values.planInterventions.filter((item) => !listed.has(item.key))];
}

/** The picked plan interventions after ticking or unticking: each keeps the version it was picked from. */
export function pickPlanInterventions(
  values: NoteValues,
  choices: readonly PlanInterventionOption[],
  keys: readonly string[],
): PlanInterventionOption[] {
  const picked = new Map(values.planInterventions.map((item) => [item.key, item]));
  return choices
    .filter((choice) => keys.includes(choice.key))
    .map(
      (choice) =>
        picked.get(choice.key) ?? { planVersionId: choice.planVersionId, key: choice.key, name: choice.name },
    );
}

/** True when at least one section of the chosen format has text (signing an empty note is refused). */
export function hasWriting(values: NoteValues): boolean {
  return noteSections[values.format].some((section) => (values.sections[section.id] ?? '').trim() !== '');
}

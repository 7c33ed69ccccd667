import type { PlanEdit } from '@renderer/features/plans/planEdits';
import type { FieldErrors } from '@renderer/ui/fieldErrors';
import type { LibraryEntry } from '@shared/domain/library';
import type { PlanItemKind } from '@shared/domain/plan';
import { createContext, useContext } from 'react';

/** After an edit: focus a field by its editor name, or keep focus where it was (moves). */
export type FocusAfter = { name: string } | 'keep' | null;

export interface PlanEditorActions {
  /** Applies an edit, then moves focus as asked and announces `announce` politely. */
  edit(edit: PlanEdit, options?: { focus?: FocusAfter; announce?: string }): void;
  /**
   * Accepts an item and all it holds (`name` as announced: "problem area 1"). After a problem
   * area, focus moves on to the next area still to review, or to Sign when none is left.
   */
  accept(key: string, name: string): void;
  /** Opens the library picker for an objective, filtered to its problem area. */
  pickFromLibrary(objectiveKey: string, area: LibraryEntry['areas'][number]): void;
  /** Asks before deleting a clinician's item that has items under it. */
  confirmDelete(request: { key: string; kind: PlanItemKind; title: string; childCount: number }): void;
  /** Opens a problem area (folding the one open before), or folds it when it is open. */
  toggleArea(key: string): void;
}

export interface PlanEditorSettings {
  partnerNames: { A: string; B: string };
  library: ReadonlyMap<string, LibraryEntry>;
  /** The couple has an unresolved safety flag: touch and conflict exercises cannot be signed. */
  safetyFlagOpen: boolean;
}

const noop = () => undefined;
export const PlanEditorActionsContext = createContext<PlanEditorActions>({
  edit: noop,
  accept: noop,
  pickFromLibrary: noop,
  confirmDelete: noop,
  toggleArea: noop,
});
export const PlanEditorSettingsContext = createContext<PlanEditorSettings>({
  partnerNames: { A: '', B: '' },
  library: new Map(),
  safetyFlagOpen: false,
});
export const PlanErrorsContext = createContext<FieldErrors>({});

export const usePlanActions = () => useContext(PlanEditorActionsContext);
export const usePlanSettings = () => useContext(PlanEditorSettingsContext);
export const usePlanErrors = () => useContext(PlanErrorsContext);

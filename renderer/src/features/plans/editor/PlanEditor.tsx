import { errorMessage } from '@renderer/api/client';
import { libraryQuery } from '@renderer/features/library/queries';
import { SaveStatus } from '@renderer/features/notes/SaveStatus';
import { useAutosave } from '@renderer/features/notes/useAutosave';
import { PlanBasis, SafetyFirstNotice } from '@renderer/features/plans/PlanBasis';
import {
  applyPlanEdit,
  countProposed,
  countProposedWithin,
  entryParentText,
  findItem,
  groupSuggestions,
  newItemKey,
  type PlanDraftState,
  type PlanEdit,
  suggestionBlocker,
} from '@renderer/features/plans/planEdits';
import {
  errorsAfterEdit,
  itemFieldName,
  keyInName,
  placePlanErrors,
  summarizePlanErrors,
} from '@renderer/features/plans/planErrors';
import { planSourceLabels } from '@renderer/features/plans/planLabels';
import { useSaveDraft } from '@renderer/features/plans/queries';
import { ErrorSummary, type SummaryItem } from '@renderer/ui/ErrorSummary';
import type { FieldErrors } from '@renderer/ui/fieldErrors';
import { fieldIds, focusField } from '@renderer/ui/fieldIds';
import type { PlanVersion } from '@shared/contract/plans';
import type { LibraryArea, LibraryEntry } from '@shared/domain/library';
import { isSafetySensitive } from '@shared/domain/library';
import { type PlanDocument, signingProblems, walkPlan } from '@shared/domain/plan';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useReducer, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { AddProblemArea } from './AddProblemArea';
import { DeleteItemDialog, type DeleteRequest } from './DeleteItemDialog';
import { DiscardDraftDialog } from './DiscardDraftDialog';
import {
  type FocusAfter,
  type PlanEditorActions,
  PlanEditorActionsContext,
  PlanEditorSettingsContext,
  PlanErrorsContext,
} from './editorContext';
import { keepFocus } from './focus';
import { headingName } from './ItemFrame';
import { LibraryPickerDialog } from './LibraryPickerDialog';
import { MoreSuggestions, type SuggestionView } from './MoreSuggestions';
import { ProblemAreaEditor } from './ProblemAreaEditor';
import { placeIn } from './place';
import { RejectedList } from './RejectedList';
import { ReviewDateField } from './ReviewDateField';
import { SessionsEditor } from './SessionsEditor';
import { SignPlanDialog } from './SignPlanDialog';
import { TimelineEditor } from './TimelineEditor';
import { useSaveShortcut } from './useSaveShortcut';
import { useStickyBarHeight } from './useStickyBarHeight';
import { WithheldList } from './WithheldList';

const EMPTY_LIBRARY: readonly LibraryEntry[] = [];
const NO_SUGGESTIONS: readonly SuggestionView[] = [];

function initialState(draft: PlanVersion): PlanDraftState {
  return { document: draft.document, reviewDate: draft.reviewDate ?? '' };
}

/** The problem area open first: the first with something left to review, else the first. */
function firstToReview(doc: PlanDocument): string | null {
  const area = doc.problemAreas.find((a) => countProposedWithin('problemArea', a) > 0) ?? doc.problemAreas[0];
  return area?.key ?? null;
}

/** The next problem area after `key` (wrapping round) with something left to review, or null. */
function nextToReview(doc: PlanDocument, key: string): string | null {
  const at = doc.problemAreas.findIndex((area) => area.key === key);
  const order = [...doc.problemAreas.slice(at + 1), ...doc.problemAreas.slice(0, Math.max(at, 0))];
  return order.find((area) => countProposedWithin('problemArea', area) > 0)?.key ?? null;
}

/** The bar's Sign button, where focus goes once nothing is left to review. */
const SIGN_BUTTON = 'plan.sign';

/** The problem area an item sits in (itself for an area), or null when it is not in the plan. */
function areaOf(doc: PlanDocument, key: string): string | null {
  for (const walked of walkPlan(doc)) {
    if (walked.item.key === key) return walked.ancestors[0] ?? walked.item.key;
  }
  return null;
}

/**
 * The draft of a couple's treatment plan: the whole outline with the engine's reasons,
 * Accept / Reject, edits (which accept), additions from the library, reordering by button or
 * Alt+Arrow, saved as it is typed (and on Ctrl+S, lock and close), signed through a dialog.
 * When the core refuses to sign, its list of problems links to each field.
 */
// biome-ignore lint/complexity/noExcessiveLinesPerFunction: the plan document's draft, autosave, sign dialog and focus-on-problem share one state; each area, goal and item is its own component already
export function PlanEditor({
  coupleId,
  draft,
  partnerNames,
  safetyFlagOpen,
  today,
  onSigned,
  onDiscarded,
}: {
  coupleId: string;
  draft: PlanVersion;
  partnerNames: { A: string; B: string };
  safetyFlagOpen: boolean;
  today: string;
  onSigned(version: PlanVersion): void;
  onDiscarded(): void;
}) {
  const [state, dispatch] = useReducer(applyPlanEdit, draft, initialState);
  const latest = useRef(state);
  latest.current = state;
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const [picker, setPicker] = useState<{ objectiveKey: string; area: LibraryArea } | null>(null);
  const [deleting, setDeleting] = useState<DeleteRequest | null>(null);
  const [signing, setSigning] = useState(false);
  const [signingProblemList, setSigningProblems] = useState<readonly SummaryItem[]>([]);
  const [discarding, setDiscarding] = useState(false);
  const [openArea, setOpenArea] = useState(() => firstToReview(draft.document));
  // Once signed or discarded there is no draft left to save into.
  const closed = useRef(false);

  // Edited only on the library screens, whose saves refresh it: no need to ask on every draft.
  const library = useQuery({ ...libraryQuery, staleTime: 5 * 60_000 });
  const entries = useMemo(
    () => library.data?.items.map((item) => item.entry) ?? EMPTY_LIBRARY,
    [library.data],
  );
  const libraryById = useMemo(() => new Map(entries.map((entry) => [entry.id, entry])), [entries]);

  const saveDraft = useSaveDraft(coupleId);
  const { state: saveState, flush } = useAutosave(state, async (value: PlanDraftState) => {
    if (closed.current) return;
    await saveDraft({ id: draft.id, document: value.document, reviewDate: value.reviewDate });
  });
  useSaveShortcut(flush);
  const bar = useRef<HTMLDivElement>(null);
  useStickyBarHeight(bar);

  /** Opens the problem area holding the first of these items (so a field can take focus), then returns. */
  const reveal = useCallback((keys: readonly string[]) => {
    const area = keys.map((key) => areaOf(latest.current.document, key)).find((key) => key !== null);
    if (area) flushSync(() => setOpenArea(area));
  }, []);

  /** Follows a link to a field (error summary, sign dialog): opens its area first. */
  const goToField = useCallback(
    (name: string) => {
      const key = keyInName(name);
      if (key) reveal([key]);
      focusField(name);
    },
    [reveal],
  );

  const edit = useCallback(
    (change: PlanEdit, options: { focus?: FocusAfter; announce?: string } = {}) => {
      const apply = () => {
        const before = latest.current.document;
        dispatch(change);
        setErrors((current) => errorsAfterEdit(current, change, before));
      };
      if (options.focus) {
        const previous = document.activeElement;
        flushSync(apply);
        if (options.focus === 'keep') keepFocus(previous);
        else goToField(options.focus.name);
      } else apply();
      if (options.announce) setAnnouncement(options.announce);
    },
    [goToField],
  );

  const actions = useMemo<PlanEditorActions>(
    () => ({
      edit,
      accept: (key, name) => {
        const doc = latest.current.document;
        const found = findItem(doc, key);
        const count = found ? countProposedWithin(found.kind, found.item) - 1 : 0;
        const held = count > 0 ? ` and the ${count} ${count === 1 ? 'item' : 'items'} in it` : '';
        let focus = itemFieldName(key, 'remove');
        let then = '';
        if (found?.kind === 'problemArea') {
          // Reviewing area by area: on to the next one still to review, or to signing.
          const next = nextToReview(doc, key);
          focus = next ? headingName(next) : SIGN_BUTTON;
          then = next ? ' The next problem area to review is open.' : ' Nothing is left to review.';
        }
        edit(
          { type: 'accept', key },
          { focus: { name: focus }, announce: `Accepted ${name}${held}.${then}` },
        );
      },
      pickFromLibrary: (objectiveKey, area) => setPicker({ objectiveKey, area }),
      confirmDelete: setDeleting,
      toggleArea: (key) => {
        flushSync(() => setOpenArea((current) => (current === key ? null : key)));
        // The folded line and the open heading are different elements: keep focus on the one shown.
        focusField(headingName(key));
      },
    }),
    [edit],
  );
  const settings = useMemo(
    () => ({ partnerNames, library: libraryById, safetyFlagOpen }),
    [partnerNames, libraryById, safetyFlagOpen],
  );

  function pickEntry(entry: LibraryEntry) {
    if (!picker) return;
    const key = newItemKey();
    const change: PlanEdit = { type: 'addIntervention', key, parentKey: picker.objectiveKey, entry };
    flushSync(() => {
      setPicker(null);
      dispatch(change);
      setErrors((current) => errorsAfterEdit(current, change));
    });
    focusField(itemFieldName(key, 'name'));
    setAnnouncement(`Added “${entry.name}” from the library.`);
  }

  /** What stops the draft from being signed now, checked as the core will check it. */
  function problemsNow(): Record<string, string> {
    const { document: current, reviewDate } = latest.current;
    return signingProblems(current, reviewDate || null, {
      today,
      safetyFlagOpen,
      isSafetySensitive: (libraryId) => {
        const entry = libraryById.get(libraryId);
        return entry ? isSafetySensitive(entry) : false;
      },
    });
  }

  function openSigning() {
    setSigningProblems(summarizePlanErrors(placePlanErrors(problemsNow(), latest.current.document)));
    setSigning(true);
  }

  /** Shows the problems (the core's, or null for the editor's own check) in the plan's error summary. */
  function showProblems(fields: Readonly<Record<string, string>> | null) {
    const placed = placePlanErrors(fields ?? problemsNow(), latest.current.document);
    reveal(Object.keys(placed).flatMap((name) => keyInName(name) ?? []));
    setSigning(false);
    setErrors(placed);
    setAttempt((n) => n + 1);
  }

  /** From the sign dialog's list to one field: the dialog closes, the problems stay marked in the plan. */
  function followProblem(name: string) {
    flushSync(() => {
      setSigning(false);
      setErrors(placePlanErrors(problemsNow(), latest.current.document));
    });
    goToField(name);
  }

  const { document: doc } = state;
  const proposed = countProposed(doc);
  const suggestionViews = useMemo(() => {
    const view = (suggestion: PlanDocument['suggestions'][number]): SuggestionView => ({
      suggestion,
      under: entryParentText(doc, suggestion.entry),
      blocker: suggestionBlocker(doc, suggestion.entry),
    });
    const groups = groupSuggestions(doc);
    return {
      byArea: new Map([...groups.byArea].map(([key, list]) => [key, list.map(view)])),
      elsewhere: groups.elsewhere.map(view),
    };
  }, [doc]);
  const summaryItems = summarizePlanErrors(errors);
  const pickerNumber = picker ? objectiveNumber(doc, picker.objectiveKey) : '';

  return (
    <PlanEditorActionsContext.Provider value={actions}>
      <PlanEditorSettingsContext.Provider value={settings}>
        <PlanErrorsContext.Provider value={errors}>
          <section className="plan-editor" aria-labelledby="plan-editor-heading">
            <div ref={bar} className="plan-editor__bar">
              <div className="plan-editor__bar-title">
                <h2 id="plan-editor-heading" className="plan-editor__title">
                  Draft, version {draft.version} <span className="badge badge--plan-draft">Not signed</span>
                </h2>
                <p className="muted plan-editor__source">
                  {planSourceLabels[draft.source]} · <kbd>Ctrl+S</kbd> saves now
                </p>
                <SaveStatus state={saveState} />
              </div>
              <div className="plan-editor__bar-actions">
                <p className="plan-editor__count" aria-live="polite">
                  {proposed === 0
                    ? 'Every proposed item is decided.'
                    : `${proposed} proposed ${proposed === 1 ? 'item' : 'items'} to accept or reject.`}
                </p>
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={proposed === 0}
                  onClick={() =>
                    edit(
                      { type: 'acceptAll' },
                      { announce: `Accepted ${proposed} remaining ${proposed === 1 ? 'item' : 'items'}.` },
                    )
                  }
                >
                  Accept all remaining
                </button>
                <button
                  type="button"
                  id={fieldIds(SIGN_BUTTON).inputId}
                  className="button button--primary"
                  onClick={openSigning}
                >
                  Sign plan…
                </button>
                <button
                  type="button"
                  className="button button--danger-outline"
                  onClick={() => setDiscarding(true)}
                >
                  Discard draft…
                </button>
              </div>
            </div>
            <p className="visually-hidden" role="status">
              {announcement}
            </p>
            <ErrorSummary
              items={summaryItems}
              attempt={attempt}
              title="This plan cannot be signed yet"
              onFollow={goToField}
            />
            {/* Not QueryView: the plan can be edited without the library (only additions from it
                need it), so its failure is a notice beside the plan rather than in its place. */}
            {library.isError ? (
              <p className="notice notice--error" role="alert">
                The intervention library could not be loaded: {errorMessage(library.error)}
              </p>
            ) : null}
            <SafetyFirstNotice document={doc} />
            <PlanBasis document={doc} partnerNames={partnerNames} />
            <ReviewDateField
              value={state.reviewDate}
              today={today}
              onChange={(reviewDate) => edit({ type: 'setReviewDate', reviewDate })}
            />
            <section
              className="plan-section plan-section--tree"
              aria-labelledby={fieldIds(headingName('plan-tree')).inputId}
            >
              <h2
                id={fieldIds(headingName('plan-tree')).inputId}
                tabIndex={-1}
                className="plan-section__title"
              >
                Problem areas, goals and objectives
              </h2>
              <p className="muted plan-section__hint">
                One problem area is open at a time. Accepting an item accepts everything in it; editing an
                item accepts it. Move an item among its neighbors with the arrow buttons, or Alt+↑ and Alt+↓
                anywhere inside it.
              </p>
              {doc.problemAreas.length > 0 ? (
                <ol className="plan-list plan-list--areas" aria-label="Problem areas">
                  {doc.problemAreas.map((area, index) => (
                    <ProblemAreaEditor
                      key={area.key}
                      area={area}
                      expanded={openArea === area.key}
                      suggestions={
                        openArea === area.key
                          ? (suggestionViews.byArea.get(area.key) ?? NO_SUGGESTIONS)
                          : NO_SUGGESTIONS
                      }
                      place={placeIn(doc.problemAreas, index, String(index + 1), null)}
                    />
                  ))}
                </ol>
              ) : (
                <p className="muted">No problem areas yet. Add the first one below.</p>
              )}
              <MoreSuggestions
                views={suggestionViews.elsewhere}
                context="for problem areas not in focus"
                intro="Problem areas the engine left out of the focused proposal, and what goes in them. Add an area first, then what goes in it."
              />
              <AddProblemArea />
            </section>
            <SessionsEditor
              sessions={doc.sessions}
              partnerNames={partnerNames}
              onChange={(sessions) => edit({ type: 'setSessions', sessions })}
            />
            <TimelineEditor
              timeline={doc.timeline}
              onChange={(timeline) => edit({ type: 'setTimeline', timeline })}
            />
            <RejectedList document={doc} />
            <WithheldList withheld={doc.withheld} library={libraryById} />
          </section>
          {picker && library.data ? (
            <LibraryPickerDialog
              entries={entries}
              initialArea={picker.area}
              target={`objective ${pickerNumber}`}
              safetyFlagOpen={safetyFlagOpen}
              onPick={pickEntry}
              onClose={() => setPicker(null)}
            />
          ) : null}
          <DeleteItemDialog
            request={deleting}
            onCancel={() => setDeleting(null)}
            onConfirm={(request) => {
              const parentKey = findItem(latest.current.document, request.key)?.parentKey ?? null;
              setDeleting(null);
              edit(
                { type: 'remove', key: request.key },
                { focus: { name: headingName(parentKey ?? 'plan-tree') }, announce: 'Deleted.' },
              );
            }}
          />
          <SignPlanDialog
            open={signing}
            coupleId={coupleId}
            draftId={draft.id}
            problems={signingProblemList}
            beforeSign={flush}
            onFollow={followProblem}
            onProblems={showProblems}
            onSigned={(version) => {
              closed.current = true;
              onSigned(version);
            }}
            onClose={() => setSigning(false)}
          />
          <DiscardDraftDialog
            open={discarding}
            coupleId={coupleId}
            draftId={draft.id}
            beforeDiscard={() => {
              closed.current = true;
            }}
            onDiscarded={onDiscarded}
            onClose={() => {
              closed.current = false;
              setDiscarding(false);
            }}
          />
        </PlanErrorsContext.Provider>
      </PlanEditorSettingsContext.Provider>
    </PlanEditorActionsContext.Provider>
  );
}

/** The outline number of an objective, for the library picker's title. */
function objectiveNumber(doc: PlanDraftState['document'], key: string): string {
  for (const [a, area] of doc.problemAreas.entries())
    for (const [g, goal] of area.goals.entries())
      for (const [o, objective] of goal.objectives.entries())
        if (objective.key === key) return `${a + 1}.${g + 1}.${o + 1}`;
  return '';
}

import { Reasons } from '@renderer/features/plans/Reasons';
import { itemKindLabels, itemLabel, type Suggestion } from '@shared/domain/plan';
import { useId, useState } from 'react';
import { usePlanActions } from './editorContext';
import { headingName } from './ItemFrame';
import { EntryLines } from './RejectedList';

/** A suggestion as the list shows it: where it would go, and why it cannot go there yet. */
export interface SuggestionView {
  suggestion: Suggestion;
  /** "problem area “Trust”", or null for a problem area of its own. */
  under: string | null;
  /** "Add its problem area “Sexual health” first.", or null when it can be added now. */
  blocker: string | null;
}

export function sameSuggestionViews(a: readonly SuggestionView[], b: readonly SuggestionView[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (view, i) =>
        view.suggestion === b[i]?.suggestion && view.under === b[i]?.under && view.blocker === b[i]?.blocker,
    )
  );
}

/**
 * The engine's further suggestions, folded behind one button: each with why it is not in the
 * focused proposal, the engine's reasons, and "Add to plan", which puts it into the draft under
 * its parent as proposed. One whose parent is not in the plan says what to add or restore first.
 */
export function MoreSuggestions({
  views,
  context,
  intro,
}: {
  views: readonly SuggestionView[];
  /** Where they go, read after the button's words and naming the list ("for problem area 2"). */
  context: string;
  intro?: string;
}) {
  const { edit } = usePlanActions();
  const [open, setOpen] = useState(false);
  const listId = useId();
  if (views.length === 0) return null;
  return (
    <div className="plan-suggestions">
      <button
        type="button"
        className="button button--small button--secondary plan-suggestions__toggle"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        onClick={() => setOpen((current) => !current)}
      >
        <span aria-hidden="true">{open ? '▾ ' : '▸ '}</span>
        More suggestions ({views.length})<span className="visually-hidden"> {context}</span>
      </button>
      {open ? (
        <>
          {intro ? <p className="muted plan-suggestions__intro">{intro}</p> : null}
          <ul id={listId} className="plain-list suggestion-list" aria-label={`More suggestions ${context}`}>
            {views.map(({ suggestion: { entry, why }, under, blocker }) => {
              const kind = itemKindLabels[entry.kind];
              const label = itemLabel(entry.kind, entry.item);
              const blockerId = `${listId}-${entry.item.key}-blocker`;
              const what = `${kind.toLowerCase()} “${label}”`;
              return (
                <li key={entry.item.key} className="suggestion-list__item">
                  <div className="suggestion-list__text">
                    <EntryLines entry={entry} under={under} list="suggestion-list" />
                    <p className="reasons suggestion-list__why">
                      <span className="reasons__label">Not in focus:</span> {why}
                    </p>
                    <Reasons reasons={entry.item.reasons} />
                    {blocker ? (
                      <p id={blockerId} className="suggestion-list__blocker">
                        {blocker}
                      </p>
                    ) : null}
                  </div>
                  <button
                    type="button"
                    className="button button--small button--secondary"
                    // Still focusable while blocked, so the reason is read with it.
                    aria-disabled={blocker ? true : undefined}
                    aria-describedby={blocker ? blockerId : undefined}
                    onClick={() => {
                      if (blocker) return;
                      edit(
                        { type: 'addSuggestion', key: entry.item.key },
                        {
                          focus: { name: headingName(entry.item.key) },
                          announce: `Added ${what} to the plan, proposed: accept, edit or reject it.`,
                        },
                      );
                    }}
                  >
                    Add to plan<span className="visually-hidden"> {what}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </div>
  );
}

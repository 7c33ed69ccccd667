import { isClinicianItem } from '@renderer/features/plans/planEdits';
import { itemFieldName } from '@renderer/features/plans/planErrors';
import { Reasons } from '@renderer/features/plans/Reasons';
import { fieldIds } from '@renderer/ui/fieldIds';
import { itemKindLabels, type PlanItemKind } from '@shared/domain/plan';
import { type KeyboardEvent, memo, type ReactNode, useId } from 'react';
import { usePlanActions, usePlanErrors } from './editorContext';

const HEADINGS = {
  problemArea: 'h3',
  goal: 'h4',
  objective: 'h5',
  intervention: 'h6',
  milestone: 'h6',
} as const;

/** "1.2.m3" moved by one place among its siblings: "1.2.m2". */
export function shiftedNumber(number: string, direction: -1 | 1): string {
  const parts = number.split('.');
  const last = parts.pop() ?? '';
  const match = /^([a-z]*)(\d+)$/.exec(last);
  if (!match) return number;
  return [...parts, `${match[1]}${Number(match[2]) + direction}`].join('.');
}

export function headingName(key: string): string {
  return itemFieldName(key, 'heading');
}

export interface ItemPlace {
  /** Outline number (1.2.3.i1). */
  number: string;
  index: number;
  count: number;
  /** Where focus goes once this item leaves the plan. */
  previousKey: string | null;
  nextKey: string | null;
  parentKey: string | null;
}

/** A problem area opens and folds: one is open at a time, the others are one line each. */
export interface ItemToggle {
  expanded: boolean;
  onToggle(): void;
  /** The folded line after the number: title, priority and counts. */
  summary: string;
}

/**
 * One item of the plan: its number and kind as a heading, the engine's reasons, Accept and
 * Reject while proposed, Reject (engine items) or Delete (the clinician's own), and moving
 * among its siblings with buttons or Alt+Arrow keys anywhere inside it. With `toggle`, the
 * heading is a button (aria-expanded) that folds the item to that one line.
 */
export const ItemFrame = memo(function ItemFrame({
  kind,
  itemKey,
  decision,
  reasons,
  title,
  childCount,
  place,
  fields,
  toggle,
  children,
}: {
  kind: PlanItemKind;
  itemKey: string;
  decision: 'proposed' | 'accepted';
  reasons: readonly string[];
  /** The item's own words, for the delete confirmation. */
  title: string;
  childCount: number;
  place: ItemPlace;
  fields: ReactNode;
  toggle?: ItemToggle;
  children?: ReactNode;
}) {
  const { edit, accept, confirmDelete } = usePlanActions();
  const errors = usePlanErrors();
  const headingId = useId();
  const contentId = useId();
  const Heading = HEADINGS[kind];
  const kindWord = itemKindLabels[kind];
  const name = `${kindWord.toLowerCase()} ${place.number}`;
  const proposed = decision === 'proposed';
  const clinicians = isClinicianItem({ key: itemKey });
  const decisionError = errors[itemFieldName(itemKey, 'decision')];
  const decisionErrorId = `${fieldIds(itemFieldName(itemKey, 'decision')).errorId}`;
  const focusAfterLeaving = {
    name: headingName(place.nextKey ?? place.previousKey ?? place.parentKey ?? 'plan-tree'),
  };

  function move(direction: -1 | 1) {
    const target = place.index + direction;
    if (target < 0 || target >= place.count) return;
    edit(
      { type: 'move', key: itemKey, direction },
      {
        focus: 'keep',
        announce: `Moved ${name} ${direction < 0 ? 'up' : 'down'}: it is now ${kindWord.toLowerCase()} ${shiftedNumber(place.number, direction)}.`,
      },
    );
  }

  function onKeyDown(event: KeyboardEvent<HTMLFieldSetElement>) {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    event.stopPropagation();
    move(event.key === 'ArrowUp' ? -1 : 1);
  }

  function takeAway() {
    if (!clinicians) {
      edit(
        { type: 'reject', key: itemKey },
        {
          focus: focusAfterLeaving,
          announce: `Rejected ${name}. It is listed under Rejected items, where you can restore it.`,
        },
      );
    } else if (childCount > 0) {
      confirmDelete({ key: itemKey, kind, title, childCount });
    } else {
      edit({ type: 'remove', key: itemKey }, { focus: focusAfterLeaving, announce: `Deleted ${name}.` });
    }
  }

  const hidden = <span className="visually-hidden"> {name}</span>;
  const headingTargetId = fieldIds(headingName(itemKey)).inputId;
  const label = (
    <>
      {kindWord} <span className="plan-item__number">{place.number}</span>
    </>
  );
  const itemClass = `plan-item plan-item--${kind}${proposed ? ' plan-item--proposed' : ''}`;

  if (toggle && !toggle.expanded) {
    // Folded: one line, the heading's button, that opens the item (and folds the one open before).
    return (
      <li className={`${itemClass} plan-item--folded`}>
        <div className="plan-item__frame">
          <Heading className="plan-item__title">
            <button
              type="button"
              id={headingTargetId}
              className="plan-item__toggle"
              aria-expanded={false}
              onClick={toggle.onToggle}
            >
              <span aria-hidden="true" className="plan-item__chevron">
                ▸
              </span>
              <span className="plan-item__toggle-label">{label}</span>
              <span className="plan-item__fold-summary">{toggle.summary}</span>
            </button>
          </Heading>
        </div>
      </li>
    );
  }

  return (
    <li className={itemClass}>
      {/* A fieldset: the group of one item's fields, named by its heading. Alt+Arrow keys bubble up to it. */}
      <fieldset aria-labelledby={headingId} className="plan-item__frame" onKeyDown={onKeyDown}>
        <div className="plan-item__head">
          <Heading id={headingId} className="plan-item__title">
            {toggle ? (
              <button
                type="button"
                id={headingTargetId}
                className="plan-item__toggle plan-item__heading-target"
                aria-expanded={true}
                aria-controls={contentId}
                onClick={toggle.onToggle}
              >
                <span aria-hidden="true" className="plan-item__chevron">
                  ▾
                </span>
                <span className="plan-item__toggle-label">{label}</span>
              </button>
            ) : (
              <span id={headingTargetId} tabIndex={-1} className="plan-item__heading-target">
                {label}
              </span>
            )}
          </Heading>
          {proposed ? <span className="badge badge--proposed">Proposed</span> : null}
          {toggle ? <span className="plan-item__open-summary">{toggle.summary}</span> : null}
          <div className="plan-item__actions">
            {proposed ? (
              <button
                type="button"
                id={fieldIds(itemFieldName(itemKey, 'decision')).inputId}
                className="button button--small button--accept"
                aria-describedby={decisionError ? decisionErrorId : undefined}
                onClick={() => accept(itemKey, name)}
              >
                Accept{hidden}
              </button>
            ) : null}
            <button
              type="button"
              id={fieldIds(itemFieldName(itemKey, 'remove')).inputId}
              className="button button--small button--secondary"
              onClick={takeAway}
            >
              {clinicians ? 'Delete' : 'Reject'}
              {hidden}
            </button>
            <button
              type="button"
              className="button button--small button--icon"
              disabled={place.index === 0}
              aria-keyshortcuts="Alt+ArrowUp"
              title="Move up (Alt+↑)"
              onClick={() => move(-1)}
            >
              <span aria-hidden="true">↑</span>
              <span className="visually-hidden">Move {name} up</span>
            </button>
            <button
              type="button"
              className="button button--small button--icon"
              disabled={place.index >= place.count - 1}
              aria-keyshortcuts="Alt+ArrowDown"
              title="Move down (Alt+↓)"
              onClick={() => move(1)}
            >
              <span aria-hidden="true">↓</span>
              <span className="visually-hidden">Move {name} down</span>
            </button>
          </div>
        </div>
        {decisionError ? (
          <p id={decisionErrorId} className="field__error">
            <span className="visually-hidden">Error: </span>
            {decisionError}
          </p>
        ) : null}
        <div id={contentId} className="plan-item__content">
          <Reasons reasons={reasons} />
          <div className="plan-item__fields">{fields}</div>
          {children}
        </div>
      </fieldset>
    </li>
  );
});

import { FieldsetFrame } from '@renderer/ui/FieldFrame';
import type { FieldErrors } from '@renderer/ui/fieldErrors';
import { fieldIds } from '@renderer/ui/fieldIds';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import type { ListLine } from './libraryForm';

type FocusTarget = { key: string; control: 'text' | 'up' | 'down' } | { key: null; control: 'add' };

/**
 * An ordered list the clinician edits line by line: type in each line, add one at the end,
 * remove one, move one up or down. Each line is a field of its own (`steps.2`), so an error
 * summary can jump straight to the empty step. Focus follows the line being worked on, and
 * each change is announced, so the list is as usable by keyboard as by mouse.
 */
export function OrderedListField({
  name,
  legend,
  hint,
  lines,
  errors,
  itemLabel,
  addLabel,
  maxLength,
  onChangeLine,
  onAdd,
  onRemove,
  onMove,
}: {
  /** `steps` or `contraindications`: line fields are `${name}.${index}`. */
  name: string;
  legend: string;
  hint?: ReactNode;
  lines: readonly ListLine[];
  errors: FieldErrors;
  /** "Step" gives "Step 1", "Remove step 1", "Move step 1 up". */
  itemLabel: string;
  addLabel: string;
  maxLength: number;
  onChangeLine(index: number, text: string): void;
  onAdd(): void;
  onRemove(index: number): void;
  onMove(index: number, by: -1 | 1): void;
}) {
  const listIds = fieldIds(name);
  const listError = errors[name];
  const statusId = useId();
  const [announcement, setAnnouncement] = useState('');
  const [focus, setFocus] = useState<FocusTarget | null>(null);
  const controls = useRef(new Map<string, HTMLElement>());
  const lower = itemLabel.toLowerCase();

  useEffect(() => {
    if (!focus) return;
    const id = focus.key === null ? listIds.inputId : `${focus.key}:${focus.control}`;
    const element = focus.key === null ? document.getElementById(id) : controls.current.get(id);
    element?.focus();
    setFocus(null);
  }, [focus, listIds.inputId]);

  const register = (key: string, control: string) => (element: HTMLElement | null) => {
    const id = `${key}:${control}`;
    if (element) controls.current.set(id, element);
    else controls.current.delete(id);
  };

  function move(index: number, by: -1 | 1) {
    const line = lines[index];
    if (!line) return;
    const to = index + by;
    onMove(index, by);
    // Keep focus on the same button of the moved line, unless it now sits at the end it moved to.
    const atEdge = by === -1 ? to === 0 : to === lines.length - 1;
    const direction = by === -1 ? 'up' : 'down';
    const opposite = by === -1 ? 'down' : 'up';
    setFocus({ key: line.key, control: atEdge ? opposite : direction });
    setAnnouncement(`${itemLabel} ${index + 1} moved to position ${to + 1}.`);
  }

  function remove(index: number) {
    const next = lines[index + 1] ?? lines[index - 1];
    onRemove(index);
    setFocus(next ? { key: next.key, control: 'text' } : { key: null, control: 'add' });
    setAnnouncement(`${itemLabel} ${index + 1} removed.`);
  }

  function add() {
    onAdd();
    setAnnouncement(`${itemLabel} ${lines.length + 1} added.`);
  }

  // A newly added line takes focus: it is the last one, and was not there before.
  const previousKeys = useRef(lines.map((line) => line.key));
  useEffect(() => {
    const last = lines[lines.length - 1];
    if (last && !previousKeys.current.includes(last.key) && lines.length > previousKeys.current.length) {
      controls.current.get(`${last.key}:text`)?.focus();
    }
    previousKeys.current = lines.map((line) => line.key);
  }, [lines]);

  return (
    <FieldsetFrame name={name} block="ordered-list" legend={legend} hint={hint} error={listError}>
      {lines.length > 0 ? (
        <ol className="ordered-list__items">
          {lines.map((line, index) => {
            const path = `${name}.${index}`;
            const ids = fieldIds(path);
            const error = errors[path];
            const number = index + 1;
            return (
              <li key={line.key} className={`ordered-list__item${error ? ' field--invalid' : ''}`}>
                <label htmlFor={ids.inputId} className="ordered-list__label">
                  {itemLabel} {number}
                </label>
                <div className="ordered-list__row">
                  <textarea
                    ref={register(line.key, 'text')}
                    id={ids.inputId}
                    name={path}
                    rows={2}
                    value={line.text}
                    maxLength={maxLength}
                    onChange={(event) => onChangeLine(index, event.target.value)}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? ids.errorId : undefined}
                    className={`input textarea ordered-list__input${error ? ' input--invalid' : ''}`}
                  />
                  <div className="ordered-list__actions">
                    <button
                      ref={register(line.key, 'up')}
                      type="button"
                      className="button button--secondary button--icon"
                      onClick={() => move(index, -1)}
                      disabled={index === 0}
                    >
                      <span aria-hidden="true">↑</span>
                      <span className="visually-hidden">
                        Move {lower} {number} up
                      </span>
                    </button>
                    <button
                      ref={register(line.key, 'down')}
                      type="button"
                      className="button button--secondary button--icon"
                      onClick={() => move(index, 1)}
                      disabled={index === lines.length - 1}
                    >
                      <span aria-hidden="true">↓</span>
                      <span className="visually-hidden">
                        Move {lower} {number} down
                      </span>
                    </button>
                    <button
                      type="button"
                      className="button button--secondary ordered-list__remove"
                      onClick={() => remove(index)}
                    >
                      Remove<span className="visually-hidden"> {`${lower} ${number}`}</span>
                    </button>
                  </div>
                </div>
                {error ? (
                  <p id={ids.errorId} className="field__error">
                    <span className="visually-hidden">Error: </span>
                    {error}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ol>
      ) : null}
      <div>
        <button id={listIds.inputId} type="button" className="button button--secondary" onClick={add}>
          <span aria-hidden="true">+ </span>
          {addLabel}
        </button>
      </div>
      <p id={statusId} className="visually-hidden" role="status">
        {announcement}
      </p>
    </FieldsetFrame>
  );
}

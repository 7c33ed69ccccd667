import { type KeyboardEvent, type ReactNode, useId, useState } from 'react';

/**
 * The interventions used in the session, as a list: type one, Add (or Enter); Remove any.
 * In the workspace, `fromPlan` (the plan's interventions as checkboxes) comes first and what
 * is typed here is "also used".
 */
export function InterventionsField({
  items,
  onChange,
  readOnly = false,
  fromPlan,
}: {
  items: readonly string[];
  onChange(items: string[]): void;
  readOnly?: boolean;
  fromPlan?: ReactNode;
}) {
  const [draft, setDraft] = useState('');
  const inputId = useId();
  const listId = useId();

  function add() {
    const text = draft.trim();
    if (!text || items.includes(text)) {
      setDraft('');
      return;
    }
    onChange([...items, text]);
    setDraft('');
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      add();
    }
  }

  return (
    <div className="field">
      {fromPlan ? (
        <>
          <span className="field__label">Interventions used</span>
          {fromPlan}
          <span className="field__label field__label--minor" id={listId}>
            Also used (written in)
          </span>
        </>
      ) : (
        <span className="field__label" id={listId}>
          Interventions used
        </span>
      )}
      {items.length > 0 ? (
        <ul className="chip-list" aria-labelledby={listId}>
          {items.map((item) => (
            <li key={item} className="chip">
              <span>{item}</span>
              {readOnly ? null : (
                <button
                  type="button"
                  className="chip__remove"
                  onClick={() => onChange(items.filter((value) => value !== item))}
                >
                  <span aria-hidden="true">×</span>
                  <span className="visually-hidden">Remove {item}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="field__hint">None recorded yet.</p>
      )}
      {readOnly ? null : (
        <div className="field__row">
          <label htmlFor={inputId} className="visually-hidden">
            Add an intervention
          </label>
          <input
            id={inputId}
            className="input"
            value={draft}
            placeholder="For example: reflective listening"
            maxLength={200}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={onKeyDown}
          />
          <button type="button" className="button button--secondary button--addon" onClick={add}>
            Add
          </button>
        </div>
      )}
    </div>
  );
}

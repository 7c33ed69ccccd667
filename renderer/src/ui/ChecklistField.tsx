import type { ReactNode } from 'react';
import { FieldMessages } from './FieldMessages';
import { fieldIds } from './fieldIds';

/**
 * A group of checkboxes under one legend, for a checklist stored as the array of ticked ids.
 * The first box carries the field's id, so an error summary link lands in the group.
 */
export function ChecklistField<Id extends string>({
  name,
  legend,
  items,
  checked,
  onCheckedChange,
  hint,
  error,
  footer,
}: {
  name: string;
  legend: ReactNode;
  items: readonly { id: Id; label: string }[];
  checked: readonly Id[];
  onCheckedChange(checked: Id[]): void;
  hint?: ReactNode;
  error?: string | null | undefined;
  /** Shown under the boxes (a live score). */
  footer?: ReactNode;
}) {
  const ids = fieldIds(name);
  const described = [hint ? ids.hintId : null, error ? ids.errorId : null].filter(Boolean).join(' ');
  return (
    <fieldset
      className={`checklist${error ? ' field--invalid' : ''}`}
      aria-describedby={described || undefined}
    >
      <legend className="checklist__legend">{legend}</legend>
      <FieldMessages hint={hint} hintId={ids.hintId} error={error} errorId={ids.errorId} />
      <ul className="checklist__items">
        {items.map((item, index) => {
          const inputId = index === 0 ? ids.inputId : `${ids.inputId}-${item.id}`;
          return (
            <li key={item.id} className="checkbox">
              <input
                type="checkbox"
                id={inputId}
                className="checkbox__input"
                checked={checked.includes(item.id)}
                onChange={(event) =>
                  onCheckedChange(
                    event.target.checked
                      ? [...checked, item.id]
                      : checked.filter((value) => value !== item.id),
                  )
                }
              />
              <label htmlFor={inputId} className="checkbox__label">
                {item.label}
              </label>
            </li>
          );
        })}
      </ul>
      {footer}
    </fieldset>
  );
}

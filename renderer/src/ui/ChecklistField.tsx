import type { ReactNode } from 'react';
import { FieldsetFrame } from './FieldFrame';
import { fieldIds } from './fieldIds';

/**
 * A group of checkboxes under one legend, for a checklist stored as the array of ticked ids
 * (`value`). The first box carries the field's id, so an error summary link lands in the group.
 */
export function ChecklistField<Id extends string>({
  name,
  legend,
  items,
  value,
  onValueChange,
  hint,
  error,
  footer,
}: {
  name: string;
  legend: ReactNode;
  items: readonly { id: Id; label: string }[];
  value: readonly Id[];
  onValueChange(value: Id[]): void;
  hint?: ReactNode;
  error?: string | null | undefined;
  /** Shown under the boxes (a live score). */
  footer?: ReactNode;
}) {
  const ids = fieldIds(name);
  return (
    <FieldsetFrame name={name} block="checklist" legend={legend} hint={hint} error={error}>
      <ul className="checklist__items">
        {items.map((item, index) => {
          const inputId = index === 0 ? ids.inputId : `${ids.inputId}-${item.id}`;
          return (
            <li key={item.id} className="checkbox">
              <input
                type="checkbox"
                id={inputId}
                className="checkbox__input"
                checked={value.includes(item.id)}
                onChange={(event) =>
                  onValueChange(
                    event.target.checked ? [...value, item.id] : value.filter((ticked) => ticked !== item.id),
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
    </FieldsetFrame>
  );
}

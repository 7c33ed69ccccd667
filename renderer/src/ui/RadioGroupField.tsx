import type { ReactNode } from 'react';
import { FieldsetFrame } from './FieldFrame';
import { fieldIds } from './fieldIds';

export interface RadioOption<V extends string> {
  value: V;
  label: string;
  /** A line under the option's label. */
  hint?: string;
}

/**
 * One choice out of a few, all visible at once, under one legend. The first option carries
 * the field's id, so an error summary link lands in the group; arrow keys move between the
 * options as the browser does for any radio group.
 */
export function RadioGroupField<V extends string>({
  name,
  legend,
  value,
  options,
  onValueChange,
  hint,
  error,
  inline = false,
}: {
  name: string;
  legend: ReactNode;
  value: V;
  options: readonly RadioOption<V>[];
  onValueChange(value: V): void;
  hint?: ReactNode;
  error?: string | null | undefined;
  /** Options side by side rather than one per line. */
  inline?: boolean;
}) {
  const ids = fieldIds(name);
  return (
    <FieldsetFrame
      name={name}
      block="radio-group"
      modifier={inline ? 'inline' : undefined}
      legend={legend}
      hint={hint}
      error={error}
    >
      <div className="radio-group__options">
        {options.map((option, index) => {
          const inputId = index === 0 ? ids.inputId : `${ids.inputId}-${option.value}`;
          // Each option's hint has its own id, never the group's: the first option's input
          // carries the field's id, so `${inputId}-hint` would be the group hint's id too and a
          // screen reader would read the group's hint for that option.
          const optionHintId = option.hint ? `${ids.inputId}-option-${option.value}-hint` : undefined;
          return (
            <div key={option.value} className="radio-group__option">
              <input
                type="radio"
                id={inputId}
                name={name}
                value={option.value}
                checked={value === option.value}
                // The options are exactly the values of V, so the one ticked is one of them.
                onChange={() => onValueChange(option.value)}
                aria-describedby={optionHintId}
                className="radio-group__input"
              />
              <div className="radio-group__text">
                <label htmlFor={inputId} className="radio-group__label">
                  {option.label}
                </label>
                {option.hint ? (
                  <span id={optionHintId} className="radio-group__hint">
                    {option.hint}
                  </span>
                ) : null}
              </div>
            </div>
          );
        })}
      </div>
    </FieldsetFrame>
  );
}

import type { ReactNode } from 'react';
import { FieldMessages } from './FieldMessages';
import { describedBy, fieldIds } from './fieldIds';

export interface SelectOption<V extends string> {
  value: V;
  label: string;
}

export function SelectField<V extends string>({
  name,
  label,
  value,
  options,
  onValueChange,
  hint,
  error,
  optional = false,
}: {
  name: string;
  label: ReactNode;
  value: V;
  options: readonly SelectOption<V>[];
  onValueChange(value: V): void;
  hint?: ReactNode;
  error?: string | null | undefined;
  optional?: boolean;
}) {
  const ids = fieldIds(name);
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={ids.inputId} className="field__label">
        {label}
        {optional ? <span className="field__optional"> (optional)</span> : null}
      </label>
      <select
        id={ids.inputId}
        name={name}
        value={value}
        // The options are exactly the values of V, so the DOM can only hand one of them back.
        onChange={(event) => onValueChange(event.target.value as V)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(ids, Boolean(hint), Boolean(error))}
        className={`input select${error ? ' input--invalid' : ''}`}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldMessages hint={hint} hintId={ids.hintId} error={error} errorId={ids.errorId} />
    </div>
  );
}

import type { ReactNode } from 'react';
import { FieldFrame } from './FieldFrame';

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
  disabled,
}: {
  name: string;
  label: ReactNode;
  value: V;
  options: readonly SelectOption<V>[];
  onValueChange(value: V): void;
  hint?: ReactNode;
  error?: string | null | undefined;
  optional?: boolean;
  disabled?: boolean;
}) {
  return (
    <FieldFrame name={name} label={label} optional={optional} hint={hint} error={error}>
      {(control) => (
        <select
          {...control}
          value={value}
          disabled={disabled}
          // The options are exactly the values of V, so the DOM can only hand one of them back.
          onChange={(event) => onValueChange(event.target.value as V)}
          className={`input select${error ? ' input--invalid' : ''}`}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

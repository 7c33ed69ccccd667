import type { ReactNode } from 'react';
import { FieldFrame } from './FieldFrame';

/** One tick box with its label beside it; `value` is whether it is ticked, like every field's. */
export function CheckboxField({
  name,
  label,
  value,
  onValueChange,
  hint,
  error,
}: {
  name: string;
  label: ReactNode;
  value: boolean;
  onValueChange(value: boolean): void;
  hint?: ReactNode;
  error?: string | null | undefined;
}) {
  return (
    <FieldFrame name={name} label={label} hint={hint} error={error} layout="checkbox">
      {(control) => (
        <input
          type="checkbox"
          {...control}
          checked={value}
          onChange={(event) => onValueChange(event.target.checked)}
          className="checkbox__input"
        />
      )}
    </FieldFrame>
  );
}

import type { ReactNode } from 'react';
import { FieldMessages } from './FieldMessages';
import { describedBy, fieldIds } from './fieldIds';

export function CheckboxField({
  name,
  label,
  checked,
  onCheckedChange,
  hint,
  error,
}: {
  name: string;
  label: ReactNode;
  checked: boolean;
  onCheckedChange(checked: boolean): void;
  hint?: ReactNode;
  error?: string | null | undefined;
}) {
  const ids = fieldIds(name);
  return (
    <div className={`field field--checkbox${error ? ' field--invalid' : ''}`}>
      <div className="checkbox">
        <input
          type="checkbox"
          id={ids.inputId}
          name={name}
          checked={checked}
          onChange={(event) => onCheckedChange(event.target.checked)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(ids, Boolean(hint), Boolean(error))}
          className="checkbox__input"
        />
        <label htmlFor={ids.inputId} className="checkbox__label">
          {label}
        </label>
      </div>
      <FieldMessages hint={hint} hintId={ids.hintId} error={error} errorId={ids.errorId} />
    </div>
  );
}

import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { FieldMessages } from './FieldMessages';
import { describedBy, fieldIds } from './fieldIds';

type NativeTextAreaProps = Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'id' | 'name' | 'value' | 'onChange' | 'aria-invalid' | 'aria-describedby'
>;

/** A labelled multi-line field, with the same ids, hint and error lines as TextField. */
export function TextAreaField({
  name,
  label,
  value,
  onValueChange,
  hint,
  error,
  optional = false,
  rows = 4,
  ...props
}: NativeTextAreaProps & {
  name: string;
  label: ReactNode;
  value: string;
  onValueChange(value: string): void;
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
      <textarea
        {...props}
        id={ids.inputId}
        name={name}
        rows={rows}
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(ids, Boolean(hint), Boolean(error))}
        className={`input textarea${error ? ' input--invalid' : ''}`}
      />
      <FieldMessages hint={hint} hintId={ids.hintId} error={error} errorId={ids.errorId} />
    </div>
  );
}

import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { FieldFrame } from './FieldFrame';

type NativeTextAreaProps = Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'id' | 'name' | 'value' | 'onChange' | 'aria-invalid' | 'aria-describedby'
>;

/** A labeled multi-line field, with the same ids, hint and error lines as TextField. */
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
  return (
    <FieldFrame name={name} label={label} optional={optional} hint={hint} error={error}>
      {(control) => (
        <textarea
          {...props}
          {...control}
          rows={rows}
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
          className={`input textarea${error ? ' input--invalid' : ''}`}
        />
      )}
    </FieldFrame>
  );
}

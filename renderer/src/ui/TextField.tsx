import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { FieldFrame } from './FieldFrame';

type NativeInputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'name' | 'value' | 'onChange' | 'aria-invalid' | 'aria-describedby'
>;

export interface TextFieldProps extends NativeInputProps {
  /** Dotted path of the field (`partnerA.email`); gives the ids the error summary links to. */
  name: string;
  label: ReactNode;
  value: string;
  onValueChange(value: string): void;
  hint?: ReactNode;
  error?: string | null | undefined;
  /** Shown after the label so required fields need no asterisk legend. */
  optional?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  /** Extra element placed right of the input (a Show button for passphrases). */
  addon?: ReactNode;
  /** Ids of further descriptions (a strength meter, a notice) read after the hint and error. */
  describedByExtra?: string | undefined;
  /** Shown right under the input, inside the field (a strength meter). */
  below?: ReactNode;
  /** Marks the input invalid when the explanation lives elsewhere (a notice under the form). */
  invalid?: boolean;
}

export function TextField({
  name,
  label,
  value,
  onValueChange,
  hint,
  error,
  optional = false,
  inputRef,
  addon,
  describedByExtra,
  below,
  invalid = false,
  className,
  ...inputProps
}: TextFieldProps) {
  return (
    <FieldFrame
      name={name}
      label={label}
      optional={optional}
      hint={hint}
      error={error}
      invalid={invalid}
      describedByExtra={describedByExtra}
    >
      {(control) => {
        const input = (
          <input
            {...inputProps}
            ref={inputRef}
            {...control}
            value={value}
            onChange={(event) => onValueChange(event.target.value)}
            className={['input', control['aria-invalid'] ? 'input--invalid' : '', className ?? '']
              .filter(Boolean)
              .join(' ')}
          />
        );
        return (
          <>
            {addon ? (
              <div className="field__row">
                {input}
                {addon}
              </div>
            ) : (
              input
            )}
            {below}
          </>
        );
      }}
    </FieldFrame>
  );
}

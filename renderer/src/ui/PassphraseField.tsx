import { type ReactNode, type Ref, useState } from 'react';
import { TextField } from './TextField';

/**
 * A passphrase input with a Show/Hide toggle: long multi-word passphrases are easier to
 * type correctly when the clinician can check them. Spellcheck and autocomplete stay off
 * so the passphrase never reaches a dictionary service or the browser's form memory.
 */
export function PassphraseField({
  name,
  label,
  value,
  onValueChange,
  hint,
  error,
  autoComplete,
  inputRef,
  busy = false,
  describedByExtra,
  below,
  invalid,
}: {
  name: string;
  label: ReactNode;
  value: string;
  onValueChange(value: string): void;
  hint?: ReactNode;
  error?: string | null | undefined;
  autoComplete: 'current-password' | 'new-password';
  inputRef?: Ref<HTMLInputElement>;
  /**
   * While a request runs the input is read-only, not disabled: a disabled input cannot be
   * focused, and focus must return to it when the request fails.
   */
  busy?: boolean;
  describedByExtra?: string;
  below?: ReactNode;
  invalid?: boolean;
}) {
  const [visible, setVisible] = useState(false);
  return (
    <TextField
      name={name}
      label={label}
      value={value}
      onValueChange={onValueChange}
      hint={hint}
      error={error}
      type={visible ? 'text' : 'password'}
      autoComplete={autoComplete}
      spellCheck={false}
      autoCapitalize="off"
      autoCorrect="off"
      inputRef={inputRef}
      readOnly={busy}
      describedByExtra={describedByExtra}
      below={below}
      invalid={invalid}
      className="input--passphrase"
      addon={
        <button
          type="button"
          className="button button--secondary button--addon"
          aria-pressed={visible}
          onClick={() => setVisible((shown) => !shown)}
        >
          {visible ? 'Hide' : 'Show'}
          <span className="visually-hidden"> passphrase</span>
        </button>
      }
    />
  );
}

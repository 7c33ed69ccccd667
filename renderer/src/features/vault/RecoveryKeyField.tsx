import { TextField } from '@renderer/ui/TextField';

/** The recovery key as typed: monospaced, never spell-checked or remembered by the form. */
export function RecoveryKeyField({
  name,
  value,
  onValueChange,
  error,
  invalid,
  describedByExtra,
  busy,
}: {
  name: string;
  value: string;
  onValueChange(value: string): void;
  error: string | null | undefined;
  /** Marked invalid when the explanation is in the notice below the form. */
  invalid: boolean;
  describedByExtra: string | undefined;
  busy: boolean;
}) {
  return (
    <TextField
      name={name}
      label="Recovery key"
      value={value}
      onValueChange={onValueChange}
      hint="Eight groups of four letters and digits. Capitals, spaces and dashes do not matter."
      error={error}
      invalid={invalid}
      describedByExtra={describedByExtra}
      autoComplete="off"
      spellCheck={false}
      autoCapitalize="characters"
      className="input--mono"
      readOnly={busy}
    />
  );
}

import { TextField } from '@renderer/ui/TextField';
import { useState } from 'react';

function format(value: number | null): string {
  return value === null ? '' : String(value);
}

/**
 * A number typed as text: what is on screen stays exactly as typed ("4." on the way to "4.5"),
 * and only a number within range (or, when allowed, nothing) reaches the draft. Anything else
 * is explained under the field and the draft keeps its last good value.
 */
export function NumberField({
  name,
  label,
  value,
  onValueChange,
  min,
  max,
  integer = false,
  allowEmpty = false,
  error,
  hint,
}: {
  name: string;
  label: string;
  value: number | null;
  onValueChange(value: number | null): void;
  min: number;
  max: number;
  integer?: boolean;
  allowEmpty?: boolean;
  error?: string | undefined;
  hint?: string;
}) {
  const [text, setText] = useState(format(value));
  const [shown, setShown] = useState(value);
  const [problem, setProblem] = useState<string | null>(null);
  // The draft changed from elsewhere (restored, accepted from a revision): show it.
  if (value !== shown) {
    setShown(value);
    setText(format(value));
    setProblem(null);
  }

  function change(next: string) {
    setText(next);
    const trimmed = next.trim().replace(',', '.');
    const range = `${integer ? 'a whole number' : 'a number'} from ${min} to ${max}`;
    if (trimmed === '') {
      if (allowEmpty) {
        setProblem(null);
        setShown(null);
        onValueChange(null);
      } else setProblem(`Enter ${range}`);
      return;
    }
    const parsed = Number(trimmed);
    if (!Number.isFinite(parsed) || (integer && !Number.isInteger(parsed)) || parsed < min || parsed > max) {
      setProblem(`Enter ${range}`);
      return;
    }
    setProblem(null);
    setShown(parsed);
    onValueChange(parsed);
  }

  return (
    <TextField
      name={name}
      label={label}
      inputMode={integer ? 'numeric' : 'decimal'}
      value={text}
      error={problem ?? error}
      hint={hint}
      className="input--number"
      onValueChange={change}
    />
  );
}
